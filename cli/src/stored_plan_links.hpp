#pragma once

#include <iosfwd>
#include <string>

#include "sitefit/core/error.hpp"
#include "sitefit/planning/allocation_plan.hpp"
#include "sitefit/planning/stored_links.hpp"

namespace sitefit::cli {

// The command-line option that overrode a stored link, e.g. "--pin P024=JP-0044".
[[nodiscard]] std::string overridingOption(const planning::LinkOverride& item);

// "Stored links applied (n):" with one line per link, then one per overridden link; nothing
// when there are none.
void printStoredLinks(const planning::StoredLinks& links, std::ostream& out);

// How the request's links came: the command line's and the stored ones (allocate), or the
// stored ones alone (render --plan).
enum class StoredLinkHint { Mixed, StoredOnly };

// Runs `makePlan`; when a link of the request is refused and stored links were applied,
// the error says how to leave the stored ones out or remove one.
template <typename MakePlan>
[[nodiscard]] planning::AllocationPlan withStoredLinkHint(const planning::StoredLinks& stored,
                                                          MakePlan makePlan, StoredLinkHint hint);

// `error` with the hint about the `applied` stored links added.
[[nodiscard]] Error errorWithStoredLinkHint(const Error& error, std::size_t applied,
                                            StoredLinkHint hint);

template <typename MakePlan>
planning::AllocationPlan withStoredLinkHint(const planning::StoredLinks& stored, MakePlan makePlan,
                                            StoredLinkHint hint) {
    try {
        return makePlan();
    } catch (const Error& error) {
        // The solver's own failures are not the request's: only the request's are hinted.
        if (stored.applied.empty() || error.kind() != Error::Kind::Usage) {
            throw;
        }
        throw errorWithStoredLinkHint(error, stored.applied.size(), hint);
    }
}

}  // namespace sitefit::cli
