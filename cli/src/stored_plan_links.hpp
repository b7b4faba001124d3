#pragma once

#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

#include "sitefit/core/allocation_request.hpp"
#include "sitefit/core/plan_link.hpp"

namespace sitefit::cli {

// The planners' stored pins and exclusions (plan_links) as a command applied them: the ones
// that went into the request, and the ones the command line overrode (with what overrode
// them, e.g. "--pin P024=JP-0044").
struct StoredLinks {
    std::vector<core::PlanLink> applied;
    std::vector<std::pair<core::PlanLink, std::string>> overridden;
};

// Merges the stored links into `request`, which holds the command line's --pin and
// --exclude. The command line wins: its --pin of a project replaces the project's stored
// pin, and a pair it pins or excludes drops the stored link of the other kind for that pair.
// `allocate` and `render --plan` both call this, so a map of the plan shows the plan
// `allocate` prints.
StoredLinks mergeStoredLinks(const std::vector<core::PlanLink>& stored, core::PlanRequest& request);

// "Stored links applied (n):" with one line per link, then one per overridden link; nothing
// when there are none.
void printStoredLinks(const StoredLinks& links, std::ostream& out);

}  // namespace sitefit::cli
