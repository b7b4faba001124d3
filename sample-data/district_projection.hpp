#pragma once

#include <ogr_spatialref.h>

#include <memory>
#include <string>

namespace sitefit::sample {

struct ProjectedPoint {
    double easting = 0.0;
    double northing = 0.0;
};

// Places geographic anchors of the plan in the workspace CRS: CGCS2000 longitude/latitude
// (EPSG:4490) to CGCS2000 / 3-degree Gauss–Krüger CM 120°E (EPSG:4549), through PROJ.
// Both references use the traditional GIS axis order, so x is longitude and easting.
// Not thread-safe (an OGR transformation carries state); one instance per thread.
class DistrictProjection {
public:
    // Throws sitefit::Error (Internal) when PROJ cannot build the transformation.
    DistrictProjection();

    // Throws sitefit::Error (Internal) when the point cannot be transformed.
    [[nodiscard]] ProjectedPoint project(double longitude, double latitude);
    // The workspace CRS as WKT, for Workspace::crs_wkt.
    [[nodiscard]] std::string crsWkt() const;

private:
    struct TransformationDeleter {
        void operator()(OGRCoordinateTransformation* transformation) const {
            OGRCoordinateTransformation::DestroyCT(transformation);
        }
    };

    OGRSpatialReference m_geographic;
    OGRSpatialReference m_projected;
    std::unique_ptr<OGRCoordinateTransformation, TransformationDeleter> m_transformation;
};

}  // namespace sitefit::sample
