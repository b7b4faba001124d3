#include "sitefit/gis/drawable_layer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <string>
#include <utility>

#include "detail/geos_handles.hpp"
#include "sitefit/core/error.hpp"

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

using detail::GeometryPtr;
using detail::GeosContext;

// Children per STRtree node: GEOS's own default, a good balance of depth and scan length.
constexpr std::size_t kTreeNodeCapacity = 10;
// What one node of GEOS's TemplateSTRtree<void*> holds (envelope + item or child range);
// the tree is opaque through the C API, so memoryBytes() can only estimate it.
constexpr std::size_t kTreeNodeBytes = 4 * sizeof(double) + 2 * sizeof(void*);

// The tree holds feature indices, not pointers: item = index + 1 cast to a pointer, so no
// per-feature array of ids is needed (and no item is null).
void* itemFor(std::size_t index) noexcept {
    return reinterpret_cast<void*>(static_cast<std::uintptr_t>(index) + 1);  // NOLINT
}
std::size_t indexOf(const void* item) noexcept {
    return static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(item)) - 1;  // NOLINT
}

// What a tree query collects, through GEOS's C callback.
struct QueryHits {
    std::vector<std::size_t> indices;
    bool out_of_memory = false;
};

void collectIndex(void* item, void* userdata) {
    // Never throw from a C callback: note the failure, the caller throws after the query.
    auto* hits = static_cast<QueryHits*>(userdata);
    try {
        hits->indices.push_back(indexOf(item));
    } catch (const std::bad_alloc&) {
        hits->out_of_memory = true;
    }
}

// The layer's coordinates, flat.
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
};

}  // namespace

struct DrawableLayer::Store {
    FlatStore flat;
    // Only builds and finally destroys the tree: queries use contexts of their own, so this
    // one is never touched by two threads. Declared before the tree, destroyed after it.
    GeosContext context;
    detail::TreePtr tree;
};

namespace {

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

[[nodiscard]] GeometryPtr makeRectangle(const GeosContext& context, const Envelope& area) {
    return detail::own(context, GEOSGeom_createRectangle_r(context.handle(), area.min_x, area.min_y,
                                                           area.max_x, area.max_y));
}

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

DrawableLayer::DrawableLayer(const std::vector<Wkb>& geometries, const std::string& layer)
    : m_store(std::make_unique<Store>()) {
    GeosContext& context = m_store->context;
    FlatStore& flat = m_store->flat;
    const GEOSContextHandle_t h = context.handle();
    const detail::WkbReaderPtr reader(GEOSWKBReader_create_r(h), detail::WkbReaderDeleter{h});
    m_store->tree =
        detail::TreePtr(GEOSSTRtree_create_r(h, kTreeNodeCapacity), detail::TreeDeleter{h});
    if (!reader || !m_store->tree) {
        throw Error(Error::Kind::Internal, "GEOS could not start: " + context.lastError(),
                    {"", layer});
    }
    flat.envelopes.reserve(geometries.size());
    flat.point_begin.reserve(geometries.size() + 1);
    flat.ring_begin.reserve(geometries.size() + 1);
    flat.polygon_begin.reserve(geometries.size() + 1);

    for (std::size_t i = 0; i < geometries.size(); ++i) {
        const Wkb& wkb = geometries[i];
        Envelope envelope;
        if (!wkb.empty()) {
            FeatureAppender appender(flat, context, layer, i);
            context.clearError();
            const GeometryPtr geometry =
                detail::own(context, GEOSWKBReader_read_r(h, reader.get(), wkb.data(), wkb.size()));
            if (!geometry) {
                appender.fail("unreadable geometry (WKB): " + context.lastError());
            }
            appender.append(*geometry);
            if (GEOSisEmpty_r(h, geometry.get()) == 0) {
                GEOSGeom_getExtent_r(h, geometry.get(), &envelope.min_x, &envelope.min_y,
                                     &envelope.max_x, &envelope.max_y);
                // The tree copies the envelope; the geometry itself is not kept.
                GEOSSTRtree_insert_r(h, m_store->tree.get(), geometry.get(), itemFor(i));
                ++flat.indexed;
            }
        }
        flat.envelopes.push_back(envelope);
        flat.extent = flat.extent.united(envelope);
        flat.point_begin.push_back(flat.xy.size() / 2);
        flat.ring_begin.push_back(flat.ring_ends.size());
        flat.polygon_begin.push_back(flat.polygon_ends.size());
    }
    flat.xy.shrink_to_fit();
    flat.ring_ends.shrink_to_fit();
    flat.polygon_ends.shrink_to_fit();

    // GEOS builds the tree lazily on the first query, writing to it; build it now so that
    // every later query only reads and may run on any number of threads.
    if (flat.indexed > 0) {
        const GeometryPtr probe = makeRectangle(context, flat.extent);
        QueryHits ignored;
        GEOSSTRtree_query_r(h, m_store->tree.get(), probe.get(), &collectIndex, &ignored);
    }
}

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
    // `!(a <= b)` also catches NaN, which GEOS would turn into an envelope matching nothing.
    if (m_store->flat.indexed == 0 || !(area.min_x <= area.max_x) || !(area.min_y <= area.max_y)) {
        return {};
    }
    // A context of our own: contexts are not thread-safe, and this call may be one of many.
    GeosContext context;
    const GeometryPtr window = makeRectangle(context, area);
    if (!window) {
        throw Error(Error::Kind::Internal,
                    "GEOS could not make a query rectangle: " + context.lastError());
    }
    QueryHits hits;
    GEOSSTRtree_query_r(context.handle(), m_store->tree.get(), window.get(), &collectIndex, &hits);
    if (hits.out_of_memory) {
        throw std::bad_alloc();
    }
    std::sort(hits.indices.begin(), hits.indices.end());
    return std::move(hits.indices);
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

std::size_t DrawableLayer::memoryBytes() const noexcept {
    const FlatStore& s = m_store->flat;
    // An STR tree of n leaves with fan-out c has about n·c/(c−1) nodes in all.
    const std::size_t treeNodes =
        s.indexed + (s.indexed + kTreeNodeCapacity - 2) / (kTreeNodeCapacity - 1);
    return sizeof(Store) + s.xy.capacity() * sizeof(double) +
           s.ring_ends.capacity() * sizeof(std::uint32_t) +
           s.polygon_ends.capacity() * sizeof(std::uint32_t) +
           (s.point_begin.capacity() + s.ring_begin.capacity() + s.polygon_begin.capacity()) *
               sizeof(std::size_t) +
           s.envelopes.capacity() * sizeof(Envelope) + treeNodes * kTreeNodeBytes;
}

}  // namespace sitefit::gis
