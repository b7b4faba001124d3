// MappingSuggestion: which source field each schema field is guessed from (Chinese and
// English headers, exact and dBase-truncated names), which values need a table, and the
// mapping file it writes, read back by ImportMapping and, once finished, imported.
// Sources are written through GDAL at run time into temporary directories.
//
// Values are chosen so that the checks hold whatever the built-in tables hold beyond the
// standard codes: "待出让", "一类工业用地" and "标准厂房" are standard (translated), "完全未知值"
// and "招拍挂中" are in no standard (untranslated).
#include "sitefit/gis/mapping_suggestion.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "error_message_of.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/import_mapping.hpp"
#include "sitefit/gis/importer.hpp"
#include "sitefit/gis/value_translation.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "test_dataset.hpp"

namespace sitefit::gis {
namespace {

using test::errorMessageOf;
using test::rectangle;
using test::TempDir;
using test::TestFeature;
using test::TestFieldType;
using test::TestLayer;
using test::writeDataset;

const SuggestedLayer& layerOf(const MappingSuggestion& suggestion, const std::string& target) {
    for (const SuggestedLayer& layer : suggestion.layers) {
        if (layer.target == target) {
            return layer;
        }
    }
    throw std::runtime_error("no suggested layer " + target);
}

const SuggestedField& fieldOf(const SuggestedLayer& layer, const std::string& name) {
    for (const SuggestedField& field : layer.fields) {
        if (field.schema_field == name) {
            return field;
        }
    }
    throw std::runtime_error("no suggested field " + name);
}

// A parcel with the Chinese headers of a planning bureau's table.
TestFeature chineseParcel(double x, const std::string& id, const std::string& landUse,
                          const std::string& status) {
    return {rectangle(x, 100, x + 100, 200),
            {{"地块编号", id},
             {"用地性质", landUse},
             {"供地状态", status},
             {"容积率上限（ＦＡＲ）", "2.5"},
             {"建筑密度", "0.4"},
             {"备注", "无"}}};
}

TestLayer chineseParcels(std::vector<TestFeature> features) {
    using F = TestFieldType;
    return {"地块",
            "Polygon",
            {{"地块编号"},
             {"用地性质"},
             {"供地状态"},
             {"容积率上限（ＦＡＲ）", F::Real},
             {"建筑密度", F::Real},
             {"备注"}},
            std::move(features)};
}

// Suggesting again over a finished file keeps the planner's constants, value tables and
// units, so the rewritten file imports as the finished one did.
TEST(MappingSuggestion, KeepsAnExistingMappingsConstantsValueTablesAndUnits) {
    const TempDir dir;
    const auto source = dir / "district.gpkg";
    TestLayer parcels = chineseParcels({chineseParcel(0, "DK-1", "一类工业用地", "招拍挂中"),
                                        chineseParcel(100, "DK-2", "一类工业用地", "招拍挂中"),
                                        chineseParcel(200, "DK-3", "一类工业用地", "完全未知值")});
    parcels.fields.push_back({"出让价", TestFieldType::Real});
    for (TestFeature& feature : parcels.features) {
        feature.values["出让价"] = "1500";
    }
    writeDataset(source, {parcels});
    const ImportMapping existing = ImportMapping::parse(
        "[parcels.fields]\nland_price = \"出让价\"\n"
        "[parcels.constants]\nland_use = \"M2\"\n"
        "[parcels.values.status]\n\"招拍挂中\" = \"reserved\"\n"
        "[parcels.units]\nland_price = \"元/m²\"\n",
        "mine.toml");
    const MappingSuggestion suggestion =
        MappingSuggestion::of({{"parcels", source.string()}}, existing);
    const SuggestedLayer& layer = layerOf(suggestion, "parcels");
    // The constant stands for land_use: 用地性质 is not chosen, nor scanned for values.
    EXPECT_EQ(fieldOf(layer, "land_use").constant, "M2");
    EXPECT_EQ(fieldOf(layer, "land_use").source_field, "");
    EXPECT_EQ(fieldOf(layer, "land_price").unit, "元/m²");
    ASSERT_EQ(layer.untranslated.size(), 2u);
    EXPECT_EQ(layer.untranslated[0].source_value, "招拍挂中");
    EXPECT_EQ(layer.untranslated[0].count, 2u);
    EXPECT_EQ(layer.untranslated[0].translation, "reserved");
    EXPECT_EQ(layer.untranslated[1].source_value, "完全未知值");
    EXPECT_EQ(layer.untranslated[1].translation, "");
    EXPECT_EQ(layer.valuesToTranslate(), 1u);

    const std::string toml = suggestion.toToml();
    EXPECT_NE(toml.find("\nland_use = \"M2\""), std::string::npos) << toml;
    EXPECT_NE(toml.find("\n\"招拍挂中\" = \"reserved\""), std::string::npos) << toml;
    EXPECT_NE(toml.find("\nland_price = \"元/m²\""), std::string::npos) << toml;
    // Still unfinished: the one value without a translation stops the file being read.
    const std::string message = errorMessageOf(
        [&] { (void)ImportMapping::parse(toml, "suggested.toml"); }, Error::Kind::Input);
    EXPECT_NE(message.find("完全未知值"), std::string::npos) << message;
}

TEST(MappingSuggestion, GuessesChineseHeadersAndListsValuesNoTableKnows) {
    const TempDir dir;
    const auto parcels = dir / "地块.gpkg";
    writeDataset(parcels, {chineseParcels({chineseParcel(0, "DK-1", "一类工业用地", "待出让"),
                                           chineseParcel(100, "DK-2", "一类工业用地", "完全未知值"),
                                           chineseParcel(200, "DK-3", "完全未知值", "招拍挂中"),
                                           chineseParcel(300, "DK-4", "一类工业用地", "完全未知值"),
                                           chineseParcel(400, "DK-5", "一类工业用地", "待出让")})});
    const MappingSuggestion suggestion = MappingSuggestion::of({{"parcels", parcels.string()}});

    ASSERT_EQ(suggestion.layers.size(), 1u);
    const SuggestedLayer& layer = suggestion.layers[0];
    EXPECT_EQ(layer.target, "parcels");
    EXPECT_EQ(layer.source_layer, "地块");
    EXPECT_FALSE(layer.name_layer);  // the only layer
    EXPECT_EQ(layer.source_fields,
              (std::vector<std::string>{"地块编号", "用地性质", "供地状态", "容积率上限（ＦＡＲ）",
                                        "建筑密度", "备注"}));
    const std::vector<std::pair<std::string, std::string>> guessed{
        {"parcel_id", "地块编号"},
        {"land_use", "用地性质"},
        {"status", "供地状态"},
        {"far_max", "容积率上限（ＦＡＲ）"},
        {"density_max", "建筑密度"}};
    for (const auto& [schema, source] : guessed) {
        const SuggestedField& field = fieldOf(layer, schema);
        EXPECT_EQ(field.source_field, source) << schema;
        EXPECT_TRUE(field.guessed) << schema;
    }
    // Every schema field is listed, in schema order, the unmatched ones empty.
    ASSERT_EQ(layer.fields.size(), 12u);
    EXPECT_EQ(layer.fields[0].schema_field, "parcel_id");
    EXPECT_TRUE(layer.fields[0].required);
    EXPECT_EQ(fieldOf(layer, "far_min").source_field, "");
    EXPECT_FALSE(fieldOf(layer, "far_min").required);
    EXPECT_EQ(fieldOf(layer, "land_price").source_field, "");
    EXPECT_EQ(layer.matchedCount(), 5u);
    EXPECT_EQ(layer.guessedCount(), 5u);
    EXPECT_TRUE(layer.missingRequired().empty());

    // 待出让 and 一类工业用地 are standard words; the rest need a table, most features first.
    EXPECT_EQ(layer.features_scanned, 5u);
    EXPECT_FALSE(layer.scan_capped);
    ASSERT_EQ(layer.untranslated.size(), 3u);
    EXPECT_EQ(layer.untranslated[0].schema_field, "land_use");
    EXPECT_EQ(layer.untranslated[0].source_value, "完全未知值");
    EXPECT_EQ(layer.untranslated[0].count, 1u);
    EXPECT_EQ(layer.untranslated[1].schema_field, "status");
    EXPECT_EQ(layer.untranslated[1].source_value, "完全未知值");
    EXPECT_EQ(layer.untranslated[1].count, 2u);
    EXPECT_EQ(layer.untranslated[1].nearest, nearestKnownValues("parcels", "status", "完全未知值"));
    EXPECT_EQ(layer.untranslated[2].source_value, "招拍挂中");
    EXPECT_EQ(layer.untranslated[2].count, 1u);
    EXPECT_EQ(layer.valuesToTranslate(), 3u);
    EXPECT_EQ(suggestion.unresolved(),
              (std::vector<std::string>{"parcels.land_use: 1 value needs a schema value",
                                        "parcels.status: 2 values need a schema value"}));

    const std::string toml = suggestion.toToml();
    EXPECT_NE(
        toml.find("# source fields: 地块编号, 用地性质, 供地状态, 容积率上限（ＦＡＲ）, 建筑密度, "
                  "备注\n"),
        std::string::npos)
        << toml;
    EXPECT_NE(toml.find("\n[parcels.fields]\nparcel_id = \"地块编号\"  # guess: check\n"),
              std::string::npos)
        << toml;
    EXPECT_NE(toml.find("\n[parcels.values.status]\n"), std::string::npos) << toml;
    EXPECT_NE(toml.find("\n\"完全未知值\" = \"\"  # 2 features"), std::string::npos) << toml;
    EXPECT_NE(toml.find("\n\"招拍挂中\" = \"\"  # 1 feature"), std::string::npos) << toml;
    EXPECT_NE(toml.find("\n[parcels.values.land_use]\n"), std::string::npos) << toml;
    // 待出让 may be named as a nearest value in a comment, but has no entry of its own.
    EXPECT_EQ(toml.find("\n\"待出让\" ="), std::string::npos)
        << "a translated value needs no entry";
    // Unedited, the blanks stop the import when the file is read, naming the table.
    const std::string message = errorMessageOf(
        [&] { (void)ImportMapping::parse(toml, "suggested.toml"); }, Error::Kind::Input);
    EXPECT_NE(message.find("suggested.toml"), std::string::npos) << message;
    EXPECT_NE(message.find("parcels.values"), std::string::npos) << message;
}

TEST(MappingSuggestion, ExactEnglishAndDbaseTruncatedNamesAreNotGuesses) {
    const TempDir dir;
    const auto buildings = dir / "buildings.shp";
    using F = TestFieldType;
    writeDataset(
        buildings,
        {{"buildings",
          "Polygon",
          {{"Bldg ID"},
           {"TYPE"},
           {"floors", F::Integer},
           {"floor_area", F::Real},
           {"clear_heig", F::Real},
           {"RENT", F::Real},
           {"available_", F::Date}},
          {{rectangle(0, 0, 10, 10), {{"Bldg ID", "B1"}, {"TYPE", "标准厂房"}, {"floors", "3"}}},
           {rectangle(20, 0, 30, 10),
            {{"Bldg ID", "B2"}, {"TYPE", "完全未知值"}, {"floors", "1"}}}}}},
        "EPSG:4549", "ESRI Shapefile", {"ENCODING=UTF-8"});
    const SuggestedLayer layer =
        layerOf(MappingSuggestion::of({{"buildings", buildings.string()}}), "buildings");

    struct Expected {
        const char* schema;
        const char* source;
        bool guessed;
    };
    for (const Expected& expected :
         {Expected{"building_id", "Bldg ID", true}, Expected{"kind", "TYPE", true},
          Expected{"floors", "floors", false}, Expected{"floor_area_m2", "floor_area", false},
          Expected{"clear_height_m", "clear_heig", false}, Expected{"rent", "RENT", false},
          Expected{"available_from", "available_", false}, Expected{"vacant_m2", "", false}}) {
        const SuggestedField& field = fieldOf(layer, expected.schema);
        EXPECT_EQ(field.source_field, expected.source) << expected.schema;
        EXPECT_EQ(field.guessed, expected.guessed) << expected.schema;
    }
    ASSERT_EQ(layer.untranslated.size(), 1u);
    EXPECT_EQ(layer.untranslated[0].schema_field, "kind");
    EXPECT_EQ(layer.untranslated[0].source_value, "完全未知值");
    EXPECT_EQ(layer.untranslated[0].count, 1u);
}

TEST(MappingSuggestion, MissingRequiredFieldsAreCommentedWithAConstantHintAndReadBack) {
    const TempDir dir;
    const auto zones = dir / "zones.gpkg";
    writeDataset(zones,
                 {{"园区",
                   "Polygon",
                   {{"园区编号"}, {"园区名称"}, {"运营主体"}},
                   {{rectangle(0, 0, 1000, 1000),
                     {{"园区编号", "Z1"}, {"园区名称", "海州园区"}, {"运营主体", "城投"}}}}}});
    const MappingSuggestion suggestion = MappingSuggestion::of({{"zones", zones.string()}});
    const SuggestedLayer& layer = layerOf(suggestion, "zones");
    EXPECT_EQ(fieldOf(layer, "zone_id").source_field, "园区编号");
    EXPECT_EQ(fieldOf(layer, "name").source_field, "园区名称");
    EXPECT_EQ(fieldOf(layer, "carrier").source_field, "运营主体");
    EXPECT_EQ(fieldOf(layer, "kind").source_field, "");
    EXPECT_EQ(layer.missingRequired(), std::vector<std::string>{"kind"});
    EXPECT_EQ(
        suggestion.unresolved(),
        std::vector<std::string>{"zones.kind: required, but no source field or constant is given"});

    const std::string toml = suggestion.toToml();
    EXPECT_NE(toml.find("\n# kind = \"\"  # REQUIRED: no source field found\n"), std::string::npos)
        << toml;
    EXPECT_NE(toml.find("\n# [zones.constants]\n# kind = \"industrial_park\""), std::string::npos)
        << toml;
    // Read back: the matched fields, nothing else (the hints are comments).
    const ImportMapping mapping = ImportMapping::parse(toml, "zones.toml");
    const auto fields = mapping.forTarget("zones").sourceFieldNames();
    EXPECT_EQ(fields, (std::map<std::string, std::string>{
                          {"zone_id", "园区编号"}, {"name", "园区名称"}, {"carrier", "运营主体"}}));
    EXPECT_EQ(mapping.forTarget("zones").layer, "");
}

TEST(MappingSuggestion, KeepsAnExistingMappingsChoicesAndLayerAndReadsBack) {
    const TempDir dir;
    const auto source = dir / "district.gpkg";
    TestLayer parcels = chineseParcels({chineseParcel(0, "DK-1", "一类工业用地", "待出让")});
    parcels.fields.push_back({"DKBH"});
    parcels.features[0].values["DKBH"] = "0001";
    TestLayer other{"道路", "Polygon", {{"名称"}}, {{rectangle(0, 0, 5, 5), {{"名称", "路"}}}}};
    writeDataset(source, {other, parcels});
    const ImportMapping existing = ImportMapping::parse(
        "[parcels]\nlayer = \"地块\"\n[parcels.fields]\nparcel_id = \"DKBH\"\n", "mine.toml");
    const MappingSuggestion suggestion =
        MappingSuggestion::of({{"parcels", source.string()}}, existing);
    const SuggestedLayer& layer = layerOf(suggestion, "parcels");
    EXPECT_EQ(layer.source_layer, "地块");
    EXPECT_TRUE(layer.name_layer);
    EXPECT_EQ(fieldOf(layer, "parcel_id").source_field, "DKBH");
    EXPECT_FALSE(fieldOf(layer, "parcel_id").guessed);
    EXPECT_TRUE(layer.untranslated.empty());

    const std::string toml = suggestion.toToml();
    EXPECT_EQ(toml.find("\n[parcels.values."), std::string::npos) << toml;
    const ImportMapping back = ImportMapping::parse(toml, "suggested.toml");
    EXPECT_EQ(back.forTarget("parcels").layer, "地块");
    EXPECT_EQ(back.forTarget("parcels").sourceFieldNames(),
              (std::map<std::string, std::string>{{"parcel_id", "DKBH"},
                                                  {"land_use", "用地性质"},
                                                  {"status", "供地状态"},
                                                  {"far_max", "容积率上限（ＦＡＲ）"},
                                                  {"density_max", "建筑密度"}}));
    // 地块编号 lost parcel_id to the mapping's DKBH: listed, not taken by another field.
    EXPECT_NE(toml.find("# source fields: 地块编号, 用地性质"), std::string::npos) << toml;
}

TEST(MappingSuggestion, AHeadersUnitIsWrittenUnderUnits) {
    const TempDir dir;
    const auto projects = dir / "projects.csv";
    writeDataset(projects,
                 {{"projects",
                   "None",
                   {{"项目编号"}, {"项目名称"}, {"用地面积（亩）"}, {"总投资"}, {"行业代码"}},
                   {{"",
                     {{"项目编号", "X1"},
                      {"项目名称", "药业"},
                      {"用地面积（亩）", "30"},
                      {"总投资", "5"},
                      {"行业代码", "C2710"}}}}}},
                 "", "CSV");
    const MappingSuggestion suggestion = MappingSuggestion::of({{"projects", projects.string()}});
    const SuggestedLayer& layer = layerOf(suggestion, "projects");
    EXPECT_EQ(fieldOf(layer, "project_id").source_field, "项目编号");
    EXPECT_EQ(fieldOf(layer, "name").source_field, "项目名称");
    EXPECT_EQ(fieldOf(layer, "land_m2").source_field, "用地面积（亩）");
    EXPECT_EQ(fieldOf(layer, "land_m2").unit, "亩");
    EXPECT_EQ(fieldOf(layer, "investment").source_field, "总投资");
    EXPECT_EQ(fieldOf(layer, "investment").unit, "");
    // category_code is not required where the industry code is given: 行业代码 gives it.
    EXPECT_EQ(fieldOf(layer, "industry_code").source_field, "行业代码");
    EXPECT_TRUE(fieldOf(layer, "industry_code").guessed);
    EXPECT_EQ(layer.missingRequired(), (std::vector<std::string>{"need"}));
    const std::string toml = suggestion.toToml();
    EXPECT_NE(toml.find("\n[projects.units]\nland_m2 = \"亩\""), std::string::npos) << toml;
    EXPECT_NE(toml.find("\n# need = \"\"  # REQUIRED"), std::string::npos) << toml;
}

TEST(MappingSuggestion, ConstantsAndTranslationsGivenByThePlannerAreWritten) {
    const TempDir dir;
    const auto zones = dir / "zones.gpkg";
    writeDataset(zones,
                 {{"zones",
                   "Polygon",
                   {{"园区编号"}, {"名称"}},
                   {{rectangle(0, 0, 1000, 1000), {{"园区编号", "Z1"}, {"名称", "园区"}}}}}});
    MappingSuggestion suggestion = MappingSuggestion::of({{"zones", zones.string()}});
    SuggestedLayer& layer = suggestion.layers.at(0);
    for (SuggestedField& field : layer.fields) {
        if (field.schema_field == "kind") {
            field.constant = "industrial_park";
        }
    }
    EXPECT_TRUE(layer.missingRequired().empty());
    EXPECT_TRUE(suggestion.unresolved().empty());
    const std::string toml = suggestion.toToml();
    EXPECT_NE(toml.find("\n[zones.constants]\nkind = \"industrial_park\"\n"), std::string::npos)
        << toml;
    EXPECT_EQ(toml.find("REQUIRED: no source field"), std::string::npos) << toml;
}

TEST(MappingSuggestion, ASourceThatCannotBeOpenedIsNamed) {
    const TempDir dir;
    const std::string missing = (dir / "nowhere.shp").string();
    const std::string message = errorMessageOf(
        [&] {
            (void)MappingSuggestion::of({{"parcels", missing}});
        },
        Error::Kind::Input);
    EXPECT_NE(message.find(missing), std::string::npos) << message;
    EXPECT_NE(message.find("no such file"), std::string::npos) << message;
    const std::string unknown = errorMessageOf(
        [&] {
            (void)MappingSuggestion::of({{"roads", missing}});
        },
        Error::Kind::Usage);
    EXPECT_NE(unknown.find("'roads' is not a workspace layer"), std::string::npos) << unknown;
}

// The whole path: suggest, fill the blank as a planner would, import. Needs the mapping
// reader that knows [x.values.y] tables and the built-in tables (branch `import`).
TEST(MappingSuggestion, TheFinishedSuggestionImports) {
    const TempDir dir;
    std::vector<TestLayer> layers = test::minimalWorkspaceLayers();
    writeDataset(dir / "zones.gpkg", {test::layerNamed(layers, "zones")});
    writeDataset(dir / "buildings.gpkg", {test::layerNamed(layers, "buildings")});
    TestLayer parcels = chineseParcels({chineseParcel(100, "P1", "一类工业用地", "招拍挂中")});
    writeDataset(dir / "parcels.gpkg", {parcels});
    const std::map<std::string, std::string> sources{
        {"zones", (dir / "zones.gpkg").string()},
        {"parcels", (dir / "parcels.gpkg").string()},
        {"buildings", (dir / "buildings.gpkg").string()}};
    MappingSuggestion suggestion = MappingSuggestion::of(sources);
    ASSERT_EQ(layerOf(suggestion, "parcels").untranslated.size(), 1u);
    std::string toml = suggestion.toToml();
    const std::string blank = "\"招拍挂中\" = \"\"";
    const auto at = toml.find(blank);
    ASSERT_NE(at, std::string::npos) << toml;
    toml.replace(at, blank.size(), "\"招拍挂中\" = \"reserved\"");
    const auto mappingFile = dir / "mapping.toml";
    std::ofstream(mappingFile, std::ios::binary) << toml;

    ImportOptions options;
    options.output = dir / "out.gpkg";
    options.sources = sources;
    options.mapping_file = mappingFile;
    (void)Importer::run(options);
    const Workspace workspace = WorkspaceReader::read(options.output.string());
    ASSERT_EQ(workspace.district.parcels.size(), 1u);
    EXPECT_EQ(workspace.district.parcels[0].parcel_id, "P1");
    EXPECT_EQ(workspace.district.parcels[0].land_use, "M1");
    EXPECT_EQ(workspace.district.parcels[0].status, core::ParcelStatus::Reserved);
}

}  // namespace
}  // namespace sitefit::gis
