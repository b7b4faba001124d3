#include "sitefit/core/heuristic_allocation_solver.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "allocation_instance.hpp"
#include "allocation_lagrangian.hpp"
#include "allocation_local_search.hpp"
#include "allocation_plan.hpp"
#include "allocation_random.hpp"
#include "allocation_repair.hpp"
#include "sitefit/core/text.hpp"

namespace sitefit::core {

namespace {

using Clock = std::chrono::steady_clock;
using detail::AllocationInstance;
using detail::AllocationPlan;
using detail::kNoSlot;

// The subgradient schedule. The Polyak factor starts at 1 and halves whenever
// kStallBeforeHalving iterations in a row brought no significant drop of the bound (one that
// closes kSignificantBoundShare of the gap left at the last such drop: the bound zigzags
// down in tiny steps long after it stops mattering). The ascent ends when the gap closes,
// when the factor falls below kSmallestStepFactor (the multipliers hardly move any more),
// after kIdleIterationLimit iterations without a significant drop of the bound or a better
// plan, after kIterationLimit iterations, or at the time limit.
constexpr double kInitialStepFactor = 1.0;
constexpr int kStallBeforeHalving = 5;
constexpr double kSignificantBoundShare = 0.01;
constexpr double kSmallestStepFactor = 0.01;
constexpr int kIdleIterationLimit = 50;
constexpr int kIterationLimit = 5000;
// Repairs after the first scale each regret by a random factor in [1 − noise, 1 + noise]
// so that they try different orders.
constexpr double kRepairNoise = 0.1;
// Kicks: when the gap left after the ascent exceeds kKickGapShare of the bound, up to
// kKickLimit kicks of 2..kKickSize projects each, ending after kFruitlessKickLimit kicks in a
// row that found no better plan. Kicks start from a walk that accepts plans down to
// kWalkSlack below the best.
constexpr double kKickGapShare = 0.005;
constexpr int kKickLimit = 200;
constexpr int kFruitlessKickLimit = 40;
constexpr std::size_t kKickSize = 6;
constexpr double kWalkSlack = 0.003;

// Local search is the dearest step, so a repaired plan is searched only if it is new (the
// repair often rebuilds a plan it has built before once the multipliers settle) and if the
// lift local search has recently given would take it to the best plan's value.
class SearchScreen {
public:
    [[nodiscard]] bool worthSearching(const AllocationPlan& candidate, std::uint64_t fingerprint,
                                      const AllocationPlan& best) const {
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

// One solve: the subgradient ascent, each step followed by a repair and, where it may pay,
// local search; then kicks where the gap stays wide. Keeps the best plan and bound.
class HeuristicRun {
public:
    HeuristicRun(const AllocationInstance& instance, unsigned long long seed,
                 Clock::time_point deadline)
        : m_instance(instance),
          m_deadline(deadline),
          m_random(seed),
          m_relaxation(instance),
          m_repair(instance),
          m_search(instance, m_random),
          m_best(instance),
          m_candidate(instance),
          m_epsilon(1e-9 * std::max(1.0, instance.max_value)) {}

    void ascend();
    void kick();

    [[nodiscard]] const AllocationPlan& best() const { return m_best; }
    [[nodiscard]] double bound() const { return m_bound; }

private:
    [[nodiscard]] double objective() const { return m_instance.pinned_value + m_best.value(); }

    const AllocationInstance& m_instance;
    Clock::time_point m_deadline;
    detail::SeededRandom m_random;
    detail::LagrangianRelaxation m_relaxation;
    detail::AllocationRepair m_repair;
    detail::AllocationLocalSearch m_search;
    AllocationPlan m_best;
    AllocationPlan m_candidate;
    SearchScreen m_screen;
    double m_bound = 0.0;
    double m_epsilon;
};

void HeuristicRun::ascend() {
    // Multipliers 0 first: every project takes its favourite slot, the repair settles the
    // overfilled sites, and the local search gives the first target for the step length.
    double relaxed = m_relaxation.evaluate();
    m_bound = relaxed;
    m_repair.build(m_relaxation, 0.0, m_random, m_best);
    m_screen.searched(m_best.fingerprint(), m_best.value());
    m_search.improve(m_best, m_deadline);
    m_screen.lifted(m_best.value());

    double step_factor = kInitialStepFactor;
    double reference_bound = m_bound;
    int stalled = 0;
    int idle = 0;
    for (int iteration = 0; iteration < kIterationLimit; ++iteration) {
        if ((m_best.unplacedMandatory() == 0 && gapClosed(m_bound, objective())) ||
            Clock::now() >= m_deadline || step_factor < kSmallestStepFactor ||
            idle >= kIdleIterationLimit) {
            return;
        }
        if (m_relaxation.step(relaxed, objective(), step_factor) <= 0.0) {
            return;  // the relaxed choice is a plan and optimal; its repair has kept it
        }
        relaxed = m_relaxation.evaluate();
        m_bound = std::min(m_bound, relaxed);
        bool progress = false;
        if (m_bound < reference_bound - kSignificantBoundShare * (reference_bound - objective())) {
            reference_bound = m_bound;
            progress = true;
            stalled = 0;
        } else if (++stalled >= kStallBeforeHalving) {
            step_factor /= 2.0;
            stalled = 0;
        }
        m_repair.build(m_relaxation, kRepairNoise, m_random, m_candidate);
        const std::uint64_t fingerprint = m_candidate.fingerprint();
        if (m_screen.worthSearching(m_candidate, fingerprint, m_best)) {
            m_screen.searched(fingerprint, m_candidate.value());
            m_search.improve(m_candidate, m_deadline);
            m_screen.lifted(m_candidate.value());
            if (m_candidate.betterThan(m_best, m_epsilon)) {
                m_best = m_candidate;
                progress = true;
            }
        }
        idle = progress ? 0 : idle + 1;
    }
}

void HeuristicRun::kick() {
    // Where the bound leaves much open the plan may be far from the optimum, as on tight
    // instances with few sites and many projects each: kick the plan out of its local
    // optimum and search again. The walk moves on to any plan within kWalkSlack of the
    // best, so it can cross plateaus and shallow valleys; the best plan is kept apart.
    if (m_bound - objective() <= kKickGapShare * std::abs(m_bound)) {
        return;
    }
    AllocationPlan walk = m_best;
    int fruitless = 0;
    for (int kick = 0; kick < kKickLimit && fruitless < kFruitlessKickLimit; ++kick) {
        if (Clock::now() >= m_deadline) {
            return;
        }
        m_candidate = walk;
        const std::size_t count = 2 + m_random.below(kKickSize - 1);
        m_search.kick(m_candidate, count, m_random, m_deadline);
        if (m_candidate.unplacedMandatory() <= m_best.unplacedMandatory() &&
            m_candidate.value() >= m_best.value() - kWalkSlack * std::abs(m_best.value())) {
            walk = m_candidate;
        }
        if (m_candidate.betterThan(m_best, m_epsilon)) {
            m_best = m_candidate;
            fruitless = 0;
        } else {
            ++fruitless;
        }
    }
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
    HeuristicRun run(instance, options.seed, deadline);
    run.ascend();
    run.kick();
    const AllocationPlan& best = run.best();

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
    result.bound = std::max(run.bound(), result.objective);
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
