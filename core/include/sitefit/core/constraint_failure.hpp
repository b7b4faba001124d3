#pragma once

#include "sitefit/core/constraint.hpp"
#include "sitefit/core/constraint_value.hpp"

namespace sitefit::core {

// Why a site cannot take a project, with the figures a planner can check: e.g. area, required
// land of 6,667–8,667 m², actual 12,000 m². Values, not words: core/reason_wording.hpp words
// them in English ("6,667–8,667 m² (10.0–13.0 亩)"), the map window in its own language.
struct ConstraintFailure {
    Constraint constraint = Constraint::Status;
    ConstraintValue required;
    ConstraintValue actual;

    friend bool operator==(const ConstraintFailure&, const ConstraintFailure&) = default;
};

}  // namespace sitefit::core
