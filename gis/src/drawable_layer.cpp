#include "sitefit/gis/drawable_layer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <span>
#include <string>
#include <utility>

#include "detail/drawable_store.hpp"
#include "detail/geos_handles.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/parallel_for.hpp"

namespace sitefit::gis {

Envelope Envelope::united(const Envelope& other) const noexcept {
    if (empty()) {
        return other;
    }
    if (other.empty()) {
        return *this;
    }
    return {std::min(min_x, other.min_x), std::min(min_y, other.min_y),
            std::max(max_x, other.max_x), std::max(max_y, other.max_y)};
}

namespace {

using detail::FlatStore;
using detail::GeometryPtr;
using detail::GeosContext;

// Fewer features than this are converted by the calling thread alone.
constexpr std::size_t kParallelFrom = 4096;

// Appends one feature parsed by GEOS to the flat store.
class FeatureAppender {
public:
    FeatureAppender(FlatStore& store, const GeosContext& context, const std::string& layer,
                    std::size_t index)
        : m_store(store),
          m_context(context),
          m_layer(layer),
          m_index(index),
          m_firstPoint(store.xy.size() / 2),
          m_firstRing(store.ring_ends.size()) {}

    void append(const GEOSGeometry& geometry) {
        const GEOSContextHandle_t h = m_context.handle();
        switch (GEOSGeomTypeId_r(h, &geometry)) {
            case GEOS_POINT:
                appendPoint(geometry);
                break;
            case GEOS_POLYGON:
                appendPolygon(geometry);
                break;
            case GEOS_MULTIPOINT:
            case GEOS_MULTIPOLYGON: {
                const int parts = GEOSGetNumGeometries_r(h, &geometry);
                for (int i = 0; i < parts; ++i) {
                    append(*GEOSGetGeometryN_r(h, &geometry, i));
                }
                break;
            }
            default:
                fail(std::string("a ") + typeName(geometry) +
                     " cannot be drawn here: this layer holds polygons or points");
        }
    }

    [[noreturn]] void fail(const std::string& message) const {
        throw Error(Error::Kind::Input, message,
                    {"", m_layer, "index " + std::to_string(m_index), "geometry"});
    }

private:
    void appendPoint(const GEOSGeometry& point) {
        if (GEOSisEmpty_r(m_context.handle(), &point) == 1) {
            return;
        }
        appendRing(*GEOSGeom_getCoordSeq_r(m_context.handle(), &point));
        closePolygon();
    }

    void appendPolygon(const GEOSGeometry& polygon) {
        const GEOSContextHandle_t h = m_context.handle();
        if (GEOSisEmpty_r(h, &polygon) == 1) {
            return;
        }
        appendRing(*GEOSGeom_getCoordSeq_r(h, GEOSGetExteriorRing_r(h, &polygon)));
        const int holes = GEOSGetNumInteriorRings_r(h, &polygon);
        for (int i = 0; i < holes; ++i) {
            const GEOSGeometry* hole = GEOSGetInteriorRingN_r(h, &polygon, i);
            if (GEOSisEmpty_r(h, hole) == 0) {
                appendRing(*GEOSGeom_getCoordSeq_r(h, hole));
            }
        }
        closePolygon();
    }

    void appendRing(const GEOSCoordSequence& sequence) {
        const GEOSContextHandle_t h = m_context.handle();
        unsigned int points = 0;
        GEOSCoordSeq_getSize_r(h, &sequence, &points);
        std::vector<double>& xy = m_store.xy;
        const std::size_t offset = xy.size();
        xy.resize(offset + 2 * std::size_t{points});
        // Z and M, if any, are dropped by the copy: the map is 2D.
        if (points > 0 &&
            GEOSCoordSeq_copyToBuffer_r(h, &sequence, xy.data() + offset, 0, 0) == 0) {
            fail("GEOS could not read the coordinates: " + m_context.lastError());
        }
        for (std::size_t i = offset; i < xy.size(); ++i) {
            if (!std::isfinite(xy[i])) {
                fail("a coordinate is not a finite number");
            }
        }
        const std::size_t end = xy.size() / 2 - m_firstPoint;
        if (end > std::numeric_limits<std::uint32_t>::max()) {
            fail("more than 4 billion points in one feature");
        }
        m_store.ring_ends.push_back(static_cast<std::uint32_t>(end));
    }

    void closePolygon() {
        m_store.polygon_ends.push_back(
            static_cast<std::uint32_t>(m_store.ring_ends.size() - m_firstRing));
    }

    [[nodiscard]] std::string typeName(const GEOSGeometry& geometry) const {
        const detail::GeosStringPtr name(GEOSGeomType_r(m_context.handle(), &geometry),
                                         detail::GeosStringDeleter{m_context.handle()});
        return name ? name.get() : "geometry of unknown type";
    }

    FlatStore& m_store;
    const GeosContext& m_context;
    const std::string& m_layer;
    std::size_t m_index;
    std::size_t m_firstPoint;
    std::size_t m_firstRing;
};

[[nodiscard]] GeometryPtr makeRing(const GeosContext& context, std::span<const double> xy) {
    const GEOSContextHandle_t h = context.handle();
    GEOSCoordSequence* sequence =
        GEOSCoordSeq_copyFromBuffer_r(h, xy.data(), static_cast<unsigned int>(xy.size() / 2), 0, 0);
    if (sequence == nullptr) {
        return detail::own(context, nullptr);
    }
    // Takes the sequence, on failure too.
    return detail::own(context, GEOSGeom_createLinearRing_r(h, sequence));
}

// The feature as a GEOS geometry again, for the predicates featureAt needs: a (multi)polygon,
// or a (multi)point; nullptr when GEOS refuses it.
[[nodiscard]] GeometryPtr toGeos(const GeosContext& context, const DrawableFeature& feature,
                                 bool points) {
    const GEOSContextHandle_t h = context.handle();
    std::vector<GeometryPtr> parts;
    std::size_t ring = 0;
    for (const std::uint32_t polygonEnd : feature.polygon_ends) {
        std::vector<GeometryPtr> rings;
        for (; ring < polygonEnd; ++ring) {
            const std::size_t begin = ring == 0 ? 0 : feature.ring_ends[ring - 1];
            const std::span<const double> xy =
                feature.xy.subspan(2 * begin, 2 * (feature.ring_ends[ring] - begin));
            rings.push_back(
                points ? detail::own(context, GEOSGeom_createPointFromXY_r(h, xy[0], xy[1]))
                       : makeRing(context, xy));
            if (!rings.back()) {
                return detail::own(context, nullptr);
            }
        }
        if (points) {
            parts.push_back(std::move(rings.front()));
            continue;
        }
        // GEOS takes the rings whatever happens; release them from our owners first.
        GEOSGeometry* shell = rings.front().release();
        std::vector<GEOSGeometry*> holes;
        holes.reserve(rings.size() - 1);
        for (std::size_t i = 1; i < rings.size(); ++i) {
            holes.push_back(rings[i].release());
        }
        parts.push_back(detail::own(
            context, GEOSGeom_createPolygon_r(h, shell, holes.data(),
                                              static_cast<unsigned int>(holes.size()))));
        if (!parts.back()) {
            return detail::own(context, nullptr);
        }
    }
    if (parts.size() == 1) {
        return std::move(parts.front());
    }
    std::vector<GEOSGeometry*> raw;
    raw.reserve(parts.size());
    for (GeometryPtr& part : parts) {
        raw.push_back(part.release());
    }
    return detail::own(
        context, GEOSGeom_createCollection_r(h, points ? GEOS_MULTIPOINT : GEOS_MULTIPOLYGON,
                                             raw.data(), static_cast<unsigned int>(raw.size())));
}

// Every ring of a point feature is one point long; a polygon ring is at least four.
[[nodiscard]] bool isPoints(const DrawableFeature& feature) {
    return !feature.ring_ends.empty() && feature.ring_ends.back() == feature.ring_ends.size();
}

}  // namespace

namespace {

// Converts features [begin, end) into `piece` (a FlatStore of its own, as if they were the
// whole layer), with a GEOS context of its own: the calling thread may be one of several.
void convertRange(std::span<const Wkb> geometries, const std::string& layer, std::size_t begin,
                  std::size_t end, FlatStore& piece) {
    GeosContext context;
    const GEOSContextHandle_t h = context.handle();
    const detail::WkbReaderPtr reader(GEOSWKBReader_create_r(h), detail::WkbReaderDeleter{h});
    if (!reader) {
        throw Error(Error::Kind::Internal, "GEOS could not start: " + context.lastError(),
                    {"", layer});
    }
    piece.envelopes.reserve(end - begin);
    piece.point_begin.reserve(end - begin + 1);
    piece.ring_begin.reserve(end - begin + 1);
    piece.polygon_begin.reserve(end - begin + 1);
    for (std::size_t i = begin; i < end; ++i) {
        const Wkb& wkb = geometries[i];
        if (!wkb.empty()) {
            FeatureAppender appender(piece, context, layer, i);
            context.clearError();
            const GeometryPtr geometry =
                detail::own(context, GEOSWKBReader_read_r(h, reader.get(), wkb.data(), wkb.size()));
            if (!geometry) {
                appender.fail("unreadable geometry (WKB): " + context.lastError());
            }
            appender.append(*geometry);
        }
        piece.endFeature();
    }
}

// Appends `piece` (converted from the features that follow those of `flat`) to `flat`.
void appendPiece(FlatStore& flat, const FlatStore& piece) {
    const std::size_t points = flat.xy.size() / 2;
    const std::size_t rings = flat.ring_ends.size();
    const std::size_t polygons = flat.polygon_ends.size();
    flat.xy.insert(flat.xy.end(), piece.xy.begin(), piece.xy.end());
    // Ring and polygon ends count from the feature's own first point and ring: unchanged.
    flat.ring_ends.insert(flat.ring_ends.end(), piece.ring_ends.begin(), piece.ring_ends.end());
    flat.polygon_ends.insert(flat.polygon_ends.end(), piece.polygon_ends.begin(),
                             piece.polygon_ends.end());
    for (std::size_t f = 0; f < piece.size(); ++f) {
        flat.point_begin.push_back(points + piece.point_begin[f + 1]);
        flat.ring_begin.push_back(rings + piece.ring_begin[f + 1]);
        flat.polygon_begin.push_back(polygons + piece.polygon_begin[f + 1]);
    }
    flat.envelopes.insert(flat.envelopes.end(), piece.envelopes.begin(), piece.envelopes.end());
    flat.extent = flat.extent.united(piece.extent);
}

}  // namespace

DrawableLayer::DrawableLayer(std::span<const Wkb> geometries, const std::string& layer)
    : m_store(std::make_unique<Store>()) {
    // A large layer is converted in as many contiguous pieces as there are hardware threads,
    // each on its own thread with its own GEOS context, and the pieces joined in order.
    const std::size_t count = geometries.size();
    const std::size_t threads = count < kParallelFrom ? 1 : core::hardwareThreads();
    std::vector<FlatStore> pieces(threads);
    // The pieces are in feature order: the first failure is the one a serial loop meets.
    core::parallelFor(threads, threads, [&](std::size_t t) {
        convertRange(geometries, layer, count * t / threads, count * (t + 1) / threads, pieces[t]);
    });
    FlatStore& flat = m_store->flat;
    if (threads == 1) {
        flat = std::move(pieces.front());
    } else {
        std::size_t xy = 0;
        std::size_t rings = 0;
        std::size_t polygons = 0;
        for (const FlatStore& piece : pieces) {
            xy += piece.xy.size();
            rings += piece.ring_ends.size();
            polygons += piece.polygon_ends.size();
        }
        flat.xy.reserve(xy);
        flat.ring_ends.reserve(rings);
        flat.polygon_ends.reserve(polygons);
        flat.envelopes.reserve(count);
        flat.point_begin.reserve(count + 1);
        flat.ring_begin.reserve(count + 1);
        flat.polygon_begin.reserve(count + 1);
        for (FlatStore& piece : pieces) {
            appendPiece(flat, piece);
            piece = FlatStore{};  // free it before the next one is copied
        }
    }
    flat.seal();
    m_store->tree.build(flat.envelopes);
}

DrawableLayer::DrawableLayer(std::unique_ptr<Store> store) : m_store(std::move(store)) {}

DrawableLayer::DrawableLayer(DrawableLayer&&) noexcept = default;
DrawableLayer& DrawableLayer::operator=(DrawableLayer&&) noexcept = default;
DrawableLayer::~DrawableLayer() = default;

std::size_t DrawableLayer::size() const noexcept {
    return m_store->flat.size();
}

DrawableFeature DrawableLayer::feature(std::size_t index) const {
    if (index >= m_store->flat.size()) {
        throw Error(Error::Kind::Internal, "feature index " + std::to_string(index) +
                                               " is past the layer's " +
                                               std::to_string(m_store->flat.size()) + " features");
    }
    return m_store->flat.feature(index);
}

Envelope DrawableLayer::extent() const noexcept {
    return m_store->flat.extent;
}

std::vector<std::size_t> DrawableLayer::query(const Envelope& area) const {
    // `!(a <= b)` also catches NaN, which would match nothing anyway.
    if (m_store->flat.indexed == 0 || !(area.min_x <= area.max_x) || !(area.min_y <= area.max_y)) {
        return {};
    }
    std::vector<std::size_t> found;
    m_store->tree.query(area, found);
    std::sort(found.begin(), found.end());
    return found;
}

bool DrawableLayer::anyIn(const Envelope& area) const {
    if (m_store->flat.indexed == 0 || !(area.min_x <= area.max_x) || !(area.min_y <= area.max_y)) {
        return false;
    }
    return m_store->tree.any(area);
}

std::optional<std::size_t> DrawableLayer::featureAt(double x, double y, double tolerance_m) const {
    const double tolerance = std::isfinite(tolerance_m) ? std::max(0.0, tolerance_m) : 0.0;
    const std::vector<std::size_t> candidates =
        query({x - tolerance, y - tolerance, x + tolerance, y + tolerance});
    if (candidates.empty()) {
        return std::nullopt;
    }
    GeosContext context;
    const GEOSContextHandle_t h = context.handle();
    const GeometryPtr point = detail::own(context, GEOSGeom_createPointFromXY_r(h, x, y));
    if (!point) {
        throw Error(Error::Kind::Internal, "GEOS could not make a point: " + context.lastError());
    }
    std::optional<std::size_t> nearest;
    double nearestDistance = std::numeric_limits<double>::infinity();
    // Last first: the feature drawn on top wins, both for containment and for equal distance.
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
        const DrawableFeature feature = m_store->flat.feature(*it);
        const bool points = isPoints(feature);
        const GeometryPtr geometry = toGeos(context, feature, points);
        if (!geometry) {
            throw Error(Error::Kind::Internal, "GEOS could not rebuild feature " +
                                                   std::to_string(*it) + ": " +
                                                   context.lastError());
        }
        if (!points && GEOSIntersects_r(h, geometry.get(), point.get()) == 1) {
            return *it;
        }
        double distance = 0.0;
        if (GEOSDistance_r(h, geometry.get(), point.get(), &distance) == 1 &&
            distance <= tolerance && distance < nearestDistance) {
            nearest = *it;
            nearestDistance = distance;
        }
    }
    return nearest;
}

DrawableLayers drawableLayersOf(const Workspace& workspace, DrawableLayers made) {
    DrawableLayers layers = std::move(made);
    const auto make = [](std::shared_ptr<const DrawableLayer>& layer,
                         const std::vector<Wkb>& geometries, const char* name) {
        if (!layer || layer->size() != geometries.size()) {
            layer = std::make_shared<const DrawableLayer>(geometries, name);
        }
    };
    make(layers.zones, workspace.zone_geometries, "zones");
    make(layers.parcels, workspace.parcel_geometries, "parcels");
    make(layers.buildings, workspace.building_geometries, "buildings");
    make(layers.enterprises, workspace.enterprise_geometries, "enterprises");
    return layers;
}

std::size_t DrawableLayer::memoryBytes() const noexcept {
    const FlatStore& s = m_store->flat;
    return sizeof(Store) + s.xy.capacity() * sizeof(double) +
           s.ring_ends.capacity() * sizeof(std::uint32_t) +
           s.polygon_ends.capacity() * sizeof(std::uint32_t) +
           (s.point_begin.capacity() + s.ring_begin.capacity() + s.polygon_begin.capacity()) *
               sizeof(std::size_t) +
           s.envelopes.capacity() * sizeof(Envelope) + m_store->tree.memoryBytes();
}

}  // namespace sitefit::gis
