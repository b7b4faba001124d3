// The whole path on data no one here wrote: `sitefit import` of real third-party layers
// (tests/data/real/: London buildings in British National Grid, New York boroughs in US
// survey feet, North Carolina counties in NAD27, upstate New York tracts in UTM) and of a
// Chinese-coded data set in GBK and UTF-8, then every command on each workspace.
//
// Every expected figure was computed outside sitefit, with GDAL's own tools on the files
// in tests/data/real/ (the command is written beside each figure), in the CRS the workspace
// ends up in: `ogr2ogr -t_srs CRS out.gpkg SRC` first where the importer reprojects, then
// `ogrinfo -ro -dialect sqlite -sql "SELECT ST_Area(geom) ..." out.gpkg`.
//
// The third-party data sets are imported with the mapping `--suggest-mapping` writes for
// them, edited once (tests/data/real/<set>/mapping.toml); the GBK shapefiles with the
// suggested mapping as it is; the UTF-8 GeoPackage in national codes with no mapping file.
// The source files are compared byte for byte before and after.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QColor>
#include <QImage>
#include <QString>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "command_runner.hpp"

using namespace sitefit::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kReal = fs::path(SITEFIT_TEST_DATA) / "real";
constexpr const char* kAsOf = "2025-03-01";

// The zone_kind fills of the zones' kinds (gui/render/src/symbology.cpp), as
// render_cli_test.cpp checks them on the sample.
constexpr QRgb kIndustrialPark = qRgb(0xf6, 0xd2, 0xa4);
constexpr QRgb kTownshipCluster = qRgb(0xcf, 0xe6, 0xb0);
constexpr QRgb kSpecialtyPark = qRgb(0xdc, 0xc8, 0xe4);

// ---------------------------------------------------------------------------------------
// Inputs, imports and what a workspace holds, read back through GDAL.

// Every file under `dir` with its bytes, to show the sources were only read.
std::map<std::string, std::string> snapshotOf(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file()) {
            files[entry.path().string()] = readFile(entry.path());
        }
    }
    return files;
}

struct Sources {
    fs::path zones;
    fs::path parcels;
    fs::path buildings;
    fs::path projects;  // empty: none
};

CommandResult importInto(const fs::path& out, const Sources& sources,
                         const std::vector<std::string>& extra) {
    std::vector<std::string> arguments{"import",      out.string(),
                                       "--zones",     sources.zones.string(),
                                       "--parcels",   sources.parcels.string(),
                                       "--buildings", sources.buildings.string()};
    if (!sources.projects.empty()) {
        arguments.insert(arguments.end(), {"--projects", sources.projects.string()});
    }
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return runSitefit(arguments);
}

GDALDatasetUniquePtr openVector(const fs::path& path) {
    GDALAllRegister();
    return GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

std::int64_t featureCount(const fs::path& workspace, const char* layerName) {
    const GDALDatasetUniquePtr dataset = openVector(workspace);
    OGRLayer* layer = dataset ? dataset->GetLayerByName(layerName) : nullptr;
    return layer != nullptr ? layer->GetFeatureCount() : -1;
}

// One feature of a workspace layer: its fields as text and its area in the workspace CRS.
// Where a test reads a row without an ASSERT first, `.value()` throws for a missing row and
// Google Test reports the exception as the test's failure.
struct Row {
    std::map<std::string, std::string> fields;
    double area_m2 = 0.0;
};

std::optional<Row> rowOf(const fs::path& workspace, const char* layerName, const char* idField,
                         const std::string& id) {
    const GDALDatasetUniquePtr dataset = openVector(workspace);
    OGRLayer* layer = dataset ? dataset->GetLayerByName(layerName) : nullptr;
    if (layer == nullptr) {
        return std::nullopt;
    }
    layer->ResetReading();
    for (const auto& feature : *layer) {
        if (feature->GetFieldIndex(idField) < 0 || feature->GetFieldAsString(idField) != id) {
            continue;
        }
        Row row;
        for (int i = 0; i < feature->GetFieldCount(); ++i) {
            if (feature->IsFieldSetAndNotNull(i)) {
                row.fields[feature->GetFieldDefnRef(i)->GetNameRef()] =
                    feature->GetFieldAsString(i);
            }
        }
        if (OGRGeometry* geometry = feature->GetGeometryRef(); geometry != nullptr) {
            row.area_m2 = OGR_G_Area(OGRGeometry::ToHandle(geometry));
        }
        return row;
    }
    return std::nullopt;
}

std::optional<OGRSpatialReference> crsOf(const fs::path& workspace, const char* layerName) {
    const GDALDatasetUniquePtr dataset = openVector(workspace);
    OGRLayer* layer = dataset ? dataset->GetLayerByName(layerName) : nullptr;
    if (layer == nullptr || layer->GetSpatialRef() == nullptr) {
        return std::nullopt;
    }
    return *layer->GetSpatialRef();
}

std::string epsgOf(const OGRSpatialReference& crs) {
    OGRSpatialReference copy(crs);
    if (copy.GetAuthorityCode(nullptr) == nullptr) {
        (void)copy.AutoIdentifyEPSG();
    }
    const char* code = copy.GetAuthorityCode(nullptr);
    return code != nullptr ? code : "";
}

// A line `key = "value"` of a mapping file that is not commented out (spaces free).
bool mapsTo(const std::string& toml, const std::string& key, const std::string& value) {
    std::istringstream lines(toml);
    std::string line;
    while (std::getline(lines, line)) {
        const std::size_t start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line[start] == '#') {
            continue;
        }
        const std::size_t equals = line.find('=', start);
        if (equals == std::string::npos) {
            continue;
        }
        std::string left = line.substr(start, equals - start);
        left.erase(left.find_last_not_of(" \t") + 1);
        const std::size_t quote = line.find('"', equals);
        if (left == key && quote != std::string::npos &&
            line.compare(quote, value.size() + 2, "\"" + value + "\"") == 0) {
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// Every command on an imported workspace.

struct Expected {
    std::int64_t zones = 0;
    std::int64_t parcels = 0;
    std::int64_t buildings = 0;
    // Sums over the zones of `sitefit capacity --json` (every parcel and building of these
    // data sets lies in a zone).
    std::int64_t available_parcels = 0;
    double available_land_m2 = 0.0;
    double floor_area_m2 = 0.0;
    double vacant_m2 = 0.0;
    double tolerance_m2 = 0.0;  // for the sums above
    // An available parcel that `sitefit edit` reserves on a copy, and its area.
    std::string edit_parcel;
    double edit_parcel_m2 = 0.0;
    QRgb zone_colour = 0;  // the zone_kind fill of the zones' kind
    // The vacancy feed: available parcels + buildings with vacant space, all within this box
    // of longitude/latitude (the feed is WGS 84).
    std::size_t feed_sites = 0;
    double lon_min = 0.0;
    double lon_max = 0.0;
    double lat_min = 0.0;
    double lat_max = 0.0;
    bool has_projects = false;
};

struct ZoneSums {
    std::size_t zones = 0;
    std::size_t parcels = 0;
    std::int64_t available_parcels = 0;
    double available_land_m2 = 0.0;
    double floor_area_m2 = 0.0;
    double vacant_m2 = 0.0;
};

double numberOr0(const json& value) {
    return value.is_number() ? value.get<double>() : 0.0;
}

std::optional<ZoneSums> capacitySums(const fs::path& workspace) {
    const CommandResult result = runSitefit({"capacity", workspace.string(), "--json"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    if (result.exit_code != 0) {
        return std::nullopt;
    }
    const json output = json::parse(result.out);
    ZoneSums sums;
    sums.zones = output["zones"].size();
    sums.parcels = output["parcels"].size();
    for (const json& zone : output["zones"]) {
        sums.available_parcels += zone["available_parcel_count"].get<std::int64_t>();
        sums.available_land_m2 += numberOr0(zone["available_land_m2"]);
        sums.floor_area_m2 += numberOr0(zone["floor_area_m2"]);
        sums.vacant_m2 += numberOr0(zone["vacant_m2"]);
    }
    return sums;
}

// Pixels of exactly `rgb` in the middle third of the image's width: the map, clear of the
// legend (right) whose swatches carry the same colours.
int countInMiddle(const QImage& image, QRgb rgb) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = image.width() / 3; x < 2 * image.width() / 3; ++x) {
            if ((image.pixel(x, y) & 0xffffffU) == (rgb & 0xffffffU)) {
                ++count;
            }
        }
    }
    return count;
}

// Pixels in the middle third that differ from the image's top-left pixel (the paper).
int drawnInMiddle(const QImage& image) {
    const QRgb paper = image.pixel(0, 0) & 0xffffffU;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = image.width() / 3; x < 2 * image.width() / 3; ++x) {
            count += (image.pixel(x, y) & 0xffffffU) != paper ? 1 : 0;
        }
    }
    return count;
}

// A workspace without projects: `chains`, `match` and `allocate` say so plainly and exit 0
// ("no projects in the workspace"; `chains`, which also reads the enterprises, "no
// enterprises or projects in the workspace"), naming the catalogue they used: here, with no
// catalogue in the workspace, the built-in GB/T 4754-2017 manufacturing divisions.
void expectNoProjectsAnswer(const CommandResult& result, const char* command) {
    static const std::regex kNoProjects("no (enterprises or )?projects in the workspace");
    const std::string text = result.out + result.err;
    EXPECT_EQ(result.exit_code, 0) << command << ": " << result.err;
    EXPECT_TRUE(std::regex_search(text, kNoProjects)) << command << ": " << text;
    EXPECT_NE(text.find("GB/T 4754"), std::string::npos) << command << ": " << text;
}

void expectEveryCommandWorks(const fs::path& workspace, const fs::path& scratch,
                             const Expected& e) {
    // Import wrote the layers.
    EXPECT_EQ(featureCount(workspace, "zones"), e.zones);
    EXPECT_EQ(featureCount(workspace, "parcels"), e.parcels);
    EXPECT_EQ(featureCount(workspace, "buildings"), e.buildings);

    // capacity
    if (const auto sums = capacitySums(workspace)) {
        EXPECT_EQ(sums->zones, static_cast<std::size_t>(e.zones));
        EXPECT_EQ(sums->parcels, static_cast<std::size_t>(e.parcels));
        EXPECT_EQ(sums->available_parcels, e.available_parcels);
        EXPECT_NEAR(sums->available_land_m2, e.available_land_m2, e.tolerance_m2);
        EXPECT_NEAR(sums->floor_area_m2, e.floor_area_m2, e.tolerance_m2);
        EXPECT_NEAR(sums->vacant_m2, e.vacant_m2, e.tolerance_m2);
    }

    // render: the zones in their kind's colour, then the default map.
    const fs::path zonesPng = scratch / "zones.png";
    CommandResult result =
        runSitefit({"render", workspace.string(), "--out", zonesPng.string(), "--layers", "zones",
                    "--size", "900x600", "--as-of", kAsOf, "-q"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const QImage zones(QString::fromStdString(zonesPng.string()));
    EXPECT_EQ(zones.size(), QSize(900, 600));
    // The zones fill much of the map (the frame is fitted to them): of the 180,000 pixels of
    // the middle third, far more than 2,000 (over 40,000 in each data set when written).
    EXPECT_GT(countInMiddle(zones, e.zone_colour), 2000);
    const fs::path mapPng = scratch / "map.png";
    result = runSitefit({"render", workspace.string(), "--out", mapPng.string(), "--size",
                         "900x600", "--as-of", kAsOf, "-q"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const QImage map(QString::fromStdString(mapPng.string()));
    EXPECT_EQ(map.size(), QSize(900, 600));
    EXPECT_GT(drawnInMiddle(map), 2000);

    // listing: the vacancy feed in longitude/latitude, every site where the data are.
    const fs::path feedPath = scratch / "feed.geojson";
    const fs::path brochure = scratch / "listing.html";
    result = runSitefit({"listing", workspace.string(), "--feed", feedPath.string(), "--out",
                         brochure.string(), "--lang", "en", "--as-of", kAsOf, "-q"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(fs::exists(brochure));
    if (fs::exists(feedPath)) {
        const json feed = json::parse(readFile(feedPath));
        EXPECT_EQ(feed["features"].size(), e.feed_sites);
        for (const json& feature : feed["features"]) {
            const double lon = feature["properties"]["lon"].get<double>();
            const double lat = feature["properties"]["lat"].get<double>();
            EXPECT_TRUE(lon > e.lon_min && lon < e.lon_max && lat > e.lat_min && lat < e.lat_max)
                << feature["properties"]["site_id"] << " at " << lon << ", " << lat;
        }
    }

    // copy, then edit the copy: one parcel reserved is one available parcel fewer.
    const fs::path copy = scratch / "copy.gpkg";
    result = runSitefit({"copy", workspace.string(), copy.string(), "-q"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(featureCount(copy, "zones"), e.zones);
    EXPECT_EQ(featureCount(copy, "parcels"), e.parcels);
    EXPECT_EQ(featureCount(copy, "buildings"), e.buildings);
    result = runSitefit({"edit", copy.string(), "--parcel", e.edit_parcel, "--set",
                         "status=reserved", "--as", "tester", "-q"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    if (const auto sums = capacitySums(copy)) {
        EXPECT_EQ(sums->available_parcels, e.available_parcels - 1);
        EXPECT_NEAR(sums->available_land_m2, e.available_land_m2 - e.edit_parcel_m2,
                    e.tolerance_m2);
    }

    // chains, match, allocate
    if (!e.has_projects) {
        expectNoProjectsAnswer(runSitefit({"chains", workspace.string()}), "chains");
        expectNoProjectsAnswer(runSitefit({"match", workspace.string(), "--as-of", kAsOf}),
                               "match");
        expectNoProjectsAnswer(runSitefit({"allocate", workspace.string(), "--as-of", kAsOf}),
                               "allocate");
    }
}

// ---------------------------------------------------------------------------------------
// The third-party data sets.

const fs::path kLondon = kReal / "london-bng";
const Sources kLondonSources{
    kLondon / "zones.gpkg", kLondon / "parcels.gpkg", kLondon / "buildings.gpkg", {}};

const fs::path kNewYork = kReal / "nybb-ftus";
const Sources kNewYorkSources{
    kNewYork / "nybb_16a.zip", kNewYork / "parcels.gpkg", kNewYork / "buildings.fgb", {}};

const fs::path kCarolina = kReal / "nc-nad27";
const Sources kCarolinaSources{
    kCarolina / "zones.shp", kCarolina / "nc.shp", kCarolina / "buildings.shp", {}};

const fs::path kUpstate = kReal / "ny8-utm";
const Sources kUpstateSources{
    kUpstate / "zones.gpkg", kUpstate / "NY8_utm18.shp", kUpstate / "buildings.geojson", {}};

// `--suggest-mapping` lists every source field and writes nothing else.
void expectSuggestionListsTheFields(const Sources& sources,
                                    const std::vector<std::string>& sourceFields) {
    ScratchDir dir;
    const fs::path suggestion = dir / "suggested.toml";
    const CommandResult result =
        importInto(dir / "out.gpkg", sources, {"--suggest-mapping", suggestion.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string toml = readFile(suggestion);
    for (const std::string& field : sourceFields) {
        EXPECT_NE(toml.find(field), std::string::npos) << field << " missing in\n" << toml;
    }
}

TEST(RealDataLondon, SuggestedMappingListsTheSourceFields) {
    expectSuggestionListsTheFields(kLondonSources, {"zone", "label", "plot", "cat", "cat_"});
}

TEST(RealDataLondon, ImportKeepsTheBritishNationalGrid) {
    const auto before = snapshotOf(kLondon);
    ScratchDir dir;
    const fs::path workspace = dir / "london.gpkg";
    const CommandResult result =
        importInto(workspace, kLondonSources, {"--mapping", (kLondon / "mapping.toml").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // Every source is in the same British National Grid (OSGB 1936, Transverse Mercator at
    // 2°W, 49°N, false origin 400 km W, 100 km N); the zones come first and are projected.
    EXPECT_NE(result.out.find("the CRS of the zones source, the first projected in metres"),
              std::string::npos)
        << result.out;
    const auto crs = crsOf(workspace, "parcels");
    ASSERT_TRUE(crs);
    EXPECT_TRUE(crs->IsProjected());
    EXPECT_DOUBLE_EQ(crs->GetProjParm(SRS_PP_CENTRAL_MERIDIAN), -2.0);
    EXPECT_DOUBLE_EQ(crs->GetProjParm(SRS_PP_LATITUDE_OF_ORIGIN), 49.0);
    EXPECT_DOUBLE_EQ(crs->GetProjParm(SRS_PP_FALSE_EASTING), 400000.0);
    EXPECT_DOUBLE_EQ(crs->GetProjParm(SRS_PP_FALSE_NORTHING), -100000.0);
    EXPECT_DOUBLE_EQ(crs->GetSemiMajor(), 6377563.396);  // Airy 1830

    EXPECT_EQ(featureCount(workspace, "zones"), 2);
    EXPECT_EQ(featureCount(workspace, "parcels"), 127);
    EXPECT_EQ(featureCount(workspace, "buildings"), 158);
    // No reprojection: the areas are those of the sources.
    // ogrinfo -dialect sqlite -sql "SELECT ST_Area(geom) FROM parcels WHERE plot = 1" parcels.gpkg
    const auto parcel = rowOf(workspace, "parcels", "parcel_id", "1");
    ASSERT_TRUE(parcel);
    EXPECT_NEAR(parcel->area_m2, 1483.06017640326, 1e-3);
    EXPECT_EQ(parcel->fields.at("land_use"), "M1");       // constant
    EXPECT_EQ(parcel->fields.at("status"), "available");  // constant
    // ogrinfo -dialect sqlite -sql "SELECT ST_Area(geom) FROM zones WHERE zone = 'W'" zones.gpkg
    const auto zone = rowOf(workspace, "zones", "zone_id", "W");
    ASSERT_TRUE(zone);
    EXPECT_NEAR(zone->area_m2, 372538.330921614, 1e-2);
    EXPECT_EQ(zone->fields.at("name"), "London west");
    EXPECT_EQ(zone->fields.at("kind"), "specialty_park");
    // building_id from the integer field `cat`.
    const auto building = rowOf(workspace, "buildings", "building_id", "17");
    ASSERT_TRUE(building);
    EXPECT_EQ(building->fields.at("kind"), "rnd_office");
    EXPECT_EQ(building->fields.at("floors"), "5");
    EXPECT_EQ(snapshotOf(kLondon), before) << "the import changed its sources";
}

TEST(RealDataLondon, EveryCommandWorks) {
    const auto before = snapshotOf(kLondon);
    ScratchDir dir;
    const fs::path workspace = dir / "london.gpkg";
    const CommandResult result =
        importInto(workspace, kLondonSources, {"--mapping", (kLondon / "mapping.toml").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    Expected e;
    e.zones = 2;
    e.parcels = 127;
    e.buildings = 158;
    e.available_parcels = 127;  // status is the constant `available`
    // ogrinfo -dialect sqlite -sql "SELECT sum(ST_Area(geom)) FROM parcels" parcels.gpkg
    e.available_land_m2 = 559875.917917508;
    // floors is the constant 5:
    // ogrinfo -dialect sqlite -sql "SELECT sum(ST_Area(geom)) * 5 FROM buildings" buildings.gpkg
    e.floor_area_m2 = 2406160.10229667;
    e.vacant_m2 = 0.0;
    e.tolerance_m2 = 0.5;
    e.edit_parcel = "1";
    e.edit_parcel_m2 = 1483.06017640326;
    e.zone_colour = kSpecialtyPark;
    e.feed_sites = 127;  // no building has vacant space
    // E 528,895–529,804, N 180,562–181,408 (BNG) is about 0.12°W, 51.52°N.
    e.lon_min = -0.2;
    e.lon_max = -0.05;
    e.lat_min = 51.45;
    e.lat_max = 51.56;
    expectEveryCommandWorks(workspace, dir.path(), e);
    EXPECT_EQ(snapshotOf(kLondon), before) << "a command changed the sources";
}

TEST(RealDataNewYork, SuggestedMappingListsTheSourceFields) {
    expectSuggestionListsTheFields(
        kNewYorkSources, {"BoroCode", "BoroName", "Shape_Area", "lot", "bldg", "stories"});
}

TEST(RealDataNewYork, FeetAreRefusedAsWorkspaceCrsAndMetresGivenAreUsed) {
    const auto before = snapshotOf(kNewYork);
    ScratchDir dir;
    const fs::path workspace = dir / "nyc.gpkg";
    const std::string mapping = (kNewYork / "mapping.toml").string();
    // Every source is in US survey feet and New York is outside the CGCS2000 Gauss-Kruger
    // zones: the importer cannot choose, and says to give --crs. Nothing is written.
    CommandResult result = importInto(workspace, kNewYorkSources, {"--mapping", mapping});
    EXPECT_EQ(result.exit_code, 3) << result.out << result.err;
    EXPECT_NE(result.err.find("--crs"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(workspace));

    result = importInto(workspace, kNewYorkSources, {"--mapping", mapping, "--crs", "EPSG:32618"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("given with --crs"), std::string::npos) << result.out;
    const auto crs = crsOf(workspace, "zones");
    ASSERT_TRUE(crs);
    EXPECT_EQ(epsgOf(*crs), "32618");

    EXPECT_EQ(featureCount(workspace, "zones"), 5);
    EXPECT_EQ(featureCount(workspace, "parcels"), 26);
    EXPECT_EQ(featureCount(workspace, "buildings"), 26);
    // Manhattan, a multipolygon of 33 islands and pieces, reprojected from feet to metres:
    // ogr2ogr -t_srs EPSG:32618 -nlt PROMOTE_TO_MULTI z.gpkg /vsizip/nybb_16a.zip
    // ogrinfo -dialect sqlite -sql "SELECT ST_Area(geom) FROM nybb WHERE BoroCode = 1" z.gpkg
    const auto manhattan = rowOf(workspace, "zones", "zone_id", "1");
    ASSERT_TRUE(manhattan);
    EXPECT_NEAR(manhattan->area_m2, 59094586.0551644, 1.0);
    EXPECT_EQ(manhattan->fields.at("name"), "Manhattan");
    EXPECT_EQ(manhattan->fields.at("kind"), "industrial_park");  // constant
    // ogr2ogr -t_srs EPSG:32618 p.gpkg parcels.gpkg
    // ogrinfo -dialect sqlite -sql "SELECT ST_Area(geom) FROM parcels WHERE lot = 'NYC-106'" p.gpkg
    const auto bronx = rowOf(workspace, "parcels", "parcel_id", "NYC-106");
    ASSERT_TRUE(bronx);
    EXPECT_NEAR(bronx->area_m2, 106728129.183036, 1.0);
    // The value table on BoroName.
    EXPECT_EQ(bronx->fields.at("status"), "available");
    EXPECT_EQ(rowOf(workspace, "parcels", "parcel_id", "NYC-56").value().fields.at("status"),
              "reserved");  // Manhattan
    EXPECT_EQ(rowOf(workspace, "parcels", "parcel_id", "NYC-4").value().fields.at("status"),
              "transferred");  // Staten Island
    EXPECT_EQ(rowOf(workspace, "buildings", "building_id", "B-NYC-6").value().fields.at("floors"),
              "4");
    EXPECT_EQ(snapshotOf(kNewYork), before) << "the import changed its sources";
}

TEST(RealDataNewYork, EveryCommandWorks) {
    const auto before = snapshotOf(kNewYork);
    ScratchDir dir;
    const fs::path workspace = dir / "nyc.gpkg";
    const CommandResult result =
        importInto(workspace, kNewYorkSources,
                   {"--mapping", (kNewYork / "mapping.toml").string(), "--crs", "EPSG:32618"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    Expected e;
    e.zones = 5;
    e.parcels = 26;
    e.buildings = 26;
    // Bronx 4, Brooklyn 7, Queens 9 parcels are available (Manhattan's 5 reserved, Staten
    // Island's 1 transferred); in EPSG:32618 (p.gpkg as above):
    // ogrinfo -dialect sqlite -sql "SELECT BoroName, count(*), sum(ST_Area(geom)) FROM parcels
    //   GROUP BY BoroName" p.gpkg  →  109972983.969204 + 178979107.168125 + 282226920.366144
    e.available_parcels = 20;
    e.available_land_m2 = 109972983.969204 + 178979107.168125 + 282226920.366144;
    // ogr2ogr -t_srs EPSG:32618 b.gpkg buildings.fgb
    // ogrinfo -dialect sqlite -sql "SELECT sum(ST_Area(geom) * stories) FROM buildings" b.gpkg
    e.floor_area_m2 = 965638.500247583;
    e.vacant_m2 = 0.0;
    e.tolerance_m2 = 10.0;  // sums of areas of 10⁸ m², reprojected
    e.edit_parcel = "NYC-106";
    e.edit_parcel_m2 = 106728129.183036;
    e.zone_colour = kIndustrialPark;
    e.feed_sites = 20;
    e.lon_min = -74.3;
    e.lon_max = -73.65;
    e.lat_min = 40.45;
    e.lat_max = 40.95;
    expectEveryCommandWorks(workspace, dir.path(), e);
    EXPECT_EQ(snapshotOf(kNewYork), before) << "a command changed the sources";
}

TEST(RealDataCarolina, SuggestedMappingListsTheSourceFields) {
    expectSuggestionListsTheFields(kCarolinaSources, {"REGION", "REGNAME", "COUNTIES", "FIPS",
                                                      "CNTY_ID", "BIR74", "BLDG_ID", "FLOORS"});
}

TEST(RealDataCarolina, Nad27LongitudeLatitudeIntoStatePlaneMetres) {
    const auto before = snapshotOf(kCarolina);
    ScratchDir dir;
    const fs::path workspace = dir / "nc.gpkg";
    const std::string mapping = (kCarolina / "mapping.toml").string();
    // Longitude/latitude at 79.9°W: no CGCS2000 zone fits, the importer asks for --crs.
    CommandResult result = importInto(workspace, kCarolinaSources, {"--mapping", mapping});
    EXPECT_EQ(result.exit_code, 3) << result.out << result.err;
    EXPECT_NE(result.err.find("--crs"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(workspace));

    // NAD83 / North Carolina (metres).
    result = importInto(workspace, kCarolinaSources, {"--mapping", mapping, "--crs", "EPSG:32119"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto crs = crsOf(workspace, "parcels");
    ASSERT_TRUE(crs);
    EXPECT_EQ(epsgOf(*crs), "32119");
    EXPECT_EQ(featureCount(workspace, "zones"), 3);
    EXPECT_EQ(featureCount(workspace, "parcels"), 100);
    EXPECT_EQ(featureCount(workspace, "buildings"), 100);
    // ogr2ogr -t_srs EPSG:32119 -nlt PROMOTE_TO_MULTI p.gpkg nc.shp
    // ogrinfo -dialect sqlite -sql "SELECT FIPS, ST_Area(geom) FROM nc WHERE FIPS IN
    //   ('37001', '37055')" p.gpkg
    const auto alamance = rowOf(workspace, "parcels", "parcel_id", "37001");
    ASSERT_TRUE(alamance);
    EXPECT_NEAR(alamance->area_m2, 1109916773.72658, 100.0);
    EXPECT_EQ(alamance->fields.at("land_use"), "M2");
    EXPECT_EQ(alamance->fields.at("status"), "available");
    // Dare county, the Outer Banks: a multipolygon kept whole.
    const auto dare = rowOf(workspace, "parcels", "parcel_id", "37055");
    ASSERT_TRUE(dare);
    EXPECT_NEAR(dare->area_m2, 943723210.079039, 100.0);
    // The coastal zone, the union of 37 counties (6 polygons):
    // ogr2ogr -t_srs EPSG:32119 -nlt PROMOTE_TO_MULTI z.gpkg zones.shp
    // ogrinfo -dialect sqlite -sql "SELECT ST_Area(geom) FROM zones WHERE REGION = 'CST'" z.gpkg
    const auto coast = rowOf(workspace, "zones", "zone_id", "CST");
    ASSERT_TRUE(coast);
    EXPECT_NEAR(coast->area_m2, 48019028920.5828, 5000.0);
    EXPECT_EQ(coast->fields.at("name"), "Coastal Plain");
    EXPECT_EQ(coast->fields.at("kind"), "township_cluster");
    const auto building = rowOf(workspace, "buildings", "building_id", "B37001");
    ASSERT_TRUE(building);
    EXPECT_EQ(building->fields.at("floors"), "2");  // 1 + BIR74 mod 3
    EXPECT_EQ(building->fields.at("kind"), "warehouse");
    EXPECT_EQ(snapshotOf(kCarolina), before) << "the import changed its sources";
}

TEST(RealDataCarolina, EveryCommandWorks) {
    const auto before = snapshotOf(kCarolina);
    ScratchDir dir;
    const fs::path workspace = dir / "nc.gpkg";
    const CommandResult result =
        importInto(workspace, kCarolinaSources,
                   {"--mapping", (kCarolina / "mapping.toml").string(), "--crs", "EPSG:32119"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    Expected e;
    e.zones = 3;
    e.parcels = 100;
    e.buildings = 100;
    e.available_parcels = 100;
    // ogrinfo -dialect sqlite -sql "SELECT sum(ST_Area(geom)) FROM nc" p.gpkg (as above)
    e.available_land_m2 = 127017599524.546;
    // ogr2ogr -t_srs EPSG:32119 b.gpkg buildings.shp
    // ogrinfo -dialect sqlite -sql "SELECT sum(ST_Area(geom) * FLOORS) FROM buildings" b.gpkg
    e.floor_area_m2 = 33124242.5761121;
    e.vacant_m2 = 0.0;
    e.tolerance_m2 = 10000.0;  // a sum of 1.3 × 10¹¹ m²
    e.edit_parcel = "37001";
    e.edit_parcel_m2 = 1109916773.72658;
    e.zone_colour = kTownshipCluster;
    e.feed_sites = 100;
    e.lon_min = -84.5;
    e.lon_max = -75.3;
    e.lat_min = 33.8;
    e.lat_max = 36.7;
    expectEveryCommandWorks(workspace, dir.path(), e);
    EXPECT_EQ(snapshotOf(kCarolina), before) << "a command changed the sources";
}

TEST(RealDataUpstate, SuggestedMappingListsTheSourceFields) {
    expectSuggestionListsTheFields(
        kUpstateSources, {"COUNTYFP", "COUNTY", "TRACTS", "AREAKEY", "AREANAME", "PCTOWNHOME",
                          "bldg_key", "storeys"});
}

TEST(RealDataUpstate, UtmKeptAndSelfIntersectingTractsRepaired) {
    const auto before = snapshotOf(kUpstate);
    ScratchDir dir;
    const fs::path workspace = dir / "ny8.gpkg";
    const CommandResult result =
        importInto(workspace, kUpstateSources, {"--mapping", (kUpstate / "mapping.toml").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("the CRS of the zones source, the first projected in metres"),
              std::string::npos)
        << result.out;
    const auto crs = crsOf(workspace, "parcels");
    ASSERT_TRUE(crs);
    int north = 0;
    EXPECT_EQ(crs->GetUTMZone(&north), 18);
    EXPECT_EQ(north, 1);
    EXPECT_EQ(featureCount(workspace, "zones"), 8);
    EXPECT_EQ(featureCount(workspace, "parcels"), 281);
    EXPECT_EQ(featureCount(workspace, "buildings"), 281);
    // Five tracts self-intersect (ogrinfo -dialect sqlite -sql "SELECT AREAKEY FROM NY8_utm18
    // WHERE NOT ST_IsValid(geometry)" NY8_utm18.shp); each is repaired and listed.
    for (const char* tract :
         {"36007012101", "36007012202", "36067010100", "36067013200", "36067014600"}) {
        EXPECT_NE(result.out.find(tract), std::string::npos) << tract << "\n" << result.out;
    }
    // ogrinfo -dialect sqlite -sql "SELECT ST_Area(geometry) FROM NY8_utm18
    //   WHERE AREAKEY = '36007000100'" NY8_utm18.shp
    const auto binghamton = rowOf(workspace, "parcels", "parcel_id", "36007000100");
    ASSERT_TRUE(binghamton);
    EXPECT_NEAR(binghamton->area_m2, 899929.680839476, 1e-3);
    // Repaired by GEOS MakeValid, method STRUCTURE (the ring's lobes as one polygon), 7.5 m²
    // less than the invalid ring's signed area (34,120,296.48 m²); GDAL gives the same:
    // python3 -c "from osgeo import ogr; ds = ogr.Open('NY8_utm18.shp'); l = ds.GetLayer(0);
    //   l.SetAttributeFilter(\"AREAKEY = '36007012101'\");
    //   print(next(iter(l)).GetGeometryRef().MakeValid(['METHOD=STRUCTURE']).GetArea())"
    const auto repaired = rowOf(workspace, "parcels", "parcel_id", "36007012101");
    ASSERT_TRUE(repaired);
    EXPECT_NEAR(repaired->area_m2, 34120288.96729311, 1.0);
    // Tompkins county, the union of its 23 tracts:
    // ogrinfo -dialect sqlite -sql "SELECT ST_Area(geom) FROM zones WHERE COUNTYFP = '36109'"
    //   zones.gpkg
    const auto tompkins = rowOf(workspace, "zones", "zone_id", "36109");
    ASSERT_TRUE(tompkins);
    EXPECT_NEAR(tompkins->area_m2, 1272120822.80935, 1.0);
    EXPECT_EQ(tompkins->fields.at("name"), "Tompkins");
    // The workspace written is checked as `sitefit check` does. Repaired, tract 36067013200
    // overlaps its neighbour 36067013000 by 191,017 m²: area(a) + area(b) − area(a ∪ b) =
    // 2,390,439.95 + 2,992,947.35 − 5,192,370.26 with
    // ogrinfo -dialect sqlite -sql "SELECT ST_Area(a.geom), ST_Area(b.geom),
    //   ST_Area(ST_Union(a.geom, b.geom)) FROM parcels a, parcels b WHERE a.parcel_id =
    //   '36067013000' AND b.parcel_id = '36067013200'" ny8.gpkg
    EXPECT_NE(result.out.find("Checked the workspace written, as `sitefit check` does: 0 errors, "
                              "4 warnings"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("parcels 36067013000 and 36067013200 geometry: the parcels overlap "
                              "by 191017.0 m²; capacity counts that land once"),
              std::string::npos)
        << result.out;
    EXPECT_EQ(snapshotOf(kUpstate), before) << "the import changed its sources";
}

TEST(RealDataUpstate, EveryCommandWorks) {
    const auto before = snapshotOf(kUpstate);
    ScratchDir dir;
    const fs::path workspace = dir / "ny8.gpkg";
    const CommandResult result =
        importInto(workspace, kUpstateSources, {"--mapping", (kUpstate / "mapping.toml").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    Expected e;
    e.zones = 8;
    e.parcels = 281;
    e.buildings = 281;
    e.available_parcels = 281;
    // The tracts' land, the five invalid ones repaired as above: the repaired tracts overlap
    // their neighbours by 224,788 m² in three pairs, which is counted once, so the figure is
    // the area of their union (13,735,950,529.62 m² summed tract by tract):
    //   ogrinfo -dialect sqlite -sql "SELECT ST_Area(ST_Union(geom)) FROM parcels" ny8.gpkg
    // on the imported workspace.
    e.available_land_m2 = 13735725741.6439;
    // 281 squares of 80 m × 80 m:
    // ogrinfo -dialect sqlite -sql "SELECT sum(ST_Area(geometry) * storeys) FROM buildings"
    //   buildings.geojson
    e.floor_area_m2 = 5401600.0;
    e.vacant_m2 = 0.0;
    e.tolerance_m2 = 10.0;
    e.edit_parcel = "36007000100";
    e.edit_parcel_m2 = 899929.680839476;
    e.zone_colour = kTownshipCluster;
    e.feed_sites = 281;
    e.lon_min = -76.8;
    e.lon_max = -75.2;
    e.lat_min = 42.0;
    e.lat_max = 43.4;
    expectEveryCommandWorks(workspace, dir.path(), e);
    EXPECT_EQ(snapshotOf(kUpstate), before) << "a command changed the sources";
}

// ---------------------------------------------------------------------------------------
// The Chinese-coded data set (tests/data/real/chinese-codes/make_chinese_codes.py): zones
// Z1–Z3 of 1,080 m × 340 m, each with 10 parcels of 200 m × 160 m (32,000 m², 48 亩): the
// first three 待出让, the fourth 储备, the other six 已出让 with three buildings each of
// 50 m × 90 m: 标准厂房 of 4 floors (one floor, 4,500 m², vacant on parcels 5, 7 and 9),
// 研发楼 of 6 (2,250 m² vacant on parcel 6), 仓库 of 1.

const fs::path kChinese = kReal / "chinese-codes";
const Sources kGbkSources{kChinese / "gbk" / "zones.shp",
                          kChinese / "gbk" / "parcels.shp",
                          kChinese / "gbk" / "buildings.shp",
                          {}};
const Sources kUtf8Sources{
    kChinese / "codes_utf8.gpkg", kChinese / "codes_utf8.gpkg", kChinese / "codes_utf8.gpkg", {}};

// What both encodings must import to: the national codes translated by the built-in tables.
void expectNationalCodesTranslated(const fs::path& workspace) {
    EXPECT_EQ(featureCount(workspace, "zones"), 3);
    EXPECT_EQ(featureCount(workspace, "parcels"), 30);
    EXPECT_EQ(featureCount(workspace, "buildings"), 54);
    const auto crs = crsOf(workspace, "parcels");
    ASSERT_TRUE(crs);
    EXPECT_EQ(epsgOf(*crs), "4549");

    const auto kindOfZone = [&](const char* id) {
        const auto row = rowOf(workspace, "zones", "zone_id", id);
        return row ? row->fields.at("kind") : std::string("(no zone ") + id + ")";
    };
    EXPECT_EQ(kindOfZone("Z1"), "high_tech_zone");    // 高新区
    EXPECT_EQ(kindOfZone("Z2"), "township_cluster");  // 工业集中区
    EXPECT_EQ(kindOfZone("Z3"), "industrial_park");   // 工业园区
    EXPECT_EQ(rowOf(workspace, "zones", "zone_id", "Z2").value().fields.at("name"),
              "海州工业集中区");

    struct ParcelCase {
        const char* id;
        const char* land_use;
        const char* status;
    };
    for (const ParcelCase& c : {
             ParcelCase{"LYG-Z1-01", "M1", "available"},    // 100101, 待出让
             ParcelCase{"LYG-Z1-02", "M2", "available"},    // 100102
             ParcelCase{"LYG-Z1-03", "M3", "available"},    // 100103
             ParcelCase{"LYG-Z2-01", "M1", "available"},    // 一类工业用地
             ParcelCase{"LYG-Z2-02", "M2", "available"},    // 二类工业用地
             ParcelCase{"LYG-Z1-04", "M1", "reserved"},     // 一类工业用地, 储备
             ParcelCase{"LYG-Z1-05", "M1", "transferred"},  // 100101, 已出让
             ParcelCase{"LYG-Z1-06", "M2", "transferred"},  // 100102
         }) {
        const auto parcel = rowOf(workspace, "parcels", "parcel_id", c.id);
        ASSERT_TRUE(parcel) << c.id;
        EXPECT_EQ(parcel->fields.at("land_use"), c.land_use) << c.id;
        EXPECT_EQ(parcel->fields.at("status"), c.status) << c.id;
        EXPECT_NEAR(parcel->area_m2, 32000.0, 0.5) << c.id;
    }
    // 1101 物流仓储用地 is a warehousing class of GB 50137 (W, or its first class W1).
    const std::string warehousing =
        rowOf(workspace, "parcels", "parcel_id", "LYG-Z2-03").value().fields.at("land_use");
    EXPECT_TRUE(warehousing == "W" || warehousing == "W1") << warehousing;
    EXPECT_DOUBLE_EQ(
        std::stod(
            rowOf(workspace, "parcels", "parcel_id", "LYG-Z1-03").value().fields.at("far_max")),
        1.6);

    struct BuildingCase {
        const char* id;
        const char* kind;
        const char* floors;
    };
    for (const BuildingCase& c : {BuildingCase{"LYG-Z1-05-B1", "standard_factory", "4"},
                                  BuildingCase{"LYG-Z1-05-B2", "rnd_office", "6"},
                                  BuildingCase{"LYG-Z1-05-B3", "warehouse", "1"}}) {
        const auto building = rowOf(workspace, "buildings", "building_id", c.id);
        ASSERT_TRUE(building) << c.id;
        EXPECT_EQ(building->fields.at("kind"), c.kind) << c.id;
        EXPECT_EQ(building->fields.at("floors"), c.floors) << c.id;
        EXPECT_NEAR(building->area_m2, 4500.0, 0.1) << c.id;
    }
    EXPECT_DOUBLE_EQ(std::stod(rowOf(workspace, "buildings", "building_id", "LYG-Z1-05-B1")
                                   .value()
                                   .fields.at("vacant_m2")),
                     4500.0);
}

Expected chineseCodesExpected(bool hasProjects) {
    Expected e;
    e.zones = 3;
    e.parcels = 30;
    e.buildings = 54;
    e.available_parcels = 9;            // 3 a zone
    e.available_land_m2 = 9 * 32000.0;  // 200 m × 160 m each
    // A zone: 6 transferred parcels × 4,500 m² × (4 + 6 + 1 floors) = 297,000 m²;
    // vacant 3 × 4,500 + 2,250 = 15,750 m².
    e.floor_area_m2 = 3 * 297000.0;
    e.vacant_m2 = 3 * 15750.0;
    e.tolerance_m2 = 2.0;  // the GBK set went through longitude/latitude and back
    e.edit_parcel = "LYG-Z1-01";
    e.edit_parcel_m2 = 32000.0;
    // The middle third of the map is Z2's (the zones lie side by side, Z1 west, Z3 east).
    e.zone_colour = kTownshipCluster;
    e.feed_sites = 9 + 12;  // 9 parcels; 4 buildings with vacant space a zone
    // 452 km–457.1 km E, 3832 km N in EPSG:4549 is about 119.48°E–119.54°E, 34.62°N.
    e.lon_min = 119.4;
    e.lon_max = 119.6;
    e.lat_min = 34.55;
    e.lat_max = 34.7;
    e.has_projects = hasProjects;
    return e;
}

TEST(RealDataChineseCodes, SuggestedMappingGuessesTheChineseHeaders) {
    ScratchDir dir;
    const fs::path suggestion = dir / "suggested.toml";
    const CommandResult result =
        importInto(dir / "out.gpkg", kGbkSources, {"--suggest-mapping", suggestion.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string toml = readFile(suggestion);
    // Each schema field's source, guessed from the header's words.
    for (const auto& [key, header] : std::vector<std::pair<std::string, std::string>>{
             {"zone_id", "园区编号"},
             {"name", "园区名称"},
             {"kind", "园区类型"},
             {"parcel_id", "地块编号"},
             {"land_use", "用地性质"},
             {"status", "供地状态"},
             {"far_max", "容积率上限"},
             {"building_id", "建筑编号"},
             {"kind", "建筑类型"},
             {"floors", "层数"},
             {"floor_area_m2", "建筑面积"},
             {"vacant_m2", "空置面积"},
         }) {
        EXPECT_TRUE(mapsTo(toml, key, header)) << key << " = \"" << header << "\" missing in\n"
                                               << toml;
    }
}

TEST(RealDataChineseCodes, GbkShapefilesImportWithTheSuggestedMappingAsItIs) {
    const auto before = snapshotOf(kChinese);
    ScratchDir dir;
    const fs::path suggestion = dir / "suggested.toml";
    CommandResult result =
        importInto(dir / "unused.gpkg", kGbkSources, {"--suggest-mapping", suggestion.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const fs::path workspace = dir / "gbk.gpkg";
    result = importInto(workspace, kGbkSources, {"--mapping", suggestion.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err << "\nwith the mapping\n" << readFile(suggestion);
    // CGCS2000 longitude/latitude around 119.5°E: the Gauss-Kruger zone of CM 120°E.
    EXPECT_NE(result.out.find("EPSG:4549"), std::string::npos) << result.out;
    expectNationalCodesTranslated(workspace);
    expectEveryCommandWorks(workspace, dir.path(), chineseCodesExpected(false));
    EXPECT_EQ(snapshotOf(kChinese), before) << "a command changed the sources";
}

TEST(RealDataChineseCodes, Utf8GeoPackageInNationalCodesImportsWithNoMappingFile) {
    const auto before = snapshotOf(kChinese);
    ScratchDir dir;
    const fs::path workspace = dir / "utf8.gpkg";
    const CommandResult result = importInto(workspace, kUtf8Sources, {});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    expectNationalCodesTranslated(workspace);
    expectEveryCommandWorks(workspace, dir.path(), chineseCodesExpected(false));
    EXPECT_EQ(snapshotOf(kChinese), before) << "a command changed the sources";
}

// Projects carrying GB/T 4754 industry codes and no category, in a workspace with no
// catalogue: matched through the built-in catalogue of manufacturing divisions, which every
// output names.
TEST(RealDataChineseCodes, ProjectsWithIndustryCodesMatchThroughTheBuiltInCatalogue) {
    const auto before = snapshotOf(kChinese);
    ScratchDir dir;
    const fs::path workspace = dir / "projects.gpkg";
    Sources sources = kUtf8Sources;
    sources.projects = kChinese / "projects.csv";
    CommandResult result =
        importInto(workspace, sources, {"--mapping", (kChinese / "projects.toml").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(featureCount(workspace, "projects"), 5);
    const auto p01 = rowOf(workspace, "projects", "project_id", "P01");
    ASSERT_TRUE(p01);
    EXPECT_EQ(p01->fields.at("industry_code"), "C2710");
    // 45 亩 × 10,000 / 15 m² a 亩.
    EXPECT_DOUBLE_EQ(std::stod(p01->fields.at("land_m2")), 30000.0);

    expectEveryCommandWorks(workspace, dir.path(), chineseCodesExpected(true));

    // match: P01 (C2710, 30,000 m²) has parcels of 32,000 m² for sale; P04 (3,000 m² of
    // floor space) the standard factories with 4,500 m² vacant.
    result = runSitefit({"match", workspace.string(), "--as-of", kAsOf, "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json matches = json::parse(result.out);
    std::map<std::string, std::vector<std::string>> candidates;
    for (const json& project : matches["projects"]) {
        for (const json& candidate : project["candidates"]) {
            candidates[project["project_id"].get<std::string>()].push_back(
                candidate["site_id"].get<std::string>());
        }
    }
    ASSERT_FALSE(candidates["P01"].empty()) << result.out;
    for (const std::string& site : candidates["P01"]) {
        EXPECT_EQ(site.rfind("LYG-Z", 0), 0U) << site;
        EXPECT_EQ(site.find("-B"), std::string::npos) << "a land project on building " << site;
    }
    ASSERT_FALSE(candidates["P04"].empty()) << result.out;
    EXPECT_NE(candidates["P04"].front().find("-B1"), std::string::npos)
        << candidates["P04"].front();  // a standard factory
    result = runSitefit({"match", workspace.string(), "--as-of", kAsOf});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE((result.out + result.err).find("GB/T 4754"), std::string::npos)
        << result.out << result.err;

    result = runSitefit({"chains", workspace.string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE((result.out + result.err).find("GB/T 4754"), std::string::npos)
        << result.out << result.err;

    result = runSitefit({"allocate", workspace.string(), "--as-of", kAsOf, "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json plan = json::parse(result.out);
    ASSERT_TRUE(plan.contains("assignments")) << result.out;
    // P01 is placed, on one of the parcels for sale.
    std::string p01Site;
    for (const json& assignment : plan["assignments"]) {
        if (assignment["project_id"] == "P01") {
            p01Site = assignment["site_id"].get<std::string>();
        }
    }
    EXPECT_EQ(p01Site.rfind("LYG-Z", 0), 0U) << result.out;
    EXPECT_EQ(p01Site.find("-B"), std::string::npos) << p01Site;
    result = runSitefit({"allocate", workspace.string(), "--as-of", kAsOf});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE((result.out + result.err).find("GB/T 4754"), std::string::npos)
        << result.out << result.err;
    EXPECT_EQ(snapshotOf(kChinese), before) << "a command changed the sources";
}

}  // namespace
