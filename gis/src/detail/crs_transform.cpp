#include "detail/crs_transform.hpp"

#include <cmath>

#include "detail/crs_label.hpp"
#include "detail/gdal_error_capture.hpp"

namespace sitefit::gis::detail {

CoordinateTransformationPtr createTransformation(const OGRSpatialReference& source,
                                                 const OGRSpatialReference& target,
                                                 const ErrorContext& where) {
    GdalErrorCapture errors;
    CoordinateTransformationPtr transformation(OGRCreateCoordinateTransformation(&source, &target));
    if (!transformation) {
        throw Error(Error::Kind::Input,
                    "cannot reproject from " + describeCrs(source) + " to " + describeCrs(target) +
                        ": " + errors.lastMessage("PROJ knows no transformation between them"),
                    where);
    }
    return transformation;
}

std::optional<OGREnvelope> lonLatBounds(const OGREnvelope& extent, const OGRSpatialReference& crs) {
    if (!std::isfinite(extent.MinX) || !std::isfinite(extent.MaxX) || !std::isfinite(extent.MinY) ||
        !std::isfinite(extent.MaxY)) {
        return std::nullopt;
    }
    if (crs.IsGeographic() != 0) {
        return extent;
    }
    OGRSpatialReference geographic;
    if (geographic.CopyGeogCSFrom(&crs) != OGRERR_NONE) {
        return std::nullopt;
    }
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    GdalErrorCapture errors;
    CoordinateTransformationPtr transformation(
        OGRCreateCoordinateTransformation(&crs, &geographic));
    if (!transformation) {
        return std::nullopt;
    }
    // Densified edges: a projected rectangle's edges are curves in longitude/latitude.
    constexpr int kPointsPerEdge = 21;
    OGREnvelope bounds;
    if (transformation->TransformBounds(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY,
                                        &bounds.MinX, &bounds.MinY, &bounds.MaxX, &bounds.MaxY,
                                        kPointsPerEdge) == 0) {
        return std::nullopt;
    }
    return bounds;
}

}  // namespace sitefit::gis::detail
