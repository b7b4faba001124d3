#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "detail/field_source.hpp"
#include "detail/schema_value.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

// The values of one row: schema field → value.
using RowValues = std::map<std::string, SchemaValue, std::less<>>;

// Every schema field of the feature `source` points at, read by the reader's rules.
RowValues rowValues(const FieldSource& source, const LayerSpec& spec);

// Values stored as text (a PostgreSQL row in libpq's text format; "" or absent = null),
// parsed by the reader's rules without the record's domain checks.
RowValues parseRow(const std::string& file, const LayerSpec& spec,
                   const std::map<std::string, std::string>& texts);

// The row after `changes` (schema field → text as typed; "" clears), checked as a whole by
// WorkspaceReader's rules: each value parsed as the reader parses it, then the record
// decoded with the layer's domain checks (enumerations, ranges, vacancy within the floor
// area, far_min ≤ far_max, a project's need and its area). `footprint_m2` is a building's
// footprint area in the workspace CRS (for a vacancy without floor area), else nullopt.
// Throws the reader's Input error naming `file`, the layer, the row id and the field.
RowValues reviseRow(const std::string& file, const LayerSpec& spec, const RowValues& current,
                    const std::map<std::string, std::string>& changes,
                    std::optional<double> footprint_m2);

}  // namespace sitefit::gis::detail
