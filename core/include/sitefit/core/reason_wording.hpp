#pragma once

#include <string>

#include "sitefit/core/allocation_explanation.hpp"
#include "sitefit/core/allocation_problem.hpp"
#include "sitefit/core/constraint_value.hpp"
#include "sitefit/core/not_matched.hpp"

namespace sitefit::core {

// The English of reasons: what the CLI prints and every written result holds (match JSON and
// tables, allocation JSON, text and layers). Figures are written as core/figure_format.hpp
// writes them. The map window words the same values in its own language
// (gui/app/src/reason_wording.hpp). The constraint's own name is toString(Constraint).

// A figure of a reason as every language shows it: areas and power grouped ("12,000"),
// intensities whole, loads and heights with one decimal, ratios with two.
[[nodiscard]] std::string reasonFigure(double value, ConstraintUnit unit);

// One side of a ConstraintFailure: "6,667–8,667 m² (10.0–13.0 亩)", "12,000 m² (18.0 亩)",
// "≥ 2,000 m² vacant", "class ≤ 2 (zone Z1, land use M1)", "≥ 300 万元/亩",
// "250 万元/亩 on 12,000 m² (18.0 亩)", "0.80 (16,000 m² of floor)", "by 2027-03-01",
// "M1, M2", "unknown".
[[nodiscard]] std::string describe(const ConstraintValue& value);

// "industry code I6510 is in no category of the catalogue (the workspace's (2 chains,
// 3 categories))"
[[nodiscard]] std::string describe(const NotMatched& reason);

// "outcompeted for its best site S1 by B (value 90.0 against its 160.0); site S2 still has
// room, but the plan scores higher without it": projects and sites named by their ids in
// `problem`, the problem the explanation was made for.
[[nodiscard]] std::string describe(const UnassignedExplanation& item,
                                   const AllocationProblem& problem);

}  // namespace sitefit::core
