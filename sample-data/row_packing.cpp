#include "row_packing.hpp"

#include <algorithm>
#include <cmath>

namespace sitefit::sample {

double coveredArea(const std::vector<PackedFootprint>& footprints) {
    double area = 0.0;
    for (const PackedFootprint& footprint : footprints) {
        area += footprint.area_m2();
    }
    return area;
}

void fillRows(double length, double depth, double y_from, double target_m2,
              const RowPattern& pattern, std::vector<PackedFootprint>& footprints) {
    const double free = depth - y_from;
    if (free < pattern.unit_depth * 0.8 || length < pattern.unit_length * 0.5) {
        return;
    }
    const double perRow = std::max(
        1.0, std::floor((length + pattern.unit_gap) / (pattern.unit_length + pattern.unit_gap)));
    // Stretched, but not into something the pattern is not (a 200 m estate unit).
    const double unitLength =
        std::min((length - (perRow - 1.0) * pattern.unit_gap) / perRow, pattern.unit_length * 1.6);
    const double rows = std::max(
        1.0, std::floor((free + pattern.row_gap) / (pattern.unit_depth + pattern.row_gap)));
    const double rowDepth =
        std::min((free - (rows - 1.0) * pattern.row_gap) / rows, pattern.max_depth);
    double covered = coveredArea(footprints);
    for (int row = 0; row < static_cast<int>(rows); ++row) {
        const double y = y_from + row * (rowDepth + pattern.row_gap);
        for (int unit = 0; unit < static_cast<int>(perRow); ++unit) {
            if (covered >= target_m2) {
                return;
            }
            const double x = unit * (unitLength + pattern.unit_gap);
            footprints.push_back({x, y, x + unitLength, y + rowDepth, pattern.use, false});
            covered += footprints.back().area_m2();
        }
    }
}

}  // namespace sitefit::sample
