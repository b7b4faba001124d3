#include "sitefit/core/spatial_facts.hpp"

namespace sitefit::core {

std::optional<std::size_t> largestShare(const std::vector<Overlap>& overlaps) {
    std::optional<std::size_t> best;
    double bestArea = 0.0;
    for (const Overlap& overlap : overlaps) {
        if (overlap.area_m2 <= 0.0) {
            continue;
        }
        if (!best || overlap.area_m2 > bestArea ||
            (overlap.area_m2 == bestArea && overlap.index < *best)) {
            best = overlap.index;
            bestArea = overlap.area_m2;
        }
    }
    return best;
}

}  // namespace sitefit::core
