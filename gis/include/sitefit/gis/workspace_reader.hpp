#pragma once

#include <cstddef>
#include <string>

#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/error.hpp"

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
    // After stop(): buildings it was told of were set aside afterwards (a duplicate id is
    // known only once the layer is read), so the indices it saw no longer hold.
    virtual void invalidate() noexcept = 0;
};

// What the reader does with a feature that breaks a rule (an error: a figure would be wrong).
enum class FlawHandling {
    // Reads on to the end, then throws one Error listing every error found (the Error of
    // the only one when there is one).
    Refuse,
    // Leaves the flawed features out and goes on; Workspace::problems lists them.
    SetAside,
};

// What to make besides the workspace while it is read.
struct ReadOptions {
    // Workspace::drawable, for a map: built from GDAL's geometries as the features are read
    // (no second parse of the WKB) and indexed on other threads while later layers are read.
    bool drawable_layers = false;
    // Told of the buildings as they are read; must outlive the read.
    BuildingListener* buildings = nullptr;
    FlawHandling flaws = FlawHandling::Refuse;
    // Flaws within these are warnings (Workspace::problems), not errors: the rule pack's.
    core::DataTolerances tolerances;
    // false: the planners' tables (projects, with their investors and investment figures, and
    // plan_links) are never read, as for an investor's session; the district has none.
    bool planner_tables = true;
};

// The Error for a workspace whose problems include errors: the only error's own when there
// is one, else one listing the first `limit` errors with the count, and how to see all of
// them (`sitefit check`) or go on without the features (--skip-invalid).
[[nodiscard]] Error refusal(const std::string& dataset, const core::ProblemReport& problems,
                            std::size_t limit = 20);

// Reads a workspace (a GeoPackage path, or any dataset GDAL opens with the workspace's
// layers) into memory, checking it against the schema (workspace_schema.hpp): required layers and
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
