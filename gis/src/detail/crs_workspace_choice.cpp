#include "detail/crs_workspace_choice.hpp"

#include <algorithm>

#include "detail/crs_gauss_kruger.hpp"
#include "detail/crs_label.hpp"
#include "detail/gdal_dataset.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"

namespace sitefit::gis::detail {
namespace {

std::string degrees(double value) {
    return core::decimal(value, 2) + "°E";
}

}  // namespace

OGRSpatialReference crsFromOption(const std::string& definition, const std::string& option) {
    try {
        return spatialReferenceFrom(definition, option);
    } catch (const Error& error) {
        throw Error(Error::Kind::Usage, option + ": " + error.message());
    }
}

WorkspaceCrs chooseWorkspaceCrs(const std::string& requested,
                                const std::vector<SourceCrs>& sources) {
    if (!requested.empty()) {
        OGRSpatialReference crs = crsFromOption(requested, "--crs");
        if (!isMetricProjected(crs)) {
            throw Error(Error::Kind::Usage,
                        "--crs: " + describeCrs(crs) +
                            " is not a projected CRS in metres; the workspace measures areas, "
                            "so give one such as EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger "
                            "CM 120E)");
        }
        return {crs, "given with --crs"};
    }
    for (const SourceCrs& source : sources) {
        if (isMetricProjected(*source.crs)) {
            OGRSpatialReference crs(*source.crs);
            crs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            return {crs,
                    "the CRS of the " + source.target + " source, the first projected in metres"};
        }
    }
    std::optional<OGREnvelope> all;
    for (const SourceCrs& source : sources) {
        if (source.lon_lat_bounds) {
            if (!all) {
                all = source.lon_lat_bounds;
            } else {
                all->Merge(*source.lon_lat_bounds);
            }
        }
    }
    if (!all) {
        throw Error(Error::Kind::Input,
                    "cannot choose the workspace CRS: no source is projected in metres and none "
                    "has features to take a longitude from; give the CRS with --crs");
    }
    const double central = (all->MinX + all->MaxX) / 2.0;
    const std::optional<int> epsg = cgcs2000GaussKrugerEpsg(central);
    if (!epsg) {
        throw Error(Error::Kind::Input,
                    "the data's central longitude is " + degrees(central) +
                        ", outside the CGCS2000 3-degree Gauss-Kruger zones (73.50°E to "
                        "136.50°E); give a projected CRS in metres with --crs");
    }
    OGRSpatialReference crs = spatialReferenceFrom("EPSG:" + std::to_string(*epsg), "EPSG");
    std::string reason =
        "the CGCS2000 3-degree Gauss-Kruger zone of the data's central longitude " +
        degrees(central);
    if (cgcs2000GaussKrugerEpsg(all->MinX) != cgcs2000GaussKrugerEpsg(all->MaxX)) {
        // Still usable, but a planner should know why areas near the edge read slightly large.
        reason += "; the data spans " + degrees(all->MinX) + " to " + degrees(all->MaxX) +
                  ", wider than one zone";
    }
    return {crs, reason};
}

}  // namespace sitefit::gis::detail
