#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/district.hpp"

namespace sitefit::gis {

// A geometry as ISO WKB, 2D, in the workspace CRS. A plain value: any thread may read it.
using Wkb = std::vector<std::uint8_t>;

// A workspace held in memory: every attribute record plus the geometry of each spatial
// feature, index-aligned with the District's vectors.
struct Workspace {
    std::string source;   // the dataset name it was read from (file path or PG: string)
    std::string crs_wkt;  // a projected CRS in metres, shared by every layer
    core::District district;
    std::vector<Wkb> zone_geometries;        // polygons or multipolygons
    std::vector<Wkb> parcel_geometries;      // polygons or multipolygons
    std::vector<Wkb> building_geometries;    // footprint polygons or multipolygons
    std::vector<Wkb> enterprise_geometries;  // points
    // What was found wrong while reading and measuring it: warnings (a value clamped within
    // a tolerance, an overlap counted once) and, when read with FlawHandling::SetAside, the
    // errors of the features left out of it.
    core::ProblemReport problems;
};

}  // namespace sitefit::gis
