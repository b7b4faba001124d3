#pragma once

#include <string>

#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// Reads a workspace (a GeoPackage path, or any dataset GDAL opens with the workspace's
// layers) into memory, checking it against the schema of DESIGN.md: required layers and
// fields, value domains, unique ids, geometry types and finite coordinates, one projected
// CRS in metres. Never modifies the dataset.
class WorkspaceReader {
public:
    // Throws sitefit::Error (Input) naming file, layer, feature and field.
    [[nodiscard]] static Workspace read(const std::string& dataset);
};

}  // namespace sitefit::gis
