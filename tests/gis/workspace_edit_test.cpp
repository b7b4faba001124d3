#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>
#include <map>

#include "error_message_of.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_edit.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "test_dataset.hpp"

using namespace sitefit;
using namespace sitefit::test;

namespace {

// The minimal workspace with a floor area for B1 (800 m², 100 m² vacant) and a carrier.
std::string minimalWorkspace(const TempDir& dir) {
    auto layers = minimalWorkspaceLayers();
    TestLayer& buildings = layerNamed(layers, "buildings");
    buildings.features[0].values["floor_area_m2"] = "800";
    buildings.features[0].values["carrier"] = "海州城投";
    const auto path = dir / "w.gpkg";
    writeDataset(path, layers);
    return path.string();
}

gis::FieldChange change(std::string layer, std::string id, std::string field, std::string value,
                        std::optional<std::int64_t> version = std::nullopt) {
    return {std::move(layer), std::move(id), std::move(field), std::move(value), version, ""};
}

}  // namespace

TEST(WorkspaceEditor, SavesFieldsBumpsTheVersionAndLogsEachChange) {
    TempDir dir;
    const std::string path = minimalWorkspace(dir);
    const gis::EditOutcome outcome = gis::WorkspaceEditor::save(
        path,
        {{change("building", "B1", "vacant_m2", "300"), change("buildings", "B1", "rent", "26.5"),
          change("parcels", "P1", "status", "reserved")},
         "li.wei"});
    ASSERT_EQ(outcome.rows.size(), 2U);
    EXPECT_EQ(outcome.editor, "li.wei");
    EXPECT_EQ(outcome.edited_at.size(), 20U);  // 2025-03-01T08:15:00Z
    EXPECT_EQ(outcome.edited_at.back(), 'Z');
    EXPECT_EQ(outcome.rows[0].old_version, 0);
    EXPECT_EQ(outcome.rows[0].new_version, 1);
    ASSERT_EQ(outcome.rows[0].fields.size(), 2U);
    EXPECT_EQ(outcome.rows[0].fields[0].field, "vacant_m2");
    EXPECT_EQ(outcome.rows[0].fields[0].old_value, "100");
    EXPECT_EQ(outcome.rows[0].fields[0].new_value, "300");
    EXPECT_EQ(outcome.rows[0].fields[1].old_value, "");

    const gis::Workspace w = gis::WorkspaceReader::read(path);
    EXPECT_EQ(w.district.buildings[0].vacant_m2, 300.0);
    EXPECT_EQ(w.district.buildings[0].rent_yuan_m2_month, 26.5);
    EXPECT_EQ(w.district.parcels[0].status, core::ParcelStatus::Reserved);

    const auto log = test::editLog(path);
    ASSERT_EQ(log.size(), 3U);
    EXPECT_EQ(log[0].editor, "li.wei");
    EXPECT_EQ(log[0].layer, "buildings");
    EXPECT_EQ(log[0].id, "B1");
    EXPECT_EQ(log[0].field, "vacant_m2");
    EXPECT_EQ(log[0].old_value, "100");
    EXPECT_EQ(log[0].new_value, "300");
    EXPECT_EQ(log[0].version, 1);
    EXPECT_EQ(log[2].layer, "parcels");
    EXPECT_EQ(log[2].old_value, "available");
    EXPECT_EQ(log[2].new_value, "reserved");

    const gis::EditableRow row = gis::WorkspaceEditor::fetch(path, "building", "B1");
    EXPECT_EQ(row.version, 1);
    ASSERT_TRUE(row.last_edit.has_value());
    EXPECT_EQ(row.last_edit->editor, "li.wei");
}

TEST(WorkspaceEditor, RefusesWhatTheReaderRefusesAndSavesNothing) {
    TempDir dir;
    const std::string path = minimalWorkspace(dir);
    const auto refused = [&](const std::vector<gis::FieldChange>& changes) {
        return errorMessageOf(
            [&] {
                (void)gis::WorkspaceEditor::save(path, {changes, "x"});
            },
            Error::Kind::Input);
    };
    // The same message as reading a workspace with that value.
    EXPECT_NE(refused({change("buildings", "B1", "vacant_m2", "900")})
                  .find("layer 'buildings', feature 'B1', field 'vacant_m2': vacant space 900 m² "
                        "exceeds the floor area 800 m²"),
              std::string::npos);
    EXPECT_NE(refused({change("buildings", "B1", "rent", "2.5倍")}).find("'2.5倍' is not a number"),
              std::string::npos);
    EXPECT_NE(refused({change("parcels", "P1", "status", "sold")})
                  .find("'sold' is not one of: available, reserved, transferred, built"),
              std::string::npos);
    EXPECT_NE(refused({change("parcels", "P1", "far_min", "3")}).find("is above far_max"),
              std::string::npos);
    EXPECT_NE(refused({change("parcels", "P1", "available_from", "2024-02-30")})
                  .find("'2024-02-30' is not a date"),
              std::string::npos);
    EXPECT_NE(refused({change("buildings", "B1", "floors", "2.5")}).find("not a whole number"),
              std::string::npos);
    EXPECT_NE(refused({change("projects", "J1", "land_m2", "")})
                  .find("a project that needs land must give land_m2 > 0"),
              std::string::npos);
    EXPECT_NE(refused({change("buildings", "B9", "rent", "20")}).find("no such building"),
              std::string::npos);
    // All or nothing: the good change before the bad one is not kept either.
    (void)refused({change("parcels", "P1", "status", "reserved"),
                   change("buildings", "B1", "vacant_m2", "900")});
    const gis::Workspace w = gis::WorkspaceReader::read(path);
    EXPECT_EQ(w.district.parcels[0].status, core::ParcelStatus::Available);
    EXPECT_EQ(w.district.buildings[0].vacant_m2, 100.0);
    EXPECT_TRUE(test::editLog(path).empty());
}

TEST(WorkspaceEditor, UsageErrorsNameTheLayerAndField) {
    TempDir dir;
    const std::string path = minimalWorkspace(dir);
    const auto usage = [&](const gis::FieldChange& c) {
        return errorMessageOf(
            [&] {
                (void)gis::WorkspaceEditor::save(path, {{c}, "x"});
            },
            Error::Kind::Usage);
    };
    EXPECT_NE(usage(change("zones", "Z1", "name", "x")).find("not a layer that can be edited"),
              std::string::npos);
    EXPECT_NE(usage(change("buildings", "B1", "vacancy", "1")).find("'vacancy' is not a field"),
              std::string::npos);
    EXPECT_NE(usage(change("buildings", "B1", "building_id", "B2")).find("id of a row cannot"),
              std::string::npos);
}

TEST(WorkspaceEditor, AStaleSaveIsRefusedNamingTheRowAndTheLastEditor) {
    TempDir dir;
    const std::string path = minimalWorkspace(dir);
    // Two planners read J1 at version 0; the first saves.
    (void)gis::WorkspaceEditor::save(path, {{change("projects", "J1", "jobs", "120", 0)}, "wang"});
    try {
        (void)gis::WorkspaceEditor::save(path,
                                         {{change("projects", "J1", "jobs", "80", 0)}, "zhao"});
        FAIL() << "the stale save was accepted";
    } catch (const gis::EditConflict& conflict) {
        EXPECT_EQ(conflict.layer(), "projects");
        EXPECT_EQ(conflict.id(), "J1");
        EXPECT_EQ(conflict.expectedVersion(), 0);
        EXPECT_EQ(conflict.actualVersion(), 1);
        ASSERT_TRUE(conflict.lastEdit().has_value());
        EXPECT_EQ(conflict.lastEdit()->editor, "wang");
        const std::string message = conflict.what();
        EXPECT_NE(message.find("layer 'projects', feature 'J1'"), std::string::npos) << message;
        EXPECT_NE(message.find("last saved by wang"), std::string::npos) << message;
    }
    // Nothing lost: the first save stands; the second, redone on version 1, goes in.
    EXPECT_EQ(gis::WorkspaceReader::read(path).district.projects[0].jobs, 120);
    (void)gis::WorkspaceEditor::save(path, {{change("projects", "J1", "jobs", "200", 1)}, "zhao"});
    EXPECT_EQ(gis::WorkspaceReader::read(path).district.projects[0].jobs, 200);
    EXPECT_EQ(gis::WorkspaceEditor::fetch(path, "projects", "J1").version, 2);
}

TEST(WorkspaceEditor, UnchangedValuesKeepTheVersionAndLogNothing) {
    TempDir dir;
    const std::string path = minimalWorkspace(dir);
    const gis::EditOutcome outcome =
        gis::WorkspaceEditor::save(path, {{change("buildings", "B1", "vacant_m2", "100.0")}, "x"});
    EXPECT_TRUE(outcome.rows.empty());
    EXPECT_EQ(outcome.unchanged_rows, 1U);
    EXPECT_EQ(gis::WorkspaceEditor::fetch(path, "buildings", "B1").version, 0);
    EXPECT_TRUE(test::editLog(path).empty());
}

TEST(WorkspaceEditor, AddsAnOptionalColumnTheWorkspaceWasWrittenWithout) {
    TempDir dir;
    const std::string path = minimalWorkspace(dir);  // buildings have no available_from
    (void)gis::WorkspaceEditor::save(
        path, {{change("buildings", "B1", "available_from", "2025-09-01")}, "x"});
    const gis::Workspace w = gis::WorkspaceReader::read(path);
    ASSERT_TRUE(w.district.buildings[0].available_from.has_value());
    EXPECT_EQ(core::formatIsoDate(*w.district.buildings[0].available_from), "2025-09-01");
}

TEST(WorkspaceEditor, InjectionTextIsStoredVerbatimOrRefusedNeverExecuted) {
    TempDir dir;
    const std::string path = minimalWorkspace(dir);
    const std::vector<std::string> attacks{"'; DROP TABLE parcels; --", "\" OR 1=1 --",
                                           "B1' OR '1'='1", "x\"); DELETE FROM buildings; --",
                                           "Robert'); DROP TABLE edit_log;--"};
    for (const std::string& attack : attacks) {
        // As a value: stored as text, exactly.
        (void)gis::WorkspaceEditor::save(path,
                                         {{change("buildings", "B1", "carrier", attack)}, attack});
        EXPECT_EQ(gis::WorkspaceReader::read(path).district.buildings[0].carrier, attack);
        // As an id: no such row.
        EXPECT_NE(errorMessageOf(
                      [&] {
                          (void)gis::WorkspaceEditor::save(
                              path, {{change("buildings", attack, "rent", "1")}, "x"});
                      },
                      Error::Kind::Input)
                      .find("no such building"),
                  std::string::npos);
        // As a number: refused.
        (void)errorMessageOf(
            [&] {
                (void)gis::WorkspaceEditor::save(
                    path, {{change("buildings", "B1", "rent", attack)}, "x"});
            },
            Error::Kind::Input);
    }
    const gis::Workspace w = gis::WorkspaceReader::read(path);
    EXPECT_EQ(w.district.parcels.size(), 1U);
    EXPECT_EQ(w.district.buildings.size(), 1U);
    const auto log = test::editLog(path);
    ASSERT_EQ(log.size(), attacks.size());
    EXPECT_EQ(log.back().editor, attacks.back());
    EXPECT_EQ(log.back().new_value, attacks.back());
}

TEST(WorkspaceEditor, ReadsABatchAsAnySpreadsheetWritesIt) {
    TempDir dir;
    const std::string path = minimalWorkspace(dir);
    const auto csv = dir / "changes.csv";
    std::ofstream(csv) << "layer,id,field,value,version\n"
                          "building,B1,vacant_m2,250,0\n"
                          "buildings,B1,carrier,\"海州城投, 二期\",\n"
                          "parcel,P1,land_price,\"38.5\",\n"
                          "\n";
    const auto changes = gis::WorkspaceEditor::readBatch(csv.string());
    ASSERT_EQ(changes.size(), 3U);
    EXPECT_EQ(changes[0].expected_version, 0);
    EXPECT_EQ(changes[1].value, "海州城投, 二期");
    EXPECT_FALSE(changes[1].expected_version.has_value());
    EXPECT_NE(changes[2].origin.find("changes.csv, line 4"), std::string::npos);
    const gis::EditOutcome outcome = gis::WorkspaceEditor::save(path, {changes, "batch"});
    EXPECT_EQ(outcome.fieldCount(), 3U);
    const gis::Workspace w = gis::WorkspaceReader::read(path);
    EXPECT_EQ(w.district.buildings[0].carrier, "海州城投, 二期");
    EXPECT_EQ(w.district.parcels[0].land_price_wan_per_mu, 38.5);

    // A bad line is named by the file and line.
    std::ofstream(csv) << "layer,id,field,value\nbuildings,B1,rent,20\nbuildings,B1,floors,x\n";
    const std::string message = errorMessageOf(
        [&] {
            (void)gis::WorkspaceEditor::save(path,
                                             {gis::WorkspaceEditor::readBatch(csv.string()), "x"});
        },
        Error::Kind::Input);
    EXPECT_NE(message.find("field 'floors'"), std::string::npos) << message;
    std::ofstream(csv) << "layer,id,feld,value\n";
    EXPECT_NE(errorMessageOf([&] { (void)gis::WorkspaceEditor::readBatch(csv.string()); },
                             Error::Kind::Input)
                  .find("unknown column 'feld'"),
              std::string::npos);
}
