#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/error.hpp"

#include "sitefit/gis/feature_batch_sink.hpp"
#include "sitefit/gis/input_limits.hpp"
#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// What the reader does with a feature that breaks a rule (an error: a figure would be wrong).
enum class FlawHandling {
    // Reads on to the end, then throws one Error listing every error found (the Error of
    // the only one when there is one).
    Refuse,
    // Leaves the flawed features out and goes on; Workspace::problems lists them.
    SetAside,
};

// What to do besides reading the workspace.
struct ReadOptions {
    // Told of the spatial layers' features as they are read (feature_batch_sink.hpp): the
    // map's drawable layers (DrawableLayersSink), the capacity join (CapacityJoin::Streaming).
    // Not owned; each must outlive the read.
    std::vector<FeatureBatchSink*> sinks;
    FlawHandling flaws = FlawHandling::Refuse;
    // Flaws within these are warnings (Workspace::problems), not errors: the rule pack's.
    core::DataTolerances tolerances;
    // false: the planners' tables (projects, with their investors and investment figures, and
    // plan_links) are never read, as for an investor's session; the district has none.
    bool planner_tables = true;
    // false: the enterprises' own figures (annual output), which only planners may read, are
    // never read, as for an investor's session; every enterprise's figures are unset.
    bool enterprise_figures = true;
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
