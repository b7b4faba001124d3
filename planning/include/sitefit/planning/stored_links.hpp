#pragma once

#include <vector>

#include "sitefit/core/allocation_request.hpp"
#include "sitefit/core/plan_link.hpp"

namespace sitefit::planning {

// A stored link the request overrode, and the request's link that did it: a pin of the same
// project to another site, or a link of the other kind for the same pair.
struct LinkOverride {
    core::PlanLink stored;
    core::PlanLinkKind by_kind = core::PlanLinkKind::Pin;
    core::PlanRequest::Link by;
};

// The planners' stored pins and exclusions (plan_links) as a request applied them: the ones
// that went into the request, and the ones the request's own links overrode.
struct StoredLinks {
    std::vector<core::PlanLink> applied;
    std::vector<LinkOverride> overridden;
};

// Merges the stored links into `request`, which holds the ad-hoc pins and exclusions (the
// command line's --pin and --exclude, the map window's what-ifs). The request wins: its pin
// of a project replaces the project's stored pin, and a pair it pins or excludes drops the
// stored link of the other kind for that pair. Every front end that makes a plan merges here,
// so a map of the plan shows the plan `allocate` prints.
[[nodiscard]] StoredLinks mergeStoredLinks(const std::vector<core::PlanLink>& stored,
                                           core::PlanRequest& request);

}  // namespace sitefit::planning
