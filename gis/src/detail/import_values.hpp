#pragma once

#include <ogrsf_frmts.h>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "detail/field_value_rule.hpp"
#include "sitefit/gis/import_mapping.hpp"
#include "sitefit/gis/importer.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

struct UntranslatableValue {
    std::string value;
    std::size_t count = 0;  // features holding it
    std::vector<std::string> nearest;
};

// The values of one field that neither the schema, the mapping nor a built-in table knows.
struct UntranslatableField {
    std::string field;                        // schema field
    std::string source_field;                 // the column read
    std::size_t features = 0;                 // features holding one of them
    std::vector<UntranslatableValue> values;  // most frequent first
};

// How one layer's values become schema values, and what that found.
struct LayerValuePlan {
    FieldValueRules rules;
    std::vector<TranslatedField> translated;
    std::vector<UntranslatableField> untranslatable;
    std::vector<std::string> notes;  // constants and units used
};

// Reads every distinct value of the fields that have a value table or a built-in table (the
// layer's attributes only, before the features are decoded) and decides each one's schema
// value: the mapping's value table first, then the built-in table. `sourceNames`: schema
// field → column, where they differ. The layer's reading is reset.
[[nodiscard]] LayerValuePlan planLayerValues(OGRLayer& layer, const LayerSpec& spec,
                                             const LayerMapping& mapping,
                                             const std::map<std::string, std::string>& sourceNames);

// "status (source field '供地状态'): 3 values no table translates, in 15 features: '招拍挂中'
// (12 features; nearest: ...), ..." with at most `shown` values listed and the rest counted,
// and how to fix it.
[[nodiscard]] std::string describeUntranslatable(const LayerSpec& spec,
                                                 const UntranslatableField& field,
                                                 std::size_t shown = 10);

}  // namespace sitefit::gis::detail
