#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "command_runner.hpp"
#include "test_dataset.hpp"

using namespace sitefit::test;
using nlohmann::json;

namespace {

// The minimal workspace: project J1 (MED01 APIs, 8,000 m² of land) and parcel P1
// (10,000 m², M1, available, zone Z1 leading MED); chain leader E1 (MED01) at 424 m.
std::string minimalWorkspace(const ScratchDir& dir, const std::string& landUse) {
    auto layers = minimalWorkspaceLayers();
    layerNamed(layers, "parcels").features[0].values["land_use"] = landUse;
    const auto path = (dir / ("w-" + landUse + ".gpkg")).string();
    writeDataset(path, layers);
    return path;
}

}  // namespace

TEST(MatchCli, RejectionSaysWhyInNumbers) {
    ScratchDir dir;
    const CommandResult result =
        runSitefit({"match", minimalWorkspace(dir, "M1"), "--json", "--as-of", "2025-01-01"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json out = json::parse(result.out);
    ASSERT_EQ(out["projects"].size(), 1U);
    const json& j1 = out["projects"][0];
    EXPECT_EQ(j1["project_id"], "J1");
    EXPECT_TRUE(j1["candidates"].empty());
    ASSERT_EQ(j1["rejected"].size(), 1U);
    EXPECT_EQ(j1["rejected"][0]["site_type"], "parcel");
    EXPECT_EQ(j1["rejected"][0]["site_id"], "P1");
    const json expected =
        json::parse(R"([{"constraint": "land_use", "required": "M2, M3", "actual": "M1"}])");
    EXPECT_EQ(j1["rejected"][0]["reasons"], expected);
}

TEST(MatchCli, CandidateScoreIsTheHandComputedWeightedSum) {
    ScratchDir dir;
    const CommandResult result =
        runSitefit({"match", minimalWorkspace(dir, "M2"), "--json", "--as-of", "2025-01-01"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json candidate = json::parse(result.out)["projects"][0]["candidates"][0];
    EXPECT_EQ(candidate["site_id"], "P1");
    EXPECT_EQ(candidate["rank"], 1);
    const json& c = candidate["criteria"];
    // E1 is 300 m east and 300 m north of P1's corner: 424.26 m; half distance 2 km;
    // same chain 1×, leader 2×, no linked category: (1 + 2) × 0.5^(424.26/2000) / 4.
    const double synergy = 3.0 * std::pow(0.5, std::hypot(300.0, 300.0) / 2000.0) / 4.0;
    EXPECT_NEAR(c["chain_synergy"].get<double>(), synergy, 1e-9);
    EXPECT_DOUBLE_EQ(c["zone_orientation"].get<double>(), 1.0);
    EXPECT_NEAR(c["size_fit"].get<double>(), 1.0 - 2000.0 / 2400.0, 1e-12);
    EXPECT_DOUBLE_EQ(c["cost"].get<double>(), 0.5);  // no land price: neutral
    EXPECT_DOUBLE_EQ(c["readiness"].get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(c["job_housing"].get<double>(), 0.0);
    EXPECT_DOUBLE_EQ(c["preferred_zone"].get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(c["chain_gap"].get<double>(), 0.0);
    // Weights of rules/jiangsu-north.toml: 25, 15, 15, 10, 10, 10, 10, 5 (sum 100).
    const double score = 25 * synergy + 15 * 1.0 + 15 * (1.0 - 2000.0 / 2400.0) + 10 * 0.5 +
                         10 * 1.0 + 10 * 0.0 + 10 * 1.0 + 5 * 0.0;
    EXPECT_NEAR(candidate["score"].get<double>(), score, 1e-9);
}

TEST(MatchCli, ReadableOutputAndProjectFilter) {
    ScratchDir dir;
    const std::string path = minimalWorkspace(dir, "M1");
    CommandResult result = runSitefit({"match", path, "--project", "J1", "--as-of", "2025-01-01"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("J1  原料药项目"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("rejected 1 sites: land_use 1"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("nearest miss P1: land_use needs M2, M3, has M1;"),
              std::string::npos);

    result = runSitefit({"match", path, "--project", "NOPE"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("no project 'NOPE'"), std::string::npos) << result.err;
    result = runSitefit({"match", path, "--as-of", "tomorrow"});
    EXPECT_EQ(result.exit_code, 2);
}

TEST(MatchCli, BadRulePackIsRefusedWithFileLineAndKey) {
    ScratchDir dir;
    {
        std::ofstream(dir / "bad.toml")
            << "[pack]\nname = \"x\"\nversion = 1\n[weights]\ncost = -1\n";
    }
    const CommandResult result =
        runSitefit({"match", minimalWorkspace(dir, "M2"), "--rules", (dir / "bad.toml").string()});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("bad.toml"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("weights.cost"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("line 5"), std::string::npos) << result.err;
}

TEST(MatchCli, SampleGivesEveryProjectARankingOrReasons) {
    ScratchDir dir;
    std::filesystem::copy_file(SITEFIT_SAMPLE, dir / "haizhou.gpkg");
    const CommandResult result = runSitefit({"match", (dir / "haizhou.gpkg").string(), "--json",
                                             "--top", "3", "--as-of", "2025-01-01"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json out = json::parse(result.out);
    EXPECT_GE(out["projects"].size(), 40U);
    int withCandidates = 0;
    for (const json& project : out["projects"]) {
        EXPECT_LE(project["candidates"].size(), 3U);
        if (!project["candidates"].empty()) {
            ++withCandidates;
            double previous = 101.0;
            for (const json& c : project["candidates"]) {
                const double score = c["score"].get<double>();
                EXPECT_LE(score, previous);
                EXPECT_GE(score, 0.0);
                previous = score;
            }
        }
        for (const json& rejected : project["rejected"]) {
            ASSERT_FALSE(rejected["reasons"].empty());
            for (const json& reason : rejected["reasons"]) {
                EXPECT_FALSE(reason["required"].get<std::string>().empty());
                EXPECT_FALSE(reason["actual"].get<std::string>().empty());
            }
        }
    }
    // Most sample projects can land somewhere; a few are designed to fit nowhere.
    EXPECT_GE(withCandidates, static_cast<int>(out["projects"].size()) * 3 / 4);
}

TEST(MatchCli, WriteStoresCandidatesAndRejections) {
    ScratchDir dir;
    const std::string path = minimalWorkspace(dir, "M2");
    ASSERT_EQ(runSitefit({"match", path, "--write", "-q"}).exit_code, 0);
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(dataset);
    OGRLayer* candidates = dataset->GetLayerByName("match_candidates");
    ASSERT_NE(candidates, nullptr);
    EXPECT_EQ(candidates->GetFeatureCount(), 1);
    auto feature = std::unique_ptr<OGRFeature>(candidates->GetNextFeature());
    EXPECT_STREQ(feature->GetFieldAsString("site_id"), "P1");
    EXPECT_NE(feature->GetGeometryRef(), nullptr);
    EXPECT_NE(dataset->GetLayerByName("match_rejections"), nullptr);
}

TEST(ChainsCli, ListsPresenceGapsAndFillingProjects) {
    ScratchDir dir;
    auto layers = minimalWorkspaceLayers();
    auto& categories = layerNamed(layers, "categories");
    categories.features.push_back({"",
                                   {{"category_code", "MED02"},
                                    {"chain_code", "MED"},
                                    {"name_zh", "化学制剂"},
                                    {"land_use_classes", "M1,M2"}}});
    layerNamed(layers, "chain_links")
        .features.push_back({"", {{"from_category", "MED01"}, {"to_category", "MED02"}}});
    layerNamed(layers, "projects").features[0].values["category_code"] = "MED02";
    const auto path = (dir / "w.gpkg").string();
    writeDataset(path, layers);
    const CommandResult result = runSitefit({"chains", path, "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json chain = json::parse(result.out)["chains"][0];
    EXPECT_EQ(chain["chain_code"], "MED");
    EXPECT_EQ(chain["categories_present"], 1);
    EXPECT_EQ(chain["categories_missing"], 1);
    const json& med01 = chain["categories"][0];
    EXPECT_EQ(med01["enterprises"], 1);
    EXPECT_EQ(med01["chain_leaders"], json::array({"正大天晴"}));
    EXPECT_EQ(med01["missing_customers"], json::array({"MED02"}));
    const json& med02 = chain["categories"][1];
    EXPECT_EQ(med02["enterprises"], 0);
    EXPECT_EQ(med02["filling_projects"], json::array({"J1"}));

    const CommandResult text = runSitefit({"chains", path});
    EXPECT_NE(text.out.find("1 of 2 categories present, 1 missing"), std::string::npos) << text.out;
}
