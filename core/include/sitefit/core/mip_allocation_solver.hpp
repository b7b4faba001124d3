#pragma once

#include "sitefit/core/allocation_result.hpp"

namespace sitefit::core {

// The exact solver: the problem as a MIP solved by COIN-OR CBC (branch and cut on the LP
// relaxation, single-threaded so runs repeat), within the time limit. Reports CBC's best
// plan, its proven bound and the gap; Optimal when the gap closed.
class MipAllocationSolver final : public AllocationSolver {
public:
    [[nodiscard]] AllocationResult solve(const AllocationProblem& problem,
                                         const SolveOptions& options) const override;
};

}  // namespace sitefit::core
