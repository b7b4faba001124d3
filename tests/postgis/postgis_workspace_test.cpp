// A PostGIS workspace does what a GeoPackage does: migrations, copies both ways without
// loss, import, every reading command, result layers in one transaction, in-place editing,
// and the capacity joins inside the database with the local figures.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "postgis_test_support.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/gis/capacity_analysis.hpp"

using namespace sitefit;
using namespace sitefit::test;

namespace {

std::string copyOfSample(const ScratchDirectory& dir, const std::string& name = "haizhou.gpkg") {
    const auto path = dir / name;
    std::filesystem::copy_file(SITEFIT_SAMPLE, path,
                               std::filesystem::copy_options::overwrite_existing);
    return path.string();
}

// The sample in a fresh database: the administrator copies it in.
void loadSample(const TestDatabase& db, const ScratchDirectory& dir) {
    const ProcessResult copied =
        runSitefit({"copy", copyOfSample(dir, "load.gpkg"), db.workspace(), "-q"});
    ASSERT_EQ(copied.exit_code, 0) << copied.err;
}

// Every layer of a GeoPackage: layer → FID → "field=value|..." with reals to the last bit,
// plus the geometry as WKB hex and the layer's field list and geometry type.
struct DatasetDump {
    std::map<std::string, std::string> layerHeaders;
    std::map<std::string, std::map<GIntBig, std::string>> features;
};

void eraseAll(std::string& text, const std::string& part) {
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part)) {
        text.erase(at, part.size());
    }
}

// A dump as it reads without what the schema gained after the sample was made: the
// industry code columns (migration 0004), which a copy through PostGIS adds empty, and the
// NOT NULL of category_code, which an industry code made optional.
DatasetDump withoutIndustryCodes(DatasetDump dump) {
    for (auto& [layer, header] : dump.layerHeaders) {
        eraseAll(header, " industry_codes:String");
        eraseAll(header, " industry_code:String");
        const std::string required = "category_code:String not null";
        if (layer != "categories" && header.find(required) != std::string::npos) {
            header.replace(header.find(required), required.size(), "category_code:String");
        }
    }
    for (auto& [layer, features] : dump.features) {
        for (auto& [fid, row] : features) {
            eraseAll(row, "industry_codes=<null>|");
            eraseAll(row, "industry_code=<null>|");
        }
    }
    return dump;
}

std::string exact(double value) {
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

DatasetDump dump(const std::string& path) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    DatasetDump out;
    if (!dataset) {
        ADD_FAILURE() << "cannot open " << path;
        return out;
    }
    for (OGRLayer* layer : dataset->GetLayers()) {
        const OGRFeatureDefn& definition = *layer->GetLayerDefn();
        std::string header = OGRGeometryTypeToName(definition.GetGeomType());
        for (int i = 0; i < definition.GetFieldCount(); ++i) {
            const OGRFieldDefn& field = *definition.GetFieldDefn(i);
            header += std::string(" ") + field.GetNameRef() + ":" +
                      OGRFieldDefn::GetFieldTypeName(field.GetType()) +
                      (field.IsNullable() != 0 ? "" : " not null");
        }
        if (const OGRSpatialReference* crs = layer->GetSpatialRef()) {
            header +=
                std::string(" crs:") +
                (crs->GetAuthorityCode(nullptr) != nullptr ? crs->GetAuthorityCode(nullptr) : "?");
        }
        out.layerHeaders[layer->GetName()] = header;
        auto& features = out.features[layer->GetName()];
        for (const auto& feature : *layer) {
            std::string row;
            for (int i = 0; i < definition.GetFieldCount(); ++i) {
                row += definition.GetFieldDefn(i)->GetNameRef();
                row += "=";
                if (!feature->IsFieldSetAndNotNull(i)) {
                    row += "<null>";
                } else if (definition.GetFieldDefn(i)->GetType() == OFTReal) {
                    row += exact(feature->GetFieldAsDouble(i));
                } else {
                    row += feature->GetFieldAsString(i);
                }
                row += "|";
            }
            if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
                std::vector<unsigned char> wkb(static_cast<std::size_t>(geometry->WkbSize()));
                geometry->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
                static constexpr char kHex[] = "0123456789abcdef";
                for (const unsigned char byte : wkb) {
                    row += kHex[byte >> 4];
                    row += kHex[byte & 15];
                }
            }
            features[feature->GetFID()] = row;
        }
    }
    return out;
}

std::string withoutTimes(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, end - start);
        if (line.find("\"seconds\"") == std::string::npos) {
            out += line + "\n";
        }
        start = end + 1;
    }
    return out;
}

double relativeDifference(double a, double b) {
    const double scale = std::max({std::fabs(a), std::fabs(b), 1e-300});
    return std::fabs(a - b) / scale;
}

}  // namespace

TEST(PostgisMigrate, CreatesTheSchemaOnceAndRecordsEachVersion) {
    TestDatabase db;
    ProcessResult result = runSitefit({"migrate", db.workspace()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("from version 0 to 6 (0001_schema, 0002_roles, 0003_plan_links, "
                              "0004_industry_codes, 0005_value_rules, 0006_confidential_figures)"),
              std::string::npos)
        << result.out;
    const auto versions = db.sql("SELECT version, name FROM schema_migrations ORDER BY version");
    ASSERT_EQ(versions.size(), 6U);
    EXPECT_EQ(*versions[0][1], "0001_schema");
    EXPECT_EQ(*versions[1][1], "0002_roles");
    EXPECT_EQ(*versions[2][1], "0003_plan_links");
    EXPECT_EQ(*versions[3][1], "0004_industry_codes");
    EXPECT_EQ(*versions[4][1], "0005_value_rules");
    EXPECT_EQ(*versions[5][1], "0006_confidential_figures");
    // Again: nothing to do.
    result = runSitefit({"migrate", db.workspace()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("at version 6, the current one: nothing to do"), std::string::npos);
    // Every table has its GiST index and RLS where the roles need it.
    EXPECT_EQ(db.sql("SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING gist%'")[0][0],
              "4");
    EXPECT_EQ(db.sql("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class "
                     "WHERE relrowsecurity")[0][0],
              "buildings,edit_log,parcels");
    // A workspace from a newer sitefit is not touched.
    db.sql("INSERT INTO schema_migrations (version, name) VALUES (99, '0099_future')");
    result = runSitefit({"capacity", db.workspace(), "--write"});
    EXPECT_EQ(result.exit_code, 3);
    result = runSitefit({"migrate", db.workspace()});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("newer than this sitefit knows"), std::string::npos) << result.err;
}

TEST(PostgisMigrate, AFailedScriptLeavesTheSchemaAtItsVersion) {
    TestDatabase db;
    // A table in the way of 0001: the script fails, nothing of it stays.
    db.sql("CREATE TABLE edit_log (x integer)");
    const ProcessResult result = runSitefit({"migrate", db.workspace()});
    EXPECT_EQ(result.exit_code, 4);
    EXPECT_NE(result.err.find("migration 0001_schema failed, the schema stays at version 0"),
              std::string::npos)
        << result.err;
    EXPECT_EQ(db.sql("SELECT to_regclass('zones') IS NULL")[0][0], "t");
    EXPECT_EQ(db.sql("SELECT count(*) FROM schema_migrations")[0][0], "0");
}

TEST(PostgisCopy, GeoPackageToPostgisAndBackLosesNothing) {
    TestDatabase db;
    ScratchDirectory dir;
    // The sample with what sitefit adds to a workspace: an edit (version columns, edit log)
    // and stored results.
    const std::string original = copyOfSample(dir, "original.gpkg");
    ASSERT_EQ(runSitefit({"edit", original, "--building", "B000001", "--set", "vacant_m2=3000",
                          "--set", "rent=25.5", "--as", "li.wei"})
                  .exit_code,
              0);
    ASSERT_EQ(runSitefit({"edit", original, "--project", "P001", "--set", "jobs=321"}).exit_code,
              0);
    ASSERT_EQ(runSitefit({"capacity", original, "--write", "-q"}).exit_code, 0);

    ProcessResult result = runSitefit({"copy", original, db.workspace()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("CRS EPSG:4549"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("buildings        6326"), std::string::npos) << result.out;
    EXPECT_EQ(db.sql("SELECT count(*) FROM buildings")[0][0], "6326");
    EXPECT_EQ(db.sql("SELECT version FROM buildings WHERE building_id = 'B000001'")[0][0], "1");
    EXPECT_EQ(db.sql("SELECT count(*) FROM edit_log")[0][0], "3");
    EXPECT_EQ(db.sql("SELECT string_agg(name, ',' ORDER BY name) FROM result_layers")[0][0],
              "parcel_capacity,zone_capacity");

    const std::string back = (dir / "back.gpkg").string();
    result = runSitefit({"copy", db.workspace(), back});
    ASSERT_EQ(result.exit_code, 0) << result.err;

    const DatasetDump before = withoutIndustryCodes(dump(original));
    const DatasetDump after = withoutIndustryCodes(dump(back));
    ASSERT_EQ(before.layerHeaders.size(), 11U);  // 8 schema layers, edit_log, 2 results
    EXPECT_EQ(after.layerHeaders, before.layerHeaders);
    std::size_t compared = 0;
    for (const auto& [layer, features] : before.features) {
        const auto& copied = after.features.at(layer);
        ASSERT_EQ(copied.size(), features.size()) << layer;
        for (const auto& [fid, row] : features) {
            const auto other = copied.find(fid);
            ASSERT_NE(other, copied.end()) << layer << " #" << fid;
            EXPECT_EQ(other->second, row) << layer << " #" << fid;
            ++compared;
        }
    }
    EXPECT_GT(compared, 7000U);
    // And the copy back is a workspace every command reads.
    EXPECT_EQ(runSitefit({"capacity", back, "-q", "--json"}).exit_code, 0);
}

TEST(PostgisCopy, ThePristineSampleComesBackWithOnlyTheEditingColumnsAdded) {
    TestDatabase db;
    ScratchDirectory dir;
    const std::string original = copyOfSample(dir, "original.gpkg");
    ASSERT_EQ(runSitefit({"copy", original, db.workspace(), "-q"}).exit_code, 0);
    const std::string back = (dir / "back.gpkg").string();
    ASSERT_EQ(runSitefit({"copy", db.workspace(), back, "-q"}).exit_code, 0);
    // Every layer, field and value of the sample, exactly; a PostGIS workspace adds a
    // version (0) to each editable row and an empty edit log, which come back too.
    GDALAllRegister();
    GDALDatasetUniquePtr a(GDALDataset::Open(original.c_str(), GDAL_OF_VECTOR));
    GDALDatasetUniquePtr b(GDALDataset::Open(back.c_str(), GDAL_OF_VECTOR));
    ASSERT_EQ(b->GetLayerCount(), a->GetLayerCount() + 1);
    EXPECT_EQ(b->GetLayerByName("edit_log")->GetFeatureCount(), 0);
    std::size_t values = 0;
    for (OGRLayer* layer : a->GetLayers()) {
        OGRLayer* copied = b->GetLayerByName(layer->GetName());
        ASSERT_NE(copied, nullptr) << layer->GetName();
        ASSERT_EQ(copied->GetFeatureCount(), layer->GetFeatureCount());
        EXPECT_EQ(copied->GetGeomType(), layer->GetGeomType()) << layer->GetName();
        const OGRFeatureDefn& fields = *layer->GetLayerDefn();
        for (const auto& feature : *layer) {
            const OGRFeatureUniquePtr other(copied->GetFeature(feature->GetFID()));
            ASSERT_TRUE(other) << layer->GetName() << " #" << feature->GetFID();
            for (int i = 0; i < fields.GetFieldCount(); ++i) {
                const int j = other->GetFieldIndex(fields.GetFieldDefn(i)->GetNameRef());
                ASSERT_GE(j, 0);
                EXPECT_EQ(other->GetFieldDefnRef(j)->GetType(), fields.GetFieldDefn(i)->GetType());
                EXPECT_EQ(std::string(other->GetFieldAsString(j)), feature->GetFieldAsString(i));
                if (fields.GetFieldDefn(i)->GetType() == OFTReal) {
                    EXPECT_EQ(other->GetFieldAsDouble(j), feature->GetFieldAsDouble(i));
                }
                ++values;
            }
            if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
                ASSERT_NE(other->GetGeometryRef(), nullptr);
                EXPECT_TRUE(other->GetGeometryRef()->Equals(geometry));
                EXPECT_EQ(other->GetGeometryRef()->WkbSize(), geometry->WkbSize());
            }
            const int version = other->GetFieldIndex("version");
            if (version >= 0) {
                EXPECT_EQ(other->GetFieldAsInteger64(version), 0);
            }
        }
        // The industry code fields, which the sample predates, come back empty.
        int newer = 0;
        for (const char* field : {"industry_code", "industry_codes"}) {
            const int j = copied->GetLayerDefn()->GetFieldIndex(field);
            if (j >= 0 && fields.GetFieldIndex(field) < 0) {
                ++newer;
                copied->ResetReading();
                for (const auto& feature : *copied) {
                    EXPECT_TRUE(feature->IsFieldNull(j)) << layer->GetName() << "." << field;
                }
            }
        }
        const int extra = copied->GetLayerDefn()->GetFieldCount() - fields.GetFieldCount();
        EXPECT_EQ(extra, (copied->GetLayerDefn()->GetFieldIndex("version") >= 0 ? 1 : 0) + newer)
            << layer->GetName();
    }
    std::cout << "[ round trip ] " << values << " attribute values compared\n";
}

TEST(PostgisCommands, AWorkspaceOfZonesParcelsAndBuildingsAloneWorks) {
    TestDatabase db;
    ScratchDirectory dir;
    const std::string gpkg = copyOfSample(dir, "three-layers.gpkg");
    {
        GDALAllRegister();
        const GDALDatasetUniquePtr dataset(
            GDALDataset::Open(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_NE(dataset, nullptr);
        for (int i = dataset->GetLayerCount() - 1; i >= 0; --i) {
            const std::string name = dataset->GetLayer(i)->GetName();
            if (name != "zones" && name != "parcels" && name != "buildings") {
                ASSERT_EQ(dataset->DeleteLayer(i), OGRERR_NONE) << name;
            }
        }
    }
    ProcessResult result = runSitefit({"copy", gpkg, db.workspace(), "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // The database has every table; enterprises is empty, so its geometry has no SRID.
    EXPECT_EQ(db.sql("SELECT count(*) FROM enterprises")[0][0], "0");
    result = runSitefit({"match", db.workspace(), "--as-of", "2025-03-01", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out,
              "no projects in the workspace\n"
              "catalogue: built-in GB/T 4754-2017 manufacturing divisions (the workspace has "
              "none)\n");
    result = runSitefit({"capacity", db.workspace(), "-q"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST(PostgisCopy, RefusesToReplaceWithoutBeingAsked) {
    TestDatabase db;
    ScratchDirectory dir;
    loadSample(db, dir);
    const std::string gpkg = copyOfSample(dir);
    ProcessResult result = runSitefit({"copy", gpkg, db.workspace()});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("already holds a workspace"), std::string::npos) << result.err;
    result = runSitefit({"copy", gpkg, db.workspace(), "--replace"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("replaced the workspace it held"), std::string::npos);
    EXPECT_EQ(db.sql("SELECT count(*) FROM zones")[0][0], "8");
    result = runSitefit({"copy", db.workspace(), gpkg});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("the file exists; add --replace"), std::string::npos) << result.err;
}

TEST(PostgisImport, ImportsSourcesStraightIntoTheDatabase) {
    TestDatabase db;
    const std::string base = std::string(SITEFIT_TEST_DATA) + "/bad/base/";
    const ProcessResult result = runSitefit({"import",
                                             "--to",
                                             db.workspace(),
                                             "--zones",
                                             base + "zones.geojson",
                                             "--parcels",
                                             base + "parcels.geojson",
                                             "--buildings",
                                             base + "buildings.geojson",
                                             "--enterprises",
                                             base + "enterprises.geojson",
                                             "--projects",
                                             base + "projects.csv",
                                             "--chains",
                                             base + "chains.csv",
                                             "--categories",
                                             base + "categories.csv",
                                             "--chain-links",
                                             base + "chain_links.csv",
                                             "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Imported into " + db.workspace()), std::string::npos) << result.out;
    EXPECT_EQ(db.sql("SELECT count(*) FROM parcels")[0][0], "2");
    EXPECT_EQ(db.sql("SELECT DISTINCT ST_SRID(geom) FROM buildings")[0][0], "4549");
    EXPECT_EQ(runSitefit({"capacity", db.workspace(), "-q"}).exit_code, 0);
}

TEST(PostgisCommands, EveryReadingCommandReadsAPostgisWorkspaceAsItsGeoPackage) {
    TestDatabase db;
    ScratchDirectory dir;
    loadSample(db, dir);
    const std::string gpkg = copyOfSample(dir);
    const std::vector<std::vector<std::string>> commands{
        {"capacity", "--json"},
        {"chains"},
        {"match", "--project", "P001"},
        {"allocate", "--json"},
    };
    for (const auto& command : commands) {
        std::vector<std::string> onGpkg{command[0], gpkg};
        std::vector<std::string> onPg{command[0], db.workspace()};
        onGpkg.insert(onGpkg.end(), command.begin() + 1, command.end());
        onPg.insert(onPg.end(), command.begin() + 1, command.end());
        const ProcessResult local = runSitefit(onGpkg);
        const ProcessResult shared = runSitefit(onPg);
        ASSERT_EQ(shared.exit_code, 0) << command[0] << ": " << shared.err;
        EXPECT_EQ(local.exit_code, 0) << local.err;
        // The same figures; only the workspace's name (and the solver's time) differ.
        std::string expected = withoutTimes(local.out);
        for (auto at = expected.find(gpkg); at != std::string::npos; at = expected.find(gpkg)) {
            expected.replace(at, gpkg.size(), db.workspace());
        }
        EXPECT_EQ(withoutTimes(shared.out), expected) << command[0];
    }
    const ProcessResult map =
        runSitefit({"render", db.workspace(), "--out", (dir / "map.png").string()});
    EXPECT_EQ(map.exit_code, 0) << map.err;
}

TEST(PostgisCommands, ResultLayersAreStoredInOneTransaction) {
    TestDatabase db;
    ScratchDirectory dir;
    loadSample(db, dir);
    ProcessResult result = runSitefit({"capacity", db.workspace(), "--write", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(db.sql("SELECT count(*) FROM parcel_capacity")[0][0], "552");
    EXPECT_EQ(db.sql("SELECT count(*) FROM zone_capacity")[0][0], "8");
    EXPECT_EQ(db.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'zone_capacity'")[0][0],
              "sitefit_planner");
    EXPECT_EQ(db.sql("SELECT GeometryType(geom) || ' ' || ST_SRID(geom) FROM zone_capacity "
                     "LIMIT 1")[0][0],
              "POLYGON 4549");
    result = runSitefit({"match", db.workspace(), "--write", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    result = runSitefit({"allocate", db.workspace(), "--write", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(db.sql("SELECT count(*) FROM result_layers")[0][0], "6");
    // Stored again: replaced, not added to.
    ASSERT_EQ(runSitefit({"capacity", db.workspace(), "--write", "-q"}).exit_code, 0);
    EXPECT_EQ(db.sql("SELECT count(*) FROM parcel_capacity")[0][0], "552");
}

// `sitefit check` and --skip-invalid on a shared workspace: flaws written into the database
// by hand (as psql or QGIS could before the value rules, which now refuse them) are all
// listed, and set aside on request.
TEST(PostgisCheck, EveryFlawWrittenIntoTheDatabaseIsListedAndSetAsideOnRequest) {
    TestDatabase db;
    ScratchDirectory dir;
    loadSample(db, dir);
    dropValueRules(db);
    (void)db.sql("UPDATE buildings SET vacant_m2 = 10715 * 1.5 WHERE building_id = 'B000040'");
    // (A duplicated id cannot be written here: the table's unique key on building_id refuses
    // it.)
    (void)db.sql("UPDATE buildings SET floors = 0 WHERE building_id = 'B000100'");
    (void)db.sql("UPDATE parcels SET far_min = 4 WHERE parcel_id = 'GX-0013'");
    // GX-0010 as a bow tie: two vertices of its quadrilateral swapped.
    (void)db.sql(
        "UPDATE parcels SET geom = ST_GeomFromText('POLYGON ((419985.8921 3830181.90813, "
        "420121.182826 3830273.266872, 420110.207337 3830168.842073, 419996.867589 "
        "3830286.33293, 419985.8921 3830181.90813))', 4549) WHERE parcel_id = 'GX-0010'");

    const ProcessResult check = runSitefit({"check", db.workspace(), "-q"});
    EXPECT_EQ(check.exit_code, 3) << check.err;
    for (const char* line :
         {"4 errors, 33 warnings",
          "error: buildings B000040 vacant_m2: vacant space 16072.5 m² exceeds the floor area "
          "10715 m², more than the 1 % tolerance",
          "error: parcels GX-0010 geometry: invalid polygon (Self-intersection at (420053.5, "
          "3830227.6))",
          "error: buildings B000100 floors: must be between 1 and 200 (found 0)",
          "error: parcels GX-0013 far_min: far_min 4 is above far_max 3"}) {
        EXPECT_NE(check.out.find(line), std::string::npos) << line << "\nnot in:\n" << check.out;
    }

    const ProcessResult refused = runSitefit({"capacity", db.workspace()});
    EXPECT_EQ(refused.exit_code, 3);
    EXPECT_NE(refused.err.find("the workspace has 4 errors"), std::string::npos) << refused.err;
    const ProcessResult skipped = runSitefit({"capacity", db.workspace(), "--skip-invalid"});
    EXPECT_EQ(skipped.exit_code, 0) << skipped.err;
    EXPECT_NE(skipped.out.find("Set aside 4 flawed features"), std::string::npos) << skipped.out;
}

TEST(PostgisCapacity, InDatabaseJoinsGiveTheLocalFigures) {
    TestDatabase db;
    ScratchDirectory dir;
    loadSample(db, dir);
    const std::string gpkg = copyOfSample(dir);
    const gis::CapacityAnalysis local = gis::analyseCapacity(gpkg, core::silentProgress());
    const gis::CapacityAnalysis shared =
        gis::analyseCapacity(db.workspace(), core::silentProgress(), true, {});
    double worst = 0.0;
    std::size_t figures = 0;
    const auto same = [&](double a, double b, const std::string& what) {
        const double difference = relativeDifference(a, b);
        worst = std::max(worst, difference);
        ++figures;
        EXPECT_LE(difference, 1e-6) << what << ": " << a << " vs " << b;
    };
    ASSERT_EQ(shared.report.parcels.size(), local.report.parcels.size());
    for (std::size_t p = 0; p < local.report.parcels.size(); ++p) {
        const auto& a = local.report.parcels[p];
        const auto& b = shared.report.parcels[p];
        const std::string id = local.workspace.district.parcels[p].parcel_id;
        EXPECT_EQ(a.zone, b.zone) << id;
        same(a.area_m2, b.area_m2, id + " area");
        same(a.footprint_m2, b.footprint_m2, id + " footprint");
        same(a.coverage, b.coverage, id + " coverage");
        same(a.floor_area_m2, b.floor_area_m2, id + " floor area");
        same(a.far, b.far, id + " far");
        EXPECT_EQ(a.buildable_floor_m2.has_value(), b.buildable_floor_m2.has_value());
        if (a.buildable_floor_m2 && b.buildable_floor_m2) {
            same(*a.buildable_floor_m2, *b.buildable_floor_m2, id + " buildable");
        }
    }
    auto zones = local.report.zones;
    zones.push_back(local.report.district);
    auto sharedZones = shared.report.zones;
    sharedZones.push_back(shared.report.district);
    ASSERT_EQ(sharedZones.size(), zones.size());
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const auto& a = zones[z];
        const auto& b = sharedZones[z];
        EXPECT_EQ(a.parcel_count, b.parcel_count);
        EXPECT_EQ(a.building_count, b.building_count);
        EXPECT_EQ(a.enterprises, b.enterprises);
        EXPECT_EQ(a.places_left, b.places_left);
        for (std::size_t s = 0; s < a.by_status.size(); ++s) {
            EXPECT_EQ(a.by_status[s].count, b.by_status[s].count);
            same(a.by_status[s].area_m2, b.by_status[s].area_m2, "status area");
        }
        same(a.available_land_m2, b.available_land_m2, "available land");
        same(a.floor_area_m2, b.floor_area_m2, "zone floor area");
        same(a.vacant_m2, b.vacant_m2, "vacant");
        same(a.occupancy, b.occupancy, "occupancy");
    }
    EXPECT_EQ(shared.report.parcels_outside_zones, local.report.parcels_outside_zones);
    EXPECT_EQ(shared.report.buildings_outside_zones, local.report.buildings_outside_zones);
    EXPECT_EQ(shared.statistics.overlays, local.statistics.overlays);
    std::cout << "[ in-database ] " << figures << " figures compared, largest relative difference "
              << worst << "\n";
}

TEST(PostgisEdit, SavesInOneTransactionWithTheDatabasesLogAndVersions) {
    TestDatabase db;
    ScratchDirectory dir;
    loadSample(db, dir);
    ProcessResult result = runSitefit({"edit", db.workspace(), "--building", "B000001", "--set",
                                       "vacant_m2=3000", "--set", "available_from=2025-09-01"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("(version 0 → 1)"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("as postgres"), std::string::npos) << result.out;
    const auto log = db.sql(
        "SELECT editor, layer, object_id, field, old_value, new_value, version FROM edit_log "
        "ORDER BY field");
    ASSERT_EQ(log.size(), 2U);
    EXPECT_EQ(*log[0][3], "available_from");
    EXPECT_FALSE(log[0][4].has_value());
    EXPECT_EQ(*log[0][5], "2025-09-01");
    EXPECT_EQ(*log[1][3], "vacant_m2");
    EXPECT_EQ(*log[1][4], "0");
    EXPECT_EQ(*log[1][5], "3000");
    EXPECT_EQ(*log[1][6], "1");
    // The reader's rules hold: more vacancy than floor area is refused, nothing saved.
    result = runSitefit({"edit", db.workspace(), "--building", "B000001", "--set", "vacant_m2=4000",
                         "--set", "rent=20"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("vacant space 4000 m² exceeds the floor area 3264 m²"),
              std::string::npos)
        << result.err;
    EXPECT_EQ(db.sql("SELECT rent IS NULL FROM buildings WHERE building_id = 'B000001'")[0][0],
              "t");
    // A batch is one transaction: one bad row, nothing saved.
    const auto csv = dir / "batch.csv";
    std::ofstream(csv) << "layer,id,field,value\nbuilding,B000002,rent,20\n"
                          "building,B000003,floors,0\n";
    result = runSitefit({"edit", db.workspace(), "--batch", csv.string()});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(db.sql("SELECT rent IS NULL FROM buildings WHERE building_id = 'B000002'")[0][0],
              "t");
    // Another tool's change goes through the same log and version.
    db.sql("UPDATE buildings SET rent = 19 WHERE building_id = 'B000001'");
    EXPECT_EQ(db.sql("SELECT version FROM buildings WHERE building_id = 'B000001'")[0][0], "2");
    EXPECT_EQ(db.sql("SELECT count(*) FROM edit_log WHERE field = 'rent'")[0][0], "1");
    // --as names someone else than the database user: refused.
    result = runSitefit(
        {"edit", db.workspace(), "--building", "B000001", "--set", "rent=18", "--as", "wang"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("records the database user"), std::string::npos) << result.err;
}
