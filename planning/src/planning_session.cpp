#include "sitefit/planning/planning_session.hpp"

#include <optional>
#include <utility>

#include "sitefit/core/reason_wording.hpp"
#include "sitefit/core/table.hpp"

namespace sitefit::planning {
namespace {

using Detail = core::Matcher::Detail;

}  // namespace

PlanningSession::PlanningSession(const std::string& dataset, core::RulePack rules, core::Date as_of,
                                 core::ProgressSink& progress, const gis::ReadOptions& read)
    : WorkspaceSession(dataset, std::move(rules), as_of, progress, read) {}

std::vector<core::ProjectMatch> PlanningSession::matchAll(Detail detail,
                                                          const core::SitePredicate& admits) const {
    if (!admits) {
        return workspaceMatcher().matchAll(detail);
    }
    // A filter only narrows the sites the matcher considers: site indices stay the session's.
    const core::Matcher filtered(district(), catalogue(), rules(), sites(), asOf(), admits);
    return filtered.matchAll(detail);
}

core::ProjectMatch PlanningSession::match(std::size_t project, Detail detail,
                                          const core::SitePredicate& admits) const {
    if (!admits) {
        return workspaceMatcher().match(project, detail);
    }
    const core::Matcher filtered(district(), catalogue(), rules(), sites(), asOf(), admits);
    return filtered.match(project, detail);
}

AllocationPlan PlanningSession::plan(const PlanRequestLinks& links, const SolverSettings& solver,
                                     core::ProgressSink& progress) const {
    return plan(district(), links, solver, progress);
}

AllocationPlan PlanningSession::plan(const core::District& edited, const PlanRequestLinks& links,
                                     const SolverSettings& solver,
                                     core::ProgressSink& progress) const {
    constexpr std::size_t kSteps = 4;
    progress.report("matching all projects", 0, kSteps);
    std::optional<core::Matcher> editedMatcher;
    if (&edited != &district()) {
        editedMatcher.emplace(edited, catalogue(), rules(), sites(), asOf());
    }
    const core::Matcher& matcher = editedMatcher ? *editedMatcher : workspaceMatcher();
    const std::vector<core::ProjectMatch> matches = matcher.matchAll(Detail::CandidatesOnly);

    progress.report("building the allocation problem", 1, kSteps);
    AllocationPlan plan;
    plan.links = links;
    plan.built = core::buildWorkspaceProblem(edited, sites(), matches, links.request);

    progress.report("solving the allocation", 2, kSteps);
    plan.result = solveAllocation(plan.built.problem, solver);

    progress.report("explaining the plan", 3, kSteps);
    plan.explanation = core::AllocationExplainer::explain(plan.built.problem, plan.result, matches);
    plan.utilisation =
        core::planUtilisation(edited, sites(), capacity().report, plan.built, plan.result);
    progress.report("explaining the plan", kSteps, kSteps);
    progress.finish("explaining the plan");
    return plan;
}

std::vector<gis::ResultLayer> PlanningSession::planLayers(const AllocationPlan& plan) const {
    core::Table placed;
    placed.columns = {
        {"project_id", core::ColumnType::Text}, {"site_id", core::ColumnType::Text},
        {"amount", core::ColumnType::Real},     {"score", core::ColumnType::Real},
        {"rank", core::ColumnType::Integer},    {"score_given_up", core::ColumnType::Real}};
    gis::ResultLayer layer{"allocation_plan", {}, {}};
    const core::AllocationProblem& problem = plan.built.problem;
    for (std::size_t i = 0; i < plan.result.assignments.size(); ++i) {
        const core::AllocationPair& pair = problem.pairs[plan.result.assignments[i].pair];
        const core::AssignmentExplanation& why = plan.explanation.assignments[i];
        placed.rows.push_back({problem.projects[pair.project].id, problem.sites[pair.site].id,
                               pair.demand, pair.score, std::int64_t{why.rank},
                               why.score_given_up});
        layer.geometries.push_back(siteGeometry(plan.built.site_facts[pair.site]));
    }
    layer.table = std::move(placed);
    core::Table unplaced;
    unplaced.columns = {{"project_id", core::ColumnType::Text}, {"reason", core::ColumnType::Text}};
    for (const core::UnassignedExplanation& item : plan.explanation.unassigned) {
        unplaced.rows.push_back({problem.projects[item.project].id, core::describe(item, problem)});
    }
    return {std::move(layer), gis::ResultLayer{"allocation_unplaced", std::move(unplaced), {}}};
}

}  // namespace sitefit::planning
