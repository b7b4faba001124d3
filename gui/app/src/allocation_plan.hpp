#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "sitefit/core/allocation_explanation.hpp"
#include "sitefit/core/allocation_request.hpp"
#include "sitefit/core/allocation_result.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/district.hpp"

namespace sitefit::gis {
class MatchingSession;
}

namespace sitefit::gui {

class TaskProgress;

// One conflict-free plan for every project of a district, made the way `sitefit allocate`
// makes it: match all projects (candidates only), build the allocation problem with the
// planner's pins and exclusions, solve (auto: exact when it finishes), explain.
struct AllocationPlan {
    core::PlanRequest request;
    core::WorkspaceProblem built;
    core::AllocationResult result;
    core::PlanExplanation explanation;
    core::PlanUtilisation utilisation;

    // A placed project, with indices the rest of the app uses.
    struct Row {
        std::size_t project = 0;  // into District::projects
        std::size_t site = 0;     // into the session's site list (MapData::sites)
        double amount = 1.0;      // 1 for a parcel, m² for floor space
        double score = 0.0;       // 0..100
        int rank = 1;             // of the site among the project's candidates
        double score_given_up = 0.0;
    };
    [[nodiscard]] std::vector<Row> rows() const;
    // The row of a project, or nullptr when it is not placed.
    [[nodiscard]] std::optional<Row> rowOf(std::size_t project) const;

    // Runs on any thread. `district` is the district as edited (its projects' requirements
    // may differ from the session's); the session supplies catalogue, rules and sites.
    // Throws sitefit::Error (a pin the edited requirements no longer allow) or
    // TaskCancelled (checked between the steps; the solver itself cannot be interrupted).
    [[nodiscard]] static AllocationPlan compute(const gis::MatchingSession& session,
                                                const core::District& district, core::Date as_of,
                                                const core::PlanRequest& request,
                                                double time_limit_s, TaskProgress& progress);
};

}  // namespace sitefit::gui
