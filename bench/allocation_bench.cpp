// Allocation benchmark: the heuristic against CBC on generated capacitated instances of
// generalized-assignment shape, side by side in one run (docs/performance.md).
//
//   sitefit-allocation-bench [--cbc-limit S] [--heuristic-limit S] [--seed N]
//
// Instances are made here from a seed, never stored: n projects, m sites, each project
// feasible on k sites; demands vary by pair (as in GAP), values fall as demand grows (the
// hard "type D" correlation of Chu & Beasley), and every site's capacity holds only about
// `tightness` (a share) of what its candidate projects would demand, so capacities bind.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "sitefit/core/allocation_result.hpp"
#include "sitefit/core/heuristic_allocation_solver.hpp"
#include "sitefit/core/mip_allocation_solver.hpp"

namespace {

using namespace sitefit::core;

// Numbers from raw mt19937_64 output: the same on every standard library.
class Draw {
public:
    explicit Draw(unsigned long long seed) : m_engine(seed) {}
    double uniform(double low, double high) {
        return low + (high - low) * static_cast<double>(m_engine() >> 11U) * 0x1.0p-53;
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(uniform(0.0, 1.0) * n); }

private:
    std::mt19937_64 m_engine;
};

AllocationProblem generate(std::size_t projects, std::size_t sites, std::size_t perProject,
                           double tightness, unsigned long long seed) {
    Draw draw(seed);
    AllocationProblem problem;
    for (std::size_t p = 0; p < projects; ++p) {
        problem.projects.push_back(
            {"P" + std::to_string(p), std::floor(draw.uniform(1.0, 6.0)), false});
    }
    // Every site has a quality all projects see (location, readiness), so projects of a
    // cluster want the same good sites; a project's candidates lie in a window of 2k
    // neighbouring sites (its category's parks), overlapping those of other projects.
    std::vector<double> quality(sites);
    for (double& q : quality) {
        q = draw.uniform(0.0, 40.0);
    }
    std::vector<double> demanded(sites, 0.0);
    for (std::size_t p = 0; p < projects; ++p) {
        std::vector<bool> taken(sites, false);
        const std::size_t window = std::min(sites, 2 * perProject);
        const std::size_t start = draw.below(sites);
        for (std::size_t k = 0; k < perProject; ++k) {
            std::size_t s = (start + draw.below(window)) % sites;
            while (taken[s]) {
                s = (s + 1) % sites;
            }
            taken[s] = true;
            const double demand = std::floor(draw.uniform(5.0, 25.0));
            const double score =
                std::min(100.0, 71.0 - 2.0 * demand + quality[s] + draw.uniform(-10.0, 10.0));
            problem.pairs.push_back({p, s, std::max(1.0, score), demand});
            demanded[s] += demand;
        }
    }
    for (std::size_t s = 0; s < sites; ++s) {
        problem.sites.push_back({"S" + std::to_string(s), std::max(25.0, tightness * demanded[s])});
    }
    problem.validate("generated");
    return problem;
}

struct Size {
    std::size_t projects;
    std::size_t sites;
    std::size_t perProject;
    double tightness;
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Allocation: heuristic against CBC on generated instances"};
    double cbcLimit = 60.0;
    double heuristicLimit = 10.0;
    unsigned long long seed = 7;
    app.add_option("--cbc-limit", cbcLimit, "Seconds CBC may take per instance");
    app.add_option("--heuristic-limit", heuristicLimit, "Seconds the heuristic may take");
    app.add_option("--seed", seed, "Instance seed");
    CLI11_PARSE(app, argc, argv);

    // Each site is a candidate of projects × k / sites projects; tightness 0.15 lets it hold
    // about one and a half of them on average.
    const std::vector<Size> sizes{{50, 100, 20, 0.25},    {100, 250, 25, 0.2},
                                  {200, 500, 25, 0.2},    {200, 1000, 50, 0.15},
                                  {200, 2000, 100, 0.15}, {1000, 20000, 200, 0.15}};
    std::printf("%-22s %8s | %-9s %12s %12s %8s | %12s %12s %8s | %9s %9s\n", "instance", "pairs",
                "cbc", "objective", "bound", "s", "heuristic", "bound", "s", "gap/opt %", "time x");
    for (const Size& size : sizes) {
        const AllocationProblem problem =
            generate(size.projects, size.sites, size.perProject, size.tightness,
                     seed + size.projects + size.perProject);
        SolveOptions heuristicOptions;
        heuristicOptions.time_limit_s = heuristicLimit;
        const AllocationResult fast = HeuristicAllocationSolver().solve(problem, heuristicOptions);
        SolveOptions exactOptions;
        exactOptions.time_limit_s = cbcLimit;
        const AllocationResult exact = MipAllocationSolver().solve(problem, exactOptions);
        // Against CBC's proven optimum, or against its bound when it ran out of time.
        const bool proven = exact.status == AllocationStatus::Optimal;
        const double reference = proven ? exact.objective : std::min(exact.bound, fast.bound);
        const double gap = 100.0 * (reference - fast.objective) / reference;
        const std::string name = std::to_string(size.projects) + "x" + std::to_string(size.sites) +
                                 " k=" + std::to_string(size.perProject);
        std::printf("%-22s %8zu | %-9s %12.1f %12.1f %8.2f | %12.1f %12.1f %8.2f | %8.3f%s %9.4f\n",
                    name.c_str(), problem.pairs.size(), std::string(toString(exact.status)).c_str(),
                    exact.objective, exact.bound, exact.seconds, fast.objective, fast.bound,
                    fast.seconds, gap, proven ? " " : "*",
                    fast.seconds / std::max(exact.seconds, 1e-9));
        std::fflush(stdout);
    }
    std::printf(
        "\ngap/opt: (reference − heuristic) / reference, the reference being CBC's proven "
        "optimum, or (*) the best bound when CBC ran out of time.\n"
        "time x: heuristic seconds / CBC seconds.\n");
    return 0;
}
