#include "detail/import_geometry_conversion.hpp"

#include <memory>

#include "detail/crs_label.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"

namespace sitefit::gis::detail {
namespace {

// Surveying software exports arcs (CurvePolygon, MultiSurface) and some tools write every
// point as a MultiPoint; both carry what the workspace needs in a simpler type.
std::unique_ptr<OGRGeometry> simplestForm(const OGRGeometry& geometry, GeometryKind kind) {
    const OGRwkbGeometryType type = geometry.getGeometryType();
    if (OGR_GT_IsNonLinear(type) != 0) {
        return std::unique_ptr<OGRGeometry>(geometry.getLinearGeometry());
    }
    if (kind == GeometryKind::Point && wkbFlatten(type) == wkbMultiPoint) {
        const auto* points = geometry.toMultiPoint();
        if (points->getNumGeometries() == 1) {
            return std::unique_ptr<OGRGeometry>(points->getGeometryRef(0)->clone());
        }
    }
    return std::unique_ptr<OGRGeometry>(geometry.clone());
}

}  // namespace

GeometryConversion::GeometryConversion(GeometryKind kind,
                                       OGRCoordinateTransformation* transformation,
                                       const PolygonRepair& repair, std::size_t maxVertices)
    : m_kind(kind),
      m_transformation(transformation),
      m_repair(repair),
      m_maxVertices(maxVertices) {}

GeometryConversion::Result GeometryConversion::convert(const OGRGeometry* geometry,
                                                       const FieldSource& feature) const {
    if (geometry == nullptr) {
        checkGeometry(nullptr, m_kind, feature);  // throws: the feature has no geometry
    }
    checkVertexLimit(geometry, m_maxVertices, feature);
    std::unique_ptr<OGRGeometry> shape = simplestForm(*geometry, m_kind);
    checkGeometry(shape.get(), m_kind, feature);
    if (m_transformation != nullptr) {
        GdalErrorCapture errors;
        if (shape->transform(m_transformation) != OGRERR_NONE) {
            feature.fail(kGeometryField,
                         "cannot reproject from " + describeCrs(*m_transformation->GetSourceCS()) +
                             " to " + describeCrs(*m_transformation->GetTargetCS()) + ": " +
                             errors.lastMessage("the coordinates are outside what PROJ can "
                                                "transform"));
        }
    }
    Result result{toWkb(*shape), std::nullopt};
    shape->getEnvelope(&result.envelope);
    if (m_kind == GeometryKind::Polygon) {
        result.area_m2 = polygonalArea(*shape);
        result.repaired = m_repair.repair(result.wkb, feature);
        if (result.repaired) {
            result.wkb = result.repaired->wkb;
            result.area_m2 = result.repaired->area;
            OGRGeometry* parsed = nullptr;
            if (OGRGeometryFactory::createFromWkb(result.wkb.data(), nullptr, &parsed,
                                                  result.wkb.size()) == OGRERR_NONE) {
                const std::unique_ptr<OGRGeometry> repaired(parsed);
                repaired->getEnvelope(&result.envelope);  // repair may drop parts
            }
        }
    }
    return result;
}

}  // namespace sitefit::gis::detail
