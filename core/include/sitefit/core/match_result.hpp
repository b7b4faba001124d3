#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "sitefit/core/criterion.hpp"

namespace sitefit::core {

// Why a site cannot take a project, with the figures a planner can check:
// e.g. {"area", "6,667–8,667 m² (10.0–13.0 亩)", "12,000 m² (18.0 亩)"}.
struct ConstraintFailure {
    std::string constraint;  // status, area, land_use, pollution_class, investment_intensity,
                             // far, power, available_from, building_kind, floor_load,
                             // clear_height
    std::string required;
    std::string actual;
};

struct Candidate {
    std::size_t site = 0;                  // index into the matcher's site list
    int rank = 0;                          // 1 = best
    double score = 0.0;                    // 0..100
    std::map<Criterion, double> criteria;  // each 0..1
};

struct Rejection {
    std::size_t site = 0;
    std::vector<ConstraintFailure> reasons;  // every constraint the site fails
};

// Every site of the type the project needs, either ranked or rejected with reasons.
struct ProjectMatch {
    std::size_t project = 0;            // index into District::projects
    std::vector<Candidate> candidates;  // by rank
    std::vector<Rejection> rejected;    // in site order
    // Why no site was considered at all, e.g. "industry code I6510 is in no category of
    // the catalogue"; "" when the project was matched.
    std::string not_matched = {};
};

}  // namespace sitefit::core
