#include "sitefit/planning/allocation_plan.hpp"

#include <memory>
#include <utility>

#include "sitefit/core/auto_allocation_solver.hpp"
#include "sitefit/core/heuristic_allocation_solver.hpp"
#include "sitefit/core/mip_allocation_solver.hpp"

namespace sitefit::planning {
namespace {

std::unique_ptr<core::AllocationSolver> solverFor(SolverChoice choice) {
    switch (choice) {
        case SolverChoice::Exact:
            return std::make_unique<core::MipAllocationSolver>();
        case SolverChoice::Heuristic:
            return std::make_unique<core::HeuristicAllocationSolver>();
        case SolverChoice::Auto:
            break;
    }
    return std::make_unique<core::AutoAllocationSolver>();
}

}  // namespace

PlanRequestLinks planRequestLinks(core::PlanRequest adhoc,
                                  const std::vector<core::PlanLink>& stored, bool use_stored) {
    PlanRequestLinks out{std::move(adhoc), {}};
    if (use_stored) {
        out.stored = mergeStoredLinks(stored, out.request);
    }
    return out;
}

core::AllocationResult solveAllocation(const core::AllocationProblem& problem,
                                       const SolverSettings& settings) {
    core::SolveOptions options;
    options.time_limit_s = settings.time_limit_s;
    core::AllocationResult result = solverFor(settings.solver)->solve(problem, options);
    if (result.status == core::AllocationStatus::Infeasible) {
        core::diagnoseInfeasibility(problem, result);
    }
    return result;
}

SolvedProblem solveProblem(const core::AllocationProblem& problem, const SolverSettings& settings) {
    SolvedProblem out;
    out.result = solveAllocation(problem, settings);
    out.explanation = core::AllocationExplainer::explain(problem, out.result);
    return out;
}

std::vector<AllocationPlan::Row> AllocationPlan::rows() const {
    std::vector<Row> out;
    out.reserve(result.assignments.size());
    for (std::size_t i = 0; i < result.assignments.size(); ++i) {
        const core::AllocationPair& pair = built.problem.pairs[result.assignments[i].pair];
        Row row;
        row.project = pair.project;  // buildWorkspaceProblem keeps the district's order
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

}  // namespace sitefit::planning
