#pragma once

#include <nlohmann/json.hpp>

#include "sitefit/core/industry_catalogue.hpp"

namespace sitefit::core::detail {

// {"origin": "workspace"|"built_in", "description", "chains", "categories"}: which catalogue
// a JSON result was computed with.
[[nodiscard]] nlohmann::json catalogueJson(const IndustryCatalogue& catalogue);

}  // namespace sitefit::core::detail
