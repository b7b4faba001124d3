#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "sitefit/core/allocation_problem.hpp"
#include "sitefit/core/allocation_result.hpp"
#include "sitefit/core/match_result.hpp"
#include "sitefit/core/not_matched.hpp"

namespace sitefit::core {

// Why the plan is what it is, per project, in terms a planner can repeat to a leader.
struct AssignmentExplanation {
    std::size_t pair = 0;
    int rank = 1;                 // of the assigned site among the project's sites, by score
    double score_given_up = 0.0;  // best score − assigned score (0 when it got its first choice)
};

// Why a project stayed out of the plan.
enum class UnassignedReason {
    NotMatched,       // matched against no site at all: see `not_matched`
    NoFeasibleSite,   // every site fails a hard constraint
    BestSiteHasRoom,  // its best site has room, but the plan found a higher total without it
    Outcompeted,      // its best site is taken by projects that bring more there
};

// The reason with its figures; core/reason_wording.hpp words it in English.
struct UnassignedExplanation {
    std::size_t project = 0;
    UnassignedReason reason = UnassignedReason::NoFeasibleSite;
    std::size_t contested_site = 0;    // its best site (BestSiteHasRoom, Outcompeted)
    std::vector<std::size_t> holders;  // projects that took that site
    double own_value = 0.0;            // priority × score it would have brought there
    double holders_value = 0.0;        // what the holders bring there
    // Outcompeted: how many other feasible sites it has, and one of them that still has room
    // (nullopt: all of them are full).
    std::size_t other_feasible_sites = 0;
    std::optional<std::size_t> site_with_room = {};
    std::optional<NotMatched> not_matched = {};  // NotMatched: why
};

struct PlanExplanation {
    std::vector<AssignmentExplanation> assignments;  // in the order of result.assignments
    std::vector<UnassignedExplanation> unassigned;   // in project order
};

class AllocationExplainer {
public:
    [[nodiscard]] static PlanExplanation explain(const AllocationProblem& problem,
                                                 const AllocationResult& result);
    // As above for a workspace's problem (buildWorkspaceProblem: project i is district
    // project i), where a project that was not matched at all (ProjectMatch::not_matched)
    // is unassigned for that reason.
    [[nodiscard]] static PlanExplanation explain(const AllocationProblem& problem,
                                                 const AllocationResult& result,
                                                 const std::vector<ProjectMatch>& matches);
};

}  // namespace sitefit::core
