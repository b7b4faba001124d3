#include "label_anchor.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace sitefit::gui::detail {
namespace {

struct RingRange {
    std::uint32_t begin = 0;  // in points
    std::uint32_t end = 0;
};

// Point i of interleaved x, y coordinates (the index widened before it is doubled).
double xOf(std::span<const double> xy, std::size_t i) {
    return xy[2 * i];
}
double yOf(std::span<const double> xy, std::size_t i) {
    return xy[2 * i + 1];
}

double ringArea(std::span<const double> xy, RingRange ring) {
    double twice = 0.0;
    for (std::uint32_t i = ring.begin, j = ring.end - 1; i < ring.end; j = i++) {
        twice += xOf(xy, j) * yOf(xy, i) - xOf(xy, i) * yOf(xy, j);
    }
    return std::abs(twice) / 2.0;
}

}  // namespace

QPointF labelAnchor(const gis::DrawableFeature& feature) {
    const std::span<const double> xy = feature.xy;
    if (xy.size() < 2) {
        return {};
    }
    if (xy.size() == 2) {
        return {xy[0], xy[1]};
    }
    // The rings of the polygon with the largest exterior ring.
    std::uint32_t bestFirstRing = 0;
    std::uint32_t bestEndRing = 0;
    double bestArea = -1.0;
    std::uint32_t firstRing = 0;
    for (const std::uint32_t endRing : feature.polygon_ends) {
        if (endRing > firstRing) {
            const std::uint32_t begin = firstRing == 0 ? 0 : feature.ring_ends[firstRing - 1];
            const double area = ringArea(xy, {begin, feature.ring_ends[firstRing]});
            if (area > bestArea) {
                bestArea = area;
                bestFirstRing = firstRing;
                bestEndRing = endRing;
            }
        }
        firstRing = endRing;
    }
    if (bestArea < 0.0) {
        return {(feature.envelope.min_x + feature.envelope.max_x) / 2.0,
                (feature.envelope.min_y + feature.envelope.max_y) / 2.0};
    }
    const std::uint32_t outerBegin = bestFirstRing == 0 ? 0 : feature.ring_ends[bestFirstRing - 1];
    const std::uint32_t outerEnd = feature.ring_ends[bestFirstRing];
    double minX = xOf(xy, outerBegin);
    double maxX = minX;
    double minY = yOf(xy, outerBegin);
    double maxY = minY;
    for (std::uint32_t i = outerBegin; i < outerEnd; ++i) {
        minX = std::min(minX, xOf(xy, i));
        maxX = std::max(maxX, xOf(xy, i));
        minY = std::min(minY, yOf(xy, i));
        maxY = std::max(maxY, yOf(xy, i));
    }
    const double cx = (minX + maxX) / 2.0;
    const double cy = (minY + maxY) / 2.0;

    // Where the line y = cy crosses the polygon's rings (holes included); between the
    // crossings, counted from the left, the line is alternately outside and inside.
    std::vector<double> crossings;
    for (std::uint32_t ring = bestFirstRing; ring < bestEndRing; ++ring) {
        const std::uint32_t begin = ring == 0 ? 0 : feature.ring_ends[ring - 1];
        const std::uint32_t end = feature.ring_ends[ring];
        for (std::uint32_t i = begin, j = end - 1; i < end; j = i++) {
            const double yi = yOf(xy, i);
            const double yj = yOf(xy, j);
            if ((yi > cy) != (yj > cy)) {
                const double xi = xOf(xy, i);
                const double xj = xOf(xy, j);
                crossings.push_back(xj + (cy - yj) * (xi - xj) / (yi - yj));
            }
        }
    }
    std::sort(crossings.begin(), crossings.end());
    double bestWidth = -1.0;
    double bestX = cx;
    for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
        const double left = crossings[i];
        const double right = crossings[i + 1];
        if (left <= cx && cx <= right) {
            return {cx, cy};  // the centre is inside
        }
        if (right - left > bestWidth) {
            bestWidth = right - left;
            bestX = (left + right) / 2.0;
        }
    }
    return {bestX, cy};
}

}  // namespace sitefit::gui::detail
