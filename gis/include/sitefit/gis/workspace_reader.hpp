#pragma once

#include <string>

#include "sitefit/gis/input_limits.hpp"
#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// What to make besides the workspace while it is read.
struct ReadOptions {
    // Workspace::drawable, for a map: built from GDAL's geometries as the features are read
    // (no second parse of the WKB) and indexed on other threads while later layers are read.
    bool drawable_layers = false;
};

// Reads a workspace (a GeoPackage path, or any dataset GDAL opens with the workspace's
// layers) into memory, checking it against the schema of DESIGN.md: required layers and
// fields, value domains (in a GeoPackage, also what SQLite stores: text in a numeric column
// is refused, not read as its leading digits), unique ids, geometry types and finite
// coordinates, one projected CRS in metres whose area of use holds the data, and the input
// limits. A damaged file is refused, never read in part. Never modifies the dataset.
class WorkspaceReader {
public:
    // Throws sitefit::Error (Input) naming file, layer, feature and field. The first form
    // takes its limits from the environment (InputLimits::fromEnvironment).
    [[nodiscard]] static Workspace read(const std::string& dataset);
    [[nodiscard]] static Workspace read(const std::string& dataset, const InputLimits& limits);
    [[nodiscard]] static Workspace read(const std::string& dataset, const InputLimits& limits,
                                        const ReadOptions& options);
};

}  // namespace sitefit::gis
