#pragma once

#include <ogr_geometry.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "detail/field_source.hpp"
#include "sitefit/gis/workspace.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

// Whether a geometry type fits a layer kind: Polygon/MultiPolygon for polygons, Point
// for points (Z/M variants included).
bool fitsKind(OGRwkbGeometryType type, GeometryKind kind);

// Checks that a feature's geometry exists, is not empty, has the layer's type and only
// finite coordinates; throws an Input error naming the feature and its geometry column.
void checkGeometry(const OGRGeometry* geometry, GeometryKind kind, const FieldSource& feature);

// Refuses a geometry with more vertices than `limit` (InputLimits), naming the feature;
// called before the geometry is converted or copied. A null geometry passes.
void checkVertexLimit(const OGRGeometry* geometry, std::size_t limit, const FieldSource& feature);

// The area of a polygon or multipolygon in its CRS's units (0 for other types).
double polygonalArea(const OGRGeometry& geometry);

// ISO WKB in 2D.
Wkb toWkb(const OGRGeometry& geometry);

// The centre of a WKB geometry's envelope (a point to zoom to); none when it is empty,
// unreadable or not finite.
std::optional<std::pair<double, double>> wkbCentre(const Wkb& wkb);
// The same for a geometry at hand; none for a null or empty one.
std::optional<std::pair<double, double>> geometryCentre(const OGRGeometry* geometry);

// WKB back to OGR geometries; throws an Internal error on bytes that are not WKB.
std::vector<std::unique_ptr<OGRGeometry>> fromWkb(const std::vector<Wkb>& wkbs);

// The type to declare for a layer holding these geometries: their common type, or
// MultiPolygon when polygons and multipolygons mix (then promote with forceToMultiPolygon);
// wkbNone when there are none.
OGRwkbGeometryType commonLayerType(const std::vector<std::unique_ptr<OGRGeometry>>& geometries);
// The same, read from the WKB headers alone (OGRReadWKBGeometryType): a writer need not hold
// a million OGR geometries beside their WKB to choose the type.
OGRwkbGeometryType commonLayerType(const std::vector<Wkb>& wkbs);
// One WKB back to an OGR geometry; throws an Internal error on bytes that are not WKB.
std::unique_ptr<OGRGeometry> fromWkb(const Wkb& wkb);

// The geometry column's name for messages: "geometry" unless the source names it.
inline constexpr const char* kGeometryField = "geometry";

}  // namespace sitefit::gis::detail
