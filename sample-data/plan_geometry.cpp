#include "plan_geometry.hpp"

#include <array>
#include <cmath>
#include <numbers>

namespace sitefit::sample {
namespace {

OGRLinearRing closedRing(std::span<const LocalPoint> outline) {
    OGRLinearRing ring;
    for (const LocalPoint& p : outline) {
        ring.addPoint(p.u, p.v);
    }
    ring.closeRings();
    return ring;
}

std::array<LocalPoint, 4> corners(const LocalRect& rect) {
    return {LocalPoint{rect.u0, rect.v0}, LocalPoint{rect.u1, rect.v0},
            LocalPoint{rect.u1, rect.v1}, LocalPoint{rect.u0, rect.v1}};
}

}  // namespace

LocalFrame::LocalFrame(double origin_easting, double origin_northing, double rotation_degrees)
    : m_easting(origin_easting),
      m_northing(origin_northing),
      m_cos(std::cos(rotation_degrees * std::numbers::pi / 180.0)),
      m_sin(std::sin(rotation_degrees * std::numbers::pi / 180.0)) {}

LocalPoint LocalFrame::toProjected(double u, double v) const {
    return {m_easting + u * m_cos - v * m_sin, m_northing + u * m_sin + v * m_cos};
}

OGRPoint LocalFrame::point(LocalPoint p) const {
    const LocalPoint projected = toProjected(p.u, p.v);
    return OGRPoint(projected.u, projected.v);
}

OGRPolygon LocalFrame::polygon(const LocalRect& rect) const {
    const auto points = corners(rect);
    return polygon(points);
}

OGRPolygon LocalFrame::polygon(std::span<const LocalPoint> outline) const {
    OGRLinearRing ring;
    for (const LocalPoint& p : outline) {
        const LocalPoint projected = toProjected(p.u, p.v);
        ring.addPoint(projected.u, projected.v);
    }
    ring.closeRings();
    OGRPolygon result;
    result.addRing(&ring);
    return result;
}

OGRPolygon LocalFrame::place(const OGRPolygon& local) const {
    OGRPolygon placed(local);
    for (OGRLinearRing* ring : placed) {
        for (int i = 0; i < ring->getNumPoints(); ++i) {
            const LocalPoint projected = toProjected(ring->getX(i), ring->getY(i));
            ring->setPoint(i, projected.u, projected.v);
        }
    }
    return placed;
}

OGRPolygon localPolygon(std::span<const LocalPoint> outline) {
    OGRLinearRing ring = closedRing(outline);
    OGRPolygon result;
    result.addRing(&ring);
    return result;
}

OGRPolygon localPolygon(const LocalRect& rect) {
    const auto points = corners(rect);
    return localPolygon(points);
}

gis::Wkb isoWkb(const OGRGeometry& geometry) {
    gis::Wkb wkb(static_cast<std::size_t>(geometry.WkbSize()));
    geometry.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    return wkb;
}

}  // namespace sitefit::sample
