#pragma once

#include "sitefit/core/allocation_result.hpp"

namespace sitefit::core {

// `--solver auto`: CBC first; when it proves optimality within the time limit that plan
// stands, else the heuristic runs too and the better plan is reported with the tighter of
// the two bounds (both are valid upper bounds).
class AutoAllocationSolver final : public AllocationSolver {
public:
    [[nodiscard]] AllocationResult solve(const AllocationProblem& problem,
                                         const SolveOptions& options) const override;
};

// For an infeasible problem: names the mandatory and pinned projects that cannot all be
// placed together (the smallest group of them linked by shared sites that is infeasible on
// its own) and says why. Fills result.conflicting_projects and result.infeasibility.
void diagnoseInfeasibility(const AllocationProblem& problem, AllocationResult& result);

}  // namespace sitefit::core
