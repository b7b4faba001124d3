#pragma once

#include <memory>
#include <string>

namespace sitefit::gis {

struct LonLat {
    double lon = 0.0;  // degrees east
    double lat = 0.0;  // degrees north
};

// Workspace CRS → geographic longitude/latitude (CGCS2000, EPSG:4490; WGS 84 differs by
// centimetres, far below what a status bar shows), through PROJ with the axis order
// normalised (x is always easting).
// Thread rules: one instance per thread (it owns its PROJ context).
class LonLatTransform {
public:
    // `crs_wkt` is the workspace CRS. Throws sitefit::Error (Input) if PROJ cannot build
    // the transformation.
    explicit LonLatTransform(const std::string& crs_wkt);
    LonLatTransform(const LonLatTransform&) = delete;
    LonLatTransform& operator=(const LonLatTransform&) = delete;
    LonLatTransform(LonLatTransform&&) noexcept;
    LonLatTransform& operator=(LonLatTransform&&) noexcept;
    ~LonLatTransform();

    // (x, y) in metres of the workspace CRS. Throws sitefit::Error (Input) for a point
    // PROJ cannot transform.
    [[nodiscard]] LonLat toLonLat(double x, double y) const;

private:
    struct Handles;
    std::unique_ptr<Handles> m_handles;
};

}  // namespace sitefit::gis
