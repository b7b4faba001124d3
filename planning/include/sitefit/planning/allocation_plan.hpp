#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "sitefit/core/allocation_explanation.hpp"
#include "sitefit/core/allocation_problem.hpp"
#include "sitefit/core/allocation_request.hpp"
#include "sitefit/core/allocation_result.hpp"
#include "sitefit/planning/stored_links.hpp"

namespace sitefit::planning {

// Which solver makes a plan: exact (CBC) when it finishes in the time limit and the
// Lagrangian heuristic otherwise, or one of them alone.
enum class SolverChoice { Auto, Exact, Heuristic };

struct SolverSettings {
    SolverChoice solver = SolverChoice::Auto;
    double time_limit_s = 30.0;
};

// A request for a plan: the ad-hoc pins and exclusions, and the stored ones merged into them
// (mergeStoredLinks) unless the planner leaves them out.
struct PlanRequestLinks {
    core::PlanRequest request;  // ad-hoc and stored, as the problem is built from it
    StoredLinks stored;         // what the merge applied and what the ad-hoc links overrode
};

[[nodiscard]] PlanRequestLinks planRequestLinks(core::PlanRequest adhoc,
                                                const std::vector<core::PlanLink>& stored,
                                                bool use_stored = true);

// A solved problem with its explanation: a problem file, solved alone.
struct SolvedProblem {
    core::AllocationResult result;
    core::PlanExplanation explanation;
};

// Solves the problem; when no plan satisfies its mandatory and pinned projects, the result
// says which projects conflict (diagnoseInfeasibility).
[[nodiscard]] core::AllocationResult solveAllocation(const core::AllocationProblem& problem,
                                                     const SolverSettings& settings);
[[nodiscard]] SolvedProblem solveProblem(const core::AllocationProblem& problem,
                                         const SolverSettings& settings);

// One conflict-free plan for every project of a district: every project matched (candidates
// only), the allocation problem built with the request's pins and exclusions, solved,
// explained, and the land and floor space it uses per zone.
struct AllocationPlan {
    PlanRequestLinks links;
    core::WorkspaceProblem built;
    core::AllocationResult result;
    core::PlanExplanation explanation;
    core::PlanUtilisation utilisation;

    // A placed project, with the indices the front ends use.
    struct Row {
        std::size_t project = 0;  // into District::projects
        std::size_t site = 0;     // into the session's site list
        double amount = 1.0;      // 1 for a parcel, m² for floor space
        double score = 0.0;       // 0..100
        int rank = 1;             // of the site among the project's candidates
        double score_given_up = 0.0;
    };
    [[nodiscard]] std::vector<Row> rows() const;
    // The row of a project, or nothing when it is not placed.
    [[nodiscard]] std::optional<Row> rowOf(std::size_t project) const;
    [[nodiscard]] bool infeasible() const noexcept {
        return result.status == core::AllocationStatus::Infeasible;
    }
};

}  // namespace sitefit::planning
