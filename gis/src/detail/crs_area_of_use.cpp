#include "detail/crs_area_of_use.hpp"

#include <cmath>
#include <cstdlib>
#include <optional>

#include "detail/crs_label.hpp"
#include "detail/crs_transform.hpp"
#include "detail/gdal_error_capture.hpp"
#include "sitefit/core/figure_format.hpp"

namespace sitefit::gis::detail {
namespace {

struct AreaOfUse {
    double west = 0.0;
    double south = 0.0;
    double east = 0.0;
    double north = 0.0;
    std::string name;
};

// PROJ's names end with a full stop ("China - onshore between 118°30'E and 121°30'E.").
std::string nameOf(const char* name) {
    std::string text = name != nullptr ? name : "";
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) {
        text.pop_back();
    }
    return text;
}

std::optional<AreaOfUse> areaOfUse(const OGRSpatialReference& crs) {
    GdalErrorCapture quiet;  // a CRS without a known area is not an error
    AreaOfUse area;
    const char* name = nullptr;
    if (crs.GetAreaOfUse(&area.west, &area.south, &area.east, &area.north, &name)) {
        area.name = nameOf(name);
        return area;
    }
    // A shapefile's .prj carries no authority; the EPSG entry it matches knows the area.
    OGRSpatialReference identified(crs);
    if (identified.AutoIdentifyEPSG() != OGRERR_NONE) {
        return std::nullopt;
    }
    const char* code = identified.GetAuthorityCode(nullptr);
    OGRSpatialReference registered;
    if (code == nullptr || registered.importFromEPSG(std::atoi(code)) != OGRERR_NONE ||
        !registered.GetAreaOfUse(&area.west, &area.south, &area.east, &area.north, &name)) {
        return std::nullopt;
    }
    area.name = nameOf(name);
    return area;
}

std::string number(double value) {
    return core::significant(value, 10);
}

std::string degrees(double value) {
    return core::decimal(value, 2);
}

bool looksLikeDegrees(const OGREnvelope& extent) {
    return std::fabs(extent.MinX) <= 180.0 && std::fabs(extent.MaxX) <= 180.0 &&
           std::fabs(extent.MinY) <= 90.0 && std::fabs(extent.MaxY) <= 90.0;
}

bool within(const OGREnvelope& bounds, const AreaOfUse& area) {
    const double m = kAreaOfUseMarginDeg;
    const bool latitudeFits = bounds.MinY >= area.south - m && bounds.MaxY <= area.north + m;
    // An area crossing the antimeridian (west > east) is not checked in longitude.
    const bool longitudeFits =
        area.west > area.east || (bounds.MinX >= area.west - m && bounds.MaxX <= area.east + m);
    return latitudeFits && longitudeFits;
}

}  // namespace

void checkExtentFitsCrs(const OGREnvelope& extent, const OGRSpatialReference& crs,
                        const ErrorContext& where, const std::string& fix) {
    if (!std::isfinite(extent.MinX) || !std::isfinite(extent.MaxX) || !std::isfinite(extent.MinY) ||
        !std::isfinite(extent.MaxY)) {
        return;
    }
    const std::string example = "(" + number(extent.MaxX) + ", " + number(extent.MaxY) + ")";
    const bool projected = crs.IsProjected() != 0;
    if (projected && looksLikeDegrees(extent)) {
        throw Error(Error::Kind::Input,
                    "coordinates such as " + example +
                        " look like longitude/latitude in degrees, but the CRS " +
                        describeCrs(crs) + " is projected in metres; " + fix,
                    where);
    }
    const std::optional<AreaOfUse> area = areaOfUse(crs);
    if (!area) {
        return;
    }
    const std::optional<OGREnvelope> bounds = lonLatBounds(extent, crs);
    if (bounds && within(*bounds, *area)) {
        return;
    }
    std::string message = "coordinates such as " + example + " lie outside the area where " +
                          describeCrs(crs) + " is used (" +
                          (area->name.empty() ? std::string{} : area->name + ": ") + "longitude " +
                          degrees(area->west) + " to " + degrees(area->east) + ", latitude " +
                          degrees(area->south) + " to " + degrees(area->north) + ")";
    if (bounds) {
        message += "; they would be at longitude " + degrees(bounds->MinX) + " to " +
                   degrees(bounds->MaxX) + ", latitude " + degrees(bounds->MinY) + " to " +
                   degrees(bounds->MaxY);
    } else {
        message += "; PROJ cannot place them at all";
    }
    throw Error(Error::Kind::Input, message + "; " + fix, where);
}

}  // namespace sitefit::gis::detail
