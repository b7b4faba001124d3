#include "sitefit/gis/value_rules.hpp"

#include <array>
#include <limits>

#include "sitefit/core/text.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

using enum ValueRuleKind;
using namespace layer_names;

// The largest count the model holds (an int): 3000000000 is refused, not wrapped round.
constexpr double kMaxCount = std::numeric_limits<int>::max();

// The domains' spellings, as core parses them (a test checks that each parses).
constexpr std::array<std::string_view, 4> kZoneKinds{"high_tech_zone", "industrial_park",
                                                     "township_cluster", "specialty_park"};
constexpr std::array<std::string_view, 4> kParcelStatuses{"available", "reserved", "transferred",
                                                          "built"};
constexpr std::array<std::string_view, 7> kBuildingKinds{
    "standard_factory", "rnd_office",     "warehouse", "incubator",
    "residential",      "public_service", "other"};
constexpr std::array<std::string_view, 3> kEnterpriseRoles{"chain_leader", "key", "supporting"};
constexpr std::array<std::string_view, 2> kProjectNeeds{"land", "space"};
constexpr std::array<std::string_view, 2> kPlanLinkKinds{"pin", "exclude"};

constexpr ValueRule given(std::string_view layer, std::string_view field) {
    return {layer, field, Given};
}
constexpr ValueRule notNegative(std::string_view layer, std::string_view field) {
    return {layer, field, NotNegative};
}
constexpr ValueRule whole(std::string_view layer, std::string_view field, double low, double high) {
    return {layer, field, WholeRange, low, high};
}
constexpr ValueRule oneOf(std::string_view layer, std::string_view field,
                          std::span<const std::string_view> allowed) {
    return {layer, field, OneOf, 0.0, 0.0, allowed};
}
constexpr ValueRule related(std::string_view layer, std::string_view field, ValueRuleKind kind,
                            std::string_view other, std::string_view when = {}) {
    return {layer, field, kind, 0.0, 0.0, {}, other, when};
}

// In each layer, in the order the reader decodes the fields, so that of a row's several
// flaws the reader names the same first one as before.
const std::array kRules{
    given(kZones, "zone_id"),
    given(kZones, "name"),
    oneOf(kZones, "kind", kZoneKinds),
    notNegative(kZones, "min_investment_intensity"),
    whole(kZones, "max_pollution_class", 1, 3),
    whole(kZones, "enterprise_capacity", 0, kMaxCount),

    given(kParcels, "parcel_id"),
    given(kParcels, "land_use"),
    oneOf(kParcels, "status", kParcelStatuses),
    notNegative(kParcels, "far_min"),
    notNegative(kParcels, "far_max"),
    related(kParcels, "far_min", NotAbove, "far_max"),
    ValueRule{kParcels, "density_max", Ratio},
    ValueRule{kParcels, "green_max", Ratio},
    notNegative(kParcels, "height_max_m"),
    notNegative(kParcels, "land_price"),
    notNegative(kParcels, "power_kva"),

    given(kBuildings, "building_id"),
    oneOf(kBuildings, "kind", kBuildingKinds),
    whole(kBuildings, "floors", 1, 200),
    notNegative(kBuildings, "floor_area_m2"),
    notNegative(kBuildings, "vacant_m2"),
    related(kBuildings, "vacant_m2", VacancyFitsFloorArea, "floor_area_m2"),
    related(kBuildings, "vacant_m2", VacancyFitsFootprint, "floor_area_m2"),
    notNegative(kBuildings, "floor_load_kn_m2"),
    notNegative(kBuildings, "clear_height_m"),
    notNegative(kBuildings, "rent"),

    given(kEnterprises, "enterprise_id"),
    given(kEnterprises, "name"),
    ValueRule{kEnterprises, "industry_code", IndustryCode},
    related(kEnterprises, "category_code", EitherGiven, "industry_code"),
    oneOf(kEnterprises, "role", kEnterpriseRoles),
    notNegative(kEnterprises, "annual_output"),

    given(kProjects, "project_id"),
    given(kProjects, "name"),
    ValueRule{kProjects, "industry_code", IndustryCode},
    related(kProjects, "category_code", EitherGiven, "industry_code"),
    oneOf(kProjects, "need", kProjectNeeds),
    notNegative(kProjects, "land_m2"),
    notNegative(kProjects, "floor_m2"),
    related(kProjects, "land_m2", PositiveWhen, "need", "land"),
    related(kProjects, "floor_m2", PositiveWhen, "need", "space"),
    notNegative(kProjects, "floor_load_kn_m2"),
    notNegative(kProjects, "clear_height_m"),
    notNegative(kProjects, "power_kva"),
    notNegative(kProjects, "investment"),
    whole(kProjects, "pollution_class", 1, 3),
    notNegative(kProjects, "annual_tax"),
    whole(kProjects, "jobs", 0, kMaxCount),
    notNegative(kProjects, "priority"),
    whole(kProjects, "mandatory", 0, 1),

    given(kChains, "chain_code"),
    given(kChains, "name_zh"),

    given(kCategories, "category_code"),
    given(kCategories, "chain_code"),
    given(kCategories, "name_zh"),
    whole(kCategories, "pollution_class", 1, 3),
    ValueRule{kCategories, "industry_codes", IndustryCodes},

    given(kChainLinks, "from_category"),
    given(kChainLinks, "to_category"),

    given(kPlanLinks, "project_id"),
    given(kPlanLinks, "site_id"),
    oneOf(kPlanLinks, "kind", kPlanLinkKinds),
};

std::string_view what(ValueRuleKind kind) {
    switch (kind) {
        case Given:
            return "given";
        case NotNegative:
            return "not_negative";
        case Ratio:
            return "ratio";
        case WholeRange:
            return "range";
        case OneOf:
            return "one_of";
        case IndustryCode:
            return "code";
        case IndustryCodes:
            return "codes";
        case NotAbove:
            return "not_above";
        case EitherGiven:
            return "or";
        case PositiveWhen:
            return "positive";
        case VacancyFitsFloorArea:
            return "fits_floor_area";
        case VacancyFitsFootprint:
            return "fits_footprint";
    }
    return "rule";
}

// "1, 2 or 3", "0 or 1", else "between 1 and 200"; a count's upper bound is the model's.
std::string rangeText(const ValueRule& rule) {
    if (rule.high >= kMaxCount) {
        return "must be a whole number, not negative, at most " + core::writtenFigure(rule.high);
    }
    if (rule.high - rule.low <= 2.0) {
        std::string out = "must be " + core::writtenFigure(rule.low);
        for (double v = rule.low + 1.0; v < rule.high; v += 1.0) {
            out += ", " + core::writtenFigure(v);
        }
        return out + " or " + core::writtenFigure(rule.high);
    }
    return "must be between " + core::writtenFigure(rule.low) + " and " +
           core::writtenFigure(rule.high);
}

std::string rangeTextZh(const ValueRule& rule) {
    if (rule.high >= kMaxCount) {
        return "须为不小于 0、不大于 " + core::writtenFigure(rule.high) + " 的整数";
    }
    return "须为 " + core::writtenFigure(rule.low) + " 到 " + core::writtenFigure(rule.high) +
           " 之间的整数";
}

}  // namespace

std::span<const ValueRule> valueRules() {
    return kRules;
}

std::string ruleName(const ValueRule& rule) {
    std::string name = std::string(rule.layer) + "_" + std::string(rule.field) + "_" +
                       std::string(what(rule.kind));
    if (rule.kind == PositiveWhen) {
        name += "_for_" + std::string(rule.when);
    }
    return name;
}

std::string ruleText(const ValueRule& rule, const core::DataTolerances& tolerances) {
    const std::string other(rule.other);
    const std::string tolerance = core::writtenFigure(100.0 * tolerances.vacant_over_floor_area);
    switch (rule.kind) {
        case Given:
            return "a value is required";
        case NotNegative:
            return "must not be negative";
        case Ratio:
            return "must be a ratio between 0 and 1, not a percentage";
        case WholeRange:
            return rangeText(rule);
        case OneOf:
            return "must be one of: " + core::joined(rule.allowed, ", ");
        case IndustryCode:
        case IndustryCodes:
            return "must be a GB/T 4754-2017 industry code (a section letter A–T and 2 to 4 "
                   "digits, e.g. C27, C271, C2710)";
        case NotAbove:
            return "must not be above " + other;
        case EitherGiven:
            return "either " + std::string(rule.field) + " or " + other + " must be given";
        case PositiveWhen:
            return "a project that needs " + std::string(rule.when) + " must give " +
                   std::string(rule.field) + " > 0";
        case VacancyFitsFloorArea:
            return "must not exceed " + other + " by more than " + tolerance + " %";
        case VacancyFitsFootprint:
            return "must not exceed the footprint × floors by more than " + tolerance + " % when " +
                   other + " is not given";
    }
    return {};
}

std::string ruleTextZh(const ValueRule& rule, const core::DataTolerances& tolerances) {
    const std::string field(rule.field);
    const std::string other(rule.other);
    const std::string tolerance = core::writtenFigure(100.0 * tolerances.vacant_over_floor_area);
    switch (rule.kind) {
        case Given:
            return "必须填写";
        case NotNegative:
            return "不能为负数";
        case Ratio:
            return "须为 0 到 1 之间的比例（不是百分数）";
        case WholeRange:
            return rangeTextZh(rule);
        case OneOf:
            return "须为以下之一：" + core::joined(rule.allowed, "、");
        case IndustryCode:
        case IndustryCodes:
            return "须为 GB/T 4754-2017 行业代码（门类字母 A–T 加 2 至 4 位数字，如 C27、C2710）";
        case NotAbove:
            return "不能大于 " + other;
        case EitherGiven:
            return field + " 与 " + other + " 至少填写一项";
        case PositiveWhen:
            return "需求为 " + std::string(rule.when) + " 的项目须填写大于 0 的 " + field;
        case VacancyFitsFloorArea:
            return "空置面积超出 " + other + " 不能多于 " + tolerance + " %";
        case VacancyFitsFootprint:
            return "未填 " + other + " 时，空置面积超出基底面积 × 层数不能多于 " + tolerance + " %";
    }
    return {};
}

bool needsGeometry(const ValueRule& rule) noexcept {
    return rule.kind == VacancyFitsFootprint;
}

}  // namespace sitefit::gis
