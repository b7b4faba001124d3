#include "detail/import_polygon_repair.hpp"

#include <new>
#include <vector>

#include "detail/geometry_checks.hpp"
#include "sitefit/core/figure_format.hpp"

namespace sitefit::gis::detail {
std::string PolygonRepair::describeProblem(const char* reason, const GEOSGeometry* location) const {
    std::string text = reason != nullptr ? reason : "invalid";
    // GEOS appends the location as "[x y]"; a planner reads "at (x, y)" more easily.
    if (const auto bracket = text.find('['); bracket != std::string::npos) {
        text.erase(bracket);
    }
    double x = 0.0;
    double y = 0.0;
    if (location != nullptr && GEOSGeomGetX_r(m_context.handle(), location, &x) == 1 &&
        GEOSGeomGetY_r(m_context.handle(), location, &y) == 1) {
        text += " at (" + core::decimal(x, 1) + ", " + core::decimal(y, 1) + ")";
    }
    return text;
}

PolygonRepair::PolygonRepair(GeosContext& context)
    : m_context(context),
      m_reader(GEOSWKBReader_create_r(context.handle()), WkbReaderDeleter{context.handle()}),
      m_writer(GEOSWKBWriter_create_r(context.handle()), WkbWriterDeleter{context.handle()}) {
    if (!m_reader || !m_writer) {
        throw std::bad_alloc();
    }
    GEOSWKBWriter_setOutputDimension_r(context.handle(), m_writer.get(), 2);
    GEOSWKBWriter_setByteOrder_r(context.handle(), m_writer.get(), GEOS_WKB_NDR);
    GEOSWKBWriter_setFlavor_r(context.handle(), m_writer.get(), GEOS_WKB_ISO);
}

std::optional<RepairedPolygon> PolygonRepair::repair(const Wkb& polygon,
                                                     const FieldSource& feature) const {
    const GEOSContextHandle_t handle = m_context.handle();
    m_context.clearError();
    const GeometryPtr geometry = own(
        m_context, GEOSWKBReader_read_r(handle, m_reader.get(), polygon.data(), polygon.size()));
    if (!geometry) {
        feature.fail(kGeometryField, "GEOS cannot read the polygon: " + m_context.lastError());
    }
    char* rawReason = nullptr;
    GEOSGeometry* rawLocation = nullptr;
    const char valid = GEOSisValidDetail_r(handle, geometry.get(), 0, &rawReason, &rawLocation);
    const GeosStringPtr reason(rawReason, GeosStringDeleter{handle});
    const GeometryPtr location = own(m_context, rawLocation);
    if (valid == 1) {
        return std::nullopt;
    }
    if (valid != 0) {
        feature.fail(kGeometryField, "GEOS cannot check the polygon: " + m_context.lastError());
    }
    RepairedPolygon repaired;
    repaired.reason = describeProblem(reason.get(), location.get());
    const MakeValidParamsPtr params(GEOSMakeValidParams_create_r(handle),
                                    MakeValidParamsDeleter{handle});
    if (!params) {
        throw std::bad_alloc();
    }
    GEOSMakeValidParams_setMethod_r(handle, params.get(), GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(handle, params.get(), 0);
    const GeometryPtr fixed =
        own(m_context, GEOSMakeValidWithParams_r(handle, geometry.get(), params.get()));
    if (!fixed) {
        feature.fail(kGeometryField, "the polygon is invalid (" + repaired.reason +
                                         ") and GEOS cannot repair it: " + m_context.lastError());
    }
    const GeometryPtr polygonal = polygonalPart(*fixed);
    double area = 0.0;
    if (!polygonal || GEOSArea_r(handle, polygonal.get(), &area) == 0 || !(area > 0.0)) {
        feature.fail(kGeometryField, "the polygon is invalid (" + repaired.reason +
                                         ") and repairing it leaves no area; fix it at the source");
    }
    if (GEOSisValid_r(handle, polygonal.get()) != 1) {
        feature.fail(kGeometryField, "the polygon is invalid (" + repaired.reason +
                                         ") and GEOS MakeValid could not repair it");
    }
    repaired.area = area;
    repaired.wkb = toWkb(*polygonal);
    return repaired;
}

GeometryPtr PolygonRepair::polygonalPart(const GEOSGeometry& geometry) const {
    const GEOSContextHandle_t handle = m_context.handle();
    const int type = GEOSGeomTypeId_r(handle, &geometry);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) {
        return own(m_context, GEOSGeom_clone_r(handle, &geometry));
    }
    if (type != GEOS_GEOMETRYCOLLECTION) {
        return own(m_context, nullptr);  // lines or points only: nothing with area
    }
    // MakeValid returns a collection when parts of the input collapse to lines; they hold
    // no land, so only the polygons stay.
    std::vector<GeometryPtr> polygons;
    const int count = GEOSGetNumGeometries_r(handle, &geometry);
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(handle, &geometry, i);
        const int partType = GEOSGeomTypeId_r(handle, part);
        if (partType == GEOS_POLYGON) {
            polygons.push_back(own(m_context, GEOSGeom_clone_r(handle, part)));
        } else if (partType == GEOS_MULTIPOLYGON) {
            const int members = GEOSGetNumGeometries_r(handle, part);
            for (int k = 0; k < members; ++k) {
                polygons.push_back(
                    own(m_context, GEOSGeom_clone_r(handle, GEOSGetGeometryN_r(handle, part, k))));
            }
        }
    }
    if (polygons.empty()) {
        return own(m_context, nullptr);
    }
    if (polygons.size() == 1) {
        return std::move(polygons.front());
    }
    // GEOS takes ownership of the members, even when it fails.
    std::vector<GEOSGeometry*> members;
    members.reserve(polygons.size());
    for (GeometryPtr& polygon : polygons) {
        members.push_back(polygon.release());
    }
    return own(m_context, GEOSGeom_createCollection_r(handle, GEOS_MULTIPOLYGON, members.data(),
                                                      static_cast<unsigned>(members.size())));
}

Wkb PolygonRepair::toWkb(const GEOSGeometry& geometry) const {
    const GEOSContextHandle_t handle = m_context.handle();
    std::size_t size = 0;
    const GeosWkbBufferPtr buffer(GEOSWKBWriter_write_r(handle, m_writer.get(), &geometry, &size),
                                  GeosBufferDeleter{handle});
    if (!buffer) {
        throw std::bad_alloc();
    }
    return Wkb(buffer.get(), buffer.get() + size);
}

}  // namespace sitefit::gis::detail
