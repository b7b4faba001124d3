#pragma once

#include <string>
#include <vector>

#include "sitefit/core/allocation_problem.hpp"
#include "sitefit/core/allocation_result.hpp"
#include "sitefit/core/capacity_report.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/match_result.hpp"
#include "sitefit/core/site_facts.hpp"

namespace sitefit::core {

// A planner's what-if, by ids: pins (project → site) and exclusions (project ↛ site; the
// project "*" closes the site to every project).
struct PlanRequest {
    struct Link {
        std::string project_id;
        std::string site_id;
    };
    std::vector<Link> pins;
    std::vector<Link> exclusions;
};

// The allocation problem of a workspace's matches, with the way back to its sites.
struct WorkspaceProblem {
    AllocationProblem problem;
    std::vector<std::size_t> site_facts;  // problem site index → index into the site list
};

// One project per district project (priority and mandatory from the project), one site per
// site that is a candidate of some project (a parcel: capacity 1; floor space: its vacancy
// in m²), one pair per candidate (score from matching; demand 1 or the project's floor_m2).
// Throws sitefit::Error (Usage) for a pin or exclusion naming an unknown project or site,
// or a pin to a site that is not a feasible candidate of the project.
[[nodiscard]] WorkspaceProblem buildWorkspaceProblem(const District& district,
                                                     const std::vector<SiteFacts>& sites,
                                                     const std::vector<ProjectMatch>& matches,
                                                     const PlanRequest& request);

// Land and floor space used by a plan and left after it, per zone and for the district.
struct ZoneUtilisation {
    std::string zone_id;  // "" for sites outside every zone
    double land_used_m2 = 0.0;
    double land_left_m2 = 0.0;  // available land not taken by the plan
    double floor_used_m2 = 0.0;
    double vacant_left_m2 = 0.0;
    int projects_placed = 0;
};

struct PlanUtilisation {
    int projects = 0;
    int projects_placed = 0;
    double land_asked_m2 = 0.0;   // Σ land_m2 of land projects
    double land_placed_m2 = 0.0;  // Σ land_m2 of the placed ones
    double floor_asked_m2 = 0.0;
    double floor_placed_m2 = 0.0;
    std::vector<ZoneUtilisation> zones;  // workspace zone order, then "" if used
};

[[nodiscard]] PlanUtilisation planUtilisation(const District& district,
                                              const std::vector<SiteFacts>& sites,
                                              const CapacityReport& capacity,
                                              const WorkspaceProblem& built,
                                              const AllocationResult& result);

}  // namespace sitefit::core
