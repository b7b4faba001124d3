// `sitefit import` in the data's own language: the built-in value tables (GB 50137-2011, the
// 2023 land and sea use classification, supply status, building and zone kinds), the mapping
// file's constants, value tables and units, and every problem of an import reported at once.
// Sources are written through GDAL into temp dirs; workspaces are read back.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "error_message_of.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/units.hpp"
#include "sitefit/gis/import_mapping.hpp"
#include "sitefit/gis/importer.hpp"
#include "sitefit/gis/value_translation.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "test_dataset.hpp"

namespace sitefit::gis {
namespace {

namespace fs = std::filesystem;
using test::errorFrom;
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

ImportOptions optionsForAll(const fs::path& output, const fs::path& source) {
    ImportOptions options;
    options.output = output;
    for (const char* layer : {"zones", "parcels", "buildings", "enterprises", "projects", "chains",
                              "categories", "chain_links"}) {
        options.sources[layer] = source.string();
    }
    return options;
}

const ImportedLayer& layerReport(const ImportReport& report, const std::string& target) {
    for (const ImportedLayer& layer : report.layers) {
        if (layer.target == target) {
            return layer;
        }
    }
    throw std::runtime_error("no report for " + target);
}

const TranslatedField* translatedField(const ImportedLayer& layer, const std::string& field) {
    for (const TranslatedField& translated : layer.translated) {
        if (translated.field == field) {
            return &translated;
        }
    }
    return nullptr;
}

std::string translated(const char* target, const char* field, const char* value) {
    const auto result = translateBuiltIn(target, field, value);
    return result ? result->value : "(none)";
}

std::string tableOf(const char* target, const char* field, const char* value) {
    const auto result = translateBuiltIn(target, field, value);
    return result ? result->table : "(none)";
}

TestFeature parcel(double x, const std::string& id, const std::string& landUse,
                   const std::string& status) {
    return {rectangle(x, 100, x + 50, 150),
            {{"parcel_id", id}, {"land_use", landUse}, {"status", status}}};
}

// ---------------------------------------------------------------------------------------------
// The built-in tables

TEST(ValueTranslationTables, Gb50137CodesAndNames) {
    EXPECT_EQ(translated("parcels", "land_use", "M1"), "M1");
    EXPECT_EQ(tableOf("parcels", "land_use", "M1"), "GB 50137-2011");
    EXPECT_EQ(translated("parcels", "land_use", "一类工业用地"), "M1");
    EXPECT_EQ(translated("parcels", "land_use", "二类工业用地"), "M2");
    EXPECT_EQ(translated("parcels", "land_use", "三类工业用地"), "M3");
    EXPECT_EQ(translated("parcels", "land_use", "工业用地"), "M");
    EXPECT_EQ(translated("parcels", "land_use", "一类物流仓储用地"), "W1");
    EXPECT_EQ(translated("parcels", "land_use", "物流仓储用地"), "W");
    EXPECT_EQ(translated("parcels", "land_use", "二类居住用地"), "R2");
    EXPECT_EQ(translated("parcels", "land_use", "教育科研用地"), "A3");
    EXPECT_EQ(translated("parcels", "land_use", "公园绿地"), "G1");
    // Trimmed, Latin letters in either case, full-width letters and digits as typed by
    // Chinese input methods.
    EXPECT_EQ(translated("parcels", "land_use", " m2 "), "M2");
    EXPECT_EQ(translated("parcels", "land_use", "Ｍ３"), "M3");
    EXPECT_EQ(translated("parcels", "land_use", "\u3000W1"), "W1");
    EXPECT_EQ(translated("parcels", "land_use", "工业"), "(none)");
    EXPECT_EQ(translated("parcels", "land_use", "M4"), "(none)");
}

TEST(ValueTranslationTables, NationalLandAndSeaUseCodes) {
    EXPECT_EQ(translated("parcels", "land_use", "1001"), "M");
    EXPECT_EQ(translated("parcels", "land_use", "100101"), "M1");
    EXPECT_EQ(translated("parcels", "land_use", "100102"), "M2");
    EXPECT_EQ(translated("parcels", "land_use", "100103"), "M3");
    EXPECT_EQ(tableOf("parcels", "land_use", "100103"), "2023 land and sea use classification");
    EXPECT_EQ(translated("parcels", "land_use", "1101"), "W");
    EXPECT_EQ(translated("parcels", "land_use", "110101"), "W1");
    EXPECT_EQ(translated("parcels", "land_use", "110102"), "W2");
    EXPECT_EQ(translated("parcels", "land_use", "110103"), "W3");
    EXPECT_EQ(translated("parcels", "land_use", "07"), "R");
    EXPECT_EQ(translated("parcels", "land_use", "08"), "A");
    EXPECT_EQ(translated("parcels", "land_use", "09"), "B");
    EXPECT_EQ(translated("parcels", "land_use", "12"), "S");
    EXPECT_EQ(translated("parcels", "land_use", "13"), "U");
    EXPECT_EQ(translated("parcels", "land_use", "14"), "G");
    EXPECT_EQ(translated("parcels", "land_use", "1207"), "S1");
    EXPECT_EQ(translated("parcels", "land_use", "商务金融用地"), "B2");
    // A code read from a number column has lost its leading zero: 0701 城镇住宅用地.
    EXPECT_EQ(translated("parcels", "land_use", "701"), "R");
    EXPECT_EQ(translated("parcels", "land_use", "１００１０１"), "M1");
    EXPECT_EQ(translated("parcels", "land_use", "16"), "(none)");  // 留白用地: no GB class
}

TEST(ValueTranslationTables, SupplyStatusWords) {
    for (const char* word : {"待出让", "可供", "可供地", "未出让", "拟出让"}) {
        EXPECT_EQ(translated("parcels", "status", word), "available") << word;
    }
    for (const char* word : {"储备", "预留", "储备用地"}) {
        EXPECT_EQ(translated("parcels", "status", word), "reserved") << word;
    }
    for (const char* word : {"已出让", "已供地", "已供", "已批"}) {
        EXPECT_EQ(translated("parcels", "status", word), "transferred") << word;
    }
    for (const char* word : {"已建", "已建成", "建成"}) {
        EXPECT_EQ(translated("parcels", "status", word), "built") << word;
    }
    EXPECT_EQ(tableOf("parcels", "status", "待出让"), "common usage");
    EXPECT_EQ(translated("parcels", "status", "Available"), "available");
    EXPECT_EQ(tableOf("parcels", "status", "available"), "schema");
    EXPECT_EQ(translated("parcels", "status", "招拍挂中"), "(none)");
}

TEST(ValueTranslationTables, BuildingAndZoneKinds) {
    EXPECT_EQ(translated("buildings", "kind", "标准厂房"), "standard_factory");
    EXPECT_EQ(translated("buildings", "kind", "通用厂房"), "standard_factory");
    EXPECT_EQ(translated("buildings", "kind", "研发楼"), "rnd_office");
    EXPECT_EQ(translated("buildings", "kind", "研发用房"), "rnd_office");
    EXPECT_EQ(translated("buildings", "kind", "仓库"), "warehouse");
    EXPECT_EQ(translated("buildings", "kind", "仓储"), "warehouse");
    EXPECT_EQ(translated("buildings", "kind", "孵化器"), "incubator");
    EXPECT_EQ(translated("buildings", "kind", "众创空间"), "incubator");
    EXPECT_EQ(translated("buildings", "kind", "住宅"), "residential");
    EXPECT_EQ(translated("buildings", "kind", "公共服务"), "public_service");
    EXPECT_EQ(translated("buildings", "kind", "厂房"), "(none)");
    EXPECT_EQ(translated("zones", "kind", "高新区"), "high_tech_zone");
    EXPECT_EQ(translated("zones", "kind", "高新技术产业开发区"), "high_tech_zone");
    EXPECT_EQ(translated("zones", "kind", "工业园区"), "industrial_park");
    EXPECT_EQ(translated("zones", "kind", "工业园"), "industrial_park");
    EXPECT_EQ(translated("zones", "kind", "产业园"), "industrial_park");
    EXPECT_EQ(translated("zones", "kind", "工业集中区"), "township_cluster");
    EXPECT_EQ(translated("zones", "kind", "特色产业园"), "specialty_park");
    EXPECT_EQ(translated("zones", "kind", "High-tech zone"), "high_tech_zone");
    EXPECT_TRUE(hasBuiltInTranslation("zones", "kind"));
    EXPECT_FALSE(hasBuiltInTranslation("parcels", "carrier"));
    EXPECT_EQ(translated("parcels", "carrier", "海州城投"), "(none)");
}

TEST(ValueTranslationTables, NearestKnownValuesByEditsThenSharedBeginning) {
    // "10010" is one edit from 1001 (1 of 5), 100101, 100102 and 100103 (1 of 6 each), and
    // the three share five leading digits with it: table order breaks their tie.
    EXPECT_EQ(nearestKnownValues("parcels", "land_use", "10010"),
              (std::vector<std::string>{"100101", "100102", "100103"}));
    // 工业 is two edits from 工业用地 (2 of 4 characters), four from 一类工业用地 and 二类工业用地
    // (4 of 6), and two from R (2 of 2): the share of the longer form decides.
    EXPECT_EQ(nearestKnownValues("parcels", "land_use", "工业"),
              (std::vector<std::string>{"工业用地", "一类工业用地", "二类工业用地"}));
    // 待出 is one edit from 待出让 and two or more from every other word.
    EXPECT_EQ(nearestKnownValues("parcels", "status", "待出", 1),
              std::vector<std::string>{"待出让"});
    EXPECT_TRUE(nearestKnownValues("parcels", "carrier", "x").empty());
}

// ---------------------------------------------------------------------------------------------
// The mapping file's new keys

TEST(ImportMappingValues, ConstantsValueTablesAndUnitsAreReadAndChecked) {
    const ImportMapping mapping = ImportMapping::parse(
        "[zones.constants]\nkind = \"工业园区\"\nmax_pollution_class = 2\n"
        "[parcels.values.status]\n\"招拍挂中\" = \"reserved\"\n"
        "[parcels.values.land_use]\n\"工业\" = \"二类工业用地\"\n"
        "[projects.units]\nland_m2 = \"亩\"\n[parcels.units]\nland_price = \"元/m²\"\n",
        "map.toml");
    const LayerMapping& zones = mapping.forTarget("zones");
    EXPECT_EQ(zones.constants.at("kind").value, "industrial_park");
    EXPECT_EQ(zones.constants.at("kind").line, 2U);
    EXPECT_EQ(zones.constants.at("max_pollution_class").value, "2");
    const LayerMapping& parcels = mapping.forTarget("parcels");
    EXPECT_EQ(parcels.values.at("status").at("招拍挂中").schema_value, "reserved");
    EXPECT_EQ(parcels.values.at("land_use").at("工业").schema_value, "M2");
    // 1 亩 = 10000/15 m²; 1 元/m² = 666.67 元/亩 = 0.066667 万元/亩.
    EXPECT_DOUBLE_EQ(mapping.forTarget("projects").units.at("land_m2").factor, 10000.0 / 15.0);
    EXPECT_DOUBLE_EQ(parcels.units.at("land_price").factor, 1.0 / 15.0);
    EXPECT_EQ(parcels.units.at("land_price").schema_unit, "万元/亩");
    const ImportMapping more = ImportMapping::parse(
        "[buildings.units]\nrent = \"元/m²/年\"\n[projects.units]\ninvestment = \"亿元\"\n"
        "annual_tax = \"元\"\n[zones.units]\nmin_investment_intensity = \"万元/公顷\"\n",
        "more.toml");
    EXPECT_DOUBLE_EQ(more.forTarget("buildings").units.at("rent").factor, 1.0 / 12.0);
    EXPECT_DOUBLE_EQ(more.forTarget("projects").units.at("investment").factor, 10000.0);
    EXPECT_DOUBLE_EQ(more.forTarget("projects").units.at("annual_tax").factor, 1.0e-4);
    // 1 公顷 = 15 亩, so 万元/公顷 ÷ 15 = 万元/亩.
    EXPECT_DOUBLE_EQ(more.forTarget("zones").units.at("min_investment_intensity").factor,
                     1.0 / 15.0);

    struct Case {
        std::string text;
        std::string expected;
    };
    const std::vector<Case> cases{
        {"[zones.constants]\nkind = \"公园\"\n",
         "line 2, key 'zones.constants.kind': '公园' is not a value of zones.kind"},
        {"[zones.constants]\nzone_id = \"Z\"\n",
         "line 2, key 'zones.constants.zone_id': 'zone_id' is the layer's id"},
        {"[zones.constants]\nknd = \"x\"\n",
         "line 2, key 'zones.constants.knd': 'knd' is not a field of layer 'zones'"},
        {"[parcels.constants]\nfar_max = \"high\"\n",
         "line 2, key 'parcels.constants.far_max': expected a number"},
        {"[parcels.values.status]\n\"招拍挂中\" = \"sold\"\n",
         "line 2, key 'parcels.values.status.\"招拍挂中\"': 'sold' is not a value of "
         "parcels.status"},
        {"[parcels.values.far_max]\n\"高\" = \"3\"\n",
         "line 1, key 'parcels.values.far_max': a value table translates words and codes"},
        {"[projects.units]\nland_m2 = \"元/m²\"\n",
         "line 2, key 'projects.units.land_m2': '元/m²' is not a unit land_m2 can be given in; "
         "it takes m², m2, ㎡, 平方米, 亩, 公顷, ha"},
        {"[parcels.units]\nfar_max = \"亩\"\n",
         "line 2, key 'parcels.units.far_max': 'far_max' takes no unit"},
        {"[parcels.unit]\nland_price = \"元/m²\"\n", "line 1, key 'parcels.unit': unknown key"},
    };
    for (const Case& item : cases) {
        const Error error = errorFrom([&] { (void)ImportMapping::parse(item.text, "map.toml"); });
        EXPECT_EQ(error.kind(), Error::Kind::Input);
        EXPECT_NE(std::string(error.what()).find("map.toml: " + item.expected), std::string::npos)
            << error.what();
    }
}

TEST(ImportMappingValues, ConstantsValueTablesAndUnitsReachTheWorkspace) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    layerNamed(layers, "projects").features[0].values["land_m2"] = "12";    // 亩
    layerNamed(layers, "projects").features[0].values["floor_m2"] = "0.5";  // 公顷
    TestFeature& p1 = layerNamed(layers, "parcels").features[0];
    p1.values["land_price"] = "1500";  // 元/m²
    p1.values["status"] = "招拍挂中";
    layerNamed(layers, "zones").features[0].values["kind"] = "high_tech_zone";
    writeDataset(dir / "district.gpkg", layers);
    writeText(dir / "map.toml",
              "[zones.constants]\nkind = \"工业园区\"\n"
              "[parcels.values.status]\n\"招拍挂中\" = \"reserved\"\n"
              "[projects.units]\nland_m2 = \"亩\"\nfloor_m2 = \"公顷\"\n"
              "[parcels.units]\nland_price = \"元/m²\"\n");
    ImportOptions options = optionsForAll(dir / "out.gpkg", dir / "district.gpkg");
    options.mapping_file = dir / "map.toml";
    const ImportReport report = Importer::run(options);

    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    const core::District& d = workspace.district;
    // 12 亩 × 10000/15 m² = 8000 m².
    ASSERT_EQ(d.projects.size(), 1U);
    EXPECT_NEAR(*d.projects[0].land_m2, 8000.0, 1e-9);
    EXPECT_NEAR(*d.projects[0].floor_m2, 5000.0, 1e-9);  // 0.5 公顷 × 10000 m²
    // 1500 元/m² × 666.67 m²/亩 = 1,000,000 元/亩 = 100 万元/亩.
    ASSERT_EQ(d.parcels.size(), 1U);
    EXPECT_NEAR(*d.parcels[0].land_price_wan_per_mu, 100.0, 1e-9);
    EXPECT_EQ(d.parcels[0].status, core::ParcelStatus::Reserved);
    // The constant wins over the source's own kind column, and says so.
    EXPECT_EQ(d.zones[0].kind, core::ZoneKind::IndustrialPark);
    bool noted = false;
    for (const std::string& note : report.notes) {
        noted = noted || note ==
                             "zones.kind: 'industrial_park' for every feature (mapping file "
                             "line 2); the source field 'kind' is not read";
    }
    EXPECT_TRUE(noted);
    EXPECT_EQ(layerReport(report, "zones").unused_fields, std::vector<std::string>{"kind"});
    const TranslatedField* status = translatedField(layerReport(report, "parcels"), "status");
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->count, 1U);
    EXPECT_EQ(status->values.at(0).source, "招拍挂中");
    EXPECT_EQ(status->values.at(0).table, "mapping file");
}

TEST(ImportMappingValues, AConstantSuppliesAMissingRequiredField) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    TestLayer& zones = layerNamed(layers, "zones");
    std::erase_if(zones.fields, [](const TestField& f) { return f.name == "kind"; });
    zones.features[0].values.erase("kind");
    writeDataset(dir / "district.gpkg", layers);
    writeText(dir / "map.toml", "[zones.constants]\nkind = \"特色产业园\"\n");
    ImportOptions options = optionsForAll(dir / "out.gpkg", dir / "district.gpkg");
    options.mapping_file = dir / "map.toml";
    (void)Importer::run(options);
    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    EXPECT_EQ(workspace.district.zones.at(0).kind, core::ZoneKind::SpecialtyPark);
}

// ---------------------------------------------------------------------------------------------
// Every problem at once

TEST(ImportProblems, AllMissingFieldsAndUntranslatableValuesInOneError) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    TestLayer& zones = layerNamed(layers, "zones");
    std::erase_if(zones.fields, [](const TestField& f) { return f.name == "name"; });
    zones.features[0].values.erase("name");
    TestLayer& buildings = layerNamed(layers, "buildings");
    std::erase_if(buildings.fields, [](const TestField& f) { return f.name == "floors"; });
    buildings.features[0].values.erase("floors");
    TestLayer& parcels = layerNamed(layers, "parcels");
    parcels.features.push_back(parcel(300, "P2", "M1", "招拍挂中"));
    parcels.features.push_back(parcel(400, "P3", "M1", "招拍挂中"));
    parcels.features.push_back(parcel(500, "P4", "M1", "sold"));
    parcels.features.push_back(parcel(600, "P5", "M1", "待出"));
    parcels.features.push_back(parcel(700, "P6", "M1", "待出让"));  // translates: no problem
    writeDataset(dir / "district.gpkg", layers);
    const ImportOptions options = optionsForAll(dir / "out.gpkg", dir / "district.gpkg");
    const Error error = errorFrom([&] { (void)Importer::run(options); });
    EXPECT_EQ(error.kind(), Error::Kind::Input);
    EXPECT_EQ(exitCodeFor(error.kind()), 3);
    const std::string what = error.what();
    const std::string source = (dir / "district.gpkg").string();
    EXPECT_EQ(what.rfind("3 problems stop the import (nothing was written)", 0), 0U) << what;
    EXPECT_NE(what.find("\n  1. " + source +
                        ", layer 'zones', field 'name': required field "
                        "'name' is missing"),
              std::string::npos)
        << what;
    EXPECT_NE(what.find("\n  2. " + source +
                        ", layer 'parcels', field 'status': 3 values in 4 features that no "
                        "table translates into one of available, reserved, transferred, built: "
                        "'招拍挂中' (2 features; nearest: "),
              std::string::npos)
        << what;
    EXPECT_NE(what.find("'待出' (1 feature; nearest: 待出让"), std::string::npos) << what;
    EXPECT_NE(what.find("'sold' (1 feature; nearest: "), std::string::npos) << what;
    EXPECT_NE(what.find("\n  3. " + source +
                        ", layer 'buildings', field 'floors': required "
                        "field 'floors' is missing"),
              std::string::npos)
        << what;
    EXPECT_FALSE(fs::exists(dir / "out.gpkg"));
}

TEST(ImportProblems, EveryMappedFieldTheSourceLacksIsListed) {
    TempDir dir;
    writeDataset(dir / "district.gpkg", minimalWorkspaceLayers());
    writeText(dir / "map.toml",
              "[zones.fields]\nname = \"园区名称\"\n[parcels.fields]\nfar_max = \"容积率上限\"\n");
    ImportOptions options = optionsForAll(dir / "out.gpkg", dir / "district.gpkg");
    options.mapping_file = dir / "map.toml";
    const Error error = errorFrom([&] { (void)Importer::run(options); });
    const std::string what = error.what();
    const std::string map = (dir / "map.toml").string();
    EXPECT_EQ(what.rfind("2 problems stop the import", 0), 0U) << what;
    EXPECT_NE(what.find("\n  1. " + map +
                        ": line 2, key 'zones.fields.name': the source field "
                        "'园区名称' is not in"),
              std::string::npos)
        << what;
    EXPECT_NE(what.find("\n  2. " + map +
                        ": line 4, key 'parcels.fields.far_max': the source "
                        "field '容积率上限' is not in"),
              std::string::npos)
        << what;
}

TEST(ImportProblems, UntranslatableValuesAreCappedAndSummarised) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    TestLayer& parcels = layerNamed(layers, "parcels");
    // 12 distinct unknown land uses: L01 in 3 features, L02..L12 in one each.
    for (int i = 1; i <= 12; ++i) {
        const std::string code = std::string("L") + (i < 10 ? "0" : "") + std::to_string(i);
        parcels.features.push_back(
            parcel(200.0 + 60 * i, "Q" + std::to_string(i), code, "available"));
    }
    parcels.features.push_back(parcel(1000, "Q13", "L01", "available"));
    parcels.features.push_back(parcel(1100, "Q14", "L01", "available"));
    writeDataset(dir / "district.gpkg", layers);
    const Error error = errorFrom(
        [&] { (void)Importer::run(optionsForAll(dir / "out.gpkg", dir / "district.gpkg")); });
    // One problem: the error is that problem's own, naming the layer and field.
    EXPECT_EQ(error.context().layer, "parcels");
    EXPECT_EQ(error.context().field, "land_use");
    const std::string& message = error.message();
    EXPECT_EQ(message.rfind("12 values in 14 features that no table translates into a GB "
                            "50137-2011 land use class",
                            0),
              0U)
        << message;
    EXPECT_NE(message.find("'L01' (3 features; nearest: "), std::string::npos) << message;
    EXPECT_NE(message.find("'L10' (1 feature"), std::string::npos) << message;
    // Ten listed (L01, then L02..L10 by name), two more counted.
    EXPECT_EQ(message.find("'L11'"), std::string::npos) << message;
    EXPECT_NE(message.find("; and 2 more in 2 features."), std::string::npos) << message;
    EXPECT_NE(message.find("[parcels.values.land_use] \"L01\" = \"...\""), std::string::npos)
        << message;
}

TEST(ImportProblems, LenientSkipsFeaturesWithUntranslatableValues) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    layerNamed(layers, "parcels").features.push_back(parcel(300, "P2", "M1", "招拍挂中"));
    writeDataset(dir / "district.gpkg", layers);
    ImportOptions options = optionsForAll(dir / "out.gpkg", dir / "district.gpkg");
    options.lenient = true;
    const ImportReport report = Importer::run(options);
    const ImportedLayer& parcels = layerReport(report, "parcels");
    ASSERT_EQ(parcels.skipped.size(), 1U);
    EXPECT_EQ(parcels.skipped[0].feature, "P2");
    EXPECT_EQ(parcels.skipped[0].field, "status");
    EXPECT_NE(parcels.skipped[0].reason.find("'招拍挂中' is not one of available, reserved, "
                                             "transferred, built and no table translates it"),
              std::string::npos)
        << parcels.skipped[0].reason;
    EXPECT_EQ(WorkspaceReader::read((dir / "out.gpkg").string()).district.parcels.size(), 1U);
}

// ---------------------------------------------------------------------------------------------
// Data in the national codes, no mapping file

TEST(ImportNationalCodes, ImportWithoutAMappingFileAndReadBack) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    layerNamed(layers, "zones").features[0].values["kind"] = "高新区";
    TestLayer& parcels = layerNamed(layers, "parcels");
    parcels.features[0].values["land_use"] = "100101";
    parcels.features[0].values["status"] = "待出让";
    parcels.features.push_back(parcel(300, "P2", "一类工业用地", "待出让"));
    parcels.features.push_back(parcel(400, "P3", "1101", "已出让"));
    parcels.features.push_back(parcel(500, "P4", "M2", "储备"));
    layerNamed(layers, "buildings").features[0].values["kind"] = "标准厂房";
    writeDataset(dir / "district.gpkg", layers);
    const ImportReport report =
        Importer::run(optionsForAll(dir / "out.gpkg", dir / "district.gpkg"));

    const Workspace workspace = WorkspaceReader::read((dir / "out.gpkg").string());
    const core::District& d = workspace.district;
    EXPECT_EQ(d.zones.at(0).kind, core::ZoneKind::HighTechZone);
    EXPECT_EQ(d.buildings.at(0).kind, core::BuildingKind::StandardFactory);
    ASSERT_EQ(d.parcels.size(), 4U);
    EXPECT_EQ(d.parcels[0].land_use, "M1");
    EXPECT_EQ(d.parcels[1].land_use, "M1");
    EXPECT_EQ(d.parcels[2].land_use, "W");
    EXPECT_EQ(d.parcels[3].land_use, "M2");
    EXPECT_EQ(d.parcels[0].status, core::ParcelStatus::Available);
    EXPECT_EQ(d.parcels[1].status, core::ParcelStatus::Available);
    EXPECT_EQ(d.parcels[2].status, core::ParcelStatus::Transferred);
    EXPECT_EQ(d.parcels[3].status, core::ParcelStatus::Reserved);

    const ImportedLayer& parcelReport = layerReport(report, "parcels");
    const TranslatedField* status = translatedField(parcelReport, "status");
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->count, 4U);
    ASSERT_EQ(status->values.size(), 3U);
    EXPECT_EQ(status->values[0].source, "待出让");
    EXPECT_EQ(status->values[0].schema, "available");
    EXPECT_EQ(status->values[0].count, 2U);
    const TranslatedField* landUse = translatedField(parcelReport, "land_use");
    ASSERT_NE(landUse, nullptr);
    EXPECT_EQ(landUse->count, 3U);  // M2 is already a schema value
    const TranslatedField* zoneKind = translatedField(layerReport(report, "zones"), "kind");
    ASSERT_NE(zoneKind, nullptr);
    EXPECT_EQ(zoneKind->values.at(0).table, "common usage");
}

TEST(ImportNationalCodes, CodesInANumberColumnLoseNoLeadingZero) {
    TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    TestLayer& parcels = layerNamed(layers, "parcels");
    for (TestField& field : parcels.fields) {
        if (field.name == "land_use") {
            field.name = "用地代码";
            field.type = TestFieldType::Integer;
        }
    }
    parcels.features = {{rectangle(100, 100, 200, 200),
                         {{"parcel_id", "P1"}, {"用地代码", "100102"}, {"status", "可供"}}},
                        {rectangle(300, 100, 400, 200),
                         {{"parcel_id", "P2"}, {"用地代码", "0701"}, {"status", "已建成"}}}};
    writeDataset(dir / "district.gpkg", layers);
    writeText(dir / "map.toml", "[parcels.fields]\nland_use = \"用地代码\"\n");
    ImportOptions options = optionsForAll(dir / "out.gpkg", dir / "district.gpkg");
    options.mapping_file = dir / "map.toml";
    (void)Importer::run(options);
    const core::District d = WorkspaceReader::read((dir / "out.gpkg").string()).district;
    ASSERT_EQ(d.parcels.size(), 2U);
    EXPECT_EQ(d.parcels[0].land_use, "M2");
    EXPECT_EQ(d.parcels[1].land_use, "R");  // 0701 stored as the number 701
    EXPECT_EQ(d.parcels[1].status, core::ParcelStatus::Built);
}

}  // namespace
}  // namespace sitefit::gis
