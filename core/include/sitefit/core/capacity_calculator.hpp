#pragma once

#include "sitefit/core/capacity_report.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/spatial_facts.hpp"

namespace sitefit::core {

// Turns measured spatial facts into the parcel and zone figures of docs/capacity.md.
// Pure arithmetic over plain values: no geometry, no I/O.
class CapacityCalculator {
public:
    // Throws sitefit::Error (Internal) when `facts` was not measured for `district`.
    [[nodiscard]] static CapacityReport compute(const District& district,
                                                const SpatialFacts& facts);
};

// A building's gross floor area: its attribute when given, else footprint × floors.
[[nodiscard]] double effectiveFloorArea(const Building& building, double footprint_m2);

}  // namespace sitefit::core
