#pragma once

#include <string>

#include "sitefit/gis/input_limits.hpp"
#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// Work on the buildings that starts while the rest of them are still being read (the
// capacity join: CapacityJoin::Streaming). The reader calls it from its own thread.
class BuildingListener {
public:
    virtual ~BuildingListener() = default;
    // Before the first building: `so_far` holds every zone and parcel, and its buildings'
    // records and geometries will not move in memory until stop(). Not called for a PostGIS
    // workspace, whose rows are put in order only once all are read.
    virtual void start(const Workspace& so_far) = 0;
    // Buildings [0, count) of `so_far` are final. Read their geometries through the pointer
    // taken in start(), never through the vectors, which the reader is still appending to.
    virtual void available(std::size_t count) = 0;
    // When it returns, nothing of `so_far`'s buildings may be touched any more: called at the
    // end of the layer, when the read fails, and before the vectors would grow.
    virtual void stop() noexcept = 0;
};

// What to make besides the workspace while it is read.
struct ReadOptions {
    // Workspace::drawable, for a map: built from GDAL's geometries as the features are read
    // (no second parse of the WKB) and indexed on other threads while later layers are read.
    bool drawable_layers = false;
    // Told of the buildings as they are read; must outlive the read.
    BuildingListener* buildings = nullptr;
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
