#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "sitefit/core/data_problem.hpp"

namespace sitefit::gis {

// The value rules (valueRules()) in the stores' own terms, so that a client other than
// sitefit (psql, QGIS, ogr2ogr) cannot store a row the reader would refuse. Each refusal
// names the table, the field, the rule, and (PostGIS) the value, in English and Chinese.

// PostGIS: a CHECK constraint per rule, named after it (NOT VALID when `not_valid`, for a
// workspace whose rows already break some), and per table a BEFORE INSERT OR UPDATE trigger
// that refuses a breaking row with a message holding its value (SQLSTATE 23514, as a
// CHECK). The trigger runs first, so its message is the one a user sees.
[[nodiscard]] std::string postgisValueRules(const core::DataTolerances& tolerances, bool not_valid);

// PostGIS: one SELECT of every row that breaks a rule, as (layer, feature, field, found,
// rule); the feature is the row's id, or "#fid" in a table without one.
[[nodiscard]] std::string postgisValueRuleViolations(const core::DataTolerances& tolerances);

// GeoPackage: statements that drop and create, per table, a BEFORE INSERT and a BEFORE UPDATE
// trigger raising ABORT for a row that breaks a rule or whose value is not of the field's
// type (SQLite stores any value in any column). SQLite's RAISE takes a fixed message, so it
// names the table, field and rule but not the value. Rules that need a geometry's area are
// left out. `hasColumn(table, field)` says what the file holds: a missing column is NULL.
[[nodiscard]] std::vector<std::string> geopackageValueTriggers(
    const core::DataTolerances& tolerances,
    const std::function<bool(std::string_view table, std::string_view field)>& hasColumn);

}  // namespace sitefit::gis
