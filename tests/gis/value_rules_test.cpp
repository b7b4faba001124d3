// The one declaration of the value rules (gis::valueRules): that it names real schema fields,
// that its names can name database constraints, that its enumerations are core's, that the
// GeoPackage triggers leave out the columns a file lacks, and that docs/shared-workspace.md
// lists every rule.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "sitefit/core/building.hpp"
#include "sitefit/core/enterprise.hpp"
#include "sitefit/core/parcel.hpp"
#include "sitefit/core/plan_link.hpp"
#include "sitefit/core/project.hpp"
#include "sitefit/core/zone.hpp"
#include "sitefit/gis/value_rule_sql.hpp"
#include "sitefit/gis/value_rules.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace {

using sitefit::gis::ValueRule;
using sitefit::gis::ValueRuleKind;

bool hasField(std::string_view layer, std::string_view field) {
    for (const sitefit::gis::FieldSpec& spec : sitefit::gis::layerSpec(layer).fields) {
        if (spec.name == field) {
            return true;
        }
    }
    return false;
}

TEST(ValueRuleDeclaration, EveryRuleNamesSchemaFieldsAndHasAUniqueShortName) {
    std::set<std::string> names;
    for (const ValueRule& rule : sitefit::gis::valueRules()) {
        const std::string name = sitefit::gis::ruleName(rule);
        SCOPED_TRACE(name);
        EXPECT_TRUE(hasField(rule.layer, rule.field));
        if (!rule.other.empty()) {
            EXPECT_TRUE(hasField(rule.layer, rule.other));
        }
        EXPECT_LE(name.size(), 63U);  // PostgreSQL's identifiers
        EXPECT_TRUE(names.insert(name).second) << "twice";
    }
    EXPECT_EQ(names.count("buildings_vacant_m2_not_negative"), 1U);
    EXPECT_EQ(names.count("projects_land_m2_positive_for_land"), 1U);
}

// Every spelling a rule allows is one core parses, and every value of each enum is allowed
// (the enums' values written out here by hand).
TEST(ValueRuleDeclaration, EnumerationsAreCoresSpellings) {
    const std::map<std::string, std::set<std::string>> expected{
        {"zones.kind", {"high_tech_zone", "industrial_park", "township_cluster", "specialty_park"}},
        {"parcels.status", {"available", "reserved", "transferred", "built"}},
        {"buildings.kind",
         {"standard_factory", "rnd_office", "warehouse", "incubator", "residential",
          "public_service", "other"}},
        {"enterprises.role", {"chain_leader", "key", "supporting"}},
        {"projects.need", {"land", "space"}},
        {"plan_links.kind", {"pin", "exclude"}},
    };
    std::map<std::string, std::set<std::string>> declared;
    for (const ValueRule& rule : sitefit::gis::valueRules()) {
        if (rule.kind != ValueRuleKind::OneOf) {
            continue;
        }
        auto& values = declared[std::string(rule.layer) + "." + std::string(rule.field)];
        for (const std::string_view value : rule.allowed) {
            values.emplace(value);
        }
    }
    EXPECT_EQ(declared, expected);
    for (const auto& value : expected.at("zones.kind")) {
        EXPECT_TRUE(sitefit::core::parseZoneKind(value)) << value;
    }
    for (const auto& value : expected.at("parcels.status")) {
        EXPECT_TRUE(sitefit::core::parseParcelStatus(value)) << value;
    }
    for (const auto& value : expected.at("buildings.kind")) {
        EXPECT_TRUE(sitefit::core::parseBuildingKind(value)) << value;
    }
    for (const auto& value : expected.at("enterprises.role")) {
        EXPECT_TRUE(sitefit::core::parseEnterpriseRole(value)) << value;
    }
    for (const auto& value : expected.at("projects.need")) {
        EXPECT_TRUE(sitefit::core::parseProjectNeed(value)) << value;
    }
    for (const auto& value : expected.at("plan_links.kind")) {
        EXPECT_TRUE(sitefit::core::parsePlanLinkKind(value)) << value;
    }
}

TEST(ValueRuleWording, SaysTheRuleInEnglishAndChinese) {
    const sitefit::core::DataTolerances tolerances;
    for (const ValueRule& rule : sitefit::gis::valueRules()) {
        const std::string name = sitefit::gis::ruleName(rule);
        if (name == "buildings_floors_range") {
            EXPECT_EQ(sitefit::gis::ruleText(rule, tolerances), "must be between 1 and 200");
            EXPECT_EQ(sitefit::gis::ruleTextZh(rule, tolerances), "须为 1 到 200 之间的整数");
        } else if (name == "buildings_vacant_m2_fits_floor_area") {
            EXPECT_EQ(sitefit::gis::ruleText(rule, tolerances),
                      "must not exceed floor_area_m2 by more than 1 %");
        } else if (name == "projects_mandatory_range") {
            EXPECT_EQ(sitefit::gis::ruleText(rule, tolerances), "must be 0 or 1");
        } else if (name == "zones_max_pollution_class_range") {
            EXPECT_EQ(sitefit::gis::ruleText(rule, tolerances), "must be 1, 2 or 3");
        }
        EXPECT_FALSE(sitefit::gis::ruleTextZh(rule, tolerances).empty()) << name;
    }
}

// A column the file lacks is NULL to the triggers, as it is to the reader: SQLite would
// otherwise refuse every later write to the table ("no such column").
TEST(GeoPackageValueTriggers, AMissingColumnIsNull) {
    const auto statements = sitefit::gis::geopackageValueTriggers(
        {}, [](std::string_view table, std::string_view field) {
            return table == "enterprises" && field != "industry_code";
        });
    std::string all;
    for (const std::string& statement : statements) {
        all += statement + "\n";
    }
    EXPECT_NE(all.find("ON \"enterprises\""), std::string::npos);
    EXPECT_EQ(all.find("ON \"buildings\""), std::string::npos);
    EXPECT_EQ(all.find("NEW.\"industry_code\""), std::string::npos);
    EXPECT_NE(all.find("enterprises_annual_output_not_negative"), std::string::npos);
    // The rule on the missing column is left out; the one with it as its other side keeps it
    // as NULL.
    EXPECT_EQ(all.find("enterprises_industry_code_code"), std::string::npos);
    EXPECT_NE(all.find("enterprises_category_code_or"), std::string::npos);
}

TEST(ValueRuleDocs, SharedWorkspaceListsEveryRule) {
    std::ifstream in(std::string(SITEFIT_SOURCE_DIR) + "/docs/shared-workspace.md");
    std::stringstream text;
    text << in.rdbuf();
    ASSERT_FALSE(text.str().empty());
    for (const ValueRule& rule : sitefit::gis::valueRules()) {
        const std::string name = sitefit::gis::ruleName(rule);
        EXPECT_NE(text.str().find("`" + name + "`"), std::string::npos) << name;
    }
}

}  // namespace
