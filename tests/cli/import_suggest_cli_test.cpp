// `sitefit import ... --suggest-mapping FILE.toml`: writes the suggested mapping, imports
// nothing, and the file it writes (for sources whose values are already schema codes) imports
// as it is.
#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "command_runner.hpp"

using namespace sitefit::test;

namespace {

const std::filesystem::path kImportData = std::filesystem::path(SITEFIT_TEST_DATA) / "import";

std::vector<std::string> chineseSources() {
    return {"--zones",     (kImportData / "zones_lonlat.geojson").string(),
            "--parcels",   (kImportData / "parcels_lonlat.geojson").string(),
            "--buildings", (kImportData / "buildings_lonlat.geojson").string()};
}

// The parcel ids of a written workspace, read with GDAL directly.
std::set<std::string> parcelIds(const std::filesystem::path& workspace) {
    GDALAllRegister();
    std::set<std::string> ids;
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(workspace.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        ADD_FAILURE() << "cannot open " << workspace;
        return ids;
    }
    OGRLayer* parcels = dataset->GetLayerByName("parcels");
    if (parcels == nullptr) {
        ADD_FAILURE() << "no parcels layer in " << workspace;
        return ids;
    }
    for (const auto& feature : *parcels) {
        ids.insert(feature->GetFieldAsString("parcel_id"));
    }
    return ids;
}

}  // namespace

TEST(ImportSuggestCli, WritesTheMappingImportsNothingAndTheMappingImports) {
    ScratchDir dir;
    const auto out = dir / "out.gpkg";
    const auto mapping = dir / "mapping.toml";
    std::vector<std::string> arguments{"import", out.string()};
    const std::vector<std::string> sources = chineseSources();
    arguments.insert(arguments.end(), sources.begin(), sources.end());
    std::vector<std::string> suggest = arguments;
    suggest.insert(suggest.end(), {"--suggest-mapping", mapping.string(), "--quiet"});

    const CommandResult result = runSitefit(suggest);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_FALSE(std::filesystem::exists(out)) << "--suggest-mapping must not import";
    ASSERT_TRUE(std::filesystem::exists(mapping));
    EXPECT_NE(result.out.find("Wrote a suggested mapping to " + mapping.string()),
              std::string::npos)
        << result.out;
    // Per layer: matched of all, guessed, missing required, values to translate.
    EXPECT_NE(result.out.find("parcels    6 of 12        6  -      "), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("--mapping " + mapping.string()), std::string::npos) << result.out;

    const std::string text = readFile(mapping);
    for (const char* line :
         {"[zones.fields]\nzone_id = \"园区编号\"  # guess: check\n",
          "parcel_id = \"地块编号\"  # guess: check\n",
          "far_min = \"容积率下限\"  # guess: check\n",
          "available_from = \"可供日期\"  # guess: check\n",
          "clear_height_m = \"层高\"  # guess: check\n",
          "# source fields: 地块编号, 用地性质, 供地状态, 容积率下限, 容积率上限, "
          "可供日期, 面积（亩）\n"}) {
        EXPECT_NE(text.find(line), std::string::npos) << line << "\nin:\n" << text;
    }
    EXPECT_EQ(text.find("REQUIRED: no source field"), std::string::npos) << text;

    // The suggestion, unedited, imports: every required field was found.
    std::vector<std::string> import = arguments;
    import.insert(import.end(), {"--mapping", mapping.string(), "--quiet"});
    const CommandResult imported = runSitefit(import);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(parcelIds(out), (std::set<std::string>{"HZ-001", "HZ-002"}));
}

TEST(ImportSuggestCli, SuggestsForPartialSourcesButImportNeedsAllThree) {
    ScratchDir dir;
    const auto mapping = dir / "parcels.toml";
    const CommandResult result =
        runSitefit({"import", "--parcels", (kImportData / "parcels_lonlat.geojson").string(),
                    "--suggest-mapping", mapping.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string text = readFile(mapping);
    EXPECT_NE(text.find("[parcels.fields]"), std::string::npos) << text;
    EXPECT_EQ(text.find("[zones"), std::string::npos) << text;
    EXPECT_NE(result.out.find("sitefit import OUT.gpkg --zones SRC --parcels "), std::string::npos)
        << result.out;

    const CommandResult refused = runSitefit({"import", (dir / "out.gpkg").string(), "--parcels",
                                              (kImportData / "parcels_lonlat.geojson").string()});
    EXPECT_EQ(refused.exit_code, 2) << refused.out;
    EXPECT_NE(refused.err.find("--zones is required"), std::string::npos) << refused.err;
}

TEST(ImportSuggestCli, AnUnreadableSourceIsNamedAndNoFileIsWritten) {
    ScratchDir dir;
    const auto mapping = dir / "mapping.toml";
    const auto missing = dir / "nowhere.geojson";
    const CommandResult result = runSitefit(
        {"import", "--parcels", missing.string(), "--suggest-mapping", mapping.string()});
    EXPECT_EQ(result.exit_code, 3) << result.out;
    EXPECT_NE(result.err.find(missing.string()), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(mapping));
}
