#pragma once

#include <string_view>

#include "detail/field_source.hpp"

namespace sitefit::gis::detail {

// Checks the source's current feature against every value rule of `layer` (valueRules())
// that the row alone decides. The vacancy rules are left to the decoder, which also clamps
// a vacancy within the tolerance (decodeBuilding, checkVacancyFitsFootprint). Throws, through
// FieldSource::fail, an Input error naming the field and the rule broken.
void checkValueRules(std::string_view layer, const FieldSource& source);

}  // namespace sitefit::gis::detail
