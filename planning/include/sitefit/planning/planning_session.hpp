#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sitefit/core/site_predicate.hpp"
#include "sitefit/planning/allocation_plan.hpp"
#include "sitefit/planning/workspace_session.hpp"

namespace sitefit::planning {

// A planner's session: the workspace with its projects and stored plan links, and the
// questions the bureau asks of them: every project matched (against all sites or a filtered
// few), and the plan for a request. The CLI, the map window and the benchmarks ask here;
// none of them builds a matcher, an allocation problem or a solver of its own.
class PlanningSession final : public WorkspaceSession {
public:
    // Reads (with `read`'s extras) and measures the workspace. Throws sitefit::Error.
    PlanningSession(const std::string& dataset, core::RulePack rules, core::Date as_of,
                    core::ProgressSink& progress, const gis::ReadOptions& read = {});

    [[nodiscard]] bool holdsProjects() const noexcept override { return true; }

    // Index of the project with this id; throws sitefit::Error (Usage) naming the id.
    [[nodiscard]] std::size_t projectIndex(const std::string& project_id) const {
        return data().projectIndex(project_id);
    }

    // Every project of the workspace (or one) matched against the sites `admits` lets
    // through (all when empty); site indices are those of sites() either way.
    [[nodiscard]] std::vector<core::ProjectMatch> matchAll(
        core::Matcher::Detail detail = core::Matcher::Detail::WithRejections,
        const core::SitePredicate& admits = {}) const;
    [[nodiscard]] core::ProjectMatch match(
        std::size_t project, core::Matcher::Detail detail = core::Matcher::Detail::WithRejections,
        const core::SitePredicate& admits = {}) const;
    // `match_candidates` (a layer with the site geometry) and `match_rejections` (a table).
    [[nodiscard]] std::vector<gis::ResultLayer> matchLayers(
        const std::vector<core::ProjectMatch>& matches, int top) const {
        return data().resultLayers(matches, top);
    }

    // The plan for every project of the workspace, or of `edited` (a district whose projects'
    // requirements were edited; the sites stay the session's). Reports its four steps to
    // `progress`, which may stop it by throwing between them. Throws sitefit::Error (Usage)
    // for a link naming an unknown project or site, or pinning a site that cannot take the
    // project.
    [[nodiscard]] AllocationPlan plan(const PlanRequestLinks& links, const SolverSettings& solver,
                                      core::ProgressSink& progress) const;
    [[nodiscard]] AllocationPlan plan(const core::District& edited, const PlanRequestLinks& links,
                                      const SolverSettings& solver,
                                      core::ProgressSink& progress) const;
    // `allocation_plan` (a layer with the site geometry) and `allocation_unplaced` (a table).
    [[nodiscard]] std::vector<gis::ResultLayer> planLayers(const AllocationPlan& plan) const;
};

}  // namespace sitefit::planning
