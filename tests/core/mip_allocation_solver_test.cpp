#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "sitefit/core/allocation_problem.hpp"
#include "sitefit/core/allocation_result.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/mip_allocation_solver.hpp"

using namespace sitefit::core;

namespace {

// Builds problems by name so that each test reads like its hand calculation.
class ProblemBuilder {
public:
    std::size_t project(const std::string& id, double priority = 1.0, bool mandatory = false) {
        m_problem.projects.push_back({id, priority, mandatory});
        return m_problem.projects.size() - 1;
    }
    std::size_t site(const std::string& id, double capacity = 1.0) {
        m_problem.sites.push_back({id, capacity});
        return m_problem.sites.size() - 1;
    }
    void pair(std::size_t project, std::size_t site, double score, double demand = 1.0) {
        m_problem.pairs.push_back({project, site, score, demand});
    }
    void pin(std::size_t project, std::size_t site) { m_problem.pins.push_back({project, site}); }
    void exclude(std::size_t project, std::size_t site) {
        m_problem.exclusions.push_back({project, site});
    }
    AllocationProblem& problem() { return m_problem; }

private:
    AllocationProblem m_problem;
};

using Plan = std::map<std::string, std::string>;  // project id → site id

Plan planOf(const AllocationProblem& problem, const AllocationResult& result) {
    Plan plan;
    for (const Assignment& assignment : result.assignments) {
        const AllocationPair& pair = problem.pairs.at(assignment.pair);
        plan[problem.projects.at(pair.project).id] = problem.sites.at(pair.site).id;
    }
    return plan;
}

// What every result must satisfy whatever the instance: the plan obeys the model, the
// objective is the plan's value, bound ≥ objective, and the gap follows from the two.
void expectConsistent(const AllocationProblem& problem, const AllocationResult& result) {
    EXPECT_EQ(result.solver, "cbc");
    EXPECT_GE(result.seconds, 0.0);
    EXPECT_GE(result.bound, result.objective);
    if (result.status == AllocationStatus::Infeasible ||
        result.status == AllocationStatus::NoSolution) {
        EXPECT_TRUE(result.assignments.empty());
        EXPECT_EQ(result.objective, 0.0);
        return;
    }
    std::vector<int> sites_of_project(problem.projects.size(), 0);
    std::vector<double> demand_on_site(problem.sites.size(), 0.0);
    double value = 0.0;
    for (const Assignment& assignment : result.assignments) {
        const AllocationPair& pair = problem.pairs.at(assignment.pair);
        ++sites_of_project[pair.project];
        demand_on_site[pair.site] += pair.demand;
        value += problem.value(pair);
        for (const ProjectSite& exclusion : problem.exclusions) {
            EXPECT_FALSE(exclusion.project == pair.project && exclusion.site == pair.site)
                << "excluded pair taken: " << problem.projects[pair.project].id;
        }
    }
    for (std::size_t p = 0; p < problem.projects.size(); ++p) {
        EXPECT_LE(sites_of_project[p], 1) << problem.projects[p].id;
        if (problem.projects[p].mandatory) {
            EXPECT_EQ(sites_of_project[p], 1) << problem.projects[p].id;
        }
    }
    for (std::size_t s = 0; s < problem.sites.size(); ++s) {
        EXPECT_LE(demand_on_site[s], problem.sites[s].capacity + 1e-9) << problem.sites[s].id;
    }
    const Plan plan = planOf(problem, result);
    for (const ProjectSite& pin : problem.pins) {
        const auto found = plan.find(problem.projects[pin.project].id);
        ASSERT_NE(found, plan.end()) << "pinned project unplaced";
        EXPECT_EQ(found->second, problem.sites[pin.site].id);
    }
    EXPECT_DOUBLE_EQ(result.objective, value);
    EXPECT_DOUBLE_EQ(result.gap,
                     (result.bound - result.objective) / std::max(std::abs(result.bound), 1e-9));
    if (result.status == AllocationStatus::Optimal) {
        EXPECT_DOUBLE_EQ(result.bound, result.objective);
        EXPECT_EQ(result.gap, 0.0);
    }
}

// Solves with stdout and stderr captured: CBC must not write to either, in any test.
AllocationResult solveQuietly(AllocationProblem& problem, double time_limit_s = 30.0) {
    problem.validate("test");
    SolveOptions options;
    options.time_limit_s = time_limit_s;
    testing::internal::CaptureStdout();
    testing::internal::CaptureStderr();
    AllocationResult result = MipAllocationSolver{}.solve(problem, options);
    const std::string out = testing::internal::GetCapturedStdout();
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(out, "") << "CBC wrote to stdout";
    EXPECT_EQ(err, "") << "CBC wrote to stderr";
    expectConsistent(problem, result);
    return result;
}

// A random instance big enough that CBC has to branch: parcels (capacity 1) and
// multi-tenant buildings (capacity in m²), each project with a handful of candidate sites.
// Drawn from raw mt19937 output so the instance is the same on every standard library.
AllocationProblem randomInstance(std::size_t project_count, std::size_t parcel_count,
                                 std::size_t building_count, std::uint32_t seed) {
    std::mt19937 draw(seed);
    auto below = [&draw](std::uint32_t limit) {
        return static_cast<std::uint32_t>(draw() % limit);
    };
    ProblemBuilder builder;
    for (std::size_t p = 0; p < project_count; ++p) {
        builder.project("J" + std::to_string(p), 1.0 + below(5));
    }
    for (std::size_t s = 0; s < parcel_count; ++s) {
        builder.site("P" + std::to_string(s), 1.0);
    }
    for (std::size_t s = 0; s < building_count; ++s) {
        builder.site("B" + std::to_string(s), 2000.0 + 100.0 * below(40));
    }
    const std::size_t site_count = parcel_count + building_count;
    for (std::size_t p = 0; p < project_count; ++p) {
        const bool needs_land = below(2) == 0;
        std::vector<bool> used(site_count, false);
        for (int k = 0; k < 6; ++k) {
            const std::size_t site =
                needs_land ? below(static_cast<std::uint32_t>(parcel_count))
                           : parcel_count + below(static_cast<std::uint32_t>(building_count));
            if (used[site]) {
                continue;
            }
            used[site] = true;
            const double demand = needs_land ? 1.0 : 300.0 + 50.0 * below(30);
            builder.pair(p, site, 10.0 + below(91), demand);
        }
    }
    return builder.problem();
}

TEST(MipAllocationSolver, HigherPriorityTimesScoreWinsTheOneParcel) {
    // A: priority 2 × score 40 = 80; B: priority 1 × score 70 = 70. One parcel, capacity 1:
    // A takes it, objective 80, and CBC proves it (bound 80, gap 0).
    ProblemBuilder b;
    const auto a = b.project("A", 2.0);
    const auto bb = b.project("B", 1.0);
    const auto parcel = b.site("P1");
    b.pair(a, parcel, 40.0);
    b.pair(bb, parcel, 70.0);
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_EQ(planOf(b.problem(), result), (Plan{{"A", "P1"}}));
    EXPECT_DOUBLE_EQ(result.objective, 80.0);
    EXPECT_DOUBLE_EQ(result.bound, 80.0);
    EXPECT_EQ(result.gap, 0.0);
}

TEST(MipAllocationSolver, SharedBuildingTakesAllTenantsThatFit) {
    // Building of 1000 m²; tenants need 300 + 400 + 300 = 1000 m² ≤ 1000: all three move
    // in, objective 50 + 60 + 70 = 180.
    ProblemBuilder b;
    const auto building = b.site("B1", 1000.0);
    b.pair(b.project("T1"), building, 50.0, 300.0);
    b.pair(b.project("T2"), building, 60.0, 400.0);
    b.pair(b.project("T3"), building, 70.0, 300.0);
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_EQ(planOf(b.problem(), result), (Plan{{"T1", "B1"}, {"T2", "B1"}, {"T3", "B1"}}));
    EXPECT_DOUBLE_EQ(result.objective, 180.0);
}

TEST(MipAllocationSolver, OverfullBuildingTakesTheBestSubsetThatFits) {
    // Building of 1000 m²; T1 600 m² value 50, T2 500 m² value 45, T3 450 m² value 40
    // (1550 m² in all). Subsets that fit: {T1} 50, {T2} 45, {T3} 40, {T2, T3} 950 m² → 85;
    // {T1, T2} 1100 m² and {T1, T3} 1050 m² do not. Best: {T2, T3} = 85.
    ProblemBuilder b;
    const auto building = b.site("B1", 1000.0);
    b.pair(b.project("T1"), building, 50.0, 600.0);
    b.pair(b.project("T2"), building, 45.0, 500.0);
    b.pair(b.project("T3"), building, 40.0, 450.0);
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_EQ(planOf(b.problem(), result), (Plan{{"T2", "B1"}, {"T3", "B1"}}));
    EXPECT_DOUBLE_EQ(result.objective, 85.0);
}

TEST(MipAllocationSolver, MandatoryProjectTakesItsWorseSite) {
    // M (mandatory): P1 60, P2 40. A: P1 90. B: P2 50. Parcels of capacity 1.
    // Plans that place M: M-P1 + B-P2 = 110; M-P2 + A-P1 = 130 → 130, M on its worse site.
    // Without the mandate A-P1 + B-P2 = 140 would win and leave M out, so the mandate bites.
    ProblemBuilder b;
    const auto m = b.project("M", 1.0, true);
    const auto a = b.project("A");
    const auto bb = b.project("B");
    const auto p1 = b.site("P1");
    const auto p2 = b.site("P2");
    b.pair(m, p1, 60.0);
    b.pair(m, p2, 40.0);
    b.pair(a, p1, 90.0);
    b.pair(bb, p2, 50.0);
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_EQ(planOf(b.problem(), result), (Plan{{"A", "P1"}, {"M", "P2"}}));
    EXPECT_DOUBLE_EQ(result.objective, 130.0);

    b.problem().projects[m].mandatory = false;
    const AllocationResult free = solveQuietly(b.problem());
    EXPECT_EQ(planOf(b.problem(), free), (Plan{{"A", "P1"}, {"B", "P2"}}));
    EXPECT_DOUBLE_EQ(free.objective, 140.0);
}

TEST(MipAllocationSolver, PinsHoldEvenWhenTheyLowerTheObjective) {
    // A: P1 80, P2 10. B: P1 60. Unpinned: A-P1 = 80 beats A-P2 + B-P1 = 70.
    // Pin B to P1: B-P1 + A-P2 = 70, though 80 was possible.
    ProblemBuilder b;
    const auto a = b.project("A");
    const auto bb = b.project("B");
    const auto p1 = b.site("P1");
    const auto p2 = b.site("P2");
    b.pair(a, p1, 80.0);
    b.pair(a, p2, 10.0);
    b.pair(bb, p1, 60.0);
    const AllocationResult unpinned = solveQuietly(b.problem());
    EXPECT_EQ(planOf(b.problem(), unpinned), (Plan{{"A", "P1"}}));
    EXPECT_DOUBLE_EQ(unpinned.objective, 80.0);

    b.pin(bb, p1);
    const AllocationResult pinned = solveQuietly(b.problem());
    EXPECT_EQ(pinned.status, AllocationStatus::Optimal);
    EXPECT_EQ(planOf(b.problem(), pinned), (Plan{{"A", "P2"}, {"B", "P1"}}));
    EXPECT_DOUBLE_EQ(pinned.objective, 70.0);
    EXPECT_DOUBLE_EQ(pinned.bound, 70.0);  // the bound is of the pinned problem
}

TEST(MipAllocationSolver, PinToAPoorSiteOfABuilding) {
    // T1 (priority 3): B1 90 → 270, B2 20 → 60, each demanding 800 m². T2: B1 50, 400 m².
    // B1 has 1000 m², B2 800 m². Unpinned: T1-B1 (270) + T2 cannot fit (1200 > 1000) →
    // 270 vs T1-B2 + T2-B1 = 60 + 50 = 110 → 270. Pin T1 to B2: 60 + T2-B1 50 = 110.
    ProblemBuilder b;
    const auto t1 = b.project("T1", 3.0);
    const auto t2 = b.project("T2");
    const auto b1 = b.site("B1", 1000.0);
    const auto b2 = b.site("B2", 800.0);
    b.pair(t1, b1, 90.0, 800.0);
    b.pair(t1, b2, 20.0, 800.0);
    b.pair(t2, b1, 50.0, 400.0);
    EXPECT_DOUBLE_EQ(solveQuietly(b.problem()).objective, 270.0);
    b.pin(t1, b2);
    const AllocationResult pinned = solveQuietly(b.problem());
    EXPECT_EQ(planOf(b.problem(), pinned), (Plan{{"T1", "B2"}, {"T2", "B1"}}));
    EXPECT_DOUBLE_EQ(pinned.objective, 110.0);
}

TEST(MipAllocationSolver, ExclusionsHold) {
    // Same instance as the pin test: A: P1 80, P2 10; B: P1 60. Exclude A from P1: the
    // best left is A-P2 + B-P1 = 70. An exclusion of a pair that was never proposed (B-P2)
    // changes nothing.
    ProblemBuilder b;
    const auto a = b.project("A");
    const auto bb = b.project("B");
    const auto p1 = b.site("P1");
    const auto p2 = b.site("P2");
    b.pair(a, p1, 80.0);
    b.pair(a, p2, 10.0);
    b.pair(bb, p1, 60.0);
    b.exclude(a, p1);
    b.exclude(bb, p2);
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_EQ(planOf(b.problem(), result), (Plan{{"A", "P2"}, {"B", "P1"}}));
    EXPECT_DOUBLE_EQ(result.objective, 70.0);
    EXPECT_DOUBLE_EQ(result.bound, 70.0);
}

TEST(MipAllocationSolver, TwoMandatoryProjectsForOneParcelAreInfeasible) {
    // M1 and M2 are both mandatory and can only take P1 (capacity 1): no plan exists.
    ProblemBuilder b;
    const auto parcel = b.site("P1");
    b.pair(b.project("M1", 1.0, true), parcel, 50.0);
    b.pair(b.project("M2", 1.0, true), parcel, 40.0);
    b.pair(b.project("X"), parcel, 90.0);
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Infeasible);
    EXPECT_EQ(result.infeasibility,
              "No plan places all 2 mandatory projects within the sites' capacities.");
    // Filled with the projects that must be placed; the free project X is not among them.
    EXPECT_EQ(result.conflicting_projects, (std::vector<std::string>{"M1", "M2"}));
    EXPECT_EQ(toString(result.status), "infeasible");
}

TEST(MipAllocationSolver, MandatoryTenantsThatFitOnlyFractionallyAreInfeasible) {
    // Three mandatory tenants of 600 m² each, two buildings of 1000 m². The LP relaxation is
    // feasible (each building holds 1000/600 ≈ 1.67 tenants, 3.33 ≥ 3), but whole tenants
    // fit one per building (600 + 600 > 1000): two places for three. Only the search can
    // prove it, and it must say Infeasible, not NoSolution.
    ProblemBuilder b;
    const auto b1 = b.site("B1", 1000.0);
    const auto b2 = b.site("B2", 1000.0);
    for (const char* id : {"M1", "M2", "M3"}) {
        const auto m = b.project(id, 1.0, true);
        b.pair(m, b1, 50.0, 600.0);
        b.pair(m, b2, 40.0, 600.0);
    }
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Infeasible);
    EXPECT_EQ(result.conflicting_projects, (std::vector<std::string>{"M1", "M2", "M3"}));
}

TEST(MipAllocationSolver, PinnedAndExcludedPairIsInfeasibleAndNamed) {
    ProblemBuilder b;
    const auto a = b.project("A");
    const auto parcel = b.site("P1");
    b.pair(a, parcel, 50.0);
    b.pin(a, parcel);
    b.exclude(a, parcel);
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Infeasible);
    EXPECT_EQ(result.infeasibility, "Project A is both pinned to and excluded from site P1.");
    EXPECT_EQ(result.conflicting_projects, (std::vector<std::string>{"A"}));
}

TEST(MipAllocationSolver, MandatoryProjectWithEverySiteExcludedIsInfeasible) {
    ProblemBuilder b;
    const auto m = b.project("M", 1.0, true);
    const auto parcel = b.site("P1");
    const auto building = b.site("B1", 500.0);
    b.pair(m, parcel, 50.0);
    b.pair(m, building, 50.0, 800.0);  // 800 m² never fits in 500 m²
    b.exclude(m, parcel);
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Infeasible);
    EXPECT_EQ(result.infeasibility, "Mandatory project M has no site left that it may take.");
    EXPECT_EQ(result.conflicting_projects, (std::vector<std::string>{"M"}));
}

TEST(MipAllocationSolver, OptimumNeedsANonGreedyChoice) {
    // A: P1 100, P2 90. B: P1 95. Greedy by value gives A the best pair, A-P1 (100), and
    // then B has nothing: 100. The optimum sends A to P2: A-P2 + B-P1 = 90 + 95 = 185.
    ProblemBuilder b;
    const auto a = b.project("A");
    const auto bb = b.project("B");
    const auto p1 = b.site("P1");
    const auto p2 = b.site("P2");
    b.pair(a, p1, 100.0);
    b.pair(a, p2, 90.0);
    b.pair(bb, p1, 95.0);
    const AllocationResult result = solveQuietly(b.problem());
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_EQ(planOf(b.problem(), result), (Plan{{"A", "P2"}, {"B", "P1"}}));
    EXPECT_DOUBLE_EQ(result.objective, 185.0);
}

TEST(MipAllocationSolver, EmptyProblemIsOptimalWithNothing) {
    AllocationProblem empty;
    const AllocationResult result = solveQuietly(empty);
    EXPECT_EQ(result.status, AllocationStatus::Optimal);
    EXPECT_TRUE(result.assignments.empty());
    EXPECT_EQ(result.objective, 0.0);
    EXPECT_EQ(result.bound, 0.0);
    EXPECT_EQ(result.gap, 0.0);

    // Projects and sites but no pair between them: the same.
    ProblemBuilder b;
    b.project("A");
    b.site("P1");
    const AllocationResult unmatched = solveQuietly(b.problem());
    EXPECT_EQ(unmatched.status, AllocationStatus::Optimal);
    EXPECT_EQ(unmatched.objective, 0.0);
    EXPECT_EQ(unmatched.bound, 0.0);
}

TEST(MipAllocationSolver, NegativeOrNanTimeLimitIsAUsageError) {
    ProblemBuilder b;
    b.pair(b.project("A"), b.site("P1"), 50.0);
    SolveOptions options;
    options.time_limit_s = -1.0;
    EXPECT_THROW((void)MipAllocationSolver{}.solve(b.problem(), options), sitefit::Error);
    options.time_limit_s = std::nan("");
    EXPECT_THROW((void)MipAllocationSolver{}.solve(b.problem(), options), sitefit::Error);
}

TEST(MipAllocationSolver, TinyTimeLimitStillGivesAnHonestAnswer) {
    AllocationProblem problem = randomInstance(400, 150, 40, 7);
    const AllocationResult result = solveQuietly(problem, 0.01);
    EXPECT_TRUE(result.status == AllocationStatus::Optimal ||
                result.status == AllocationStatus::Feasible ||
                result.status == AllocationStatus::NoSolution)
        << toString(result.status);
    EXPECT_GE(result.bound, result.objective);
    EXPECT_GT(result.bound, 0.0);
    // The limit is honoured loosely (CBC checks its clock between steps), not ignored.
    EXPECT_LT(result.seconds, 5.0);
}

TEST(MipAllocationSolver, RandomInstanceIsSolvedToOptimalityAndRepeats) {
    // Deterministic: the same problem gives the same plan, run after run.
    AllocationProblem problem = randomInstance(120, 50, 12, 11);
    const AllocationResult first = solveQuietly(problem);
    ASSERT_EQ(first.status, AllocationStatus::Optimal);
    const AllocationResult second = solveQuietly(problem);
    ASSERT_EQ(second.status, AllocationStatus::Optimal);
    ASSERT_EQ(first.assignments.size(), second.assignments.size());
    for (std::size_t i = 0; i < first.assignments.size(); ++i) {
        EXPECT_EQ(first.assignments[i].pair, second.assignments[i].pair);
    }
    EXPECT_DOUBLE_EQ(first.objective, second.objective);
}

TEST(MipAllocationSolver, WritesNothingToStdoutOrStderr) {
    // solveQuietly checks the captured streams; this runs a search with branching and an
    // infeasible one, where CBC would be most inclined to talk.
    AllocationProblem problem = randomInstance(200, 80, 20, 3);
    solveQuietly(problem);
    problem.projects[0].mandatory = true;
    problem.projects[1].mandatory = true;
    problem.pairs.erase(
        std::remove_if(problem.pairs.begin(), problem.pairs.end(),
                       [](const AllocationPair& pair) { return pair.project <= 1; }),
        problem.pairs.end());
    // Both mandatory projects compete for the same single parcel.
    problem.pairs.push_back({0, 0, 50.0, 1.0});
    problem.pairs.push_back({1, 0, 50.0, 1.0});
    EXPECT_EQ(solveQuietly(problem).status, AllocationStatus::Infeasible);
}

}  // namespace
