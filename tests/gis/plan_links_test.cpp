#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <functional>
#include <map>

#include "error_message_of.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_edit.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/gis/workspace_writer.hpp"
#include "test_dataset.hpp"

using namespace sitefit;
using namespace sitefit::test;

namespace {

using Row = std::map<std::string, std::string>;
using Action = gis::PlanLinkChange::Action;

// The minimal workspace (project J1, parcel P1, building B1) with a second project J2 and,
// when `links` is given, a plan_links table of those rows.
std::string workspaceWith(const TempDir& dir, const std::optional<std::vector<Row>>& links,
                          const std::string& name = "w.gpkg") {
    auto layers = minimalWorkspaceLayers();
    layerNamed(layers, "projects")
        .features.push_back({"",
                             {{"project_id", "J2"},
                              {"name", "制剂分装项目"},
                              {"category_code", "MED01"},
                              {"need", "space"},
                              {"floor_m2", "300"}}});
    if (links) {
        TestLayer table{
            "plan_links", "None", {{"project_id"}, {"site_id"}, {"kind"}, {"note"}}, {}};
        for (const Row& row : *links) {
            table.features.push_back({"", row});
        }
        layers.push_back(table);
    }
    const auto path = dir / name;
    writeDataset(path, layers);
    return path.string();
}

// "kind project=site note" of every stored link, read by WorkspaceReader.
std::vector<std::string> storedLinks(const std::string& path) {
    std::vector<std::string> out;
    for (const core::PlanLink& link : gis::WorkspaceReader::read(path).district.plan_links) {
        out.push_back(std::string(core::toString(link.kind)) + " " + link.label() +
                      (link.note.empty() ? "" : " " + link.note));
    }
    return out;
}

gis::PlanLinkChange link(std::string project, std::string site, Action action,
                         std::optional<std::string> note = std::nullopt,
                         std::optional<std::int64_t> version = std::nullopt) {
    return {std::move(project), std::move(site), action, std::move(note), version};
}

gis::EditOutcome saveLinks(const std::string& path, std::vector<gis::PlanLinkChange> links,
                           std::vector<gis::FieldChange> changes = {}) {
    return gis::WorkspaceEditor::save(path, {std::move(changes), "wang.fang", std::move(links)});
}

}  // namespace

TEST(PlanLinksReader, AWorkspaceWithoutTheTableHasNoLinks) {
    TempDir dir;
    EXPECT_TRUE(
        gis::WorkspaceReader::read(workspaceWith(dir, std::nullopt)).district.plan_links.empty());
    EXPECT_TRUE(gis::WorkspaceReader::read(workspaceWith(dir, std::vector<Row>{}, "empty.gpkg"))
                    .district.plan_links.empty());
}

TEST(PlanLinksReader, ReadsPinsAndExclusionsWithTheirNotes) {
    TempDir dir;
    const std::string path = workspaceWith(
        dir, std::vector<Row>{
                 {{"project_id", "J1"}, {"site_id", "P1"}, {"kind", "pin"}, {"note", "地块已谈妥"}},
                 {{"project_id", "J2"}, {"site_id", "B1"}, {"kind", "exclude"}}});
    EXPECT_EQ(storedLinks(path),
              (std::vector<std::string>{"pin J1=P1 地块已谈妥", "exclude J2=B1"}));
}

TEST(PlanLinksReader, RefusesBadRowsNamingFileLayerFeatureAndField) {
    struct Case {
        std::vector<Row> rows;
        std::string expected;
    };
    const std::vector<Case> cases{
        {{{{"project_id", "J1"}, {"site_id", "P1"}, {"kind", "keep"}}},
         "layer 'plan_links', feature '#1', field 'kind': 'keep' is not one of: pin, exclude"},
        {{{{"project_id", "J9"}, {"site_id", "P1"}, {"kind", "pin"}}},
         "layer 'plan_links', feature 'J9=P1', field 'project_id': no project 'J9' in the "
         "workspace"},
        {{{{"project_id", "J1"}, {"site_id", "P7"}, {"kind", "exclude"}}},
         "layer 'plan_links', feature 'J1=P7', field 'site_id': no site 'P7' (a parcel_id or "
         "building_id) in the workspace"},
        {{{{"project_id", "J2"}, {"site_id", "B1"}, {"kind", "pin"}},
          {{"project_id", "J2"}, {"site_id", "B1"}, {"kind", "exclude"}}},
         "layer 'plan_links', feature 'J2=B1', field 'site_id': the project and site are linked "
         "twice"},
        {{{{"site_id", "P1"}, {"kind", "pin"}}},
         "layer 'plan_links', feature '#1', field 'project_id': a value is required"},
        {{{{"project_id", "J1"}, {"kind", "pin"}}},
         "layer 'plan_links', feature '#1', field 'site_id': a value is required"},
        {{{{"project_id", "J1"}, {"site_id", "P1"}, {"kind", "pin"}},
          {{"project_id", "J1"}, {"site_id", "B1"}, {"kind", "pin"}}},
         "layer 'plan_links', feature 'J1=B1', field 'kind': project J1 is already pinned to "
         "site P1; a project takes one site"},
    };
    for (const Case& c : cases) {
        TempDir dir;
        const std::string path = workspaceWith(dir, c.rows);
        const std::string message =
            errorMessageOf([&] { (void)gis::WorkspaceReader::read(path); }, Error::Kind::Input);
        EXPECT_NE(message.find(path + ", " + c.expected), std::string::npos) << message;
    }
}

TEST(PlanLinksWriter, WritesTheLinksOnlyWhenThereAreAny) {
    TempDir dir;
    const std::string linked = workspaceWith(
        dir, std::vector<Row>{
                 {{"project_id", "J1"}, {"site_id", "P1"}, {"kind", "pin"}, {"note", "地块已谈妥"}},
                 {{"project_id", "J2"}, {"site_id", "B1"}, {"kind", "exclude"}}});
    const auto copy = dir / "copy.gpkg";
    gis::WorkspaceWriter::write(gis::WorkspaceReader::read(linked), copy);
    EXPECT_EQ(storedLinks(copy.string()), storedLinks(linked));
    EXPECT_EQ(storedLinks(copy.string()).size(), 2U);

    const auto bare = dir / "bare.gpkg";
    gis::WorkspaceWriter::write(gis::WorkspaceReader::read(workspaceWith(dir, std::nullopt)), bare);
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(bare.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(dataset);
    EXPECT_EQ(dataset->GetLayerByName("plan_links"), nullptr);
}

TEST(PlanLinksEditor, SavesLinksWithVersionsAndTheEditLog) {
    TempDir dir;
    const std::string path = workspaceWith(dir, std::nullopt);

    // A new pin: the table is created; version 0 → 1; kind and note logged.
    gis::EditOutcome outcome = saveLinks(path, {link("J1", "P1", Action::Pin, "地块已谈妥")});
    ASSERT_EQ(outcome.rows.size(), 1U);
    EXPECT_EQ(outcome.rows[0].layer, "plan_links");
    EXPECT_EQ(outcome.rows[0].id, "J1=P1");
    EXPECT_EQ(outcome.rows[0].old_version, 0);
    EXPECT_EQ(outcome.rows[0].new_version, 1);
    ASSERT_EQ(outcome.rows[0].fields.size(), 2U);
    EXPECT_EQ(outcome.rows[0].fields[0].field, "kind");
    EXPECT_EQ(outcome.rows[0].fields[0].old_value, "");
    EXPECT_EQ(outcome.rows[0].fields[0].new_value, "pin");
    EXPECT_EQ(outcome.rows[0].fields[1].new_value, "地块已谈妥");
    EXPECT_EQ(storedLinks(path), (std::vector<std::string>{"pin J1=P1 地块已谈妥"}));
    auto log = test::editLog(path);
    ASSERT_EQ(log.size(), 2U);
    EXPECT_EQ(log[0].editor, "wang.fang");
    EXPECT_EQ(log[0].layer, "plan_links");
    EXPECT_EQ(log[0].id, "J1=P1");
    EXPECT_EQ(log[0].field, "kind");
    EXPECT_EQ(log[0].old_value, "");
    EXPECT_EQ(log[0].new_value, "pin");
    EXPECT_EQ(log[0].version, 1);

    // A new note against the version seen: 1 → 2, one log line.
    outcome = saveLinks(path, {link("J1", "P1", Action::Pin, "已签约", 1)});
    ASSERT_EQ(outcome.rows.size(), 1U);
    EXPECT_EQ(outcome.rows[0].new_version, 2);
    log = test::editLog(path);
    ASSERT_EQ(log.size(), 3U);
    EXPECT_EQ(log[2].field, "note");
    EXPECT_EQ(log[2].old_value, "地块已谈妥");
    EXPECT_EQ(log[2].new_value, "已签约");
    EXPECT_EQ(log[2].version, 2);

    // The same again: nothing changes, nothing is logged.
    outcome = saveLinks(path, {link("J1", "P1", Action::Pin)});
    EXPECT_TRUE(outcome.rows.empty());
    EXPECT_EQ(outcome.unchanged_rows, 1U);
    EXPECT_EQ(test::editLog(path).size(), 3U);

    // Against a stale version: refused, naming who saved since.
    try {
        (void)saveLinks(path, {link("J1", "P1", Action::Pin, "旧的", 1)});
        ADD_FAILURE() << "no conflict";
    } catch (const gis::EditConflict& conflict) {
        EXPECT_EQ(conflict.layer(), "plan_links");
        EXPECT_EQ(conflict.id(), "J1=P1");
        EXPECT_EQ(conflict.expectedVersion(), 1);
        EXPECT_EQ(conflict.actualVersion(), 2);
        ASSERT_TRUE(conflict.lastEdit().has_value());
        EXPECT_EQ(conflict.lastEdit()->editor, "wang.fang");
    }
    EXPECT_EQ(storedLinks(path), (std::vector<std::string>{"pin J1=P1 已签约"}));

    // Moving the pin in one save (removal first) and excluding J2 from P1.
    outcome = saveLinks(path, {link("J1", "P1", Action::Unlink), link("J1", "B1", Action::Pin),
                               link("J2", "P1", Action::Exclude)});
    ASSERT_EQ(outcome.rows.size(), 3U);
    EXPECT_EQ(outcome.rows[0].id, "J1=P1");
    EXPECT_EQ(outcome.rows[0].new_version, 3);
    ASSERT_EQ(outcome.rows[0].fields.size(), 2U);
    EXPECT_EQ(outcome.rows[0].fields[0].old_value, "pin");
    EXPECT_EQ(outcome.rows[0].fields[0].new_value, "");
    EXPECT_EQ(storedLinks(path), (std::vector<std::string>{"pin J1=B1", "exclude J2=P1"}));
    log = test::editLog(path);
    ASSERT_EQ(log.size(), 3U + 2U + 1U + 1U);
    EXPECT_EQ(log[3].id, "J1=P1");
    EXPECT_EQ(log[3].old_value, "pin");
    EXPECT_EQ(log[3].new_value, "");
    EXPECT_EQ(log[3].version, 3);
    EXPECT_EQ(log[6].id, "J2=P1");
    EXPECT_EQ(log[6].new_value, "exclude");
}

TEST(PlanLinksEditor, RefusesBrokenRulesAndSavesNothing) {
    TempDir dir;
    const std::string path = workspaceWith(dir, std::nullopt);
    (void)saveLinks(path, {link("J1", "P1", Action::Pin), link("J2", "B1", Action::Exclude)});
    const auto before = storedLinks(path);
    const std::size_t logged = test::editLog(path).size();
    struct Case {
        std::vector<gis::PlanLinkChange> links;
        std::vector<gis::FieldChange> changes;
        Error::Kind kind;
        std::string expected;
    };
    const std::vector<Case> cases{
        {{link("J1", "B1", Action::Pin)},
         {},
         Error::Kind::Input,
         "feature 'J1=B1', field 'kind': project J1 is already pinned to site P1; a project "
         "takes one site"},
        {{link("J1", "P1", Action::Exclude)},
         {},
         Error::Kind::Input,
         "J1=P1 is stored as a pin; a pair is a pin or an exclusion, not both"},
        {{link("J2", "B1", Action::Pin)},
         {},
         Error::Kind::Input,
         "J2=B1 is stored as an exclusion"},
        {{link("J9", "P1", Action::Pin)},
         {},
         Error::Kind::Input,
         "feature 'J9=P1', field 'project_id': no project 'J9' in the workspace"},
        {{link("J2", "X1", Action::Exclude)},
         {},
         Error::Kind::Input,
         "feature 'J2=X1', field 'site_id': no site 'X1'"},
        {{link("J2", "P1", Action::Unlink)},
         {},
         Error::Kind::Input,
         "no pin or exclusion J2=P1 is stored"},
        {{link("J2", "P1", Action::Pin), link("J2", "P1", Action::Exclude)},
         {},
         Error::Kind::Usage,
         "the pair is named twice in one save"},
        // A good field change with a bad link: the whole save is refused.
        {{link("J1", "B1", Action::Pin)},
         {{"buildings", "B1", "vacant_m2", "50", std::nullopt, ""}},
         Error::Kind::Input,
         "already pinned"},
    };
    for (const Case& c : cases) {
        const std::string message =
            errorMessageOf([&] { (void)saveLinks(path, c.links, c.changes); }, c.kind);
        EXPECT_NE(message.find(c.expected), std::string::npos) << message;
    }
    EXPECT_EQ(storedLinks(path), before);
    EXPECT_EQ(test::editLog(path).size(), logged);
    EXPECT_EQ(gis::WorkspaceReader::read(path).district.buildings[0].vacant_m2, 100.0);
}
