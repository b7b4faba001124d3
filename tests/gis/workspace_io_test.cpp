#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>
#include <functional>

#include "sitefit/core/error.hpp"
#include "sitefit/gis/result_layer_writer.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/gis/workspace_writer.hpp"
#include "test_dataset.hpp"

using namespace sitefit;
using namespace sitefit::test;

namespace {

// Writes the minimal workspace after `change`, reads it, and returns the error message
// (or "" when it was accepted). The file's bytes must not change either way.
std::string readError(const std::function<void(std::vector<TestLayer>&)>& change,
                      const std::string& crs = "EPSG:4549") {
    auto layers = minimalWorkspaceLayers();
    change(layers);
    TempDir dir;
    const auto path = dir / "w.gpkg";
    writeDataset(path, layers, crs);
    const std::string before = fileBytes(path);
    std::string message;
    try {
        (void)gis::WorkspaceReader::read(path.string());
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Input);
        message = error.what();
    }
    EXPECT_EQ(fileBytes(path), before) << "reading changed the workspace file";
    return message;
}

void expectMentions(const std::string& message, std::initializer_list<const char*> parts) {
    ASSERT_FALSE(message.empty()) << "bad input was accepted";
    for (const char* part : parts) {
        EXPECT_NE(message.find(part), std::string::npos) << "'" << part << "' not in: " << message;
    }
}

}  // namespace

TEST(WorkspaceReader, ReadsEveryLayerOfAMinimalWorkspace) {
    TempDir dir;
    writeDataset(dir / "w.gpkg", minimalWorkspaceLayers());
    const gis::Workspace w = gis::WorkspaceReader::read((dir / "w.gpkg").string());
    ASSERT_EQ(w.district.zones.size(), 1U);
    EXPECT_EQ(w.district.zones[0].name, "测试园区 Test Park");
    EXPECT_EQ(w.district.zones[0].leading_chains, std::vector<std::string>{"MED"});
    EXPECT_EQ(w.district.zones[0].enterprise_capacity, 30);
    EXPECT_EQ(w.district.zones[0].max_pollution_class, 3);  // default when absent
    ASSERT_EQ(w.district.parcels.size(), 1U);
    EXPECT_EQ(w.district.parcels[0].status, core::ParcelStatus::Available);
    EXPECT_EQ(w.district.parcels[0].far_max, 2.0);
    ASSERT_TRUE(w.district.parcels[0].available_from);
    EXPECT_EQ(core::formatIsoDate(*w.district.parcels[0].available_from), "2024-01-01");
    EXPECT_EQ(w.district.buildings[0].floors, 2);
    EXPECT_FALSE(w.district.buildings[0].floor_area_m2);
    EXPECT_EQ(w.district.enterprises[0].role, core::EnterpriseRole::ChainLeader);
    EXPECT_EQ(w.district.projects[0].need, core::ProjectNeed::Land);
    EXPECT_EQ(w.district.catalogue.categories[0].land_use_classes,
              (std::vector<std::string>{"M2", "M3"}));
    EXPECT_EQ(w.parcel_geometries.size(), 1U);
    EXPECT_EQ(w.enterprise_geometries.size(), 1U);
}

TEST(WorkspaceWriter, RoundTripKeepsEveryRecordAndGeometry) {
    TempDir dir;
    writeDataset(dir / "in.gpkg", minimalWorkspaceLayers());
    const gis::Workspace original = gis::WorkspaceReader::read((dir / "in.gpkg").string());
    gis::WorkspaceWriter::write(original, dir / "out.gpkg");
    const gis::Workspace copy = gis::WorkspaceReader::read((dir / "out.gpkg").string());
    EXPECT_EQ(copy.district.zones[0].zone_id, "Z1");
    EXPECT_EQ(copy.district.zones[0].carrier, "海州城投");
    EXPECT_EQ(copy.district.parcels[0].far_min, original.district.parcels[0].far_min);
    EXPECT_EQ(copy.district.parcels[0].available_from, original.district.parcels[0].available_from);
    EXPECT_EQ(copy.district.projects[0].land_m2, 8000.0);
    EXPECT_EQ(copy.district.catalogue.chains[0].name_zh, "医药健康");
    EXPECT_EQ(copy.parcel_geometries, original.parcel_geometries);
    EXPECT_EQ(copy.building_geometries, original.building_geometries);
    EXPECT_EQ(copy.enterprise_geometries, original.enterprise_geometries);
    // No temporary file is left beside the result.
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        ++files;
    }
    EXPECT_EQ(files, 2);
}

TEST(WorkspaceReader, RefusesAMissingFileOrANonGisFile) {
    TempDir dir;
    try {
        (void)gis::WorkspaceReader::read((dir / "absent.gpkg").string());
        FAIL();
    } catch (const Error& error) {
        expectMentions(error.what(), {"absent.gpkg", "no such file"});
    }
    { std::ofstream(dir / "text.gpkg") << "this is not a GeoPackage\n"; }
    try {
        (void)gis::WorkspaceReader::read((dir / "text.gpkg").string());
        FAIL();
    } catch (const Error& error) {
        expectMentions(error.what(), {"text.gpkg", "cannot open"});
    }
}

TEST(WorkspaceReader, RefusesAMissingLayerOrField) {
    expectMentions(readError([](auto& layers) {
                       std::erase_if(layers,
                                     [](const TestLayer& l) { return l.name == "buildings"; });
                   }),
                   {"required layer 'buildings' is missing", "zones", "parcels"});
    expectMentions(readError([](auto& layers) {
                       auto& fields = layerNamed(layers, "parcels").fields;
                       std::erase_if(fields, [](const TestField& f) { return f.name == "status"; });
                       layerNamed(layers, "parcels").features[0].values.erase("status");
                   }),
                   {"layer 'parcels'", "field 'status'", "required field 'status' is missing"});
}

TEST(WorkspaceReader, RefusesBadValuesNamingFeatureAndField) {
    expectMentions(
        readError([](auto& l) { layerNamed(l, "parcels").features[0].values["status"] = "sold"; }),
        {"layer 'parcels'", "feature 'P1'", "field 'status'", "'sold' is not one of"});
    expectMentions(readError([](auto& l) {
                       auto& f = layerNamed(l, "buildings");
                       f.fields.push_back({"note"});
                       f.features[0].values["floors"] = "0";
                   }),
                   {"feature 'B1'", "field 'floors'", "between 1 and 200"});
    expectMentions(readError([](auto& l) {
                       layerNamed(l, "buildings").features[0].values["vacant_m2"] = "-5";
                   }),
                   {"feature 'B1'", "field 'vacant_m2'", "negative"});
    expectMentions(readError([](auto& l) {
                       auto& b = layerNamed(l, "buildings").features[0].values;
                       b["floor_area_m2"] = "500";
                       b["vacant_m2"] = "800";
                   }),
                   {"feature 'B1'", "field 'vacant_m2'", "exceeds the floor area"});
    expectMentions(
        readError([](auto& l) { layerNamed(l, "parcels").features[0].values["far_min"] = "3"; }),
        {"feature 'P1'", "far_min", "above far_max"});
    expectMentions(
        readError([](auto& l) { layerNamed(l, "projects").features[0].values.erase("land_m2"); }),
        {"layer 'projects'", "feature 'J1'", "field 'land_m2'", "needs land"});
}

TEST(WorkspaceReader, RefusesTextInNumericAndDateFields) {
    // Text columns holding numbers are common in spreadsheet exports; bad text is refused.
    expectMentions(readError([](auto& l) {
                       auto& p = layerNamed(l, "parcels");
                       for (auto& f : p.fields) {
                           if (f.name == "far_max" || f.name == "available_from") {
                               f.type = TestFieldType::Text;
                           }
                       }
                       p.features[0].values["far_max"] = "2.5倍";
                   }),
                   {"feature 'P1'", "field 'far_max'", "'2.5倍' is not a number"});
    expectMentions(readError([](auto& l) {
                       auto& p = layerNamed(l, "parcels");
                       for (auto& f : p.fields) {
                           if (f.name == "available_from") {
                               f.type = TestFieldType::Text;
                           }
                       }
                       p.features[0].values["available_from"] = "2024年5月";
                   }),
                   {"feature 'P1'", "field 'available_from'", "not a date"});
}

TEST(WorkspaceReader, RefusesDuplicateIds) {
    expectMentions(readError([](auto& l) {
                       auto& p = layerNamed(l, "parcels");
                       p.features.push_back(p.features[0]);
                   }),
                   {"layer 'parcels'", "feature 'P1'", "duplicate id 'P1'"});
}

// Every flaw of a layer is listed at once, grouped by rule, each with its feature and field:
// a register is fixed in one pass, not one refusal at a time.
TEST(WorkspaceReader, ListsEveryFlawOfTheLayerAtOnce) {
    const auto withParcels = [](std::initializer_list<const char*> ids, const char* badFar) {
        return readError([&](auto& l) {
            auto& p = layerNamed(l, "parcels");
            const auto model = p.features[0];
            p.features.clear();
            int x = 0;
            for (const char* id : ids) {
                auto feature = model;
                feature.values["parcel_id"] = id;
                feature.wkt = rectangle(x, 300, x + 50, 350);
                x += 100;
                if (std::string(id) == badFar) {
                    feature.values["far_max"] = "-1";
                }
                p.features.push_back(feature);
            }
        });
    };
    // P1 again at the third feature, a bad value at the fourth: both, with the count.
    expectMentions(withParcels({"P1", "P2", "P1", "P3"}, "P3"),
                   {"the workspace has 2 errors", "value: 1 error",
                    "parcels P3 far_max: must not be negative (found -1)", "duplicate_id: 1 error",
                    "parcels P1 parcel_id: duplicate id 'P1'; ids must be unique (feature 3 of "
                    "the layer repeats feature 1)",
                    "sitefit check"});
    // Two duplicates: both, each naming the feature it repeats.
    expectMentions(withParcels({"P1", "P2", "P3", "P2", "P1"}, ""),
                   {"duplicate_id: 2 errors", "duplicate id 'P2'",
                    "(feature 4 of the layer repeats feature 2)", "duplicate id 'P1'",
                    "(feature 5 of the layer repeats feature 1)"});
    // One flaw alone keeps the plain form: file, layer, feature, field.
    expectMentions(withParcels({"P1", "P2", "P3"}, "P2"),
                   {"layer 'parcels', feature 'P2', field 'far_max': must not be negative"});
}

TEST(WorkspaceReader, RefusesMissingEmptyOrWrongGeometry) {
    expectMentions(readError([](auto& l) { layerNamed(l, "parcels").features[0].wkt = ""; }),
                   {"feature 'P1'", "field 'geometry'", "no geometry"});
    expectMentions(readError([](auto& l) {
                       auto& p = layerNamed(l, "parcels");
                       p.geometry_type = "Unknown";
                       p.features[0].wkt = point(150, 150);
                   }),
                   {"feature 'P1'", "expected a polygon", "Point"});
    expectMentions(
        readError([](auto& l) { layerNamed(l, "zones").features[0].wkt = "POLYGON EMPTY"; }),
        {"layer 'zones'", "feature 'Z1'", "empty"});
    expectMentions(readError([](auto& l) {
                       layerNamed(l, "buildings").features[0].wkt =
                           "POLYGON ((400120 3800120,400140 3800120,nan 3800140,400120 3800120))";
                   }),
                   {"feature 'B1'", "NaN or infinite"});
}

TEST(WorkspaceReader, RefusesDataWithoutAMetricCrs) {
    expectMentions(readError([](auto&) {}, ""), {"layer 'zones'", "has no CRS", "--assume-crs"});
    expectMentions(readError(
                       [](auto& l) {
                           // Degrees in a geographic CRS: areas would be in square degrees.
                           for (auto& layer : l) {
                               for (auto& f : layer.features) {
                                   if (!f.wkt.empty()) {
                                       f.wkt = layer.geometry_type == "Point"
                                                   ? "POINT (119.2 34.6)"
                                                   : "POLYGON ((119.2 34.6,119.21 34.6,119.21 "
                                                     "34.61,119.2 34.6))";
                                   }
                               }
                           }
                       },
                       "EPSG:4490"),
                   {"layer 'zones'", "not projected in metres", "sitefit import"});
}

TEST(ResultLayerWriter, ReplacesResultLayersAndKeepsTheRest) {
    TempDir dir;
    const auto path = dir / "w.gpkg";
    writeDataset(path, minimalWorkspaceLayers());
    const gis::Workspace w = gis::WorkspaceReader::read(path.string());
    core::Table table;
    table.columns = {{"parcel_id", core::ColumnType::Text}, {"area_mu", core::ColumnType::Real}};
    table.rows = {{std::string("P1"), 15.0}};
    gis::ResultLayerWriter::write(path, w.crs_wkt,
                                  {{"parcel_capacity", table, w.parcel_geometries}});
    table.rows = {{std::string("P1"), 16.0}};
    gis::ResultLayerWriter::write(path, w.crs_wkt,
                                  {{"parcel_capacity", table, w.parcel_geometries}});

    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(dataset);
    OGRLayer* layer = dataset->GetLayerByName("parcel_capacity");
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(layer->GetFeatureCount(), 1);
    auto feature = std::unique_ptr<OGRFeature>(layer->GetNextFeature());
    EXPECT_STREQ(feature->GetFieldAsString("parcel_id"), "P1");
    EXPECT_DOUBLE_EQ(feature->GetFieldAsDouble("area_mu"), 16.0);
    EXPECT_NE(feature->GetGeometryRef(), nullptr);
    EXPECT_NE(dataset->GetLayerByName("zones"), nullptr);
    EXPECT_NE(dataset->GetLayerByName("chain_links"), nullptr);
    dataset.reset();
    // The workspace is still a valid workspace.
    EXPECT_EQ(gis::WorkspaceReader::read(path.string()).district.parcels.size(), 1U);
}
