#pragma once

#include <ogr_spatialref.h>

#include <string>

#include "sitefit/core/error.hpp"

namespace sitefit::gis::detail {

// How far (degrees) data may reach beyond a CRS's area of use: the areas PROJ gives are
// coarse boxes, and a district straddling a zone border is often kept in one zone.
inline constexpr double kAreaOfUseMarginDeg = 2.0;

// Refuses an extent whose coordinates cannot be in `crs`, the sign of a wrong CRS declared
// (or assumed): coordinates outside the CRS's area of use (PROJ's, widened by the margin),
// e.g. Gauss-Kruger eastings with the zone number in front in a CRS without it; and, in a
// projected CRS, coordinates that all look like degrees (longitude/latitude data declared as
// metres). `fix` ends the message: what to do about it. Throws an Input error naming `where`.
// An extent with non-finite values is left to the per-feature checks.
void checkExtentFitsCrs(const OGREnvelope& extent, const OGRSpatialReference& crs,
                        const ErrorContext& where, const std::string& fix);

}  // namespace sitefit::gis::detail
