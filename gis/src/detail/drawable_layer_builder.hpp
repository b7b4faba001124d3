#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "sitefit/gis/drawable_layer.hpp"

class OGRGeometry;
class OGRPolygon;

namespace sitefit::gis::detail {

// Builds a DrawableLayer from GDAL's geometries one feature at a time, as a workspace is
// read, so that opening the map does not parse every geometry a second time from its WKB.
// The result equals DrawableLayer(wkb) for the WKB of the same geometries (tests
// DrawableLayerBuilder.*). add() is cheap (a copy of the coordinates); finish() packs the
// spatial index and may run on another thread than add().
class DrawableLayerBuilder {
public:
    // `expected`: the layer's feature count, when known, to reserve for.
    DrawableLayerBuilder(std::string layer, std::size_t expected);
    DrawableLayerBuilder(const DrawableLayerBuilder&) = delete;
    DrawableLayerBuilder& operator=(const DrawableLayerBuilder&) = delete;
    DrawableLayerBuilder(DrawableLayerBuilder&&) noexcept;
    DrawableLayerBuilder& operator=(DrawableLayerBuilder&&) noexcept;
    ~DrawableLayerBuilder();

    // The next feature: a polygon, multipolygon, point or multipoint (null or empty: a
    // feature with nothing to draw; Z and M are dropped). The reader has checked its type
    // and coordinates; any other type is an internal error naming the layer and feature.
    void add(const OGRGeometry* geometry);
    [[nodiscard]] std::size_t size() const noexcept;
    // Indexes what was added. The builder is spent.
    [[nodiscard]] DrawableLayer finish();

private:
    void append(const OGRGeometry& geometry);
    void appendPolygon(const OGRPolygon& polygon);

    // Features read before the layer's coordinates are reserved from their average size.
    static constexpr std::size_t kSampleFeatures = 1024;

    std::string m_layer;
    std::size_t m_expected;
    std::unique_ptr<DrawableLayer::Store> m_store;
};

}  // namespace sitefit::gis::detail
