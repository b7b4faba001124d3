#include "sitefit/core/heuristic_allocation_solver.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>
#ifdef SITEFIT_HEUR_TRACE
#include <cstdio>
#include <cstdlib>
#endif

#include "allocation_instance.hpp"
#include "allocation_lagrangian.hpp"
#include "allocation_local_search.hpp"
#include "allocation_plan.hpp"
#include "allocation_random.hpp"
#include "allocation_repair.hpp"
#include "sitefit/core/figure_format.hpp"

namespace sitefit::core {

namespace {

using Clock = std::chrono::steady_clock;
using detail::AllocationInstance;
using detail::AllocationPlan;
using detail::kNoSlot;

// Subgradient schedule. The Polyak factor starts at 2 and halves whenever the bound has not
// improved for kStallBeforeHalving iterations; the search ends when the factor is below
// kSmallestStepFactor (the multipliers no longer move), or after kIdleIterationLimit
// iterations that improved neither the bound nor the plan, or after kIterationLimit.
#ifdef SITEFIT_HEUR_TRACE
double envOr(const char* name, double fallback);
const double kKickGapShare = envOr("H_KICK_GAP", 0.005);
const int kKickLimit = int(envOr("H_KICKS", 200));
const int kFruitlessKickLimit = int(envOr("H_FRUITLESS", 40));
const std::size_t kKickSize = std::size_t(envOr("H_KICK_SIZE", 6));
double envOr(const char* name, double fallback) {
    const char* v = std::getenv(name);
    return v ? std::atof(v) : fallback;
}
const double kInitialStepFactor = envOr("H_THETA", 1.0);
const int kStallBeforeHalving = int(envOr("H_STALL", 5));
const double kSmallestStepFactor = envOr("H_MIN_THETA", 0.01);
const int kIdleIterationLimit = int(envOr("H_IDLE", 50));
const int kIterationLimit = 5000;
const double kSignificantBoundShare = envOr("H_SIG", 0.01);
const double kRepairNoise = envOr("H_NOISE", 0.1);
#else
constexpr double kInitialStepFactor = 1.0;
constexpr int kStallBeforeHalving = 5;
constexpr double kSmallestStepFactor = 0.01;
constexpr int kIdleIterationLimit = 50;
constexpr int kIterationLimit = 5000;
// A lower bound counts as progress (for kIdleIterationLimit) only if it closes this share
// of the gap: the bound creeps down long after it stops mattering.
constexpr double kSignificantBoundShare = 0.01;
// Repairs after the first scale each regret by a random factor in [1 − noise, 1 + noise]
// so that they try different orders.
constexpr double kRepairNoise = 0.1;
constexpr double kKickGapShare = 0.005;
constexpr int kKickLimit = 200;
constexpr int kFruitlessKickLimit = 40;
constexpr std::size_t kKickSize = 6;
#endif

// Local search is the dearest step, so a repaired plan is searched only if it is new (the
// repair often rebuilds a plan it has built before once the multipliers settle) and if the
// lift local search has recently given would take it to the best plan's value.
class SearchScreen {
public:
    [[nodiscard]] bool worthSearching(const AllocationPlan& candidate,
                                      const AllocationPlan& best) const {
        const std::uint64_t fingerprint = candidate.fingerprint();
        if (std::find(m_recent.begin(), m_recent.end(), fingerprint) != m_recent.end()) {
            return false;
        }
        if (candidate.unplacedMandatory() != best.unplacedMandatory()) {
            return candidate.unplacedMandatory() < best.unplacedMandatory() ||
                   best.unplacedMandatory() > 0;
        }
        return candidate.value() + m_lift >= best.value();
    }

    void searched(std::uint64_t fingerprint, double value_before) {
        m_recent[m_next] = fingerprint;
        m_next = (m_next + 1) % m_recent.size();
        m_value_before = value_before;
    }

    void lifted(double value_after) {
        m_lift = std::max(value_after - m_value_before, kLiftDecay * m_lift);
    }

private:
    // The remembered lift forgets a large early lift over some dozen searches.
    static constexpr double kLiftDecay = 0.9;
    std::array<std::uint64_t, 64> m_recent{};
    std::size_t m_next = 0;
    double m_value_before = 0.0;
    double m_lift = 0.0;
};

bool gapClosed(double bound, double objective) {
    return bound - objective <= 1e-9 * std::max(1.0, std::abs(bound));
}

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The mandatory projects competing with the unplaced ones: starting from each unplaced
// mandatory project, every mandatory project placed at one of its sites, and on through
// their sites in turn, plus the pinned projects holding capacity there. Together they are
// the set the planner has to relax (optional projects could always give way).
void reportConflicts(const AllocationInstance& instance, const AllocationPlan& plan,
                     AllocationResult& result) {
    const AllocationProblem& problem = *instance.problem;
    const std::size_t project_count = instance.projectCount();
    std::vector<char> involved(instance.conflicting.begin(), instance.conflicting.end());
    std::vector<std::string> sentences = instance.conflict_sentences;

    std::vector<std::vector<std::size_t>> pinned_at(instance.siteCount());
    for (std::size_t pair : instance.placed_pin_pairs) {
        pinned_at[problem.pairs[pair].site].push_back(problem.pairs[pair].project);
    }
    std::vector<char> reached(project_count, 0);
    std::vector<char> site_reached(instance.siteCount(), 0);
    std::vector<std::size_t> queue;
    for (std::size_t project = 0; project < project_count; ++project) {
        if (instance.mandatory[project] && !plan.isPlaced(project)) {
            reached[project] = 1;
            queue.push_back(project);
        }
    }
    if (!queue.empty()) {
        std::vector<std::size_t> sites;
        for (std::size_t next = 0; next < queue.size(); ++next) {
            const std::size_t project = queue[next];
            for (std::size_t slot = instance.project_slot_begin[project];
                 slot < instance.project_slot_begin[project + 1]; ++slot) {
                const std::size_t site = instance.slot_site[slot];
                if (site_reached[site]) {
                    continue;
                }
                site_reached[site] = 1;
                sites.push_back(site);
                for (std::size_t q = plan.firstAt(site); q != kNoSlot; q = plan.nextAt(q)) {
                    if (instance.mandatory[q] && !reached[q]) {
                        reached[q] = 1;
                        queue.push_back(q);
                    }
                }
                for (std::size_t pinned : pinned_at[site]) {
                    reached[pinned] = 1;
                }
            }
        }
        std::vector<std::string> ids;
        for (std::size_t project = 0; project < project_count; ++project) {
            if (reached[project]) {
                involved[project] = 1;
                ids.push_back(problem.projects[project].id);
            }
        }
        std::sort(sites.begin(), sites.end());
        constexpr std::size_t kSitesNamed = 8;
        std::vector<std::string> site_ids;
        for (std::size_t i = 0; i < std::min(sites.size(), kSitesNamed); ++i) {
            site_ids.push_back(problem.sites[sites[i]].id);
        }
        if (sites.size() > kSitesNamed) {
            site_ids.push_back("and " + std::to_string(sites.size() - kSitesNamed) + " more");
        }
        sentences.push_back("the mandatory and pinned projects " + joined(ids) +
                            " cannot all be placed: their sites (" + joined(site_ids) +
                            ") do not have the capacity for all of them");
    }

    for (std::size_t project = 0; project < project_count; ++project) {
        if (involved[project]) {
            result.conflicting_projects.push_back(problem.projects[project].id);
        }
    }
    std::string text;
    for (const std::string& sentence : sentences) {
        text += text.empty() ? sentence : "; " + sentence;
    }
    if (!text.empty()) {
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
        text += ".";
    }
    result.infeasibility = text;
}

}  // namespace

AllocationResult HeuristicAllocationSolver::solve(const AllocationProblem& problem,
                                                  const SolveOptions& options) const {
    const Clock::time_point start = Clock::now();
    const Clock::time_point deadline =
        start + std::chrono::duration_cast<Clock::duration>(
                    std::chrono::duration<double>(std::max(0.0, options.time_limit_s)));
    AllocationResult result;
    result.solver = "heuristic";
    if (problem.projects.empty()) {
        result.status = AllocationStatus::Optimal;
        result.seconds = secondsSince(start);
        return result;
    }

    const AllocationInstance instance = detail::buildAllocationInstance(problem);
    detail::SeededRandom random(options.seed);
    detail::LagrangianRelaxation relaxation(instance);
    detail::AllocationRepair repair(instance);
    detail::AllocationLocalSearch search(instance, random);
    AllocationPlan best(instance);
    AllocationPlan candidate(instance);
    const double epsilon = 1e-9 * std::max(1.0, instance.max_value);

    // Multipliers 0 first: every project takes its favourite slot, the repair settles the
    // overfilled sites, and the local search gives the first target for the step length.
    double relaxed = relaxation.evaluate();
    double bound = relaxed;
    repair.build(relaxation, 0.0, random, best);
    SearchScreen screen;
    screen.searched(best.fingerprint(), best.value());
    search.improve(best, deadline);
    screen.lifted(best.value());

    double step_factor = kInitialStepFactor;
    double reference_bound = bound;
    int stalled = 0;
    int idle = 0;
    for (int iteration = 0; iteration < kIterationLimit; ++iteration) {
        const double objective = instance.pinned_value + best.value();
        if ((best.unplacedMandatory() == 0 && gapClosed(bound, objective)) ||
            Clock::now() >= deadline || step_factor < kSmallestStepFactor ||
            idle >= kIdleIterationLimit) {
            break;
        }
        if (relaxation.step(relaxed, objective, step_factor) <= 0.0) {
            break;  // the relaxed choice is a plan and optimal; the repair has kept it
        }
        relaxed = relaxation.evaluate();
        bound = std::min(bound, relaxed);
        // The bound often creeps down by zigzagging long after it stops mattering: only a
        // drop by a share of the gap since the last such drop counts as progress.
        bool progress = false;
        if (bound < reference_bound - kSignificantBoundShare * (reference_bound - objective)) {
            reference_bound = bound;
            progress = true;
            stalled = 0;
        } else if (++stalled >= kStallBeforeHalving) {
            step_factor /= 2.0;
            stalled = 0;
        }
        repair.build(relaxation, kRepairNoise, random, candidate);
        if (screen.worthSearching(candidate, best)) {
            screen.searched(candidate.fingerprint(), candidate.value());
            search.improve(candidate, deadline);
            screen.lifted(candidate.value());
            if (candidate.betterThan(best, epsilon)) {
                best = candidate;
                progress = true;
            }
        }
        idle = progress ? 0 : idle + 1;
#ifdef SITEFIT_HEUR_TRACE
        if (std::getenv("H_TRACE")) {
            static int last_best_iteration = 0;
            if (progress)
                last_best_iteration = iteration;
            std::fprintf(stderr, "it %d L %.3f bound %.3f cand %.3f best %.3f theta %.5f last %d\n",
                         iteration, relaxed, bound, candidate.value(), best.value(), step_factor,
                         last_best_iteration);
        }
#endif
    }

    // Where the bound leaves much open the plan may be far from the optimum, as on tight
    // instances with few sites: kick the best plan out of its local optimum and search
    // again, keeping the better plan, until kicks stop paying.
    if (bound - (instance.pinned_value + best.value()) > kKickGapShare * std::abs(bound)) {
        int fruitless = 0;
        for (int kick = 0; kick < kKickLimit && fruitless < kFruitlessKickLimit; ++kick) {
            if (Clock::now() >= deadline) {
                break;
            }
            candidate = best;
            const std::size_t count = 2 + random.below(kKickSize - 1);
            search.kick(candidate, count, random, deadline);
            if (candidate.betterThan(best, epsilon)) {
                best = candidate;
                fruitless = 0;
            } else {
                ++fruitless;
            }
        }
    }

    std::vector<std::size_t> pairs = instance.placed_pin_pairs;
    for (std::size_t project = 0; project < instance.projectCount(); ++project) {
        if (best.isPlaced(project)) {
            pairs.push_back(instance.slot_pair[best.slotOf(project)]);
        }
    }
    std::sort(pairs.begin(), pairs.end(), [&](std::size_t a, std::size_t b) {
        return problem.pairs[a].project < problem.pairs[b].project;
    });
    for (std::size_t pair : pairs) {
        result.assignments.push_back(Assignment{pair});
        result.objective += problem.value(problem.pairs[pair]);
    }
    result.bound = std::max(bound, result.objective);
    result.gap = (result.bound - result.objective) / std::max(std::abs(result.bound), 1e-9);

    const bool conflicts = best.unplacedMandatory() > 0 ||
                           std::find(instance.conflicting.begin(), instance.conflicting.end(), 1) !=
                               instance.conflicting.end();
    if (conflicts) {
        result.status = AllocationStatus::Infeasible;
        reportConflicts(instance, best, result);
    } else if (gapClosed(result.bound, result.objective)) {
        result.status = AllocationStatus::Optimal;
    } else {
        result.status = AllocationStatus::Feasible;
    }
    result.seconds = secondsSince(start);
    return result;
}

}  // namespace sitefit::core
