#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

namespace detail {
class DrawableLayerBuilder;
}

// An axis-aligned rectangle in the workspace CRS (metres). Empty when min > max.
struct Envelope {
    double min_x = 1.0;
    double min_y = 1.0;
    double max_x = 0.0;
    double max_y = 0.0;

    [[nodiscard]] bool empty() const noexcept { return min_x > max_x || min_y > max_y; }
    [[nodiscard]] double width() const noexcept { return empty() ? 0.0 : max_x - min_x; }
    [[nodiscard]] double height() const noexcept { return empty() ? 0.0 : max_y - min_y; }
    [[nodiscard]] bool intersects(const Envelope& other) const noexcept {
        return !empty() && !other.empty() && min_x <= other.max_x && other.min_x <= max_x &&
               min_y <= other.max_y && other.min_y <= max_y;
    }
    // The smallest envelope holding both (an empty one adds nothing).
    [[nodiscard]] Envelope united(const Envelope& other) const noexcept;
    bool operator==(const Envelope&) const = default;
};

// One feature ready to draw: views into its layer's flat coordinate store.
// Polygons: `ring_ends` holds the end (exclusive, in points) of each ring within `xy`;
// every polygon's exterior ring is followed by its holes, and `polygon_ends` holds the end
// (exclusive, in rings) of each polygon, so a multipolygon is several polygons. Drawing with
// the odd-even fill rule gives holes. Rings keep their closing point, as in WKB. Points: one
// point is one ring of length 1 in a polygon of one ring (ring_ends {1}, polygon_ends {1});
// a multipoint is several. An empty feature has empty spans and an empty envelope.
struct DrawableFeature {
    std::span<const double> xy;  // x0, y0, x1, y1, ... in the workspace CRS
    std::span<const std::uint32_t> ring_ends;
    std::span<const std::uint32_t> polygon_ends;
    Envelope envelope;
};

// The geometry of one workspace layer, converted once for drawing: flat coordinates plus a
// packed spatial index over the feature envelopes. Index-aligned with the WKB it was made
// from (feature i is workspace geometry i).
//
// Thread rules: immutable after construction; every const member may run on many threads at
// once (each call uses its own GEOS context). Share it as std::shared_ptr<const DrawableLayer>.
class DrawableLayer {
public:
    // Converts WKB polygons, multipolygons, points or multipoints (an empty or null geometry
    // becomes a feature with no coordinates and an empty envelope, drawn as nothing; Z and M
    // are dropped). Throws sitefit::Error (Input) naming `layer` and the feature
    // ("index <i>", 0-based) for unreadable WKB or any other geometry type.
    DrawableLayer(std::span<const Wkb> geometries, const std::string& layer);
    DrawableLayer(std::initializer_list<Wkb> geometries, const std::string& layer)
        : DrawableLayer(std::span<const Wkb>(geometries.begin(), geometries.size()), layer) {}
    DrawableLayer(const DrawableLayer&) = delete;
    DrawableLayer& operator=(const DrawableLayer&) = delete;
    DrawableLayer(DrawableLayer&&) noexcept;
    DrawableLayer& operator=(DrawableLayer&&) noexcept;
    ~DrawableLayer();

    [[nodiscard]] std::size_t size() const noexcept;
    [[nodiscard]] DrawableFeature feature(std::size_t index) const;
    // The union of every feature's envelope; empty for a layer with no coordinates.
    [[nodiscard]] Envelope extent() const noexcept;

    // Indices of the features whose envelope intersects `area`, ascending (so drawing order
    // is the layer's order whatever the index returns). Thread-safe.
    [[nodiscard]] std::vector<std::size_t> query(const Envelope& area) const;
    // Whether any feature's envelope intersects `area`: query(area) is not empty, found
    // without collecting the features. Thread-safe.
    [[nodiscard]] bool anyIn(const Envelope& area) const;

    // The feature under (x, y): for polygons the one containing the point (the last in
    // layer order when several do), else the nearest feature within `tolerance_m`
    // (points, or a click just beside a polygon's edge). Thread-safe.
    [[nodiscard]] std::optional<std::size_t> featureAt(double x, double y,
                                                       double tolerance_m) const;

    // Bytes held by the coordinate store and the index (for the scale benchmarks).
    [[nodiscard]] std::size_t memoryBytes() const noexcept;

private:
    struct Store;                               // defined in gis/src/detail/drawable_store.hpp
    friend class detail::DrawableLayerBuilder;  // builds one as a workspace is read
    explicit DrawableLayer(std::unique_ptr<Store> store);

    std::unique_ptr<Store> m_store;
};

// The spatial layers converted for drawing, each index-aligned with its workspace geometries.
struct DrawableLayers {
    std::shared_ptr<const DrawableLayer> zones;
    std::shared_ptr<const DrawableLayer> parcels;
    std::shared_ptr<const DrawableLayer> buildings;
    std::shared_ptr<const DrawableLayer> enterprises;

    [[nodiscard]] bool complete() const noexcept {
        return zones && parcels && buildings && enterprises;
    }
};

// The workspace's drawable layers: those of `made` (DrawableLayersSink::take(), made while it
// was read) that still line up with it, the others made from its WKB. A layer of `made` with
// another feature count than the workspace's lost features after the read (the capacity
// analysis sets invalid polygons aside) and is made again. Throws sitefit::Error as
// DrawableLayer's constructor does.
[[nodiscard]] DrawableLayers drawableLayersOf(const Workspace& workspace, DrawableLayers made = {});

}  // namespace sitefit::gis
