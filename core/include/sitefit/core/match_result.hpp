#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

#include "sitefit/core/constraint_failure.hpp"
#include "sitefit/core/criterion.hpp"
#include "sitefit/core/not_matched.hpp"

namespace sitefit::core {

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
    // Why no site was considered at all (its industry code is in no category of the
    // catalogue); nullopt when the project was matched.
    std::optional<NotMatched> not_matched = {};
};

}  // namespace sitefit::core
