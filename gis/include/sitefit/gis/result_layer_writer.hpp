#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sitefit/core/table.hpp"
#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// A result to store in a workspace: a table, and optionally one geometry per row
// (then it becomes a map layer any GIS can style; else an attribute table).
struct ResultLayer {
    std::string name;
    core::Table table;
    std::vector<Wkb> geometries;  // empty, or one per row (polygons or points), workspace CRS
};

// Stores result layers in a GeoPackage workspace, replacing layers of the same name and
// leaving every other layer as it was. The file is changed as a whole or not at all: the
// work happens on a copy that is renamed over the original.
class ResultLayerWriter {
public:
    // Throws sitefit::Error (Output, or Input when the workspace cannot be opened).
    static void write(const std::filesystem::path& workspace, const std::string& crs_wkt,
                      const std::vector<ResultLayer>& layers);
};

}  // namespace sitefit::gis
