#include "allocation_plan.hpp"

#include "background_task.hpp"
#include "sitefit/core/auto_allocation_solver.hpp"
#include "sitefit/core/matcher.hpp"
#include "sitefit/gis/matching_session.hpp"

namespace sitefit::gui {

std::vector<AllocationPlan::Row> AllocationPlan::rows() const {
    std::vector<Row> out;
    out.reserve(result.assignments.size());
    for (std::size_t i = 0; i < result.assignments.size(); ++i) {
        const core::AllocationPair& pair = built.problem.pairs[result.assignments[i].pair];
        Row row;
        row.project = pair.project;
        row.site = built.site_facts[pair.site];
        row.amount = pair.demand;
        row.score = pair.score;
        if (i < explanation.assignments.size()) {
            row.rank = explanation.assignments[i].rank;
            row.score_given_up = explanation.assignments[i].score_given_up;
        }
        out.push_back(row);
    }
    return out;
}

std::optional<AllocationPlan::Row> AllocationPlan::rowOf(std::size_t project) const {
    for (const Row& row : rows()) {
        if (row.project == project) {
            return row;
        }
    }
    return std::nullopt;
}

AllocationPlan AllocationPlan::compute(const gis::MatchingSession& session,
                                       const core::District& district, core::Date as_of,
                                       const core::PlanRequest& request, double time_limit_s,
                                       TaskProgress& progress) {
    constexpr std::size_t kSteps = 4;
    progress.report("matching all projects", 0, kSteps);
    const core::Matcher matcher(district, session.catalogue(), session.rules(), session.sites(),
                                as_of);
    const std::vector<core::ProjectMatch> matches =
        matcher.matchAll(core::Matcher::Detail::CandidatesOnly);
    progress.report("building the allocation problem", 1, kSteps);

    AllocationPlan plan;
    plan.request = request;
    plan.built = core::buildWorkspaceProblem(district, session.sites(), matches, request);
    progress.report("solving the allocation", 2, kSteps);

    core::SolveOptions options;
    options.time_limit_s = time_limit_s;
    plan.result = core::AutoAllocationSolver().solve(plan.built.problem, options);
    if (plan.result.status == core::AllocationStatus::Infeasible) {
        core::diagnoseInfeasibility(plan.built.problem, plan.result);
    }
    progress.report("explaining the plan", 3, kSteps);
    plan.explanation = core::AllocationExplainer::explain(plan.built.problem, plan.result, matches);
    plan.utilisation = core::planUtilisation(district, session.sites(), session.capacity().report,
                                             plan.built, plan.result);
    progress.report("explaining the plan", kSteps, kSteps);
    progress.finish("explaining the plan");
    return plan;
}

}  // namespace sitefit::gui
