#pragma once

#include <cstddef>

#include "sitefit/core/error.hpp"
#include "sitefit/gis/input_limits.hpp"

namespace sitefit::gis::detail {

// Refuses a layer of more than limits.max_features_per_layer features before any of it is
// read, with the variable that raises the limit. `count`: from the source's index or
// header, 0 when it cannot tell.
void checkFeatureLimit(std::size_t count, const InputLimits& limits, const ErrorContext& where);

}  // namespace sitefit::gis::detail
