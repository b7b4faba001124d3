// `sitefit check`, `--skip-invalid` and the tolerances of the rule pack's [data_quality], on a
// copy of the sample with six flaws in six features and on a hand-built district whose
// overlapping parcels have a shared area worked out by hand.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "command_runner.hpp"
#include "test_dataset.hpp"

using namespace sitefit::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Statements run through GDAL on a GeoPackage (SQLite's own UPDATE).
void runSql(const fs::path& path, const std::vector<std::string>& statements) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(dataset) << path;
    for (const std::string& sql : statements) {
        OGRLayer* result = dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
        if (result != nullptr) {
            dataset->ReleaseResultSet(result);
        }
        ASSERT_EQ(CPLGetLastErrorType(), CE_None) << sql << ": " << CPLGetLastErrorMsg();
    }
}

void setGeometry(const fs::path& path, const char* layerName, const std::string& where,
                 const char* wkt) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(dataset) << path;
    OGRLayer* layer = dataset->GetLayerByName(layerName);
    ASSERT_NE(layer, nullptr);
    layer->SetAttributeFilter(where.c_str());
    const OGRFeatureUniquePtr feature(layer->GetNextFeature());
    ASSERT_TRUE(feature) << where;
    OGRGeometry* geometry = nullptr;
    ASSERT_EQ(OGRGeometryFactory::createFromWkt(wkt, layer->GetSpatialRef(), &geometry),
              OGRERR_NONE);
    feature->SetGeometryDirectly(geometry);
    ASSERT_EQ(layer->SetFeature(feature.get()), OGRERR_NONE);
}

// The sample's B000009 has 22,531 m² of floor space (floor_area_m2) and 4,921 m² vacant.
constexpr const char* kRoundedVacancy =
    "UPDATE buildings SET vacant_m2 = 22531 * 1.0005 WHERE building_id = 'B000009'";

// A copy of the sample with six flaws in six features, each breaking a different rule:
//   B000009  vacant 22,542.27 m² on 22,531 m² of floor (0.05 % over: rounding, tolerated)
//   B000040  vacant 16,072.5 m² on 10,715 m² (50 % over)
//   GX-0010  a bow tie: two vertices of its quadrilateral swapped
//   B000049  renamed B000042, which the layer already has
//   B000100  0 floors
//   GX-0013  far_min 4 above its far_max 3
void writeSixFlaws(const fs::path& path) {
    fs::copy_file(SITEFIT_SAMPLE, path);
    runSql(path, {kRoundedVacancy,
                  "UPDATE buildings SET vacant_m2 = 10715 * 1.5 WHERE building_id = 'B000040'",
                  "UPDATE buildings SET building_id = 'B000042' WHERE building_id = 'B000049'",
                  "UPDATE buildings SET floors = 0 WHERE building_id = 'B000100'",
                  "UPDATE parcels SET far_min = 4 WHERE parcel_id = 'GX-0013'"});
    setGeometry(path, "parcels", "parcel_id = 'GX-0010'",
                "POLYGON ((419985.8921 3830181.90813, 420121.182826 3830273.266872, "
                "420110.207337 3830168.842073, 419996.867589 3830286.33293, "
                "419985.8921 3830181.90813))");
}

// The lines `sitefit check` and a refusal give for the five errors of writeSixFlaws.
const std::vector<std::string> kSixFlawErrors{
    "error: buildings B000040 vacant_m2: vacant space 16072.5 m² exceeds the floor area "
    "10715 m², more than the 1 % tolerance",
    "error: parcels GX-0010 geometry: invalid polygon (Self-intersection at (420053.5, "
    "3830227.6))",
    "error: buildings B000042 building_id: duplicate id 'B000042'; ids must be unique",
    "error: buildings B000100 floors: must be between 1 and 200 (found 0)",
    "error: parcels GX-0013 far_min: far_min 4 is above far_max 3",
};
const std::string kRoundingWarning =
    "buildings B000009 vacant_m2: vacant space 22542.2655 m² exceeds the floor area 22531 m² by "
    "0.05 %, within the 1 % tolerance: clamped to the floor area";

const json* problemOf(const json& report, const std::string& feature, const std::string& rule) {
    for (const json& problem : report["problems"]) {
        if (problem["feature"] == feature && problem["rule"] == rule) {
            return &problem;
        }
    }
    return nullptr;
}

double sumOver(const json& rows, const char* field) {
    double sum = 0.0;
    for (const json& row : rows) {
        if (row.contains(field) && row[field].is_number()) {
            sum += row[field].get<double>();
        }
    }
    return sum;
}

}  // namespace

TEST(CheckCli, NamesEverySixFlawsInOneRunAndWritesThemAsALayer) {
    const std::string sample = readFile(SITEFIT_SAMPLE);
    ScratchDir dir;
    const fs::path flawed = dir / "flawed.gpkg";
    writeSixFlaws(flawed);
    const std::string before = readFile(flawed);

    const CommandResult text = runSitefit({"check", flawed.string(), "-q"});
    EXPECT_EQ(text.exit_code, 3) << text.err;  // errors: the workspace is not sound
    EXPECT_NE(text.out.find("5 errors"), std::string::npos) << text.out;
    for (const std::string& line : kSixFlawErrors) {
        EXPECT_NE(text.out.find(line), std::string::npos) << line << "\nnot in:\n" << text.out;
    }
    EXPECT_NE(text.out.find("warning: " + kRoundingWarning), std::string::npos) << text.out;
    EXPECT_NE(text.err.find("the workspace has 5 errors"), std::string::npos) << text.err;

    const CommandResult asJson = runSitefit({"check", flawed.string(), "--json", "-q"});
    EXPECT_EQ(asJson.exit_code, 3);
    const json report = json::parse(asJson.out);
    EXPECT_EQ(report["errors"], 5);
    struct Expected {
        const char* feature;
        const char* rule;
        const char* severity;
        const char* field;
    };
    for (const Expected& e : {Expected{"B000009", "vacant_over_floor_area", "warning", "vacant_m2"},
                              Expected{"B000040", "vacant_over_floor_area", "error", "vacant_m2"},
                              Expected{"GX-0010", "invalid_geometry", "error", "geometry"},
                              Expected{"B000042", "duplicate_id", "error", "building_id"},
                              Expected{"B000100", "value", "error", "floors"},
                              Expected{"GX-0013", "value", "error", "far_min"}}) {
        const json* problem = problemOf(report, e.feature, e.rule);
        ASSERT_NE(problem, nullptr) << e.feature << " " << e.rule;
        EXPECT_EQ((*problem)["severity"], e.severity) << e.feature;
        EXPECT_EQ((*problem)["field"], e.field) << e.feature;
        EXPECT_TRUE(problem->contains("x") && problem->contains("y")) << e.feature << " unplaced";
    }
    // GEOS's point of the self-intersection: where the swapped edges cross.
    const json& bowTie = *problemOf(report, "GX-0010", "invalid_geometry");
    EXPECT_EQ(bowTie["found"], "Self-intersection");
    EXPECT_NEAR(bowTie["x"].get<double>(), 420053.54, 0.01);
    EXPECT_NEAR(bowTie["y"].get<double>(), 3830227.59, 0.01);

    // --out: a layer ogrinfo reads, one point feature per problem.
    const fs::path layer = dir / "problems.gpkg";
    const CommandResult written =
        runSitefit({"check", flawed.string(), "--out", layer.string(), "-q"});
    EXPECT_EQ(written.exit_code, 3);
    const CommandResult summary = runCommand("ogrinfo", {"-ro", "-so", layer.string(), "problems"});
    ASSERT_EQ(summary.exit_code, 0) << summary.err;
    EXPECT_NE(summary.out.find("Geometry: Point"), std::string::npos) << summary.out;
    EXPECT_NE(summary.out.find("Feature Count: " + std::to_string(report["problems"].size())),
              std::string::npos)
        << summary.out;
    const CommandResult row = runCommand(
        "ogrinfo", {"-ro", "-q", layer.string(), "problems", "-where", "feature = 'GX-0010'"});
    EXPECT_NE(row.out.find("rule (String) = invalid_geometry"), std::string::npos) << row.out;
    EXPECT_NE(row.out.find("severity (String) = error"), std::string::npos) << row.out;
    EXPECT_NE(row.out.find("POINT (420053.53"), std::string::npos) << row.out;

    EXPECT_EQ(readFile(flawed), before) << "check changed the workspace";
    EXPECT_EQ(readFile(SITEFIT_SAMPLE), sample) << "the sample was changed";
}

TEST(CheckCli, CapacityRefusesWithEveryErrorOrSetsThemAsideWhenAsked) {
    ScratchDir dir;
    const fs::path flawed = dir / "flawed.gpkg";
    writeSixFlaws(flawed);
    const std::string before = readFile(flawed);

    const CommandResult refused = runSitefit({"capacity", flawed.string()});
    EXPECT_EQ(refused.exit_code, 3);
    EXPECT_NE(refused.err.find("the workspace has 5 errors"), std::string::npos) << refused.err;
    for (const std::string& line : kSixFlawErrors) {
        EXPECT_NE(refused.err.find(line), std::string::npos) << line << "\nnot in:\n"
                                                             << refused.err;
    }
    EXPECT_NE(refused.err.find("sitefit check " + flawed.string()), std::string::npos);
    EXPECT_NE(refused.err.find("--skip-invalid"), std::string::npos);

    const CommandResult table = runSitefit({"capacity", flawed.string(), "--skip-invalid"});
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_NE(table.out.find("Set aside 5 flawed features ("), std::string::npos) << table.out;
    for (const char* id : {"parcels GX-0013", "buildings B000040", "buildings B000100",
                           "buildings B000042", "parcels GX-0010"}) {
        EXPECT_NE(table.out.find(id), std::string::npos) << id << " not named:\n" << table.out;
    }
    EXPECT_NE(table.out.find("these figures exclude them"), std::string::npos);
    EXPECT_NE(table.out.find(kRoundingWarning), std::string::npos) << table.out;

    const CommandResult asJson =
        runSitefit({"capacity", flawed.string(), "--skip-invalid", "--json"});
    ASSERT_EQ(asJson.exit_code, 0) << asJson.err;
    const json capacity = json::parse(asJson.out);
    EXPECT_EQ(capacity["parcels"].size(), 552U - 2U);  // GX-0010 and GX-0013 set aside
    for (const json& parcel : capacity["parcels"]) {
        EXPECT_NE(parcel["parcel_id"], "GX-0010");
        EXPECT_NE(parcel["parcel_id"], "GX-0013");
    }
    ASSERT_TRUE(capacity.contains("data_quality"));
    EXPECT_EQ(capacity["data_quality"]["errors"], 5);
    EXPECT_EQ(capacity["data_quality"]["warnings"], 1);

    // The other analyses say the same in their JSON.
    // (allocate adds the member the same way; it is left out for the time a plan takes.)
    for (const char* command : {"match", "chains"}) {
        const CommandResult result =
            runSitefit({command, flawed.string(), "--skip-invalid", "--json"});
        ASSERT_EQ(result.exit_code, 0) << command << ": " << result.err;
        const json output = json::parse(result.out);
        ASSERT_TRUE(output.contains("data_quality")) << command;
        // chains joins no geometry: it sees the four value and duplicate errors, not the bow
        // tie.
        const bool joins = std::string(command) == "match";
        EXPECT_EQ(output["data_quality"]["errors"], joins ? 5 : 4) << command;
        EXPECT_EQ(problemOf(output["data_quality"], "GX-0010", "invalid_geometry") != nullptr,
                  joins)
            << command;
    }
    // A carrier's brochure says what it leaves out, in either language.
    const fs::path english = dir / "listing.html";
    CommandResult listing = runSitefit({"listing", flawed.string(), "--skip-invalid", "--zone",
                                        "HZ-GX", "--out", english.string(), "--lang", "en", "-q"});
    ASSERT_EQ(listing.exit_code, 0) << listing.err;
    EXPECT_NE(readFile(english).find(
                  "5 flawed features of the workspace set aside: sites on them are not listed."),
              std::string::npos);
    const fs::path chinese = dir / "listing-zh.html";
    listing = runSitefit({"listing", flawed.string(), "--skip-invalid", "--zone", "HZ-GX", "--out",
                          chinese.string(), "--lang", "zh", "-q"});
    ASSERT_EQ(listing.exit_code, 0) << listing.err;
    EXPECT_NE(readFile(chinese).find("工作空间中有 5 个有错误的要素被剔除"), std::string::npos);
    EXPECT_EQ(readFile(flawed), before) << "capacity changed the workspace";
}

// One vacant figure rounded up by 0.05 %: within the 1 % tolerance, so capacity runs, names
// the building in a warning, and counts the vacant space as the floor area.
TEST(CheckCli, ARoundedVacantFigurePassesWithAWarningAndIsClamped) {
    ScratchDir dir;
    const fs::path clean = dir / "clean.gpkg";
    fs::copy_file(SITEFIT_SAMPLE, clean);
    const fs::path rounded = dir / "rounded.gpkg";
    fs::copy_file(SITEFIT_SAMPLE, rounded);
    runSql(rounded, {kRoundedVacancy});

    const CommandResult table = runSitefit({"capacity", rounded.string()});
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_NE(table.out.find("1 warning (1 vacant_over_floor_area)"), std::string::npos)
        << table.out;
    EXPECT_NE(table.out.find(kRoundingWarning), std::string::npos) << table.out;

    const CommandResult cleanJson = runSitefit({"capacity", clean.string(), "--json"});
    const CommandResult roundedJson = runSitefit({"capacity", rounded.string(), "--json"});
    ASSERT_EQ(cleanJson.exit_code, 0) << cleanJson.err;
    ASSERT_EQ(roundedJson.exit_code, 0) << roundedJson.err;
    const json a = json::parse(cleanJson.out);
    const json b = json::parse(roundedJson.out);
    EXPECT_FALSE(a.contains("data_quality"));
    // Clamped to its floor area: 22,531 m² vacant instead of 4,921, 17,610 m² more.
    EXPECT_NEAR(sumOver(b["zones"], "vacant_m2") - sumOver(a["zones"], "vacant_m2"), 17610.0,
                0.001);
    const json* warning = problemOf(b["data_quality"], "B000009", "vacant_over_floor_area");
    ASSERT_NE(warning, nullptr);
    EXPECT_EQ((*warning)["severity"], "warning");
    EXPECT_EQ((*warning)["expected"], "≤ 22531");
}

// A problem with no place on the map (a project's value) is written with no geometry, to
// GeoJSON as to GeoPackage.
TEST(CheckCli, AProblemWithoutALocationIsWrittenWithoutAGeometry) {
    ScratchDir dir;
    const fs::path copy = dir / "haizhou.gpkg";
    fs::copy_file(SITEFIT_SAMPLE, copy);
    runSql(copy, {"UPDATE projects SET name = '' WHERE project_id = 'P001'"});
    const fs::path out = dir / "problems.geojson";
    const CommandResult result = runSitefit({"check", copy.string(), "--out", out.string(), "-q"});
    EXPECT_EQ(result.exit_code, 3) << result.err;
    ASSERT_TRUE(fs::exists(out)) << result.err;
    const json layer = json::parse(readFile(out));
    bool found = false;
    for (const json& feature : layer["features"]) {
        if (feature["properties"]["layer"] == "projects") {
            found = true;
            EXPECT_EQ(feature["properties"]["feature"], "P001");
            EXPECT_EQ(feature["properties"]["field"], "name");
            EXPECT_TRUE(feature["geometry"].is_null()) << feature.dump();
        } else {
            EXPECT_EQ(feature["geometry"]["type"], "Point") << feature.dump();
        }
    }
    EXPECT_TRUE(found) << layer.dump();
}

TEST(CheckCli, TheCleanSampleHasNoErrors) {
    ScratchDir dir;
    const fs::path copy = dir / "haizhou.gpkg";
    fs::copy_file(SITEFIT_SAMPLE, copy);
    const CommandResult result = runSitefit({"check", copy.string(), "--json", "-q"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const json report = json::parse(result.out);
    EXPECT_EQ(report["errors"], 0);
    // The sample's warnings are footprints drawn across a parcel edge, nothing else.
    for (const json& problem : report["problems"]) {
        EXPECT_EQ(problem["rule"], "building_across_parcels") << problem.dump();
    }
}

// Zone Z1 (1 km²) with P1 = 100 m × 100 m and P2 = 100 m × 28 m laid 20 m over P1's east
// edge: they share 20 m × 28 m = 560 m². P3 = 60.5 m × 1 m overlaps P1 by 0.5 m × 1 m, a
// sliver under the 1 m² tolerance. All three available:
//   counted once: 10,000 + 2,800 − 560 + 60.5 = 12,300.5 m² (the sliver stays in both).
TEST(CheckCli, OverlappingParcelsAreReportedWithBothIdsAndCountedOnce) {
    auto layers = minimalWorkspaceLayers();
    auto& parcels = layerNamed(layers, "parcels");
    auto p2 = parcels.features[0];
    p2.values["parcel_id"] = "P2";
    p2.wkt = rectangle(180, 100, 280, 128);
    auto p3 = parcels.features[0];
    p3.values["parcel_id"] = "P3";
    p3.wkt = rectangle(199.5, 150, 260, 151);
    parcels.features.push_back(p2);
    parcels.features.push_back(p3);
    ScratchDir dir;
    const fs::path path = dir / "w.gpkg";
    writeDataset(path, layers);

    const CommandResult asJson = runSitefit({"capacity", path.string(), "--json"});
    ASSERT_EQ(asJson.exit_code, 0) << asJson.err;
    const json capacity = json::parse(asJson.out);
    ASSERT_EQ(capacity["zones"].size(), 1U);
    EXPECT_NEAR(capacity["zones"][0]["available_land_m2"].get<double>(), 12300.5, 1e-6);
    EXPECT_NEAR(capacity["data_quality"]["shared_land_m2"].get<double>(), 560.0, 1e-6);
    const json* overlap = problemOf(capacity["data_quality"], "P1", "parcel_overlap");
    ASSERT_NE(overlap, nullptr) << capacity["data_quality"].dump();
    EXPECT_EQ((*overlap)["other_feature"], "P2");
    EXPECT_EQ((*overlap)["severity"], "warning");
    EXPECT_EQ(capacity["data_quality"]["problems"].size(), 1U) << "the sliver was reported";

    const CommandResult table = runSitefit({"capacity", path.string()});
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_NE(table.out.find("Overlapping parcels share 560 m², counted once"), std::string::npos)
        << table.out;

    const CommandResult check = runSitefit({"check", path.string(), "-q"});
    EXPECT_EQ(check.exit_code, 0) << check.err;
    EXPECT_NE(check.out.find("parcel_overlap: 1 warning"), std::string::npos) << check.out;
    EXPECT_NE(check.out.find("parcels P1"), std::string::npos) << check.out;
    EXPECT_NE(check.out.find("P2"), std::string::npos) << check.out;
    EXPECT_NE(check.out.find("560"), std::string::npos) << check.out;
}
