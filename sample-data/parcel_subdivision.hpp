#pragma once

#include <ogr_geometry.h>

#include <cstddef>
#include <vector>

#include "district_plan.hpp"
#include "plan_geometry.hpp"
#include "random_stream.hpp"

namespace sitefit::sample {

// A parcel cut from a zone, in the zone's plan coordinates (metres).
struct SubdividedParcel {
    LocalRect rect;          // the lot as surveyed on the grid, before clipping to the outline
    OGRPolygon shape;        // the parcel itself: `rect`, or what of it lies inside the zone
    bool irregular = false;  // clipped by the zone outline: an odd-shaped lot (边角地)
    std::size_t block = 0;   // parcels of one block share lot lines; roads separate blocks
    double area_m2 = 0.0;
};

// Lays a road grid over a zone and cuts its blocks into parcels.
//
// Roads run between blocks and around the zone's edge, so every parcel lies inside its zone
// and parcels of neighbouring zones never touch. Blocks are cut in two along their longer
// side until each piece is below a size drawn from the plan's range, which gives the mix of
// lot sizes a real park has. Blocks that cross the outline are clipped by OGR (GEOS);
// slivers under the minimum parcel size become green space.
class ParcelSubdivision {
public:
    // `outline` is the zone in plan coordinates, already scaled.
    [[nodiscard]] static std::vector<SubdividedParcel> subdivide(const OGRPolygon& outline,
                                                                 const ZonePlan& plan,
                                                                 RandomStream& random);
};

// The smallest parcel the generator makes, and the perimeter road inside each zone (metres).
inline constexpr double kMinParcelMu = 10.0;
inline constexpr double kPerimeterRoadM = 15.0;

}  // namespace sitefit::sample
