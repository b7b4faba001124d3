#pragma once

#include "sitefit/core/allocation_result.hpp"

namespace sitefit::core {

// The fast solver for large instances: Lagrangian relaxation of the site capacities
// (subgradient steps give an upper bound), a repair of each relaxed choice into a
// feasible plan, and local search (shift, swap and ejection-chain moves) on the promising
// repaired plans, with random kicks while the gap stays above 0.5 %.
// Seeded and deterministic. Reports the best plan and the best Lagrangian bound.
class HeuristicAllocationSolver final : public AllocationSolver {
public:
    [[nodiscard]] AllocationResult solve(const AllocationProblem& problem,
                                         const SolveOptions& options) const override;
};

}  // namespace sitefit::core
