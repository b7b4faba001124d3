#pragma once

#include <ogr_spatialref.h>

#include <memory>
#include <optional>

#include "sitefit/core/error.hpp"

namespace sitefit::gis::detail {

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation* transformation) const noexcept {
        OGRCoordinateTransformation::DestroyCT(transformation);
    }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

// A transformation (PROJ underneath) from `source` to `target`, both read x = easting or
// longitude. Throws an Input error naming `where` when PROJ knows no way between them.
// Like every GDAL object it belongs to one thread.
[[nodiscard]] CoordinateTransformationPtr createTransformation(const OGRSpatialReference& source,
                                                               const OGRSpatialReference& target,
                                                               const ErrorContext& where);

// The longitude/latitude bounds (degrees, on the CRS's own datum) of an extent given in
// `crs`, or nullopt when PROJ cannot transform it.
[[nodiscard]] std::optional<OGREnvelope> lonLatBounds(const OGREnvelope& extent,
                                                      const OGRSpatialReference& crs);

}  // namespace sitefit::gis::detail
