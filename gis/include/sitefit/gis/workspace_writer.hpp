#pragma once

#include <filesystem>

#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// Writes a workspace as a GeoPackage with the schema's layers and tables. The file is
// built beside the target and renamed over it at the end, so an existing workspace is
// replaced whole or not at all.
class WorkspaceWriter {
public:
    // Throws sitefit::Error (Output) naming the file and layer.
    static void write(const Workspace& workspace, const std::filesystem::path& path);
};

}  // namespace sitefit::gis
