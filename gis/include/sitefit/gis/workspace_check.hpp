#pragma once

#include <string>

#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/gis/capacity_analysis.hpp"
#include "sitefit/gis/result_layer_writer.hpp"

namespace sitefit::gis {

// Every problem of a workspace found in one pass (docs/data-quality.md): what the reader
// refuses (schema and value rules, geometry types, duplicate ids), invalid polygons with
// GEOS's reason and point, overlapping parcels and zones, and buildings across parcel edges
// or outside every parcel. The workspace is read as `sitefit capacity --skip-invalid` reads
// it, so the check costs one capacity run and a pass over its facts. Throws sitefit::Error
// only for what stops reading altogether (a missing layer, a CRS, a damaged file).
[[nodiscard]] CapacityAnalysis checkWorkspace(const std::string& dataset,
                                              const core::DataTolerances& tolerances,
                                              core::ProgressSink& progress);

// The problems as a point layer "problems" (rule, severity, layer, feature, other_feature,
// field, found, expected, message), at each problem's location; a problem without one
// (a value in a table without geometry) has an empty point.
[[nodiscard]] ResultLayer problemLayer(const core::ProblemReport& problems);

}  // namespace sitefit::gis
