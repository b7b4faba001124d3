#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "sitefit/gis/drawable_layer.hpp"

namespace sitefit::gis::detail {

// A layer's coordinates, flat: what DrawableLayer holds, made either from WKB
// (DrawableLayer's constructor) or from GDAL's geometries as a workspace is read
// (DrawableLayerBuilder).
struct FlatStore {
    // Per feature f, its points are [point_begin[f], point_begin[f+1]) (x, y pairs in `xy`),
    // its rings [ring_begin[f], ring_begin[f+1]) in `ring_ends` and its polygons
    // [polygon_begin[f], polygon_begin[f+1]) in `polygon_ends`. The end arrays are relative
    // to the feature's first point / ring, as DrawableFeature promises, so a feature's spans
    // are plain subranges.
    std::vector<double> xy;
    std::vector<std::uint32_t> ring_ends;
    std::vector<std::uint32_t> polygon_ends;
    std::vector<std::size_t> point_begin{0};
    std::vector<std::size_t> ring_begin{0};
    std::vector<std::size_t> polygon_begin{0};
    std::vector<Envelope> envelopes;
    Envelope extent;
    std::size_t indexed = 0;  // features in the tree (those with coordinates)

    [[nodiscard]] std::size_t size() const noexcept { return envelopes.size(); }

    [[nodiscard]] DrawableFeature feature(std::size_t f) const {
        const std::span<const double> allXy(xy);
        const std::span<const std::uint32_t> allRings(ring_ends);
        const std::span<const std::uint32_t> allPolygons(polygon_ends);
        return {allXy.subspan(2 * point_begin[f], 2 * (point_begin[f + 1] - point_begin[f])),
                allRings.subspan(ring_begin[f], ring_begin[f + 1] - ring_begin[f]),
                allPolygons.subspan(polygon_begin[f], polygon_begin[f + 1] - polygon_begin[f]),
                envelopes[f]};
    }

    // Ends the feature whose rings were appended since the previous one ended: its envelope
    // is that of the points appended (none: empty).
    void endFeature();
    // Frees the slack the vectors grew, and counts the features the tree will hold.
    void seal();
};

}  // namespace sitefit::gis::detail
