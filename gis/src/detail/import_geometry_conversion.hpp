#pragma once

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <cstddef>
#include <optional>

#include "detail/field_source.hpp"
#include "detail/import_polygon_repair.hpp"
#include "sitefit/gis/workspace.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

// Turns a source feature's geometry into what a workspace layer holds: curves linearised,
// a one-point MultiPoint taken as its point, checked (present, not empty, right type,
// finite coordinates), reprojected to the workspace CRS and, for polygons, made valid.
// One layer, one thread.
class GeometryConversion {
public:
    struct Result {
        Wkb wkb;  // workspace CRS, ISO WKB 2D
        std::optional<RepairedPolygon> repaired;
        double area_m2 = 0.0;    // polygons: the area in the workspace CRS (after any repair)
        OGREnvelope envelope{};  // of `wkb`
    };

    // `transformation`: source CRS → workspace CRS, or null when they are the same. Neither
    // it nor `repair` is owned; both must outlive this object. A geometry with more than
    // `maxVertices` vertices is refused before it is copied (InputLimits).
    GeometryConversion(GeometryKind kind, OGRCoordinateTransformation* transformation,
                       const PolygonRepair& repair, std::size_t maxVertices);

    // Throws an Input error through `feature` naming the geometry field.
    [[nodiscard]] Result convert(const OGRGeometry* geometry, const FieldSource& feature) const;

private:
    GeometryKind m_kind;
    OGRCoordinateTransformation* m_transformation;
    const PolygonRepair& m_repair;
    std::size_t m_maxVertices;
};

}  // namespace sitefit::gis::detail
