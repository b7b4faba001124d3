#pragma once

#include <string>
#include <vector>

#include "sitefit/core/capacity_report.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/core/spatial_facts.hpp"
#include "sitefit/gis/capacity_join.hpp"
#include "sitefit/gis/result_layer_writer.hpp"
#include "sitefit/gis/workspace.hpp"
#include "sitefit/gis/workspace_reader.hpp"

namespace sitefit::gis {

// A workspace with its capacity figures: what `sitefit capacity` shows and stores.
struct CapacityAnalysis {
    Workspace workspace;
    core::SpatialFacts facts;  // what the report was computed from; site facts need it too
    core::CapacityReport report;
    JoinStatistics statistics;
};

// Reads the workspace (with `read`'s extras), joins it and computes the figures. Throws
// sitefit::Error.
[[nodiscard]] CapacityAnalysis analyseCapacity(const std::string& dataset,
                                               core::ProgressSink& progress,
                                               const ReadOptions& read = {});

// As above; with `inDatabase` the spatial join runs inside the PostGIS database the
// workspace is in (PostgisCapacityJoin), with the same figures. Throws Usage when
// `inDatabase` is asked of a workspace that is not a PG: connection.
[[nodiscard]] CapacityAnalysis analyseCapacity(const std::string& dataset,
                                               core::ProgressSink& progress, bool inDatabase);

// The `parcel_capacity` and `zone_capacity` layers, with the parcels' and zones' geometry.
[[nodiscard]] std::vector<ResultLayer> capacityResultLayers(const CapacityAnalysis& analysis);

}  // namespace sitefit::gis
