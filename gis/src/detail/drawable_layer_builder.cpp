#include "detail/drawable_layer_builder.hpp"

#include <ogr_geometry.h>

#include <limits>
#include <utility>

#include "detail/drawable_store.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis::detail {
namespace {

// Appends a ring's (or a point's) x, y pairs to the store and records where the ring ends.
void appendRing(FlatStore& store, const OGRSimpleCurve& ring, std::size_t firstPoint,
                const std::string& layer) {
    const auto points = static_cast<std::size_t>(ring.getNumPoints());
    std::vector<double>& xy = store.xy;
    const std::size_t offset = xy.size();
    xy.resize(offset + 2 * points);
    // Strided into the interleaved store: x at even, y at odd positions; Z and M not asked.
    ring.getPoints(xy.data() + offset, 2 * sizeof(double), xy.data() + offset + 1,
                   2 * sizeof(double));
    const std::size_t end = xy.size() / 2 - firstPoint;
    if (end > std::numeric_limits<std::uint32_t>::max()) {
        // Far past the reader's vertex limit; said rather than wrapped.
        throw Error(Error::Kind::Internal, "more than 4 billion points in one feature",
                    {"", layer, "index " + std::to_string(store.size()), "geometry"});
    }
    store.ring_ends.push_back(static_cast<std::uint32_t>(end));
}

}  // namespace

DrawableLayerBuilder::DrawableLayerBuilder(std::string layer, std::size_t expected)
    : m_layer(std::move(layer)),
      m_expected(expected),
      m_store(std::make_unique<DrawableLayer::Store>()) {
    FlatStore& flat = m_store->flat;
    flat.envelopes.reserve(expected);
    flat.point_begin.reserve(expected + 1);
    flat.ring_begin.reserve(expected + 1);
    flat.polygon_begin.reserve(expected + 1);
    flat.ring_ends.reserve(expected);
    flat.polygon_ends.reserve(expected);
}

DrawableLayerBuilder::DrawableLayerBuilder(DrawableLayerBuilder&&) noexcept = default;
DrawableLayerBuilder& DrawableLayerBuilder::operator=(DrawableLayerBuilder&&) noexcept = default;
DrawableLayerBuilder::~DrawableLayerBuilder() = default;

std::size_t DrawableLayerBuilder::size() const noexcept {
    return m_store->flat.size();
}

void DrawableLayerBuilder::add(const OGRGeometry* geometry) {
    FlatStore& flat = m_store->flat;
    if (geometry != nullptr && !geometry->IsEmpty()) {
        append(*geometry);
    }
    flat.endFeature();
    // Once the first features show how many points a feature has, the coordinates of the
    // whole layer are reserved: growing a million footprints' coordinates by doubling copied
    // them twice over, and left slack that sealing had to copy away.
    if (flat.size() == kSampleFeatures && m_expected > kSampleFeatures) {
        const double perFeature = static_cast<double>(flat.xy.size()) / kSampleFeatures;
        flat.xy.reserve(
            static_cast<std::size_t>(perFeature * 1.05 * static_cast<double>(m_expected)));
        flat.ring_ends.reserve(m_expected + m_expected / 8);
        flat.polygon_ends.reserve(m_expected + m_expected / 8);
    }
}

void DrawableLayerBuilder::append(const OGRGeometry& geometry) {
    FlatStore& flat = m_store->flat;
    switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPoint:
            if (!geometry.IsEmpty()) {
                const std::size_t firstPoint = flat.point_begin.back();
                const OGRPoint& point = *geometry.toPoint();
                flat.xy.push_back(point.getX());
                flat.xy.push_back(point.getY());
                flat.ring_ends.push_back(
                    static_cast<std::uint32_t>(flat.xy.size() / 2 - firstPoint));
                flat.polygon_ends.push_back(
                    static_cast<std::uint32_t>(flat.ring_ends.size() - flat.ring_begin.back()));
            }
            break;
        case wkbPolygon:
            appendPolygon(*geometry.toPolygon());
            break;
        case wkbMultiPoint:
        case wkbMultiPolygon:
            for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
                append(*part);
            }
            break;
        default:
            throw Error(Error::Kind::Internal,
                        std::string("a ") + OGRGeometryTypeToName(geometry.getGeometryType()) +
                            " reached the map's layer, which holds polygons or points",
                        {"", m_layer, "index " + std::to_string(flat.size()), "geometry"});
    }
}

void DrawableLayerBuilder::appendPolygon(const OGRPolygon& polygon) {
    // As GEOS reads the same WKB: an empty polygon adds nothing, an empty hole is left out.
    const OGRLinearRing* exterior = polygon.getExteriorRing();
    if (exterior == nullptr || exterior->IsEmpty()) {
        return;
    }
    FlatStore& flat = m_store->flat;
    const std::size_t firstPoint = flat.point_begin.back();
    appendRing(flat, *exterior, firstPoint, m_layer);
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i) {
        const OGRLinearRing* hole = polygon.getInteriorRing(i);
        if (!hole->IsEmpty()) {
            appendRing(flat, *hole, firstPoint, m_layer);
        }
    }
    flat.polygon_ends.push_back(
        static_cast<std::uint32_t>(flat.ring_ends.size() - flat.ring_begin.back()));
}

DrawableLayer DrawableLayerBuilder::finish() {
    std::unique_ptr<DrawableLayer::Store> store = std::move(m_store);
    store->flat.seal();
    store->tree.build(store->flat.envelopes);
    return DrawableLayer(std::move(store));
}

}  // namespace sitefit::gis::detail
