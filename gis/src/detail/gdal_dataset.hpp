#pragma once

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <string>

namespace sitefit::gis::detail {

// Registers GDAL's drivers once per process; safe from any thread.
void ensureGdalRegistered();

class GdalErrorCapture;

// SQLite's "database disk image is malformed" (or "file is not a database") with what it
// means and what to do; any other reason as it is.
std::string withDamageHint(std::string reason);

// Why GDAL could not open `name`, for a message: GDAL's reason from `errors`, with what to
// do about a damaged or truncated GeoPackage; without one, whether the file is another kind
// of file named .gpkg.
std::string openFailureReason(const std::string& name, const GdalErrorCapture& errors);

// Opens a vector dataset, read-only unless `update`. Throws an Input error naming the
// dataset and GDAL's reason (or that the file does not exist).
GDALDatasetUniquePtr openVectorDataset(const std::string& name, bool update = false);

// The dataset's layer names for a message: "zones, parcels", or "none".
std::string layerNames(GDALDataset& dataset);

// Creates an empty GeoPackage at `path` (which must not exist). Throws an Output error.
GDALDatasetUniquePtr createGeoPackage(const std::string& path);

// Closes a dataset that was written, so SQLite flushes; a failure there (disk full) throws
// an Output error naming `file`, which must stop any rename of a half-written file.
void closeWrittenDataset(GDALDatasetUniquePtr& dataset, const std::string& file);

// The CRS from WKT or any user string (EPSG:4549, PROJ string), x = easting/longitude.
// Throws an Input error naming `what` on failure.
OGRSpatialReference spatialReferenceFrom(const std::string& definition, const std::string& what);

// Whether the CRS is projected with metres as its linear unit.
bool isMetricProjected(const OGRSpatialReference& crs);

std::string toWkt(const OGRSpatialReference& crs);

}  // namespace sitefit::gis::detail
