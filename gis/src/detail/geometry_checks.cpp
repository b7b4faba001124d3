#include "detail/geometry_checks.hpp"

#include <ogr_p.h>  // OGRReadWKBGeometryType: exported by GDAL, declared only here

#include <algorithm>
#include <cmath>
#include <string>

#include "sitefit/core/error.hpp"
#include "sitefit/gis/input_limits.hpp"

namespace sitefit::gis::detail {
namespace {

// Visits every vertex. OGR's default visitor walks collections and polygons; curve
// vertices are read here directly (GDAL 3.6 does not hand them to visit(const OGRPoint*)).
class FiniteCoordinateCheck final : public OGRDefaultConstGeometryVisitor {
public:
    using OGRDefaultConstGeometryVisitor::visit;
    void visit(const OGRPoint* point) override {
        if (!point->IsEmpty() && (!std::isfinite(point->getX()) || !std::isfinite(point->getY()))) {
            m_allFinite = false;
        }
    }
    void visit(const OGRLineString* line) override { check(*line); }
    void visit(const OGRLinearRing* ring) override { check(*ring); }
    void visit(const OGRCircularString* arc) override { check(*arc); }
    [[nodiscard]] bool allFinite() const noexcept { return m_allFinite; }

private:
    void check(const OGRSimpleCurve& curve) {
        for (int i = 0; i < curve.getNumPoints() && m_allFinite; ++i) {
            m_allFinite = std::isfinite(curve.getX(i)) && std::isfinite(curve.getY(i));
        }
    }

    bool m_allFinite = true;
};

// Counts vertices without copying any; curves are counted by their stored points.
class VertexCount final : public OGRDefaultConstGeometryVisitor {
public:
    using OGRDefaultConstGeometryVisitor::visit;
    void visit(const OGRPoint* point) override { m_count += point->IsEmpty() ? 0 : 1; }
    void visit(const OGRLineString* line) override { add(*line); }
    void visit(const OGRLinearRing* ring) override { add(*ring); }
    void visit(const OGRCircularString* arc) override { add(*arc); }
    [[nodiscard]] std::size_t count() const noexcept { return m_count; }

private:
    void add(const OGRSimpleCurve& curve) {
        m_count += static_cast<std::size_t>(std::max(curve.getNumPoints(), 0));
    }

    std::size_t m_count = 0;
};

std::string describe(GeometryKind kind) {
    switch (kind) {
        case GeometryKind::Point:
            return "a point";
        case GeometryKind::Polygon:
            return "a polygon or multipolygon";
        case GeometryKind::None:
            break;
    }
    return "no geometry";
}

}  // namespace

bool fitsKind(OGRwkbGeometryType type, GeometryKind kind) {
    const OGRwkbGeometryType flat = wkbFlatten(type);
    switch (kind) {
        case GeometryKind::Point:
            return flat == wkbPoint;
        case GeometryKind::Polygon:
            return flat == wkbPolygon || flat == wkbMultiPolygon;
        case GeometryKind::None:
            return true;
    }
    return false;
}

void checkGeometry(const OGRGeometry* geometry, GeometryKind kind, const FieldSource& feature) {
    if (kind == GeometryKind::None) {
        return;
    }
    if (geometry == nullptr) {
        feature.fail(kGeometryField, "the feature has no geometry");
    }
    if (geometry->IsEmpty()) {
        feature.fail(kGeometryField, "the geometry is empty");
    }
    if (!fitsKind(geometry->getGeometryType(), kind)) {
        feature.fail(kGeometryField, std::string("expected ") + describe(kind) + ", found " +
                                         OGRGeometryTypeToName(geometry->getGeometryType()));
    }
    FiniteCoordinateCheck check;
    geometry->accept(&check);
    if (!check.allFinite()) {
        feature.fail(kGeometryField, "the geometry has NaN or infinite coordinates");
    }
}

void checkVertexLimit(const OGRGeometry* geometry, std::size_t limit, const FieldSource& feature) {
    if (geometry == nullptr) {
        return;
    }
    VertexCount count;
    geometry->accept(&count);
    if (count.count() > limit) {
        feature.fail(kGeometryField,
                     "the geometry has " + std::to_string(count.count()) +
                         " vertices, more than the limit of " + std::to_string(limit) +
                         " per feature; simplify it (e.g. ogr2ogr -simplify 0.1) or raise the "
                         "limit with the environment variable " +
                         InputLimits::kVerticesVariable);
    }
}

std::optional<std::pair<double, double>> wkbCentre(const Wkb& wkb) {
    OGRGeometry* raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &raw, wkb.size()) != OGRERR_NONE) {
        return std::nullopt;
    }
    const std::unique_ptr<OGRGeometry> geometry(raw);
    return geometryCentre(geometry.get());
}

std::optional<std::pair<double, double>> geometryCentre(const OGRGeometry* geometry) {
    if (geometry == nullptr || geometry->IsEmpty()) {
        return std::nullopt;
    }
    OGREnvelope box;
    geometry->getEnvelope(&box);
    const double x = (box.MinX + box.MaxX) / 2.0;
    const double y = (box.MinY + box.MaxY) / 2.0;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        return std::nullopt;
    }
    return std::pair{x, y};
}

double polygonalArea(const OGRGeometry& geometry) {
    const OGRwkbGeometryType flat = wkbFlatten(geometry.getGeometryType());
    if (flat == wkbPolygon) {
        return geometry.toPolygon()->get_Area();
    }
    if (flat == wkbMultiPolygon) {
        return geometry.toMultiPolygon()->get_Area();
    }
    return 0.0;
}

Wkb toWkb(const OGRGeometry& geometry) {
    // Most geometries are 2D already: export them as they are, without a copy.
    std::unique_ptr<OGRGeometry> flat;
    if (geometry.Is3D() != FALSE || geometry.IsMeasured() != FALSE) {
        flat.reset(geometry.clone());
        flat->flattenTo2D();
    }
    const OGRGeometry& plain = flat ? *flat : geometry;
    Wkb wkb(static_cast<std::size_t>(plain.WkbSize()));
    plain.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    return wkb;
}

std::unique_ptr<OGRGeometry> fromWkb(const Wkb& wkb) {
    OGRGeometry* raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &raw, wkb.size()) != OGRERR_NONE) {
        throw Error(Error::Kind::Internal, "a geometry in memory is not valid WKB");
    }
    return std::unique_ptr<OGRGeometry>(raw);
}

std::vector<std::unique_ptr<OGRGeometry>> fromWkb(const std::vector<Wkb>& wkbs) {
    std::vector<std::unique_ptr<OGRGeometry>> geometries;
    geometries.reserve(wkbs.size());
    for (const Wkb& wkb : wkbs) {
        geometries.push_back(fromWkb(wkb));
    }
    return geometries;
}

OGRwkbGeometryType commonLayerType(const std::vector<Wkb>& wkbs) {
    OGRwkbGeometryType common = wkbNone;
    for (const Wkb& wkb : wkbs) {
        OGRwkbGeometryType type = wkbUnknown;
        if (OGRReadWKBGeometryType(wkb.data(), wkbVariantIso, &type) != OGRERR_NONE) {
            throw Error(Error::Kind::Internal, "a geometry in memory is not valid WKB");
        }
        type = wkbFlatten(type);
        if (common == wkbNone) {
            common = type;
        } else if (common != type) {
            return wkbMultiPolygon;
        }
    }
    return common;
}

OGRwkbGeometryType commonLayerType(const std::vector<std::unique_ptr<OGRGeometry>>& geometries) {
    OGRwkbGeometryType common = wkbNone;
    for (const auto& geometry : geometries) {
        const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
        if (common == wkbNone) {
            common = type;
        } else if (common != type) {
            return wkbMultiPolygon;
        }
    }
    return common;
}

}  // namespace sitefit::gis::detail
