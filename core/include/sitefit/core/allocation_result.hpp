#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sitefit/core/allocation_problem.hpp"

namespace sitefit::core {

struct Assignment {
    std::size_t pair = 0;  // index into AllocationProblem::pairs
};

enum class AllocationStatus {
    Optimal,     // proven optimal (gap 0 within tolerance)
    Feasible,    // a feasible plan with a bound; gap may be > 0
    Infeasible,  // pins and mandatory projects cannot all be satisfied
    NoSolution,  // the time ran out before any feasible plan was found
};

[[nodiscard]] std::string_view toString(AllocationStatus status);

// What a solver returns. objective = Σ priority × score over the assignments;
// bound ≥ the optimum ≥ objective; gap = (bound − objective) / max(|bound|, 1e-9).
struct AllocationResult {
    AllocationStatus status = AllocationStatus::NoSolution;
    std::vector<Assignment> assignments;
    double objective = 0.0;
    double bound = 0.0;
    double gap = 0.0;
    std::string solver;  // "cbc", "heuristic", or "auto(cbc)" / "auto(heuristic)"
    double seconds = 0.0;
    // For Infeasible: the projects (ids) whose pins or mandatory status cannot all hold,
    // and why, in words.
    std::vector<std::string> conflicting_projects;
    std::string infeasibility;
};

struct SolveOptions {
    double time_limit_s = 30.0;
    unsigned long long seed = 1;  // the heuristic's; same seed, same plan
};

// A solver of AllocationProblem. Implementations are deterministic for a given problem,
// options and machine load-independent settings (CBC runs single-threaded).
class AllocationSolver {
public:
    AllocationSolver() = default;
    AllocationSolver(const AllocationSolver&) = delete;
    AllocationSolver& operator=(const AllocationSolver&) = delete;
    AllocationSolver(AllocationSolver&&) = delete;
    AllocationSolver& operator=(AllocationSolver&&) = delete;
    virtual ~AllocationSolver() = default;

    // `problem` must have passed validate().
    [[nodiscard]] virtual AllocationResult solve(const AllocationProblem& problem,
                                                 const SolveOptions& options) const = 0;
};

}  // namespace sitefit::core
