#pragma once

#include <span>
#include <string>
#include <string_view>

#include "sitefit/core/data_problem.hpp"

namespace sitefit::gis {

// What a value rule asks of one field of a workspace row. Every rule is declared once
// (valueRules()); the reader checks them, and the stores are given them as constraints and
// triggers generated from the same declaration (value_rule_sql.hpp), so that a row a store
// accepts is a row every sitefit command reads (docs/shared-workspace.md, "Value rules").
enum class ValueRuleKind {
    Given,          // a required text: neither null nor blank
    NotNegative,    // a number, at least 0
    Ratio,          // a number from 0 to 1: a share, not a percentage
    WholeRange,     // a whole number from `low` to `high`
    OneOf,          // one of `allowed`
    IndustryCode,   // a GB/T 4754-2017 code: a section letter A–T and 2 to 4 digits
    IndustryCodes,  // a comma-separated list of such codes
    NotAbove,       // not above the field `other`, when both are given
    EitherGiven,    // this field or `other` is given (neither null nor blank)
    PositiveWhen,   // above 0 when the field `other` holds `when`
    // Vacant space (this field) at most the floor area (`other`) and the data-quality
    // tolerance above it.
    VacancyFitsFloorArea,
    // Vacant space at most the footprint's area × floors and the tolerance, when no floor
    // area is given: needs the geometry's area, so only the reader and PostGIS check it.
    VacancyFitsFootprint,
};

struct ValueRule {
    std::string_view layer;
    std::string_view field;
    ValueRuleKind kind;
    double low = 0.0;
    double high = 0.0;
    std::span<const std::string_view> allowed{};
    std::string_view other{};
    std::string_view when{};
};

// Every value rule of the workspace schema, layer by layer in the schema's order.
[[nodiscard]] std::span<const ValueRule> valueRules();

// The rule's name, unique in the workspace: "<layer>_<field>_<what>", e.g.
// buildings_vacant_m2_not_negative. Stores name their constraints and triggers after it.
[[nodiscard]] std::string ruleName(const ValueRule& rule);

// What the rule asks, as the reader words it: "must not be negative". `tolerances` gives
// the vacancy rules' bound.
[[nodiscard]] std::string ruleText(const ValueRule& rule, const core::DataTolerances& tolerances);

// The same in Chinese, for the stores' messages (carriers read them in psql and QGIS).
[[nodiscard]] std::string ruleTextZh(const ValueRule& rule, const core::DataTolerances& tolerances);

// A GeoPackage cannot compute a geometry's area without SpatiaLite, so it is not given the
// rules that need one.
[[nodiscard]] bool needsGeometry(const ValueRule& rule) noexcept;

}  // namespace sitefit::gis
