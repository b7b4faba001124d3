#pragma once

#include <ogr_spatialref.h>

#include <string>

namespace sitefit::gis::detail {

// How a CRS is named to users: "WGS 84 (EPSG:4326)", or its name alone when no authority
// code is known (e.g. a shapefile .prj that matches nothing in the EPSG registry).
[[nodiscard]] std::string describeCrs(const OGRSpatialReference& crs);

}  // namespace sitefit::gis::detail
