#pragma once

#include <ogr_spatialref.h>

#include <optional>
#include <string>
#include <vector>

namespace sitefit::gis::detail {

// What the workspace CRS is chosen from: one spatial source's CRS and where its data lies.
struct SourceCrs {
    std::string target;                         // the workspace layer it feeds, e.g. "parcels"
    const OGRSpatialReference* crs = nullptr;   // not owned; never null
    std::optional<OGREnvelope> lon_lat_bounds;  // nullopt when the source has no features
};

struct WorkspaceCrs {
    OGRSpatialReference crs;  // projected, metres, x = easting
    std::string reason;       // why this one, for the import report
};

// A CRS given on the command line (`option` is e.g. "--crs"); throws a Usage error when GDAL
// and PROJ do not know it.
[[nodiscard]] OGRSpatialReference crsFromOption(const std::string& definition,
                                                const std::string& option);

// The workspace CRS: `requested` when given (it must be projected in metres, else a Usage
// error); otherwise the first source CRS projected in metres; otherwise (all sources in
// longitude/latitude) the CGCS2000 3-degree Gauss–Krüger zone of the data's central
// longitude. Throws an Input error when no zone can be chosen.
[[nodiscard]] WorkspaceCrs chooseWorkspaceCrs(const std::string& requested,
                                              const std::vector<SourceCrs>& sources);

}  // namespace sitefit::gis::detail
