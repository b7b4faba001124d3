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

// Reads the workspace (with `read`'s extras), joins it and computes the figures. Every
// error of the workspace, the join's invalid polygons included, is found before it is refused
// (refusal()); with FlawHandling::SetAside the flawed features are left out and
// Workspace::problems lists them, with the warnings (overlapping parcels and zones, values
// clamped within a tolerance). Throws sitefit::Error.
[[nodiscard]] CapacityAnalysis analyseCapacity(const std::string& dataset,
                                               core::ProgressSink& progress,
                                               const ReadOptions& read = {});

// As above; with `inDatabase` the spatial join runs inside the PostGIS database the
// workspace is in (PostgisCapacityJoin), with the same figures. Throws Usage when
// `inDatabase` is asked of a workspace that is not a PG: connection.
// The database checks polygons with ST_IsValid and refuses the first invalid one; it does
// not look for overlapping parcels.
[[nodiscard]] CapacityAnalysis analyseCapacity(const std::string& dataset,
                                               core::ProgressSink& progress, bool inDatabase,
                                               const ReadOptions& read);

// The `parcel_capacity` and `zone_capacity` layers, with the parcels' and zones' geometry.
[[nodiscard]] std::vector<ResultLayer> capacityResultLayers(const CapacityAnalysis& analysis);

}  // namespace sitefit::gis
