#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "sitefit/core/heuristic_allocation_solver.hpp"

using namespace sitefit::core;

namespace {

// Builds problems by id so the expectations below read like the cases they describe.
class ProblemBuilder {
public:
    ProblemBuilder& project(const std::string& id, double priority = 1.0, bool mandatory = false) {
        m_problem.projects.push_back({id, priority, mandatory});
        return *this;
    }
    ProblemBuilder& site(const std::string& id, double capacity = 1.0) {
        m_problem.sites.push_back({id, capacity});
        return *this;
    }
    ProblemBuilder& pair(const std::string& project, const std::string& site, double score,
                         double demand = 1.0) {
        m_problem.pairs.push_back({projectIndex(project), siteIndex(site), score, demand});
        return *this;
    }
    ProblemBuilder& pin(const std::string& project, const std::string& site) {
        m_problem.pins.push_back({projectIndex(project), siteIndex(site)});
        return *this;
    }
    ProblemBuilder& exclude(const std::string& project, const std::string& site) {
        m_problem.exclusions.push_back({projectIndex(project), siteIndex(site)});
        return *this;
    }
    [[nodiscard]] const AllocationProblem& problem() const { return m_problem; }

private:
    std::size_t projectIndex(const std::string& id) const {
        for (std::size_t i = 0; i < m_problem.projects.size(); ++i) {
            if (m_problem.projects[i].id == id) {
                return i;
            }
        }
        throw std::invalid_argument("no project " + id);
    }
    std::size_t siteIndex(const std::string& id) const {
        for (std::size_t i = 0; i < m_problem.sites.size(); ++i) {
            if (m_problem.sites[i].id == id) {
                return i;
            }
        }
        throw std::invalid_argument("no site " + id);
    }

    AllocationProblem m_problem;
};

AllocationResult solve(const AllocationProblem& problem, unsigned long long seed = 1) {
    SolveOptions options;
    options.time_limit_s = 30.0;
    options.seed = seed;
    return HeuristicAllocationSolver().solve(problem, options);
}

// The site each project got, "-" when it got none.
std::vector<std::string> sitesOf(const AllocationProblem& problem, const AllocationResult& result) {
    std::vector<std::string> sites(problem.projects.size(), "-");
    for (const Assignment& assignment : result.assignments) {
        const AllocationPair& pair = problem.pairs[assignment.pair];
        sites[pair.project] = problem.sites[pair.site].id;
    }
    return sites;
}

// Checks every rule of a plan; returns the first broken one, empty when the plan is valid.
std::string planViolation(const AllocationProblem& problem, const AllocationResult& result) {
    std::vector<int> taken(problem.projects.size(), 0);
    std::vector<double> load(problem.sites.size(), 0.0);
    double objective = 0.0;
    for (const Assignment& assignment : result.assignments) {
        if (assignment.pair >= problem.pairs.size()) {
            return "assignment to a pair that does not exist";
        }
        const AllocationPair& pair = problem.pairs[assignment.pair];
        if (++taken[pair.project] > 1) {
            return problem.projects[pair.project].id + " placed twice";
        }
        load[pair.site] += pair.demand;
        objective += problem.value(pair);
        for (const ProjectSite& exclusion : problem.exclusions) {
            if (exclusion.project == pair.project && exclusion.site == pair.site) {
                return problem.projects[pair.project].id + " placed on an excluded site";
            }
        }
    }
    for (std::size_t s = 0; s < problem.sites.size(); ++s) {
        if (load[s] > problem.sites[s].capacity + 1e-9) {
            return problem.sites[s].id + " over capacity";
        }
    }
    for (std::size_t p = 0; p < problem.projects.size(); ++p) {
        if (problem.projects[p].mandatory && taken[p] == 0) {
            return problem.projects[p].id + " is mandatory but unplaced";
        }
    }
    for (const ProjectSite& pin : problem.pins) {
        const bool honoured =
            std::any_of(result.assignments.begin(), result.assignments.end(),
                        [&](const Assignment& assignment) {
                            const AllocationPair& pair = problem.pairs[assignment.pair];
                            return pair.project == pin.project && pair.site == pin.site;
                        });
        if (!honoured) {
            return problem.projects[pin.project].id + "'s pin not honoured";
        }
    }
    if (std::abs(objective - result.objective) > 1e-6 * std::max(1.0, objective)) {
        return "objective differs from the plan's value";
    }
    return {};
}

void expectConsistentFigures(const AllocationResult& result) {
    EXPECT_EQ(result.solver, "heuristic");
    EXPECT_GE(result.bound, result.objective);
    EXPECT_GE(result.gap, 0.0);
    EXPECT_NEAR(result.gap,
                (result.bound - result.objective) / std::max(std::abs(result.bound), 1e-9), 1e-12);
    EXPECT_GE(result.seconds, 0.0);
}

// The optimum by enumeration of every project's choice (nothing or one of its pairs),
// honouring capacities, mandatory projects, pins and exclusions. NaN when no plan exists.
class BruteForce {
public:
    explicit BruteForce(const AllocationProblem& problem)
        : m_problem(problem), m_load(problem.sites.size(), 0.0) {}

    double optimum() {
        m_best = std::nan("");
        search(0, 0.0);
        return m_best;
    }

private:
    bool allowed(const AllocationPair& pair) const {
        for (const ProjectSite& exclusion : m_problem.exclusions) {
            if (exclusion.project == pair.project && exclusion.site == pair.site) {
                return false;
            }
        }
        for (const ProjectSite& pin : m_problem.pins) {
            if (pin.project == pair.project && pin.site != pair.site) {
                return false;
            }
        }
        return true;
    }
    bool mustTakeOne(std::size_t project) const {
        if (m_problem.projects[project].mandatory) {
            return true;
        }
        return std::any_of(m_problem.pins.begin(), m_problem.pins.end(),
                           [&](const ProjectSite& pin) { return pin.project == project; });
    }

    void search(std::size_t project, double value) {
        if (project == m_problem.projects.size()) {
            if (std::isnan(m_best) || value > m_best) {
                m_best = value;
            }
            return;
        }
        if (!mustTakeOne(project)) {
            search(project + 1, value);
        }
        for (const AllocationPair& pair : m_problem.pairs) {
            if (pair.project != project || !allowed(pair) ||
                m_load[pair.site] + pair.demand > m_problem.sites[pair.site].capacity + 1e-9) {
                continue;
            }
            m_load[pair.site] += pair.demand;
            search(project + 1, value + m_problem.value(pair));
            m_load[pair.site] -= pair.demand;
        }
    }

    const AllocationProblem& m_problem;
    std::vector<double> m_load;
    double m_best = 0.0;
};

// A small random instance: parcels (capacity 1) and buildings (capacity 10, demands 2–7),
// each project paired with about 60 % of the sites, integer scores and priorities, now and
// then a mandatory project, a pin or an exclusion. Drawn from raw engine output so the
// instances are the same with every standard library.
AllocationProblem randomSmallProblem(std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    const auto below = [&](std::uint64_t n) { return static_cast<std::size_t>(engine() % n); };
    AllocationProblem problem;
    const std::size_t project_count = 3 + below(6);  // 3..8
    const std::size_t site_count = 2 + below(4);     // 2..5
    for (std::size_t s = 0; s < site_count; ++s) {
        const bool building = below(3) == 0;
        problem.sites.push_back({"S" + std::to_string(s + 1), building ? 10.0 : 1.0});
    }
    for (std::size_t p = 0; p < project_count; ++p) {
        problem.projects.push_back(
            {"P" + std::to_string(p + 1), static_cast<double>(1 + below(3)), below(8) == 0});
        for (std::size_t s = 0; s < site_count; ++s) {
            if (below(10) < 6) {
                const bool building = problem.sites[s].capacity > 1.0;
                problem.pairs.push_back({p, s, static_cast<double>(below(101)),
                                         building ? static_cast<double>(2 + below(6)) : 1.0});
            }
        }
    }
    if (below(3) == 0 && !problem.pairs.empty()) {
        const AllocationPair& pinned = problem.pairs[below(problem.pairs.size())];
        problem.pins.push_back({pinned.project, pinned.site});
    }
    if (below(3) == 0 && !problem.pairs.empty()) {
        const AllocationPair& excluded = problem.pairs[below(problem.pairs.size())];
        problem.exclusions.push_back({excluded.project, excluded.site});
    }
    return problem;
}

// A medium instance of generalized-assignment shape with tight capacities, for the
// determinism and bound checks.
AllocationProblem randomTightProblem(std::uint64_t seed, std::size_t project_count,
                                     std::size_t site_count, std::size_t pairs_per_project) {
    std::mt19937_64 engine(seed);
    const auto below = [&](std::uint64_t n) { return static_cast<std::size_t>(engine() % n); };
    AllocationProblem problem;
    std::vector<double> offered(site_count, 0.0);
    for (std::size_t p = 0; p < project_count; ++p) {
        problem.projects.push_back(
            {"P" + std::to_string(p), static_cast<double>(1 + below(5)), below(20) == 0});
        std::vector<std::size_t> sites;
        while (sites.size() < pairs_per_project) {
            const std::size_t s = below(site_count);
            if (std::find(sites.begin(), sites.end(), s) == sites.end()) {
                sites.push_back(s);
            }
        }
        std::sort(sites.begin(), sites.end());
        for (std::size_t s : sites) {
            const double demand = static_cast<double>(5 + below(21));
            problem.pairs.push_back({p, s, static_cast<double>(below(101)), demand});
            offered[s] += demand;
        }
    }
    for (std::size_t s = 0; s < site_count; ++s) {
        // About 40 % of what is offered: most sites cannot take everyone who wants them.
        problem.sites.push_back({"S" + std::to_string(s), std::max(25.0, 0.4 * offered[s])});
    }
    return problem;
}

// Generalized assignment at its hardest (Chu and Beasley's type D): few sites, every project
// paired with every site, value growing with demand, capacities for 80 % of an even share.
// The Lagrangian bound stays a few per cent above the optimum here, so the solver goes on
// to kick its plan, which draws on the seed.
AllocationProblem randomDenseProblem(std::uint64_t seed, std::size_t project_count,
                                     std::size_t site_count) {
    std::mt19937_64 engine(seed);
    const auto below = [&](std::uint64_t n) { return static_cast<std::size_t>(engine() % n); };
    AllocationProblem problem;
    std::vector<double> offered(site_count, 0.0);
    for (std::size_t p = 0; p < project_count; ++p) {
        problem.projects.push_back(
            {"P" + std::to_string(p), static_cast<double>(1 + below(5)), false});
        for (std::size_t s = 0; s < site_count; ++s) {
            const double demand = static_cast<double>(1 + below(100));
            const double score = std::min(100.0, 0.8 * demand + static_cast<double>(below(26)));
            problem.pairs.push_back({p, s, score, demand});
            offered[s] += demand;
        }
    }
    for (std::size_t s = 0; s < site_count; ++s) {
        problem.sites.push_back(
            {"S" + std::to_string(s), 0.8 * offered[s] / static_cast<double>(site_count)});
    }
    return problem;
}

}  // namespace

TEST(HeuristicAllocation, EmptyProblemIsOptimalAtZero) {
    const AllocationResult result = solve(AllocationProblem{});
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_TRUE(result.assignments.empty());
    EXPECT_EQ(result.objective, 0.0);
    EXPECT_EQ(result.bound, 0.0);
    EXPECT_EQ(result.gap, 0.0);
    EXPECT_EQ(result.solver, "heuristic");
}

TEST(HeuristicAllocation, TwoProjectsWantingOneParcelGiveItToTheHigherValue) {
    // A: priority 2 × score 80 = 160; B: 1 × 90 = 90. One parcel: A gets it, 160.
    // Bound: L(μ) = max(0, 160 − μ) + max(0, 90 − μ) + μ is 160 for μ in [90, 160], the
    // optimum, so the gap closes.
    ProblemBuilder builder;
    builder.project("A", 2.0).project("B", 1.0).site("S1").pair("A", "S1", 80).pair("B", "S1", 90);
    const AllocationResult result = solve(builder.problem());
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_EQ(sitesOf(builder.problem(), result), (std::vector<std::string>{"S1", "-"}));
    EXPECT_DOUBLE_EQ(result.objective, 160.0);
    EXPECT_NEAR(result.bound, 160.0, 1e-6);
    expectConsistentFigures(result);
}

TEST(HeuristicAllocation, ThreeTenantsThatFitTheVacancyAllMoveIn) {
    // 1,000 + 1,200 + 800 = 3,000 m² = the vacancy: all three, 70 + 60 + 50 = 180, which is
    // also what the relaxation at μ = 0 gives, so it is proven optimal.
    ProblemBuilder builder;
    builder.project("T1").project("T2").project("T3").site("B", 3000.0);
    builder.pair("T1", "B", 70, 1000).pair("T2", "B", 60, 1200).pair("T3", "B", 50, 800);
    const AllocationResult result = solve(builder.problem());
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_EQ(sitesOf(builder.problem(), result), (std::vector<std::string>{"B", "B", "B"}));
    EXPECT_DOUBLE_EQ(result.objective, 180.0);
    expectConsistentFigures(result);
}

TEST(HeuristicAllocation, ThreeTenantsThatDoNotFitGetTheBestSubset) {
    // Vacancy 2,000 m². T1 1,000 m² 70, T2 1,200 m² 80, T3 900 m² 50.
    // Subsets that fit: {T1, T3} 1,900 m² → 120; {T2} → 80; {T1} 70; {T3} 50
    // ({T1, T2} 2,200 and {T2, T3} 2,100 do not fit). Best: T1 and T3, 120. Taking the
    // highest value first (T2) would end at 80.
    // Bound: the LP relaxation (which the Lagrangian bound equals at best) takes T1 and
    // 1,000/1,200 of T2: 70 + 66.67 = 136.67, so the gap stays open: Feasible.
    ProblemBuilder builder;
    builder.project("T1").project("T2").project("T3").site("B", 2000.0);
    builder.pair("T1", "B", 70, 1000).pair("T2", "B", 80, 1200).pair("T3", "B", 50, 900);
    const AllocationResult result = solve(builder.problem());
    EXPECT_EQ(result.status, AllocationStatus::Feasible);
    EXPECT_EQ(sitesOf(builder.problem(), result), (std::vector<std::string>{"B", "-", "B"}));
    EXPECT_DOUBLE_EQ(result.objective, 120.0);
    EXPECT_GE(result.bound, 136.67 - 0.01);
    expectConsistentFigures(result);
}

TEST(HeuristicAllocation, MandatoryProjectTakesAWorseSite) {
    // A (mandatory): S1 90, S2 20. B (priority 2): S1 80 → 160. C: S2 50.
    // Were A optional, B→S1 + C→S2 = 210 would leave A out. A must be placed:
    //   A→S1 (90) + C→S2 (50) = 140, or A→S2 (20) + B→S1 (160) = 180.
    // Best: A takes its worse site S2, B gets S1, C is left out: 180.
    ProblemBuilder builder;
    builder.project("A", 1.0, true).project("B", 2.0).project("C");
    builder.site("S1").site("S2");
    builder.pair("A", "S1", 90).pair("A", "S2", 20).pair("B", "S1", 80).pair("C", "S2", 50);
    const AllocationResult result = solve(builder.problem());
    EXPECT_NE(result.status, AllocationStatus::Infeasible);
    EXPECT_EQ(sitesOf(builder.problem(), result), (std::vector<std::string>{"S2", "S1", "-"}));
    EXPECT_DOUBLE_EQ(result.objective, 180.0);
    EXPECT_EQ(planViolation(builder.problem(), result), "");
    expectConsistentFigures(result);
}

TEST(HeuristicAllocation, PinsAndExclusionsAreHonoured) {
    // A: S1 90, S2 50. B: S1 80, S2 70. Free choice: A→S1, B→S2 = 160 (against 130).
    const auto base = [] {
        ProblemBuilder builder;
        builder.project("A").project("B").site("S1").site("S2");
        builder.pair("A", "S1", 90).pair("A", "S2", 50).pair("B", "S1", 80).pair("B", "S2", 70);
        return builder;
    };
    {
        const AllocationResult result = solve(base().problem());
        EXPECT_EQ(sitesOf(base().problem(), result), (std::vector<std::string>{"S1", "S2"}));
        EXPECT_DOUBLE_EQ(result.objective, 160.0);
    }
    {
        // B pinned to S1: A moves to S2, 80 + 50 = 130.
        ProblemBuilder builder = base();
        builder.pin("B", "S1");
        const AllocationResult result = solve(builder.problem());
        EXPECT_EQ(result.status, AllocationStatus::Optimal);
        EXPECT_EQ(sitesOf(builder.problem(), result), (std::vector<std::string>{"S2", "S1"}));
        EXPECT_DOUBLE_EQ(result.objective, 130.0);
        EXPECT_EQ(planViolation(builder.problem(), result), "");
    }
    {
        // A excluded from S1: A→S2 (50) with B→S1 (80) = 130; the other plans with A on S2
        // (B→S1 is the only place left for B) or without A (80) are worse.
        ProblemBuilder builder = base();
        builder.exclude("A", "S1");
        const AllocationResult result = solve(builder.problem());
        EXPECT_EQ(sitesOf(builder.problem(), result), (std::vector<std::string>{"S2", "S1"}));
        EXPECT_DOUBLE_EQ(result.objective, 130.0);
        EXPECT_EQ(planViolation(builder.problem(), result), "");
    }
    {
        // B pinned to S1 and A excluded from S2: A has nowhere to go, 80.
        ProblemBuilder builder = base();
        builder.pin("B", "S1").exclude("A", "S2");
        const AllocationResult result = solve(builder.problem());
        EXPECT_EQ(result.status, AllocationStatus::Optimal);
        EXPECT_EQ(sitesOf(builder.problem(), result), (std::vector<std::string>{"-", "S1"}));
        EXPECT_DOUBLE_EQ(result.objective, 80.0);
        expectConsistentFigures(result);
    }
}

TEST(HeuristicAllocation, MandatoryProjectsThatCannotAllBePlacedAreNamed) {
    // A and B are mandatory and both fit only parcel S1; C is optional elsewhere.
    ProblemBuilder builder;
    builder.project("A", 1.0, true).project("B", 1.0, true).project("C");
    builder.site("S1").site("S2");
    builder.pair("A", "S1", 60).pair("B", "S1", 70).pair("C", "S2", 40);
    const AllocationResult result = solve(builder.problem());
    EXPECT_EQ(result.status, AllocationStatus::Infeasible);
    EXPECT_EQ(result.conflicting_projects, (std::vector<std::string>{"A", "B"}));
    EXPECT_NE(result.infeasibility.find("A, B"), std::string::npos) << result.infeasibility;
    EXPECT_NE(result.infeasibility.find("S1"), std::string::npos) << result.infeasibility;
    expectConsistentFigures(result);
}

TEST(HeuristicAllocation, ConflictingPinsAreNamed) {
    {
        // Two pins on one parcel.
        ProblemBuilder builder;
        builder.project("A").project("B").site("S1");
        builder.pair("A", "S1", 60).pair("B", "S1", 70).pin("A", "S1").pin("B", "S1");
        const AllocationResult result = solve(builder.problem());
        EXPECT_EQ(result.status, AllocationStatus::Infeasible);
        EXPECT_EQ(result.conflicting_projects, (std::vector<std::string>{"A", "B"}));
        EXPECT_NE(result.infeasibility.find("S1"), std::string::npos) << result.infeasibility;
        expectConsistentFigures(result);
    }
    {
        // A pinned to the only site of mandatory B.
        ProblemBuilder builder;
        builder.project("A").project("B", 1.0, true).site("S1").site("S2");
        builder.pair("A", "S1", 60).pair("A", "S2", 10).pair("B", "S1", 70).pin("A", "S1");
        const AllocationResult result = solve(builder.problem());
        EXPECT_EQ(result.status, AllocationStatus::Infeasible);
        EXPECT_EQ(result.conflicting_projects, (std::vector<std::string>{"A", "B"}));
    }
    {
        // A pinned to a site it is also excluded from.
        ProblemBuilder builder;
        builder.project("A").site("S1").pair("A", "S1", 60).pin("A", "S1").exclude("A", "S1");
        const AllocationResult result = solve(builder.problem());
        EXPECT_EQ(result.status, AllocationStatus::Infeasible);
        EXPECT_EQ(result.conflicting_projects, (std::vector<std::string>{"A"}));
        EXPECT_TRUE(result.assignments.empty());
    }
}

TEST(HeuristicAllocation, FindsTheOptimumWhereGreedyByValueFails) {
    // A: S1 10, S2 9. B: S1 9, S2 1. Greedy by value gives A→S1 (10), B→S2 (1) = 11; the
    // optimum is A→S2 (9), B→S1 (9) = 18.
    ProblemBuilder builder;
    builder.project("A").project("B").site("S1").site("S2");
    builder.pair("A", "S1", 10).pair("A", "S2", 9).pair("B", "S1", 9).pair("B", "S2", 1);
    const AllocationResult result = solve(builder.problem());
    EXPECT_EQ(sitesOf(builder.problem(), result), (std::vector<std::string>{"S2", "S1"}));
    EXPECT_DOUBLE_EQ(result.objective, 18.0);
    // The assignment LP is integral here, so the Lagrangian bound reaches 18.
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    expectConsistentFigures(result);
}

TEST(HeuristicAllocation, BoundIsNeverBelowTheObjective) {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const AllocationProblem problem = randomTightProblem(seed, 80, 40, 6);
        const AllocationResult result = solve(problem, seed);
        ASSERT_NE(result.status, AllocationStatus::NoSolution);
        if (result.status != AllocationStatus::Infeasible) {
            EXPECT_EQ(planViolation(problem, result), "") << "seed " << seed;
        }
        expectConsistentFigures(result);
    }
}

TEST(HeuristicAllocation, SameSeedGivesTheSamePlan) {
    const AllocationProblem sparse = randomTightProblem(42, 120, 60, 8);
    const AllocationProblem dense = randomDenseProblem(5, 24, 4);
    for (const AllocationProblem* problem : {&sparse, &dense}) {
        const AllocationResult first = solve(*problem, 7);
        const AllocationResult second = solve(*problem, 7);
        ASSERT_EQ(first.assignments.size(), second.assignments.size());
        for (std::size_t i = 0; i < first.assignments.size(); ++i) {
            EXPECT_EQ(first.assignments[i].pair, second.assignments[i].pair);
        }
        EXPECT_EQ(first.objective, second.objective);
        EXPECT_EQ(first.bound, second.bound);
        EXPECT_EQ(first.status, second.status);
        EXPECT_EQ(planViolation(*problem, first), "");
        if (problem == &dense) {
            // A gap above 0.5 % after the ascent: the seeded kicks did run.
            EXPECT_GT(first.gap, 0.005);
        }
    }
}

TEST(HeuristicAllocation, ZeroTimeLimitStillGivesAFeasiblePlan) {
    // The first repair is always finished; every later step checks the clock first.
    const AllocationProblem problem = randomTightProblem(3, 80, 40, 6);
    SolveOptions options;
    options.time_limit_s = 0.0;
    const AllocationResult result = HeuristicAllocationSolver().solve(problem, options);
    ASSERT_NE(result.status, AllocationStatus::NoSolution);
    if (result.status != AllocationStatus::Infeasible) {
        EXPECT_EQ(planViolation(problem, result), "");
        EXPECT_GT(result.objective, 0.0);
    }
    expectConsistentFigures(result);
}

TEST(HeuristicAllocation, SmallRandomInstancesMatchBruteForce) {
    // Up to 8 projects × 5 sites: at most 6^8 plans, enumerated in the test. (On the first
    // 3,000 seeds every objective equalled the optimum.)
    constexpr std::uint64_t kInstances = 300;
    int feasible = 0;
    int equal = 0;
    int proven_optimal = 0;
    for (std::uint64_t seed = 1; seed <= kInstances; ++seed) {
        const AllocationProblem problem = randomSmallProblem(seed);
        const double optimum = BruteForce(problem).optimum();
        const AllocationResult result = solve(problem, seed);
        if (std::isnan(optimum)) {
            EXPECT_EQ(result.status, AllocationStatus::Infeasible) << "seed " << seed;
            EXPECT_FALSE(result.conflicting_projects.empty()) << "seed " << seed;
            continue;
        }
        ASSERT_NE(result.status, AllocationStatus::Infeasible)
            << "seed " << seed << ": " << result.infeasibility;
        EXPECT_EQ(planViolation(problem, result), "") << "seed " << seed;
        EXPECT_GE(result.objective, 0.995 * optimum - 1e-9) << "seed " << seed;
        EXPECT_LE(result.objective, optimum + 1e-9) << "seed " << seed;
        // The bound must hold for the true optimum, not just for the heuristic's plan.
        EXPECT_GE(result.bound, optimum - 1e-6) << "seed " << seed;
        if (result.status == AllocationStatus::Optimal) {
            EXPECT_NEAR(result.objective, optimum, 1e-6) << "seed " << seed;
            ++proven_optimal;
        }
        ++feasible;
        equal += std::abs(result.objective - optimum) <= 1e-9 * std::max(1.0, optimum) ? 1 : 0;
        expectConsistentFigures(result);
    }
    EXPECT_EQ(equal, feasible);
    EXPECT_GT(proven_optimal, 0);
}
