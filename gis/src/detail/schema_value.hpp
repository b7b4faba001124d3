#pragma once

#include <ogr_feature.h>

#include <cstdint>
#include <string>
#include <variant>

#include "detail/field_source.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

// A schema field's value, typed as the schema says (null is monostate).
using SchemaValue = std::variant<std::monostate, std::string, std::int64_t, double, core::Date>;

// The field's value read by the reader's rules (FieldSource): text trimmed and UTF-8,
// numbers strictly parsed, dates checked. Throws the reader's Input error.
SchemaValue schemaValue(const FieldSource& source, const FieldSpec& field);

// The value as text that parses back to the same value: "" for null, integers in decimal,
// reals in their shortest exact form (3200, 2.5, 0.1), dates as YYYY-MM-DD.
std::string canonicalText(const SchemaValue& value);

// Stores the value in field `index` of a feature of a workspace layer.
void setSchemaValue(OGRFeature& feature, int index, const SchemaValue& value);

}  // namespace sitefit::gis::detail
