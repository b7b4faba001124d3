#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sitefit/core/allocation_problem.hpp"
#include "sitefit/core/allocation_result.hpp"
#include "sitefit/core/match_result.hpp"

namespace sitefit::core {

// Why the plan is what it is, per project, in terms a planner can repeat to a leader.
struct AssignmentExplanation {
    std::size_t pair = 0;
    int rank = 1;                 // of the assigned site among the project's sites, by score
    double score_given_up = 0.0;  // best score − assigned score (0 when it got its first choice)
};

struct UnassignedExplanation {
    std::size_t project = 0;
    bool has_feasible_site = false;
    std::size_t contested_site = 0;    // its best site, when it has one
    std::vector<std::size_t> holders;  // projects that took that site
    double own_value = 0.0;            // priority × score it would have brought there
    double holders_value = 0.0;        // what the holders bring there
    std::string reason;                // one sentence
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
