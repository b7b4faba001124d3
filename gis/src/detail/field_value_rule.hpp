#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace sitefit::gis::detail {

// What an import does to one schema field's values before a record is decoded from them
// (see planLayerValues); FieldSource applies it.
struct FieldValueRule {
    std::optional<std::string> constant;  // the value of every feature, instead of the source's
    // Trimmed source value → schema value, for the values that change.
    std::unordered_map<std::string, std::string> translations;
    // Trimmed source value → why no table translates it (with --lenient the feature is skipped).
    std::unordered_map<std::string, std::string> refusals;
    double factor = 1.0;  // numbers: schema value = source value × factor (a unit)
};

// Schema field → its rule.
using FieldValueRules = std::map<std::string, FieldValueRule, std::less<>>;

}  // namespace sitefit::gis::detail
