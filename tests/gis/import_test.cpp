// `sitefit import`: every source format and CRS path, the mapping file, each bad-input class
// with its message (and lenient mode), polygon repair, and that inputs and existing outputs
// are never damaged. Sources are written through GDAL at run time (binary formats) or taken
// from tests/data/import (small text files).
#include <gtest/gtest.h>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "error_message_of.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/import_mapping.hpp"
#include "sitefit/gis/importer.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "test_dataset.hpp"

namespace sitefit::gis {
namespace {

namespace fs = std::filesystem;
using test::errorFrom;
using test::fileBytes;
using test::layerNamed;
using test::minimalWorkspaceLayers;
using test::rectangle;
using test::TempDir;
using test::TestFeature;
using test::TestField;
using test::TestFieldType;
using test::TestLayer;
using test::writeDataset;
using test::writeText;

const fs::path kData = fs::path(SITEFIT_TEST_DATA) / "import";

double areaOf(const Wkb& wkb) {
    OGRGeometry* raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &raw, wkb.size()) != OGRERR_NONE) {
        ADD_FAILURE() << "the workspace holds a geometry that is not WKB";
        return 0.0;
    }
    const std::unique_ptr<OGRGeometry> geometry(raw);
    return OGR_G_Area(OGRGeometry::ToHandle(geometry.get()));
}

// The EPSG code GDAL reads back from a layer of a written workspace.
std::string epsgOfLayer(const fs::path& workspace, const std::string& layerName) {
    GDALDatasetUniquePtr dataset(GDALDataset::Open(workspace.c_str(), GDAL_OF_VECTOR));
    if (!dataset) {
        return "cannot open";
    }
    OGRLayer* layer = dataset->GetLayerByName(layerName.c_str());
    if (layer == nullptr || layer->GetSpatialRef() == nullptr) {
        return "no CRS";
    }
    OGRSpatialReference crs(*layer->GetSpatialRef());
    crs.AutoIdentifyEPSG();
    const char* code = crs.GetAuthorityCode(nullptr);
    return code != nullptr ? code : "unknown";
}

ImportOptions optionsFor(const fs::path& output, const fs::path& zones, const fs::path& parcels,
                         const fs::path& buildings) {
    ImportOptions options;
    options.output = output;
    options.sources = {{"zones", zones.string()},
                       {"parcels", parcels.string()},
                       {"buildings", buildings.string()}};
    return options;
}

// Every layer of the minimal workspace in one source; the importer finds each by name.
ImportOptions optionsForAll(const fs::path& output, const fs::path& source) {
    ImportOptions options = optionsFor(output, source, source, source);
    for (const char* table : {"enterprises", "projects", "chains", "categories", "chain_links"}) {
        options.sources[table] = source.string();
    }
    return options;
}

// A layer as a shapefile export carries it: field names cut to dBase's 10 bytes.
TestLayer withDbfFieldNames(TestLayer layer) {
    auto cut = [](const std::string& name) { return name.substr(0, 10); };
    for (TestField& field : layer.fields) {
        field.name = cut(field.name);
    }
    for (TestFeature& feature : layer.features) {
        std::map<std::string, std::string> values;
        for (const auto& [name, value] : feature.values) {
            values[cut(name)] = value;
        }
        feature.values = values;
    }
    return layer;
}

// Writes zones, parcels and buildings of `layers`, each into its own file "<name><extension>".
void writeEachLayer(const TempDir& dir, const std::vector<TestLayer>& layers,
                    const std::string& extension, const std::string& driver,
                    const std::string& crs = "EPSG:4549",
                    const std::vector<std::string>& layerOptions = {}) {
    for (const TestLayer& layer : layers) {
        if (layer.name == "zones" || layer.name == "parcels" || layer.name == "buildings") {
            writeDataset(dir / (layer.name + extension),
                         {driver == "ESRI Shapefile" ? withDbfFieldNames(layer) : layer}, crs,
                         driver, layerOptions);
        }
    }
}

const ImportedLayer& layerReport(const ImportReport& report, const std::string& target) {
    for (const ImportedLayer& layer : report.layers) {
        if (layer.target == target) {
            return layer;
        }
    }
    throw std::runtime_error("no report for " + target);
}

// A zip made by GDAL's own writer, as an investment bureau would receive it.
void zipFiles(const fs::path& zip, const std::vector<fs::path>& files,
              const std::string& folderInZip) {
    void* handle = CPLCreateZip(zip.c_str(), nullptr);
    ASSERT_NE(handle, nullptr);
    for (const fs::path& file : files) {
        const std::string bytes = fileBytes(file);
        const std::string name = folderInZip + file.filename().string();
        ASSERT_EQ(CPLCreateFileInZip(handle, name.c_str(), nullptr), CE_None);
        ASSERT_EQ(CPLWriteFileInZip(handle, bytes.data(), static_cast<int>(bytes.size())), CE_None);
        ASSERT_EQ(CPLCloseFileInZip(handle), CE_None);
    }
    ASSERT_EQ(CPLCloseZip(handle), CE_None);
}

std::vector<fs::path> shapefileParts(const fs::path& shp) {
    std::vector<fs::path> parts;
    for (const char* extension : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
        fs::path part = shp;
        part.replace_extension(extension);
        if (fs::exists(part)) {
            parts.push_back(part);
        }
    }
    return parts;
}

// ---------------------------------------------------------------------------------------------
// Formats

TEST(ImportFormats, GeoPackageWithEveryLayer) {
    TempDir dir;
    const fs::path source = dir / "district.gpkg";
    writeDataset(source, minimalWorkspaceLayers());
    const ImportReport report = Importer::run(optionsForAll(dir / "out.gpkg", source));

    ASSERT_EQ(report.layers.size(), 8U);
    EXPECT_FALSE(layerReport(report, "parcels").reprojected);
    EXPECT_EQ(report.skippedCount(), 0U);
    EXPECT_EQ(report.repairedCount(), 0U);
    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    const core::District& d = workspace.district;
    ASSERT_EQ(d.zones.size(), 1U);
    EXPECT_EQ(d.zones[0].name, "测试园区 Test Park");
    EXPECT_EQ(d.zones[0].enterprise_capacity, 30);
    ASSERT_EQ(d.parcels.size(), 1U);
    EXPECT_EQ(d.parcels[0].parcel_id, "P1");
    EXPECT_DOUBLE_EQ(*d.parcels[0].far_max, 2.0);
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10000.0, 1e-6);
    ASSERT_EQ(d.buildings.size(), 1U);
    EXPECT_EQ(d.buildings[0].floors, 2);
    ASSERT_EQ(d.enterprises.size(), 1U);
    EXPECT_EQ(d.enterprises[0].name, "正大天晴");
    ASSERT_EQ(d.projects.size(), 1U);
    EXPECT_DOUBLE_EQ(*d.projects[0].land_m2, 8000.0);
    ASSERT_EQ(d.catalogue.chains.size(), 1U);
    ASSERT_EQ(d.catalogue.categories.size(), 1U);
    EXPECT_EQ(epsgOfLayer(dir / "out.gpkg", "parcels"), "4549");
}

// Parcels from a shapefile in GBK with Chinese field names, as Chinese desktop GIS export it.
std::vector<TestLayer> layersWithGbkParcels() {
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    TestLayer& parcels = layerNamed(layers, "parcels");
    parcels.fields = {{"地块编号"},
                      {"用地性质"},
                      {"供地状态"},
                      {"容积率上限", TestFieldType::Real},
                      {"运营主体"}};
    parcels.features = {{rectangle(100, 100, 200, 200),
                         {{"地块编号", "海州-001"},
                          {"用地性质", "M1"},
                          {"供地状态", "available"},
                          {"容积率上限", "2.5"},
                          {"运营主体", "海州城投"}}}};
    return layers;
}

void expectGbkParcelDecoded(const fs::path& output) {
    const Workspace workspace = WorkspaceReader::read(output.string());
    ASSERT_EQ(workspace.district.parcels.size(), 1U);
    const core::Parcel& parcel = workspace.district.parcels[0];
    EXPECT_EQ(parcel.parcel_id, "海州-001");
    EXPECT_EQ(parcel.carrier, "海州城投");
    EXPECT_DOUBLE_EQ(*parcel.far_max, 2.5);
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10000.0, 1e-6);
}

TEST(ImportFormats, ShapefileInGbkThroughItsCpgFile) {
    TempDir dir;
    std::vector<TestLayer> layers = layersWithGbkParcels();
    writeDataset(dir / "other.gpkg", layers);
    writeDataset(dir / "parcels.shp", {layerNamed(layers, "parcels")}, "EPSG:4549",
                 "ESRI Shapefile", {"ENCODING=CP936"});
    ASSERT_EQ(fileBytes(dir / "parcels.cpg").substr(0, 5), "CP936");
    ImportOptions options =
        optionsFor(dir / "out.gpkg", dir / "other.gpkg", dir / "parcels.shp", dir / "other.gpkg");
    options.mapping_file = kData / "gbk_parcels.toml";
    (void)Importer::run(options);
    expectGbkParcelDecoded(dir / "out.gpkg");
}

TEST(ImportFormats, ShapefileInGbkThroughTheDbfCodePageOnly) {
    TempDir dir;
    std::vector<TestLayer> layers = layersWithGbkParcels();
    writeDataset(dir / "other.gpkg", layers);
    writeDataset(dir / "parcels.shp", {layerNamed(layers, "parcels")}, "EPSG:4549",
                 "ESRI Shapefile", {"ENCODING=CP936"});
    fs::remove(dir / "parcels.cpg");
    // GDAL 3.6 writes no language driver id for CP936; set the one GBK files carry (0x7A).
    {
        std::fstream dbf(dir / "parcels.dbf", std::ios::in | std::ios::out | std::ios::binary);
        dbf.seekg(29);
        const int ldid = dbf.get();
        if (ldid == 0) {
            dbf.seekp(29);
            dbf.put(static_cast<char>(0x7A));
        }
    }
    ImportOptions options =
        optionsFor(dir / "out.gpkg", dir / "other.gpkg", dir / "parcels.shp", dir / "other.gpkg");
    options.mapping_file = kData / "gbk_parcels.toml";
    (void)Importer::run(options);
    expectGbkParcelDecoded(dir / "out.gpkg");
}

TEST(ImportFormats, ShapefileOfUnknownEncodingIsRefusedWithTheFix) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    layerNamed(layers, "parcels").features[0].values["carrier"] = "海州城投";
    writeDataset(dir / "other.gpkg", layers);
    writeDataset(dir / "parcels.shp", {withDbfFieldNames(layerNamed(layers, "parcels"))},
                 "EPSG:4549", "ESRI Shapefile", {"ENCODING=CP936"});
    fs::remove(dir / "parcels.cpg");  // and no code page in the .dbf: GBK bytes, unlabelled
    const Error error = errorFrom([&] {
        (void)Importer::run(optionsFor(dir / "out.gpkg", dir / "other.gpkg", dir / "parcels.shp",
                                       dir / "other.gpkg"));
    });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(error.context().feature, "P1");
    EXPECT_EQ(error.context().field, "carrier");
    EXPECT_NE(error.message().find("not UTF-8"), std::string::npos) << error.what();
    EXPECT_NE(error.message().find(".cpg"), std::string::npos) << error.what();
}

TEST(ImportFormats, GeoJsonInLongitudeLatitudeIsReprojectedToItsGaussKrugerZone) {
    TempDir dir;
    ImportOptions options =
        optionsFor(dir / "out.gpkg", kData / "zones_lonlat.geojson",
                   kData / "parcels_lonlat.geojson", kData / "buildings_lonlat.geojson");
    options.mapping_file = kData / "chinese_headers.toml";
    const ImportReport report = Importer::run(options);

    // 119.195°E–119.205°E lies in the zone of CM 120°E: EPSG:4549.
    EXPECT_NE(report.workspace_crs.find("EPSG:4549"), std::string::npos) << report.workspace_crs;
    EXPECT_NE(report.crs_reason.find("119.20°E"), std::string::npos) << report.crs_reason;
    EXPECT_EQ(layerReport(report, "parcels").source_crs, "WGS 84 (EPSG:4326)");
    EXPECT_TRUE(layerReport(report, "parcels").reprojected);
    EXPECT_NE(layerReport(report, "zones").source_crs.find("EPSG:4490"), std::string::npos);
    EXPECT_EQ(layerReport(report, "parcels").unused_fields, std::vector<std::string>{"面积（亩）"});
    EXPECT_EQ(epsgOfLayer(dir / "out.gpkg", "parcels"), "4549");

    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    const core::District& d = workspace.district;
    ASSERT_EQ(d.parcels.size(), 2U);
    EXPECT_EQ(d.parcels[0].parcel_id, "HZ-001");
    EXPECT_EQ(d.parcels[0].status, core::ParcelStatus::Available);
    EXPECT_EQ(core::formatIsoDate(*d.parcels[0].available_from), "2024-06-30");
    EXPECT_FALSE(d.parcels[1].far_min.has_value());
    EXPECT_EQ(d.zones.at(0).name, "海州经济开发区");
    EXPECT_DOUBLE_EQ(*d.buildings.at(0).clear_height_m, 8.5);
    // HZ-001 spans 0.001° × 0.001° at φ = 34.6005°, λ = 119.2005°. On the CGCS2000 ellipsoid
    // (a = 6378137 m, f = 1/298.257222101): N = 6385032.2 m, M = 6356008.7 m, so the cell is
    // N·cosφ·Δλ × M·Δφ = 91.7296 m × 110.9333 m = 10175.87 m². Gauss–Krüger scale at
    // l = −0.7995° from CM 120°E: k = 1 + l²cos²φ(1 + η²)/2 = 1.0000663, so the plane
    // area is 10175.87 × k² = 10177.22 m².
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10177.22, 0.5);
}

TEST(ImportFormats, FlatGeobuf) {
    TempDir dir;
    writeEachLayer(dir, minimalWorkspaceLayers(), ".fgb", "FlatGeobuf");
    const ImportReport report = Importer::run(optionsFor(
        dir / "out.gpkg", dir / "zones.fgb", dir / "parcels.fgb", dir / "buildings.fgb"));
    EXPECT_EQ(layerReport(report, "parcels").written, 1U);
    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    ASSERT_EQ(workspace.district.buildings.size(), 1U);
    EXPECT_EQ(workspace.district.buildings[0].building_id, "B1");
    EXPECT_NEAR(areaOf(workspace.building_geometries[0]), 400.0, 1e-6);
    EXPECT_EQ(epsgOfLayer(dir / "out.gpkg", "zones"), "4549");
}

TEST(ImportFormats, CsvWithWktColumnsByteOrderMarkAndCrlf) {
    TempDir dir;
    const std::string bom = "\xEF\xBB\xBF";
    writeText(dir / "zones.csv", bom + "WKT,zone_id,name,kind\r\n\"" + rectangle(0, 0, 1000, 1000) +
                                     "\",Z1,海州经济开发区,industrial_park\r\n");
    writeText(dir / "parcels.csv",
              bom + "geometry,parcel_id,land_use,status,far_max,available_from\r\n\"" +
                  rectangle(100, 100, 200, 200) + "\",007,M1,available,2.5,2024/06/30\r\n");
    writeText(dir / "buildings.csv", bom + "图形,building_id,kind,floors,vacant_m2\r\n\"" +
                                         rectangle(120, 120, 140, 140) +
                                         "\",B1,standard_factory,3,200\r\n");
    writeText(dir / "projects.csv", bom +
                                        "project_id,name,category_code,need,land_m2,lon,lat\r\n"
                                        "J1,原料药项目,MED01,land,8000,119.2,34.6\r\n");
    ImportOptions options =
        optionsFor(dir / "out.gpkg", dir / "zones.csv", dir / "parcels.csv", dir / "buildings.csv");
    options.sources["projects"] = (dir / "projects.csv").string();
    options.assumed_crs = "EPSG:4549";  // CSV declares no CRS
    const ImportReport report = Importer::run(options);
    EXPECT_TRUE(layerReport(report, "parcels").crs_assumed);
    EXPECT_EQ(layerReport(report, "projects").unused_fields,
              (std::vector<std::string>{"lon", "lat"}));

    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    const core::District& d = workspace.district;
    ASSERT_EQ(d.parcels.size(), 1U);
    EXPECT_EQ(d.parcels[0].parcel_id, "007");  // text stays text: no lost zeros
    EXPECT_DOUBLE_EQ(*d.parcels[0].far_max, 2.5);
    EXPECT_EQ(core::formatIsoDate(*d.parcels[0].available_from), "2024-06-30");
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10000.0, 1e-6);
    ASSERT_EQ(d.zones.size(), 1U);
    EXPECT_EQ(d.zones[0].zone_id, "Z1");  // the BOM is not part of the first header
    EXPECT_EQ(d.buildings.at(0).floors, 3);
    ASSERT_EQ(d.projects.size(), 1U);
    EXPECT_EQ(d.projects[0].name, "原料药项目");
    EXPECT_EQ(epsgOfLayer(dir / "out.gpkg", "parcels"), "4549");
}

// Found by fuzzing (fuzz/regressions/import_csv): jobs of 3000000000 were wrapped round to
// -1294967296 and written, and the workspace then refused on reading. Refused at import.
TEST(ImportFormats, CountBeyondAnIntIsRefusedNotWrapped) {
    TempDir dir;
    writeDataset(dir / "base.gpkg", minimalWorkspaceLayers());
    writeText(dir / "projects.csv",
              "project_id,name,category_code,need,land_m2,jobs\n"
              "J1,原料药项目,MED01,land,8000,3000000000\n");
    ImportOptions options =
        optionsFor(dir / "out.gpkg", dir / "base.gpkg", dir / "base.gpkg", dir / "base.gpkg");
    options.sources["projects"] = (dir / "projects.csv").string();
    const Error error = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(error.context().feature, "J1");
    EXPECT_EQ(error.context().field, "jobs");
    EXPECT_NE(error.message().find("too large"), std::string::npos) << error.what();
}

TEST(ImportFormats, CsvGeometryColumnNamedInTheMapping) {
    TempDir dir;
    writeDataset(dir / "base.gpkg", minimalWorkspaceLayers());
    writeText(dir / "parcels.csv", "坐标串,地块编号,用地性质,状态\n\"" +
                                       rectangle(100, 100, 200, 200) + "\",P1,M1,available\n");
    ImportOptions options =
        optionsFor(dir / "out.gpkg", dir / "base.gpkg", dir / "parcels.csv", dir / "base.gpkg");
    options.assumed_crs = "EPSG:4549";
    const Error unnamed = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_EQ(unnamed.context().file, (dir / "parcels.csv").string());
    EXPECT_NE(unnamed.message().find("no geometry column"), std::string::npos) << unnamed.what();
    EXPECT_NE(unnamed.message().find("geometry_column"), std::string::npos) << unnamed.what();

    writeText(dir / "map.toml",
              "[parcels]\ngeometry_column = \"坐标串\"\n[parcels.fields]\nparcel_id = "
              "\"地块编号\"\nland_use = \"用地性质\"\nstatus = \"状态\"\n");
    options.mapping_file = dir / "map.toml";
    (void)Importer::run(options);
    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    ASSERT_EQ(workspace.district.parcels.size(), 1U);
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10000.0, 1e-6);
}

TEST(ImportFormats, ZippedShapefiles) {
    TempDir dir;
    fs::create_directories(dir / "shp");
    writeEachLayer(dir, minimalWorkspaceLayers(), ".shp", "ESRI Shapefile", "EPSG:4549",
                   {"ENCODING=UTF-8"});
    // district.zip holds a folder of shapefiles (layers chosen by name); parcels.zip one
    // shapefile at its root.
    std::vector<fs::path> zonesAndBuildings = shapefileParts(dir / "zones.shp");
    for (const fs::path& part : shapefileParts(dir / "buildings.shp")) {
        zonesAndBuildings.push_back(part);
    }
    zipFiles(dir / "district.zip", zonesAndBuildings, "district/");
    zipFiles(dir / "parcels.zip", shapefileParts(dir / "parcels.shp"), "");
    for (const char* name : {"zones", "parcels", "buildings"}) {
        for (const fs::path& part : shapefileParts(dir / (std::string(name) + ".shp"))) {
            fs::remove(part);
        }
    }
    const ImportReport report = Importer::run(optionsFor(
        dir / "out.gpkg", dir / "district.zip", dir / "parcels.zip", dir / "district.zip"));
    EXPECT_EQ(layerReport(report, "zones").source_layer, "zones");
    EXPECT_EQ(layerReport(report, "buildings").source_layer, "buildings");
    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    ASSERT_EQ(workspace.district.parcels.size(), 1U);
    EXPECT_EQ(workspace.district.parcels[0].parcel_id, "P1");
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10000.0, 1e-6);
    ASSERT_EQ(workspace.district.zones.size(), 1U);
    EXPECT_EQ(workspace.district.zones[0].name, "测试园区 Test Park");
    EXPECT_EQ(workspace.district.zones[0].enterprise_capacity, 30);  // from "enterprise"
    ASSERT_EQ(workspace.district.buildings.size(), 1U);
    EXPECT_EQ(workspace.district.buildings[0].building_id, "B1");  // from "building_i"
    EXPECT_EQ(epsgOfLayer(dir / "out.gpkg", "buildings"), "4549");
}

// ---------------------------------------------------------------------------------------------
// Sources with several layers

TEST(ImportSources, SeveralLayersAndNoneNamedLikeTheTargetIsAnErrorListingThem) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    writeDataset(dir / "base.gpkg", layers);
    TestLayer parcels = layerNamed(layers, "parcels");
    parcels.name = "地块";
    TestLayer roads{"道路", "Polygon", {{"name"}}, {}};
    writeDataset(dir / "land.gpkg", {parcels, roads});
    ImportOptions options =
        optionsFor(dir / "out.gpkg", dir / "base.gpkg", dir / "land.gpkg", dir / "base.gpkg");
    const Error error = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(error.context().file, (dir / "land.gpkg").string());
    EXPECT_NE(error.message().find("地块, 道路"), std::string::npos) << error.what();
    EXPECT_NE(error.message().find("layer = "), std::string::npos) << error.what();

    writeText(dir / "map.toml", "[parcels]\nlayer = \"地块\"\n");
    options.mapping_file = dir / "map.toml";
    const ImportReport report = Importer::run(options);
    EXPECT_EQ(layerReport(report, "parcels").source_layer, "地块");
    EXPECT_EQ(WorkspaceReader::read((dir / "out.gpkg").string()).district.parcels.size(), 1U);

    writeText(dir / "map.toml", "[parcels]\nlayer = \"宗地\"\n");
    const Error wrongLayer = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_NE(wrongLayer.message().find("no layer '宗地'"), std::string::npos) << wrongLayer.what();
    EXPECT_NE(wrongLayer.message().find("line 2"), std::string::npos) << wrongLayer.what();
}

// ---------------------------------------------------------------------------------------------
// CRS

TEST(ImportCrs, SourceWithoutCrsIsRefusedUnlessOneIsAssumed) {
    TempDir dir;
    writeDataset(dir / "district.gpkg", minimalWorkspaceLayers(), "");
    ImportOptions options = optionsForAll(dir / "out.gpkg", dir / "district.gpkg");
    const Error error = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(error.context().file, (dir / "district.gpkg").string());
    EXPECT_EQ(error.context().layer, "zones");
    EXPECT_NE(error.message().find("declares no CRS"), std::string::npos) << error.what();
    EXPECT_NE(error.message().find("--assume-crs"), std::string::npos) << error.what();
    EXPECT_FALSE(fs::exists(dir / "out.gpkg"));

    options.assumed_crs = "EPSG:4549";
    const ImportReport report = Importer::run(options);
    EXPECT_TRUE(layerReport(report, "zones").crs_assumed);
    EXPECT_FALSE(layerReport(report, "zones").reprojected);
    EXPECT_EQ(epsgOfLayer(dir / "out.gpkg", "zones"), "4549");
    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10000.0, 1e-6);
}

TEST(ImportCrs, GivenWorkspaceCrsReprojectsProjectedSources) {
    TempDir dir;
    writeDataset(dir / "district.gpkg", minimalWorkspaceLayers());
    ImportOptions options = optionsFor(dir / "out.gpkg", dir / "district.gpkg",
                                       dir / "district.gpkg", dir / "district.gpkg");
    options.workspace_crs = "EPSG:4548";  // CGCS2000 GK CM 117E: the next zone west
    const ImportReport report = Importer::run(options);
    EXPECT_EQ(report.crs_reason, "given with --crs");
    EXPECT_TRUE(layerReport(report, "parcels").reprojected);
    EXPECT_EQ(epsgOfLayer(dir / "out.gpkg", "parcels"), "4548");
    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    OGRGeometry* raw = nullptr;
    OGRGeometryFactory::createFromWkb(workspace.parcel_geometries[0].data(), nullptr, &raw);
    const std::unique_ptr<OGRGeometry> parcel(raw);
    OGREnvelope envelope;
    parcel->getEnvelope(&envelope);
    // ~118.9°E is ~1.9° east of CM 117°E: eastings near 500 km + 175 km.
    EXPECT_GT(envelope.MinX, 650000.0);
    EXPECT_LT(envelope.MinX, 700000.0);
    // Both zones are conformal with scale ≈ 1.0001–1.0005 here: the area barely changes.
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10000.0, 15.0);
}

TEST(ImportCrs, WorkspaceCrsMustBeProjectedInMetres) {
    TempDir dir;
    writeDataset(dir / "district.gpkg", minimalWorkspaceLayers());
    ImportOptions options = optionsFor(dir / "out.gpkg", dir / "district.gpkg",
                                       dir / "district.gpkg", dir / "district.gpkg");
    options.workspace_crs = "EPSG:4490";
    const Error geographic = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_EQ(geographic.kind(), Error::Kind::Usage);
    EXPECT_NE(geographic.message().find("not a projected CRS in metres"), std::string::npos);
    options.workspace_crs = "EPSG:999999";
    EXPECT_EQ(errorFrom([&] { (void)Importer::run(options); }).kind(), Error::Kind::Usage);
}

TEST(ImportCrs, LongitudeLatitudeDataChoosesTheZoneOfItsCentralLongitude) {
    TempDir dir;
    // Around 117.1°E (zone CM 117°E, EPSG:4548), in CGCS2000 longitude/latitude.
    auto cell = [](double lon, double lat, double size) {
        std::ostringstream wkt;
        wkt.precision(12);
        wkt << "POLYGON ((" << lon << " " << lat << "," << lon + size << " " << lat << ","
            << lon + size << " " << lat + size << "," << lon << " " << lat + size << "," << lon
            << " " << lat << "))";
        return wkt.str();
    };
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    layerNamed(layers, "zones").features[0].wkt = cell(117.0, 34.0, 0.2);
    layerNamed(layers, "parcels").features[0].wkt = cell(117.1, 34.1, 0.001);
    layerNamed(layers, "buildings").features[0].wkt = cell(117.1002, 34.1002, 0.0002);
    writeEachLayer(dir, layers, ".geojson", "GeoJSON", "EPSG:4490");
    const ImportReport report =
        Importer::run(optionsFor(dir / "out.gpkg", dir / "zones.geojson", dir / "parcels.geojson",
                                 dir / "buildings.geojson"));
    EXPECT_NE(report.workspace_crs.find("EPSG:4548"), std::string::npos) << report.workspace_crs;
    EXPECT_EQ(epsgOfLayer(dir / "out.gpkg", "zones"), "4548");
    GDALDatasetUniquePtr out(GDALDataset::Open((dir / "out.gpkg").c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(out);
    EXPECT_DOUBLE_EQ(
        out->GetLayerByName("parcels")->GetSpatialRef()->GetProjParm(SRS_PP_CENTRAL_MERIDIAN),
        117.0);
}

// Found by fuzzing (fuzz/regressions/import_csv): each source fits its own CRS, but zones at
// 119.2°E and parcels at 111°E are too far apart for the zone chosen for both, so the import
// wrote a workspace that WorkspaceReader refuses. The import refuses it instead.
TEST(ImportCrs, SourcesTooFarApartForOneWorkspaceCrsAreRefused) {
    TempDir dir;
    auto cell = [](double lon, double lat, double size) {
        std::ostringstream wkt;
        wkt.precision(12);
        wkt << "POLYGON ((" << lon << " " << lat << "," << lon + size << " " << lat << ","
            << lon + size << " " << lat + size << "," << lon << " " << lat + size << "," << lon
            << " " << lat << "))";
        return wkt.str();
    };
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    layerNamed(layers, "zones").features[0].wkt = cell(119.2, 34.6, 0.01);
    layerNamed(layers, "parcels").features[0].wkt = cell(111.0, 34.6, 0.001);
    layerNamed(layers, "buildings").features[0].wkt = cell(119.2002, 34.6002, 0.0002);
    writeEachLayer(dir, layers, ".geojson", "GeoJSON", "EPSG:4490");
    const Error error = errorFrom([&] {
        (void)Importer::run(optionsFor(dir / "out.gpkg", dir / "zones.geojson",
                                       dir / "parcels.geojson", dir / "buildings.geojson"));
    });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(error.context().file, (dir / "zones.geojson").string());
    EXPECT_NE(error.message().find("lie outside the area"), std::string::npos) << error.what();
    EXPECT_NE(error.message().find("wider than one zone"), std::string::npos) << error.what();
    EXPECT_NE(error.message().find("--crs"), std::string::npos) << error.what();
    EXPECT_FALSE(fs::exists(dir / "out.gpkg"));
}

TEST(ImportCrs, ProjectedCoordinatesInAGeoJsonWithoutCrsAreRefused) {
    TempDir dir;
    writeDataset(dir / "base.gpkg", minimalWorkspaceLayers());
    // Coordinates in metres but no "crs" member: GDAL reads the file as WGS 84.
    writeText(dir / "parcels.geojson",
              R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
              R"("properties":{"parcel_id":"P1","land_use":"M1","status":"available"},)"
              R"("geometry":{"type":"Polygon","coordinates":[[[400100,3800100],[400200,3800100],)"
              R"([400200,3800200],[400100,3800200],[400100,3800100]]]}}]})");
    const Error error = errorFrom([&] {
        (void)Importer::run(optionsFor(dir / "out.gpkg", dir / "base.gpkg", dir / "parcels.geojson",
                                       dir / "base.gpkg"));
    });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(error.context().file, (dir / "parcels.geojson").string());
    EXPECT_NE(error.message().find("not longitude/latitude"), std::string::npos) << error.what();
}

TEST(ImportDates, AFiveDigitYearThatGdalReadsAsADateIsRefused) {
    TempDir dir;
    writeDataset(dir / "base.gpkg", minimalWorkspaceLayers());
    // GDAL's GeoJSON reader types this field as a Date holding the year 20240; a workspace
    // stores YYYY-MM-DD, so importing it would write a file that cannot be read back.
    writeText(dir / "parcels.geojson",
              R"({"type":"FeatureCollection","crs":{"type":"name","properties":)"
              R"({"name":"urn:ogc:def:crs:EPSG::4549"}},"features":[{"type":"Feature",)"
              R"("properties":{"parcel_id":"P1","land_use":"M1","status":"available",)"
              R"("available_from":"20240-06-30"},)"
              R"("geometry":{"type":"Polygon","coordinates":[[[400100,3800100],[400200,3800100],)"
              R"([400200,3800200],[400100,3800200],[400100,3800100]]]}}]})");
    const Error error = errorFrom([&] {
        (void)Importer::run(optionsFor(dir / "out.gpkg", dir / "base.gpkg", dir / "parcels.geojson",
                                       dir / "base.gpkg"));
    });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(error.context().file, (dir / "parcels.geojson").string());
    EXPECT_EQ(error.context().feature, "P1");
    EXPECT_EQ(error.context().field, "available_from");
    EXPECT_NE(error.message().find("'20240-06-30' is not a date"), std::string::npos)
        << error.what();
    EXPECT_FALSE(fs::exists(dir / "out.gpkg"));
}

// ---------------------------------------------------------------------------------------------
// Mapping file

TEST(ImportMappingFile, ChineseHeadersMapToSchemaFields) {
    const ImportMapping mapping = ImportMapping::read(kData / "chinese_headers.toml");
    const LayerMapping& parcels = mapping.forTarget("parcels");
    ASSERT_EQ(parcels.fields.count("far_max"), 1U);
    EXPECT_EQ(parcels.fields.at("far_max").source_field, "容积率上限");
    EXPECT_TRUE(mapping.forTarget("projects").fields.empty());
}

TEST(ImportMappingFile, MistakesNameTheFileLineAndKey) {
    struct Case {
        std::string text;
        std::string expected;
    };
    const std::vector<Case> cases{
        {"[parcel]\nlayer = \"x\"\n", "line 1, key 'parcel': 'parcel' is not a workspace layer"},
        {"[parcels.fields]\nparcel_id = \"地块编号\"\nfar = \"容积率\"\n",
         "line 3, key 'parcels.fields.far': 'far' is not a field of layer 'parcels'"},
        {"[parcels.fields]\nfar_max = 2.5\n",
         "line 2, key 'parcels.fields.far_max': expected a string"},
        {"[zones]\nlayer = 3\n", "line 2, key 'zones.layer': expected a string"},
        {"[zones]\nlayr = \"园区\"\n", "line 2, key 'zones.layr': unknown key"},
        {"zones = \"园区\"\n", "line 1, key 'zones': expected a table [zones]"},
        {"[parcels.fields\n", "line 1"},
    };
    for (const Case& item : cases) {
        const Error error = errorFrom([&] { (void)ImportMapping::parse(item.text, "map.toml"); });
        EXPECT_EQ(error.kind(), Error::Kind::Input);
        EXPECT_EQ(error.context().file, "map.toml");
        EXPECT_NE(std::string(error.what()).find("map.toml: " + item.expected), std::string::npos)
            << error.what();
    }
}

TEST(ImportMappingFile, MappedSourceFieldMustExist) {
    TempDir dir;
    writeDataset(dir / "district.gpkg", minimalWorkspaceLayers());
    writeText(dir / "map.toml", "[parcels.fields]\nfar_max = \"容积率上限\"\n");
    ImportOptions options = optionsFor(dir / "out.gpkg", dir / "district.gpkg",
                                       dir / "district.gpkg", dir / "district.gpkg");
    options.mapping_file = dir / "map.toml";
    const Error error = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_EQ(error.context().file, (dir / "map.toml").string());
    EXPECT_NE(error.message().find("line 2, key 'parcels.fields.far_max': the source field "
                                   "'容积率上限' is not in"),
              std::string::npos)
        << error.what();
    EXPECT_NE(error.message().find("parcel_id, land_use"), std::string::npos) << error.what();
}

TEST(ImportMappingFile, MissingRequiredColumnStopsEvenWhenLenient) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    TestLayer& parcels = layerNamed(layers, "parcels");
    std::erase_if(parcels.fields, [](const TestField& f) { return f.name == "land_use"; });
    parcels.features[0].values.erase("land_use");
    writeDataset(dir / "district.gpkg", layers);
    ImportOptions options = optionsFor(dir / "out.gpkg", dir / "district.gpkg",
                                       dir / "district.gpkg", dir / "district.gpkg");
    options.lenient = true;
    const Error error = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(error.context().layer, "parcels");
    EXPECT_EQ(error.context().field, "land_use");
    EXPECT_NE(error.message().find("required field 'land_use' is missing"), std::string::npos);
    EXPECT_NE(error.message().find("[parcels.fields] land_use = "), std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Bad features: each class stops the import with a message naming file, layer, feature and
// field, or with lenient is skipped and counted.

struct BadInput {
    std::string name;
    std::function<void(TestLayer& parcels, TestFeature& p2)> change;
    std::string feature;  // the id the message names
    std::string field;    // the field it names
    std::string message;  // part of the message
    bool nanCoordinate = false;
};

std::ostream& operator<<(std::ostream& out, const BadInput& input) {
    return out << input.name;
}

TestField* fieldNamed(TestLayer& layer, const std::string& name) {
    for (TestField& field : layer.fields) {
        if (field.name == name) {
            return &field;
        }
    }
    return nullptr;
}

// Replaces P2's geometry with one holding a NaN: WKT cannot spell it, so patch the file.
void putNanIntoP2(const fs::path& gpkg) {
    GDALDatasetUniquePtr dataset(GDALDataset::Open(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(dataset);
    OGRLayer* layer = dataset->GetLayerByName("parcels");
    ASSERT_NE(layer, nullptr);
    for (auto& feature : *layer) {
        if (std::string(feature->GetFieldAsString("parcel_id")) == "P2") {
            OGRLinearRing ring;
            const double nan = std::numeric_limits<double>::quiet_NaN();
            ring.addPoint(400300.0, 3800300.0);
            ring.addPoint(nan, 3800300.0);
            ring.addPoint(400400.0, 3800400.0);
            ring.addPoint(400300.0, 3800300.0);
            OGRPolygon polygon;
            polygon.addRing(&ring);
            feature->SetGeometry(&polygon);
            ASSERT_EQ(layer->SetFeature(feature.get()), OGRERR_NONE);
        }
    }
}

class ImportBadInputTest : public ::testing::TestWithParam<BadInput> {
protected:
    // The minimal workspace plus parcel P2, made bad by the case.
    fs::path writeSource() {
        std::vector<TestLayer> layers = minimalWorkspaceLayers();
        TestLayer& parcels = layerNamed(layers, "parcels");
        parcels.features.push_back(
            {rectangle(300, 300, 400, 400),
             {{"parcel_id", "P2"}, {"land_use", "M1"}, {"status", "available"}}});
        GetParam().change(parcels, parcels.features.back());
        fs::path source = m_dir / "district.gpkg";
        // No R-tree: SQLite's would refuse the NaN envelope that one case writes.
        writeDataset(source, layers, "EPSG:4549", "GPKG", {"SPATIAL_INDEX=NO"});
        if (GetParam().nanCoordinate) {
            putNanIntoP2(source);
        }
        return source;
    }

    TempDir m_dir;
};

TEST_P(ImportBadInputTest, StopsTheImportNamingFileLayerFeatureAndField) {
    const BadInput& input = GetParam();
    const fs::path source = writeSource();
    const ImportOptions options = optionsFor(m_dir / "out.gpkg", source, source, source);
    const Error error = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(exitCodeFor(error.kind()), 3);
    EXPECT_EQ(error.context().file, source.string());
    EXPECT_EQ(error.context().layer, "parcels");
    EXPECT_EQ(error.context().feature, input.feature);
    EXPECT_EQ(error.context().field, input.field);
    EXPECT_NE(error.message().find(input.message), std::string::npos) << error.what();
    const std::string what = error.what();
    EXPECT_NE(what.find(source.string()), std::string::npos) << what;
    EXPECT_NE(what.find("layer 'parcels'"), std::string::npos) << what;
    EXPECT_NE(what.find("feature '" + input.feature + "'"), std::string::npos) << what;
    EXPECT_NE(what.find("field '" + input.field + "'"), std::string::npos) << what;
    EXPECT_FALSE(fs::exists(m_dir / "out.gpkg"));
}

TEST_P(ImportBadInputTest, LenientSkipsAndCountsTheFeature) {
    const BadInput& input = GetParam();
    const fs::path source = writeSource();
    ImportOptions options = optionsFor(m_dir / "out.gpkg", source, source, source);
    options.lenient = true;
    const ImportReport report = Importer::run(options);
    const ImportedLayer& parcels = layerReport(report, "parcels");
    EXPECT_EQ(parcels.read, 2U);
    EXPECT_EQ(parcels.written, 1U);
    ASSERT_EQ(parcels.skipped.size(), 1U);
    EXPECT_EQ(report.skippedCount(), 1U);
    EXPECT_EQ(parcels.skipped[0].feature, input.feature);
    EXPECT_EQ(parcels.skipped[0].field, input.field);
    EXPECT_NE(parcels.skipped[0].reason.find(input.message), std::string::npos);
    const Workspace workspace = WorkspaceReader::read((m_dir / "out.gpkg").string());
    ASSERT_EQ(workspace.district.parcels.size(), 1U);
    EXPECT_EQ(workspace.district.parcels[0].parcel_id, "P1");
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10000.0, 1e-6);
}

INSTANTIATE_TEST_SUITE_P(
    ImportBadInput, ImportBadInputTest,
    ::testing::Values(
        BadInput{"empty_geometry", [](TestLayer&, TestFeature& p2) { p2.wkt = "POLYGON EMPTY"; },
                 "P2", "geometry", "the geometry is empty"},
        BadInput{"null_geometry", [](TestLayer&, TestFeature& p2) { p2.wkt.clear(); }, "P2",
                 "geometry", "the feature has no geometry"},
        BadInput{"wrong_geometry_type",
                 [](TestLayer& parcels, TestFeature& p2) {
                     parcels.geometry_type = "Unknown";
                     p2.wkt = "LINESTRING (400300 3800300,400400 3800400)";
                 },
                 "P2", "geometry", "expected a polygon or multipolygon, found Line String"},
        BadInput{"nan_coordinate", [](TestLayer&, TestFeature&) {}, "P2", "geometry",
                 "NaN or infinite coordinates", true},
        BadInput{"missing_required_value",
                 [](TestLayer&, TestFeature& p2) { p2.values.erase("land_use"); }, "P2", "land_use",
                 "a value is required"},
        BadInput{"duplicate_id", [](TestLayer&, TestFeature& p2) { p2.values["parcel_id"] = "P1"; },
                 "P1", "parcel_id", "duplicate id 'P1'"},
        BadInput{"unparseable_number",
                 [](TestLayer& parcels, TestFeature& p2) {
                     fieldNamed(parcels, "far_max")->type = TestFieldType::Text;
                     p2.values["far_max"] = "2.5倍";
                 },
                 "P2", "far_max", "'2.5倍' is not a number"},
        BadInput{"unparseable_date",
                 [](TestLayer& parcels, TestFeature& p2) {
                     fieldNamed(parcels, "available_from")->type = TestFieldType::Text;
                     p2.values["available_from"] = "明年6月";
                 },
                 "P2", "available_from", "'明年6月' is not a date"},
        BadInput{"polygon_without_area",
                 [](TestLayer&, TestFeature& p2) {
                     p2.wkt =
                         "POLYGON ((400300 3800300,400400 3800300,400500 3800300,400300 "
                         "3800300))";
                 },
                 "P2", "geometry", "leaves no area"}),
    [](const ::testing::TestParamInfo<BadInput>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Repair

TEST(ImportRepair, BowTieIsMadeValidAndListed) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    // Edges (300,300)→(400,400) and (400,300)→(300,400) cross at (350,350): two triangles
    // of base 100 m and height 50 m, 2500 m² each.
    layerNamed(layers, "parcels")
        .features.push_back({"POLYGON ((400300 3800300,400400 3800400,400400 3800300,400300 "
                             "3800400,400300 3800300))",
                             {{"parcel_id", "P2"}, {"land_use", "M1"}, {"status", "available"}}});
    writeDataset(dir / "district.gpkg", layers);
    const ImportReport report = Importer::run(optionsFor(
        dir / "out.gpkg", dir / "district.gpkg", dir / "district.gpkg", dir / "district.gpkg"));
    const ImportedLayer& parcels = layerReport(report, "parcels");
    ASSERT_EQ(parcels.repaired.size(), 1U);
    EXPECT_EQ(parcels.repaired[0].feature, "P2");
    EXPECT_NE(parcels.repaired[0].reason.find("Self-intersection"), std::string::npos)
        << parcels.repaired[0].reason;
    EXPECT_NEAR(parcels.repaired[0].area_m2, 5000.0, 1e-6);
    EXPECT_EQ(parcels.written, 2U);
    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    ASSERT_EQ(workspace.district.parcels.size(), 2U);
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[1]), 5000.0, 1e-6);
    EXPECT_NEAR(areaOf(workspace.parcel_geometries[0]), 10000.0, 1e-6);
}

// The workspace written is checked as `sitefit check` does. B1 is 20 m × 20 m of 2 floors
// (800 m², no floor_area_m2 given) with 804 m² vacant: 0.5 % over, within the 1 % tolerance,
// so clamped to 800 m² and reported. P2 (100 m × 28 m) lies 20 m over P1's east edge: they
// share 20 m × 28 m = 560 m².
TEST(ImportChecks, ARoundedVacantFigureIsClampedAndOverlapsAreReported) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    layerNamed(layers, "buildings").features[0].values["vacant_m2"] = "804";
    layerNamed(layers, "parcels")
        .features.push_back({rectangle(180, 100, 280, 128),
                             {{"parcel_id", "P2"}, {"land_use", "M1"}, {"status", "available"}}});
    writeDataset(dir / "district.gpkg", layers);
    const ImportReport report = Importer::run(optionsFor(
        dir / "out.gpkg", dir / "district.gpkg", dir / "district.gpkg", dir / "district.gpkg"));
    const core::ProblemReport& problems = report.problems;
    EXPECT_EQ(problems.errorCount(), 0U);
    ASSERT_EQ(problems.warningCount(), 2U) << problems.text();
    const core::DataProblem& clamped = problems.problems()[0];
    EXPECT_EQ(clamped.rule, core::rules::kVacantOverFloorArea);
    EXPECT_EQ(clamped.layer, "buildings");
    EXPECT_EQ(clamped.feature, "B1");
    EXPECT_EQ(clamped.found, "804");
    const core::DataProblem& overlap = problems.problems()[1];
    EXPECT_EQ(overlap.rule, core::rules::kParcelOverlap);
    EXPECT_EQ(overlap.feature, "P1");
    EXPECT_EQ(overlap.other_feature, "P2");
    EXPECT_NE(overlap.message.find("overlap by 560.0 m²"), std::string::npos) << overlap.message;

    const Workspace written = WorkspaceReader::read((dir / "out.gpkg").string());
    ASSERT_EQ(written.district.buildings.size(), 1U);
    EXPECT_EQ(written.district.buildings[0].vacant_m2, 800.0);

    // 900 m² vacant is 12.5 % over: refused, naming the feature and field.
    layerNamed(layers, "buildings").features[0].values["vacant_m2"] = "900";
    writeDataset(dir / "worse.gpkg", layers);
    try {
        (void)Importer::run(optionsFor(dir / "out2.gpkg", dir / "worse.gpkg", dir / "worse.gpkg",
                                       dir / "worse.gpkg"));
        ADD_FAILURE() << "900 m² vacant on 800 m² was imported";
    } catch (const Error& error) {
        EXPECT_EQ(error.context().feature, "B1");
        EXPECT_EQ(error.context().field, "vacant_m2");
        EXPECT_NE(std::string(error.what()).find("more than the 1 % tolerance"), std::string::npos)
            << error.what();
    }
    EXPECT_FALSE(fs::exists(dir / "out2.gpkg"));
}

// ---------------------------------------------------------------------------------------------
// Safety of inputs and outputs

TEST(ImportSafety, InputsAreUnchangedByteForByte) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    writeDataset(dir / "district.gpkg", layers);
    writeDataset(dir / "parcels.shp", {withDbfFieldNames(layerNamed(layers, "parcels"))},
                 "EPSG:4549", "ESRI Shapefile", {"ENCODING=UTF-8"});
    writeDataset(dir / "buildings.geojson", {layerNamed(layers, "buildings")}, "EPSG:4549",
                 "GeoJSON");
    std::map<fs::path, std::string> before;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        before[entry.path()] = fileBytes(entry.path());
    }
    ImportOptions options = optionsForAll(dir / "out" / "workspace.gpkg", dir / "district.gpkg");
    options.sources["parcels"] = (dir / "parcels.shp").string();
    options.sources["buildings"] = (dir / "buildings.geojson").string();
    fs::create_directories(dir / "out");
    (void)Importer::run(options);
    std::map<fs::path, std::string> after;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        if (entry.path() != dir / "out") {
            after[entry.path()] = fileBytes(entry.path());
        }
    }
    EXPECT_EQ(before.size(), after.size());
    EXPECT_TRUE(before == after) << "an input file changed, appeared or vanished";
}

TEST(ImportSafety, FailedImportLeavesAnExistingOutputUnchanged) {
    TempDir dir;
    writeDataset(dir / "good.gpkg", minimalWorkspaceLayers());
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    layerNamed(layers, "parcels")
        .features.push_back({rectangle(300, 300, 400, 400),
                             {{"parcel_id", "P1"}, {"land_use", "M1"}, {"status", "available"}}});
    writeDataset(dir / "bad.gpkg", layers);
    const fs::path output = dir / "out" / "workspace.gpkg";
    fs::create_directories(output.parent_path());
    (void)Importer::run(
        optionsFor(output, dir / "good.gpkg", dir / "good.gpkg", dir / "good.gpkg"));
    const std::string existing = fileBytes(output);

    const Error error = errorFrom([&] {
        (void)Importer::run(
            optionsFor(output, dir / "bad.gpkg", dir / "bad.gpkg", dir / "bad.gpkg"));
    });
    EXPECT_NE(error.message().find("duplicate id"), std::string::npos) << error.what();
    EXPECT_EQ(fileBytes(output), existing);
    std::vector<std::string> leftovers;
    for (const auto& entry : fs::directory_iterator(output.parent_path())) {
        leftovers.push_back(entry.path().filename().string());
    }
    EXPECT_EQ(leftovers, std::vector<std::string>{"workspace.gpkg"});
    EXPECT_EQ(WorkspaceReader::read(output.string()).district.parcels.size(), 1U);
}

TEST(ImportSafety, OutputMayNotBeAnInputAndMustBeAGeoPackage) {
    TempDir dir;
    writeDataset(dir / "district.gpkg", minimalWorkspaceLayers());
    const std::string before = fileBytes(dir / "district.gpkg");
    const Error same = errorFrom(
        [&] { (void)Importer::run(optionsForAll(dir / "district.gpkg", dir / "district.gpkg")); });
    EXPECT_EQ(same.kind(), Error::Kind::Usage);
    EXPECT_NE(same.message().find("never changes its inputs"), std::string::npos) << same.what();
    EXPECT_EQ(fileBytes(dir / "district.gpkg"), before);
    const Error shapefile = errorFrom(
        [&] { (void)Importer::run(optionsForAll(dir / "out.shp", dir / "district.gpkg")); });
    EXPECT_EQ(shapefile.kind(), Error::Kind::Usage);
    ImportOptions missing = optionsForAll(dir / "out.gpkg", dir / "district.gpkg");
    missing.sources.erase("buildings");
    const Error noBuildings = errorFrom([&] { (void)Importer::run(missing); });
    EXPECT_EQ(noBuildings.kind(), Error::Kind::Usage);
    EXPECT_NE(noBuildings.message().find("--buildings is required"), std::string::npos);
}

}  // namespace
}  // namespace sitefit::gis
