#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "command_runner.hpp"
#include "test_dataset.hpp"

using namespace sitefit::test;
using nlohmann::json;

namespace {

constexpr const char* kValidateGpkg =
    "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";

// The sample is an input: every test works on a copy and proves the original unchanged.
class SampleCopy {
public:
    SampleCopy() : m_original(readFile(SITEFIT_SAMPLE)) {
        std::filesystem::copy_file(SITEFIT_SAMPLE, m_dir / "haizhou.gpkg");
    }
    ~SampleCopy() { EXPECT_EQ(readFile(SITEFIT_SAMPLE), m_original) << "the sample was changed"; }
    SampleCopy(const SampleCopy&) = delete;
    SampleCopy& operator=(const SampleCopy&) = delete;
    [[nodiscard]] std::string path() const { return (m_dir / "haizhou.gpkg").string(); }
    [[nodiscard]] const ScratchDir& dir() const { return m_dir; }

private:
    std::string m_original;
    ScratchDir m_dir;
};

long long featureCount(const std::string& path, const char* layerName) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    if (!dataset) {
        return -1;
    }
    OGRLayer* layer = dataset->GetLayerByName(layerName);
    return layer == nullptr ? -1 : layer->GetFeatureCount();
}

}  // namespace

TEST(CapacityCli, HandBuiltDistrictGivesTheHandComputedJson) {
    // Zone Z1 (1 km²) with parcel P1 (100 × 100 m = 15 亩, available, far_max 2.0) and a
    // 20 × 20 m two-storey factory inside it (800 m² floor area, 100 m² vacant).
    ScratchDir dir;
    const auto path = (dir / "w.gpkg").string();
    writeDataset(path, minimalWorkspaceLayers());
    const CommandResult result = runSitefit({"capacity", path, "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json output = json::parse(result.out);
    ASSERT_EQ(output["parcels"].size(), 1U);
    const json& p1 = output["parcels"][0];
    EXPECT_EQ(p1["parcel_id"], "P1");
    EXPECT_EQ(p1["zone_id"], "Z1");
    EXPECT_DOUBLE_EQ(p1["area_m2"].get<double>(), 10000.0);
    EXPECT_DOUBLE_EQ(p1["area_mu"].get<double>(), 15.0);
    EXPECT_DOUBLE_EQ(p1["footprint_m2"].get<double>(), 400.0);
    EXPECT_DOUBLE_EQ(p1["coverage"].get<double>(), 0.04);
    EXPECT_DOUBLE_EQ(p1["floor_area_m2"].get<double>(), 800.0);
    EXPECT_DOUBLE_EQ(p1["far"].get<double>(), 0.08);
    EXPECT_DOUBLE_EQ(p1["buildable_floor_m2"].get<double>(), 19200.0);
    const json& z1 = output["zones"][0];
    EXPECT_EQ(z1["available_parcel_count"], 1);
    EXPECT_DOUBLE_EQ(z1["available_land_mu"].get<double>(), 15.0);
    EXPECT_DOUBLE_EQ(z1["vacant_m2"].get<double>(), 100.0);
    EXPECT_DOUBLE_EQ(z1["occupancy"].get<double>(), 0.875);
    EXPECT_EQ(z1["enterprises"], 1);
    EXPECT_EQ(z1["places_left"], 29);
}

TEST(CapacityCli, SampleTableShowsEveryZoneAndTotals) {
    SampleCopy sample;
    const CommandResult result = runSitefit({"capacity", sample.path()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Carrier capacity of"), std::string::npos);
    EXPECT_NE(result.out.find("district"), std::string::npos);
    EXPECT_NE(result.out.find("亩"), std::string::npos);
    const json output = json::parse(runSitefit({"capacity", sample.path(), "--json"}).out);
    for (const json& zone : output["zones"]) {
        EXPECT_NE(result.out.find(zone["zone_id"].get<std::string>()), std::string::npos);
    }
    EXPECT_TRUE(result.err.empty()) << "stderr is not a terminal, so no progress: " << result.err;
}

TEST(CapacityCli, SampleJsonIsConsistentWithTheWorkspace) {
    SampleCopy sample;
    const CommandResult result = runSitefit({"capacity", sample.path(), "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json output = json::parse(result.out);
    EXPECT_EQ(static_cast<long long>(output["parcels"].size()),
              featureCount(sample.path(), "parcels"));
    EXPECT_GE(output["parcels"].size(), 400U);
    EXPECT_GE(output["zones"].size(), 6U);

    // Zone figures are the sums of their parcels' figures.
    std::map<std::string, double> availableByZone;
    std::map<std::string, int> countByZone;
    for (const json& parcel : output["parcels"]) {
        const double area = parcel["area_m2"].get<double>();
        EXPECT_NEAR(parcel["area_mu"].get<double>(), area * 15.0 / 10000.0, 1e-6);
        EXPECT_NEAR(parcel["coverage"].get<double>(), parcel["footprint_m2"].get<double>() / area,
                    1e-9);
        if (parcel["zone_id"].is_null()) {
            continue;
        }
        const auto zone = parcel["zone_id"].get<std::string>();
        ++countByZone[zone];
        if (parcel["status"] == "available") {
            availableByZone[zone] += area;
        }
    }
    for (const json& zone : output["zones"]) {
        const auto id = zone["zone_id"].get<std::string>();
        EXPECT_EQ(zone["parcel_count"].get<int>(), countByZone[id]) << id;
        EXPECT_NEAR(zone["available_land_m2"].get<double>(), availableByZone[id], 1e-3) << id;
        const double floor = zone["floor_area_m2"].get<double>();
        if (floor > 0) {
            EXPECT_NEAR(zone["occupancy"].get<double>(),
                        1.0 - zone["vacant_m2"].get<double>() / floor, 1e-9);
        }
    }
}

TEST(CapacityCli, WriteStoresValidLayersAndCsvInACopy) {
    SampleCopy sample;
    const auto csvDir = sample.dir() / "csv";
    const CommandResult result =
        runSitefit({"capacity", sample.path(), "--write", "--csv", csvDir.string(), "--quiet"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(result.err.empty()) << "--quiet still printed: " << result.err;
    EXPECT_EQ(featureCount(sample.path(), "parcel_capacity"),
              featureCount(sample.path(), "parcels"));
    EXPECT_EQ(featureCount(sample.path(), "zone_capacity"), featureCount(sample.path(), "zones"));
    const CommandResult validation = runCommand("/usr/bin/python3", {kValidateGpkg, sample.path()});
    EXPECT_EQ(validation.exit_code, 0) << validation.out << validation.err;

    const std::string zoneCsv = readFile(csvDir / "zone_capacity.csv");
    EXPECT_EQ(zoneCsv.rfind("zone_id,name,parcel_count,available_parcel_count,", 0), 0U);
    const std::string parcelCsv = readFile(csvDir / "parcel_capacity.csv");
    const auto lines = std::count(parcelCsv.begin(), parcelCsv.end(), '\n');
    EXPECT_EQ(lines, featureCount(sample.path(), "parcels") + 1);

    // Running again replaces the layers instead of adding a second copy.
    ASSERT_EQ(runSitefit({"capacity", sample.path(), "--write", "-q"}).exit_code, 0);
    EXPECT_EQ(featureCount(sample.path(), "parcel_capacity"),
              featureCount(sample.path(), "parcels"));
}

TEST(CapacityCli, BadInputAndUsageGiveClearMessagesAndExitCodes) {
    ScratchDir dir;
    CommandResult result = runSitefit({"capacity", (dir / "missing.gpkg").string()});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("missing.gpkg: no such file"), std::string::npos) << result.err;

    { std::ofstream(dir / "fake.gpkg") << "not a geopackage"; }
    result = runSitefit({"capacity", (dir / "fake.gpkg").string()});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("fake.gpkg"), std::string::npos) << result.err;

    result = runSitefit({"capacity"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("workspace"), std::string::npos) << result.err;

    result = runSitefit({"capacity", "x.gpkg", "--no-such-option"});
    EXPECT_EQ(result.exit_code, 2);
}
