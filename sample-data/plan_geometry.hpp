#pragma once

#include <ogr_geometry.h>

#include <span>

#include "sitefit/gis/workspace.hpp"

namespace sitefit::sample {

// A point of a local plan, in metres: u along the plan's main road axis, v across it.
struct LocalPoint {
    double u = 0.0;
    double v = 0.0;
};

// An axis-aligned rectangle of a local plan, in metres.
struct LocalRect {
    double u0 = 0.0;
    double v0 = 0.0;
    double u1 = 0.0;
    double v1 = 0.0;

    [[nodiscard]] double width() const { return u1 - u0; }
    [[nodiscard]] double depth() const { return v1 - v0; }
    [[nodiscard]] double area_m2() const { return width() * depth(); }
    [[nodiscard]] LocalPoint centre() const { return {(u0 + u1) / 2.0, (v0 + v1) / 2.0}; }
    [[nodiscard]] bool contains(LocalPoint p) const {
        return p.u >= u0 && p.u <= u1 && p.v >= v0 && p.v <= v1;
    }
    [[nodiscard]] LocalRect inset(double margin) const {
        return {u0 + margin, v0 + margin, u1 - margin, v1 - margin};
    }
};

// Where a local plan lies in the workspace CRS (EPSG:4549, easting/northing in metres).
//
// Parks are laid out on their own road grid, which is rarely aligned with grid north; a
// frame is an origin (found by PROJ from a longitude/latitude) plus the grid's rotation.
// Mapping plan metres onto the projected plane is a rigid motion, not a CRS operation.
class LocalFrame {
public:
    LocalFrame() = default;
    LocalFrame(double origin_easting, double origin_northing, double rotation_degrees);

    [[nodiscard]] OGRPoint point(LocalPoint p) const;
    [[nodiscard]] OGRPolygon polygon(const LocalRect& rect) const;
    // `outline` is an open ring (the first point is not repeated).
    [[nodiscard]] OGRPolygon polygon(std::span<const LocalPoint> outline) const;
    // A polygon built in plan coordinates, moved into the workspace CRS.
    [[nodiscard]] OGRPolygon place(const OGRPolygon& local) const;

private:
    [[nodiscard]] LocalPoint toProjected(double u, double v) const;

    double m_easting = 0.0;
    double m_northing = 0.0;
    double m_cos = 1.0;
    double m_sin = 0.0;
};

// A polygon in plan coordinates from an open ring, for overlay work (clipping, insets).
[[nodiscard]] OGRPolygon localPolygon(std::span<const LocalPoint> outline);
[[nodiscard]] OGRPolygon localPolygon(const LocalRect& rect);

// ISO WKB, little-endian, as the workspace stores geometry.
[[nodiscard]] gis::Wkb isoWkb(const OGRGeometry& geometry);

}  // namespace sitefit::sample
