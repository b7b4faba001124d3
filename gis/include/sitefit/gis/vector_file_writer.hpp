#pragma once

#include <filesystem>
#include <string>

#include "sitefit/gis/result_layer_writer.hpp"

namespace sitefit::gis {

// The file formats a layer of sites can be handed out in.
enum class VectorFormat {
    GeoPackage,  // .gpkg: the workspace CRS, for GIS users
    GeoJson,     // .geojson/.json: RFC 7946, longitude/latitude on WGS 84 (EPSG:4326)
    Csv,         // .csv: a WKT column plus lon, lat (WGS 84) of a point inside each site
};

// Writes one layer (a table with one polygon or point per row, in the workspace CRS) to a
// new file, through GDAL. GeoJSON and CSV are reprojected to longitude/latitude on WGS 84,
// as RFC 7946 requires (CGCS2000, EPSG:4490, agrees with it to a few centimetres); they
// also get `lon` and `lat` columns of a point inside each geometry. The file is replaced
// atomically: a reader never sees half of it.
class VectorFileWriter {
public:
    // The format named by the extension; throws sitefit::Error (Usage) for any other.
    [[nodiscard]] static VectorFormat formatOf(const std::filesystem::path& out);

    // Throws sitefit::Error (Usage for an unknown extension, Output when writing fails,
    // Input for a CRS PROJ cannot transform).
    static void write(const std::filesystem::path& out, const std::string& crs_wkt,
                      const ResultLayer& layer);
};

}  // namespace sitefit::gis
