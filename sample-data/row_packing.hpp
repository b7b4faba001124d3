#pragma once

#include <vector>

#include "building_use.hpp"

namespace sitefit::sample {

// A footprint in the axes of the area being filled: x along its length, y across it from
// its front, in metres.
struct PackedFootprint {
    double x0 = 0.0;
    double y0 = 0.0;
    double x1 = 0.0;
    double y1 = 0.0;
    BuildingUse use = BuildingUse::ProductionHall;
    bool single_storey = false;  // a heavy bay of an estate

    [[nodiscard]] double area_m2() const { return (x1 - x0) * (y1 - y0); }
};

[[nodiscard]] double coveredArea(const std::vector<PackedFootprint>& footprints);

// Rows of like buildings: estate units, apartment slabs, warehouses, houses.
struct RowPattern {
    double unit_length = 60.0;
    double unit_depth = 21.0;
    double max_depth = 30.0;  // how far a row may be deepened to use the area
    double unit_gap = 12.0;   // between buildings of one row
    double row_gap = 16.0;    // between rows: fire separation, sunlight or truck yard
    BuildingUse use = BuildingUse::EstateFactory;
};

// Fills the area [0, length] × [y_from, depth] with rows of the pattern, stretching units and
// rows to use the space, and stops once the footprints in `footprints` cover `target_m2`.
void fillRows(double length, double depth, double y_from, double target_m2,
              const RowPattern& pattern, std::vector<PackedFootprint>& footprints);

}  // namespace sitefit::sample
