// `--where` on `sitefit match` and `sitefit listing` (docs/cli.md, "Filters"), on copies
// of sample-data/haizhou.gpkg: the sites each command considers are exactly those meeting
// the filter, checked against the workspace read back through GDAL; filters that are not
// in the language (injection attempts among them) are refused before anything is read, and
// the workspace is left byte for byte as it was.
#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "command_runner.hpp"

using namespace sitefit::test;
using nlohmann::json;

namespace {

constexpr double kSquareMetresPerMu = 10000.0 / 15.0;

std::string copyOfSample(const ScratchDir& dir) {
    const auto path = dir / "haizhou.gpkg";
    std::filesystem::copy_file(SITEFIT_SAMPLE, path);
    return path.string();
}

// A parcel or building as the workspace stores it.
struct StoredFeature {
    double area_m2 = 0.0;  // of the geometry
    std::string status;    // parcels
    std::string kind;      // buildings
    std::string carrier;
    double vacant_m2 = 0.0;  // buildings; 0 when null
};

std::map<std::string, StoredFeature> readFeatures(const std::string& path, const char* layerName,
                                                  const char* idField) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    std::map<std::string, StoredFeature> out;
    if (!dataset) {
        ADD_FAILURE() << "cannot open " << path;
        return out;
    }
    OGRLayer* layer = dataset->GetLayerByName(layerName);
    if (layer == nullptr) {
        ADD_FAILURE() << "no layer " << layerName;
        return out;
    }
    const bool parcels = std::string(layerName) == "parcels";
    for (const auto& feature : *layer) {
        StoredFeature stored;
        if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
            stored.area_m2 = geometry->toSurface()->get_Area();
        }
        stored.carrier = feature->GetFieldAsString("carrier");
        if (parcels) {
            stored.status = feature->GetFieldAsString("status");
        } else {
            stored.kind = feature->GetFieldAsString("kind");
            stored.vacant_m2 = feature->GetFieldAsDouble("vacant_m2");
        }
        out[feature->GetFieldAsString(idField)] = stored;
    }
    return out;
}

// Every site a match run reported, as a candidate or a rejection, by site type.
std::map<std::string, std::set<std::string>> sitesConsidered(const json& match) {
    std::map<std::string, std::set<std::string>> out;
    for (const json& project : match["projects"]) {
        for (const char* list : {"candidates", "rejected"}) {
            for (const json& site : project[list]) {
                out[site["site_type"].get<std::string>()].insert(site["site_id"]);
            }
        }
    }
    return out;
}

}  // namespace

TEST(FilterCli, MatchConsidersExactlyTheSitesMeetingTheFilter) {
    ScratchDir dir;
    const std::string path = copyOfSample(dir);
    const CommandResult result =
        runSitefit({"match", path, "--json", "--top", "0", "--as-of", "2025-06-01", "-q", "--where",
                    "area_mu >= 30 and status = 'available'"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto considered = sitesConsidered(json::parse(result.out));

    // Land projects see every admitted parcel (as a candidate or with its reasons); space
    // sites have no status, so "status = 'available'" admits none of them.
    EXPECT_EQ(considered.count("space"), 0U);
    ASSERT_EQ(considered.count("parcel"), 1U);
    const auto parcels = readFeatures(path, "parcels", "parcel_id");
    std::set<std::string> expected;
    for (const auto& [id, parcel] : parcels) {
        if (parcel.area_m2 >= 30.0 * kSquareMetresPerMu && parcel.status == "available") {
            expected.insert(id);
        }
    }
    EXPECT_EQ(expected.size(), 59U);  // the sample's parcels of at least 30 亩 on offer
    EXPECT_EQ(considered.at("parcel"), expected);
    for (const std::string& id : considered.at("parcel")) {
        const StoredFeature& parcel = parcels.at(id);
        EXPECT_GE(parcel.area_m2, 20000.0) << id;
        EXPECT_EQ(parcel.status, "available") << id;
    }
}

TEST(FilterCli, MatchReadableOutputSaysHowManySitesTheFilterKept) {
    ScratchDir dir;
    const std::string path = copyOfSample(dir);
    const CommandResult result = runSitefit({"match", path, "--as-of", "2025-06-01", "-q",
                                             "--where", "area_mu >= 30 and status = 'available'"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find(" against 59 of "), std::string::npos) << result.out.substr(0, 300);
    EXPECT_NE(result.out.find("(--where area_mu >= 30 and status = 'available')"),
              std::string::npos);
}

TEST(FilterCli, AFilterThatAdmitsEverySiteChangesNothing) {
    ScratchDir dir;
    const std::string path = copyOfSample(dir);
    const std::vector<std::string> base = {"match", path, "--json", "--as-of", "2025-06-01", "-q"};
    const CommandResult plain = runSitefit(base);
    ASSERT_EQ(plain.exit_code, 0) << plain.err;
    auto filtered = base;
    filtered.insert(filtered.end(), {"--where", "site_id IS NOT NULL"});
    const CommandResult all = runSitefit(filtered);
    ASSERT_EQ(all.exit_code, 0) << all.err;
    EXPECT_EQ(all.out, plain.out);
}

TEST(FilterCli, ListingFeedHoldsOnlyTheSitesMeetingTheFilter) {
    ScratchDir dir;
    const std::string path = copyOfSample(dir);
    const std::string feed = (dir / "feed.geojson").string();
    const CommandResult result =
        runSitefit({"listing", path, "--feed", feed, "--as-of", "2025-06-01", "-q", "--where",
                    "building_kind = 'standard_factory' AND vacant_m2 >= 1000"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("where building_kind = 'standard_factory' AND vacant_m2 >= 1000"),
              std::string::npos)
        << result.out;
    const auto buildings = readFeatures(path, "buildings", "building_id");
    std::set<std::string> expected;
    for (const auto& [id, building] : buildings) {
        if (building.kind == "standard_factory" && building.vacant_m2 >= 1000.0) {
            expected.insert(id);
        }
    }
    ASSERT_FALSE(expected.empty());
    std::set<std::string> listed;
    const json written = json::parse(readFile(feed));
    for (const json& feature : written["features"]) {
        const json& p = feature["properties"];
        EXPECT_EQ(p["site_type"], "space");
        EXPECT_EQ(p["building_kind"], "standard_factory");
        EXPECT_GE(p["vacant_m2"].get<double>(), 1000.0);
        listed.insert(p["site_id"].get<std::string>());
    }
    EXPECT_EQ(listed, expected);
}

TEST(FilterCli, ListingFilterWithChineseText) {
    ScratchDir dir;
    const std::string path = copyOfSample(dir);
    const std::string feed = (dir / "feed.geojson").string();
    const CommandResult result =
        runSitefit({"listing", path, "--feed", feed, "--as-of", "2025-06-01", "-q", "--where",
                    "carrier = '海州高新区管委会' AND area_mu >= 30"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::set<std::string> expected;
    for (const auto& [id, parcel] : readFeatures(path, "parcels", "parcel_id")) {
        if (parcel.carrier == "海州高新区管委会" && parcel.status == "available" &&
            parcel.area_m2 >= 20000.0) {
            expected.insert(id);
        }
    }
    ASSERT_FALSE(expected.empty());
    std::set<std::string> listed;
    const json written = json::parse(readFile(feed));
    for (const json& feature : written["features"]) {
        EXPECT_EQ(feature["properties"]["carrier"], "海州高新区管委会");
        EXPECT_GE(feature["properties"]["area_mu"].get<double>(), 30.0);
        listed.insert(feature["properties"]["site_id"].get<std::string>());
    }
    EXPECT_EQ(listed, expected);
}

TEST(FilterCli, RefusedFiltersNameTheOptionAndColumnAndLeaveTheWorkspaceAlone) {
    ScratchDir dir;
    const std::string path = copyOfSample(dir);
    const std::string before = readFile(path);
    struct Case {
        std::vector<std::string> command;
        std::string filter;
        std::string message;
    };
    const std::string feed = (dir / "feed.geojson").string();
    const std::vector<Case> cases = {
        {{"match", path},
         "x'; DROP TABLE parcels; --",
         "--where: column 1: unknown field 'x'; expected one of: site_id,"},
        {{"match", path},
         "1=1 OR",
         "--where: column 1: expected a field name, NOT or '(', "
         "found number 1"},
        {{"match", path, "--write"},
         "area_mu >= 30; DROP TABLE parcels",
         "--where: column 14: unexpected character ';'"},
        {{"match", path},
         "zone = 'HZ-GX'",
         "--where: column 1: unknown field 'zone'; expected one of: site_id, site_type, zone_id"},
        {{"match", path},
         "status = 'sold'",
         "--where: column 10: field 'status' has no value text 'sold'"},
        {{"match", path}, "", "--where: column 1: the filter is empty"},
        {{"listing", path, "--feed", feed},
         "carrier = 'a' OR 1=1",
         "--where: column 18: expected a field name, NOT or '(', found number 1"},
    };
    for (const Case& c : cases) {
        auto arguments = c.command;
        arguments.insert(arguments.end(), {"--where", c.filter});
        const CommandResult result = runSitefit(arguments);
        EXPECT_EQ(result.exit_code, 2) << c.filter << "\n" << result.err;
        EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
        EXPECT_TRUE(result.out.empty()) << result.out;
    }
    EXPECT_FALSE(std::filesystem::exists(feed));
    EXPECT_TRUE(readFile(path) == before) << "the workspace changed";
}
