#include "district_projection.hpp"

#include <cpl_conv.h>

#include "sitefit/core/error.hpp"

namespace sitefit::sample {
namespace {

constexpr int kGeographicEpsg = 4490;  // CGCS2000
constexpr int kProjectedEpsg = 4549;   // CGCS2000 / 3-degree Gauss-Kruger CM 120E

void importEpsg(OGRSpatialReference& reference, int code) {
    reference.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (reference.importFromEPSG(code) != OGRERR_NONE) {
        throw Error(Error::Kind::Internal,
                    "PROJ does not know EPSG:" + std::to_string(code) + " (is proj.db installed?)");
    }
}

}  // namespace

DistrictProjection::DistrictProjection() {
    importEpsg(m_geographic, kGeographicEpsg);
    importEpsg(m_projected, kProjectedEpsg);
    m_transformation.reset(OGRCreateCoordinateTransformation(&m_geographic, &m_projected));
    if (!m_transformation) {
        throw Error(Error::Kind::Internal, "cannot transform EPSG:4490 to EPSG:4549");
    }
}

ProjectedPoint DistrictProjection::project(double longitude, double latitude) {
    double x = longitude;
    double y = latitude;
    if (!m_transformation->Transform(1, &x, &y)) {
        throw Error(Error::Kind::Internal, "cannot project " + std::to_string(longitude) + ", " +
                                               std::to_string(latitude) + " to EPSG:4549");
    }
    return {x, y};
}

std::string DistrictProjection::crsWkt() const {
    struct CplStringDeleter {
        void operator()(char* text) const { CPLFree(text); }
    };
    char* raw = nullptr;
    const OGRErr error = m_projected.exportToWkt(&raw);
    const std::unique_ptr<char, CplStringDeleter> wkt(raw);
    if (error != OGRERR_NONE || !wkt) {
        throw Error(Error::Kind::Internal, "cannot export EPSG:4549 as WKT");
    }
    return wkt.get();
}

}  // namespace sitefit::sample
