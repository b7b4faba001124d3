// Every command on a workspace with only the three required layers (zones, parcels,
// buildings), made from a copy of the sample; and industry codes matched against the
// built-in GB/T 4754-2017 catalogue such a workspace falls back to.

#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QImage>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "command_runner.hpp"
#include "test_dataset.hpp"

using namespace sitefit::test;
using nlohmann::json;

namespace {

constexpr const char* kAsOf = "2025-03-01";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The sample copied into `dir` with every layer but zones, parcels and buildings dropped.
std::string threeLayerWorkspace(const ScratchDir& dir) {
    const auto path = dir / "three-layers.gpkg";
    std::filesystem::copy_file(SITEFIT_SAMPLE, path);
    std::filesystem::permissions(
        path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    GDALAllRegister();
    const GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    EXPECT_NE(dataset, nullptr);
    for (int i = dataset->GetLayerCount() - 1; i >= 0; --i) {
        const std::string name = dataset->GetLayer(i)->GetName();
        if (name != "zones" && name != "parcels" && name != "buildings") {
            EXPECT_EQ(dataset->DeleteLayer(i), OGRERR_NONE) << name;
        }
    }
    EXPECT_EQ(dataset->GetLayerCount(), 3);
    return path.string();
}

struct CodedProject {
    std::string id;
    std::string industry_code;
};

// Adds a `projects` table of land projects that give only an industry code, each asking
// for what the sample's P001 asks (53,333 m², pollution class 2, 32,000 万元).
void addProjects(const std::string& workspace, const std::vector<CodedProject>& projects) {
    const GDALDatasetUniquePtr dataset(
        GDALDataset::Open(workspace.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_NE(dataset, nullptr);
    OGRLayer* layer = dataset->CreateLayer("projects", nullptr, wkbNone, nullptr);
    ASSERT_NE(layer, nullptr);
    for (const auto& [name, type] :
         std::vector<std::pair<const char*, OGRFieldType>>{{"project_id", OFTString},
                                                           {"name", OFTString},
                                                           {"industry_code", OFTString},
                                                           {"need", OFTString},
                                                           {"land_m2", OFTReal},
                                                           {"investment", OFTReal},
                                                           {"pollution_class", OFTInteger}}) {
        OGRFieldDefn field(name, type);
        ASSERT_EQ(layer->CreateField(&field), OGRERR_NONE);
    }
    for (const CodedProject& project : projects) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("project_id", project.id.c_str());
        feature.SetField("name", ("project " + project.id).c_str());
        feature.SetField("industry_code", project.industry_code.c_str());
        feature.SetField("need", "land");
        feature.SetField("land_m2", 53333.0);
        feature.SetField("investment", 32000.0);
        feature.SetField("pollution_class", 2);
        ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
    }
}

}  // namespace

TEST(ThreeLayerCli, CapacityAndMatchAndAllocateAnswerWithNothingToDo) {
    ScratchDir dir;
    const std::string ws = threeLayerWorkspace(dir);

    const CommandResult capacity = runSitefit({"capacity", ws, "--quiet"});
    ASSERT_EQ(capacity.exit_code, 0) << capacity.err;
    EXPECT_TRUE(contains(capacity.out, "HZ-GX")) << capacity.out;

    const CommandResult match = runSitefit({"match", ws, "--as-of", kAsOf, "--quiet"});
    ASSERT_EQ(match.exit_code, 0) << match.err;
    EXPECT_EQ(match.out,
              "no projects in the workspace\n"
              "catalogue: built-in GB/T 4754-2017 manufacturing divisions (the workspace has "
              "none)\n");

    const CommandResult matchJson =
        runSitefit({"match", ws, "--as-of", kAsOf, "--json", "--quiet"});
    ASSERT_EQ(matchJson.exit_code, 0) << matchJson.err;
    const json matched = json::parse(matchJson.out);
    EXPECT_TRUE(matched["projects"].empty());
    EXPECT_EQ(matched["catalogue"]["origin"], "built_in");
    EXPECT_EQ(matched["catalogue"]["categories"], 31);

    const CommandResult allocate = runSitefit({"allocate", ws, "--as-of", kAsOf, "--quiet"});
    ASSERT_EQ(allocate.exit_code, 0) << allocate.err;
    EXPECT_TRUE(contains(allocate.out, "no projects in the workspace\n")) << allocate.out;

    const CommandResult allocateJson =
        runSitefit({"allocate", ws, "--as-of", kAsOf, "--json", "--quiet"});
    ASSERT_EQ(allocateJson.exit_code, 0) << allocateJson.err;
    const json plan = json::parse(allocateJson.out);
    EXPECT_TRUE(plan["assignments"].empty());
    EXPECT_TRUE(plan["unassigned"].empty());
    EXPECT_EQ(plan["catalogue"]["origin"], "built_in");
}

TEST(ThreeLayerCli, ChainsListTheBuiltInDivisionsWithNoFirms) {
    ScratchDir dir;
    const std::string ws = threeLayerWorkspace(dir);
    const CommandResult chains = runSitefit({"chains", ws});
    ASSERT_EQ(chains.exit_code, 0) << chains.err;
    EXPECT_TRUE(contains(chains.out,
                         "catalogue: built-in GB/T 4754-2017 manufacturing divisions (the "
                         "workspace has none)\n"))
        << chains.out;
    EXPECT_TRUE(contains(chains.out, "no enterprises or projects in the workspace")) << chains.out;
    EXPECT_TRUE(contains(chains.out,
                         "C27  医药制造业 Manufacture of Medicines: 0 of 1 "
                         "categories present, 1 missing"))
        << chains.out;

    const CommandResult chainsJson = runSitefit({"chains", ws, "--json"});
    ASSERT_EQ(chainsJson.exit_code, 0) << chainsJson.err;
    const json out = json::parse(chainsJson.out);
    ASSERT_EQ(out["chains"].size(), 31U);
    EXPECT_EQ(out["chains"][0]["chain_code"], "C13");
    EXPECT_EQ(out["chains"][30]["chain_code"], "C43");
    for (const json& chain : out["chains"]) {
        EXPECT_EQ(chain["categories_present"], 0) << chain["chain_code"];
    }
    EXPECT_TRUE(out["outside_catalogue"]["projects"].empty());
}

TEST(ThreeLayerCli, RenderDrawsTheDistrictWithAndWithoutThePlan) {
    ScratchDir dir;
    const std::string ws = threeLayerWorkspace(dir);
    for (const bool plan : {false, true}) {
        const auto out = dir / (plan ? "plan.png" : "map.png");
        std::vector<std::string> arguments{"render", ws,        "--out",   out.string(),
                                           "--size", "640x400", "--as-of", kAsOf};
        if (plan) {
            arguments.emplace_back("--plan");
        }
        const CommandResult result = runSitefit(arguments);
        ASSERT_EQ(result.exit_code, 0) << result.err;
        EXPECT_TRUE(contains(result.out, "Wrote " + out.string())) << result.out;
        if (plan) {
            EXPECT_TRUE(contains(result.err, "Plan: no projects in the workspace")) << result.err;
        }
        const QImage image(QString::fromStdString(out.string()));
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(640, 400));
        // The background is white; zones, parcels and buildings cover part of the map.
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                drawn += (image.pixel(x, y) & 0xffffffU) != 0xffffffU ? 1 : 0;
            }
        }
        EXPECT_GT(drawn, image.width() * image.height() / 20) << (plan ? "--plan" : "plain");
    }
}

TEST(ThreeLayerCli, ListingCopyAndEditWork) {
    ScratchDir dir;
    const std::string ws = threeLayerWorkspace(dir);

    const auto html = dir / "listing.html";
    const auto feed = dir / "feed.csv";
    const CommandResult listing =
        runSitefit({"listing", ws, "--zone", "HZ-GX", "--out", html.string(), "--feed",
                    feed.string(), "--lang", "en", "--as-of", kAsOf, "--quiet"});
    ASSERT_EQ(listing.exit_code, 0) << listing.err;
    EXPECT_TRUE(contains(listing.out, "catalogue: built-in GB/T 4754-2017")) << listing.out;
    EXPECT_TRUE(contains(listing.out, "Wrote " + html.string())) << listing.out;
    EXPECT_TRUE(contains(readFile(html), "HZ-GX"));
    EXPECT_FALSE(readFile(feed).empty());

    const auto copy = dir / "copy.gpkg";
    const CommandResult copied = runSitefit({"copy", ws, copy.string(), "--quiet"});
    ASSERT_EQ(copied.exit_code, 0) << copied.err;
    const CommandResult capacityOfCopy = runSitefit({"capacity", copy.string(), "--quiet"});
    ASSERT_EQ(capacityOfCopy.exit_code, 0) << capacityOfCopy.err;

    const CommandResult edited = runSitefit(
        {"edit", ws, "--building", "B000009", "--set", "vacant_m2=1200", "--as", "li.wei"});
    ASSERT_EQ(edited.exit_code, 0) << edited.err;
    EXPECT_TRUE(contains(edited.out, "Saved 1 change to building B000009")) << edited.out;
    const CommandResult shown = runSitefit({"edit", ws, "--building", "B000009"});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_TRUE(contains(shown.out, "1200")) << shown.out;
}

TEST(ThreeLayerCli, IndustryCodesAreMatchedAgainstTheBuiltInCatalogue) {
    ScratchDir dir;
    const std::string ws = threeLayerWorkspace(dir);
    addProjects(ws, {{"X1", "C2710"}, {"X2", "I6510"}});

    const CommandResult match = runSitefit({"match", ws, "--as-of", kAsOf, "--quiet"});
    ASSERT_EQ(match.exit_code, 0) << match.err;
    EXPECT_TRUE(contains(match.out,
                         "catalogue: built-in GB/T 4754-2017 manufacturing divisions (the "
                         "workspace has none)\n"))
        << match.out;
    // C2710 化学药品原料药制造 is in division C27.
    EXPECT_TRUE(contains(match.out, "X1  project X1  [C27 医药制造业]")) << match.out;
    EXPECT_TRUE(contains(match.out, "X2  project X2  [I6510 ]")) << match.out;
    EXPECT_TRUE(contains(match.out,
                         "  not matched: industry code I6510 is in no category of the catalogue "
                         "(built-in GB/T 4754-2017 manufacturing divisions (the workspace has "
                         "none))\n"))
        << match.out;

    const CommandResult matchJson =
        runSitefit({"match", ws, "--as-of", kAsOf, "--json", "--top", "0", "--quiet"});
    ASSERT_EQ(matchJson.exit_code, 0) << matchJson.err;
    const json out = json::parse(matchJson.out);
    ASSERT_EQ(out["projects"].size(), 2U);
    const json& x1 = out["projects"][0];
    EXPECT_FALSE(x1.contains("not_matched"));
    // Every parcel is either a candidate or rejected; the built-in category admits M1–M3,
    // and a class-2 project then needs M2 or M3 (pollution.max_by_land_use).
    EXPECT_FALSE(x1["candidates"].empty());
    for (const json& rejected : x1["rejected"]) {
        for (const json& reason : rejected["reasons"]) {
            if (reason["constraint"] == "land_use") {
                EXPECT_EQ(reason["required"], "M1, M2, M3");
            }
        }
    }
    const json& x2 = out["projects"][1];
    EXPECT_TRUE(x2["candidates"].empty());
    EXPECT_TRUE(x2["rejected"].empty());
    EXPECT_TRUE(contains(x2["not_matched"].get<std::string>(), "industry code I6510"));

    const CommandResult chains = runSitefit({"chains", ws, "--json"});
    ASSERT_EQ(chains.exit_code, 0) << chains.err;
    const json standing = json::parse(chains.out);
    EXPECT_EQ(standing["outside_catalogue"]["projects"], json::array({"X2"}));
    EXPECT_EQ(standing["outside_catalogue"]["industry_codes"], json::array({"I6510"}));
    // X1 fills the gap of C27, the 15th division (C13 is the first).
    EXPECT_EQ(standing["chains"][14]["categories"][0]["filling_projects"], json::array({"X1"}));

    const CommandResult allocate =
        runSitefit({"allocate", ws, "--as-of", kAsOf, "--json", "--quiet"});
    ASSERT_EQ(allocate.exit_code, 0) << allocate.err;
    const json plan = json::parse(allocate.out);
    ASSERT_EQ(plan["assignments"].size(), 1U);
    EXPECT_EQ(plan["assignments"][0]["project_id"], "X1");
    ASSERT_EQ(plan["unassigned"].size(), 1U);
    EXPECT_EQ(plan["unassigned"][0]["project_id"], "X2");
    EXPECT_TRUE(contains(plan["unassigned"][0]["reason"].get<std::string>(),
                         "industry code I6510 is in no category"));
}

TEST(ThreeLayerCli, ARecordWithNeitherCategoryNorIndustryCodeIsRefused) {
    ScratchDir dir;
    const std::string ws = threeLayerWorkspace(dir);
    addProjects(ws, {{"X1", ""}});
    const CommandResult match = runSitefit({"match", ws, "--as-of", kAsOf, "--quiet"});
    EXPECT_EQ(match.exit_code, 3);
    EXPECT_TRUE(contains(match.err, "projects")) << match.err;
    EXPECT_TRUE(contains(match.err, "X1")) << match.err;
    EXPECT_TRUE(contains(match.err, "either category_code or industry_code")) << match.err;
}

TEST(ThreeLayerCli, AMalformedIndustryCodeIsRefusedNamingTheField) {
    ScratchDir dir;
    const std::string ws = threeLayerWorkspace(dir);
    addProjects(ws, {{"X1", "2710"}});
    const CommandResult match = runSitefit({"match", ws, "--as-of", kAsOf, "--quiet"});
    EXPECT_EQ(match.exit_code, 3);
    EXPECT_TRUE(contains(match.err, "industry_code")) << match.err;
    EXPECT_TRUE(contains(match.err, "'2710' is not a GB/T 4754-2017 industry code")) << match.err;
}

TEST(IndustryCodeCli, AWorkspaceCatalogueMapsCodesByTheLongestListedPrefix) {
    ScratchDir dir;
    auto layers = minimalWorkspaceLayers();
    // MED01 原料药 covers C271 (化学药品原料药制造); a new MED02 covers the rest of C27.
    auto& categories = layerNamed(layers, "categories");
    categories.fields.push_back({"industry_codes"});
    categories.features[0].values["industry_codes"] = "C271";
    categories.features.push_back({"",
                                   {{"category_code", "MED02"},
                                    {"chain_code", "MED"},
                                    {"name_zh", "化学制剂"},
                                    {"land_use_classes", "M1,M2"},
                                    {"industry_codes", "C27"}}});
    // J1 keeps its stated MED01; J2 and J3 give only a code.
    auto& projects = layerNamed(layers, "projects");
    projects.fields.push_back({"industry_code"});
    projects.features[0].values["industry_code"] = "C2720";
    TestFeature j2 = projects.features[0];
    j2.values["project_id"] = "J2";
    j2.values.erase("category_code");
    j2.values["industry_code"] = "C2710";
    TestFeature j3 = j2;
    j3.values["project_id"] = "J3";
    j3.values["industry_code"] = "C2740";
    projects.features.push_back(j2);
    projects.features.push_back(j3);
    const auto path = (dir / "w.gpkg").string();
    writeDataset(path, layers);

    const CommandResult match = runSitefit({"match", path, "--as-of", kAsOf, "--quiet"});
    ASSERT_EQ(match.exit_code, 0) << match.err;
    EXPECT_TRUE(contains(match.out, "catalogue: the workspace's (1 chain, 2 categories)\n"))
        << match.out;
    EXPECT_TRUE(contains(match.out, "J1  原料药项目  [MED01 原料药]")) << match.out;
    EXPECT_TRUE(contains(match.out, "J2  原料药项目  [MED01 原料药]")) << match.out;
    EXPECT_TRUE(contains(match.out, "J3  原料药项目  [MED02 化学制剂]")) << match.out;

    const CommandResult chains = runSitefit({"chains", path, "--json"});
    ASSERT_EQ(chains.exit_code, 0) << chains.err;
    const json standing = json::parse(chains.out);
    EXPECT_EQ(standing["catalogue"]["origin"], "workspace");
    EXPECT_EQ(standing["catalogue"]["description"], "the workspace's (1 chain, 2 categories)");
    // MED02 has no enterprise; J3 fills it.
    EXPECT_EQ(standing["chains"][0]["categories"][1]["filling_projects"], json::array({"J3"}));
}
