#pragma once

#include <string>
#include <string_view>

#include "sitefit/core/allocation_problem.hpp"

namespace sitefit::core {

// The problem file of docs/allocation.md:
// {"projects": [{"id", "priority", "mandatory"}], "sites": [{"id", "capacity"}],
//  "pairs": [{"project", "site", "score", "demand"}], "pins": [{"project", "site"}],
//  "exclusions": [{"project", "site"}]}
// Pairs, pins and exclusions name projects and sites by id. Unknown keys, wrong types and
// everything AllocationProblem::validate refuses are refused with the file and the JSON
// path (e.g. pairs[3].score).
[[nodiscard]] AllocationProblem parseAllocationProblem(std::string_view json,
                                                       const std::string& source);

[[nodiscard]] std::string allocationProblemJson(const AllocationProblem& problem);

}  // namespace sitefit::core
