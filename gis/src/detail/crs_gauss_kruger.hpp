#pragma once

#include <optional>

namespace sitefit::gis::detail {

// The EPSG code of "CGCS2000 / 3-degree Gauss-Kruger CM <n>E" (false easting 500 km, no zone
// number in the easting), the zone whose band [CM − 1.5°, CM + 1.5°) holds `longitude_deg`
// (degrees east). nullopt outside the zones EPSG defines for China (CM 75°E … 135°E).
[[nodiscard]] std::optional<int> cgcs2000GaussKrugerEpsg(double longitude_deg);

}  // namespace sitefit::gis::detail
