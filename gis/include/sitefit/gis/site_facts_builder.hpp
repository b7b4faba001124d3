#pragma once

#include <vector>

#include "sitefit/core/capacity_report.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/core/site_facts.hpp"
#include "sitefit/core/spatial_facts.hpp"
#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// Turns a workspace into the sites the matcher ranks, with the plain facts it needs and no
// geometry: a parcel site for each parcel that is `available` or `reserved`, then a space
// site for each building with vacant floor space, both in workspace order. Distances are
// measured in metres in the workspace CRS from the parcel polygon or building footprint,
// through one bulk STRtree per enterprise category, one per chain for chain leaders and one
// per building kind counted for job–housing; no all-pairs loops.
// Thread rules: owns its GEOS context for the duration of the call; reentrant.
class SiteFactsBuilder {
public:
    // One SiteFacts per site as described; `report` and `facts` must come from the same
    // workspace (gis::analyseCapacity gives all three). `commute_radius_m` is the job–housing
    // radius in metres (RulePack::commute_radius_m). Throws sitefit::Error (Internal) when
    // `facts` or `report` was not measured for `workspace`, (Input) naming the feature when
    // a geometry is unreadable.
    [[nodiscard]] static std::vector<core::SiteFacts> build(
        const Workspace& workspace, const core::SpatialFacts& facts,
        const core::CapacityReport& report, double commute_radius_m,
        core::ProgressSink& progress = core::silentProgress());
};

}  // namespace sitefit::gis
