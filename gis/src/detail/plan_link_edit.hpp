#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/core/plan_link.hpp"
#include "sitefit/gis/workspace_edit.hpp"

namespace sitefit::gis::detail {

// What WorkspaceEditor does with a PlanLinkChange, whatever stores the links: the rules
// (a pair is a pin or an exclusion; a project has one pin; only a stored link is removed),
// the version and what the edit log says. The GeoPackage and PostGIS savers read the
// project's stored links, ask for a step and carry it out.

// A link as stored, with its version (0 before the first save).
struct StoredPlanLink {
    core::PlanLink link;
    std::int64_t version = 0;
    std::int64_t fid = -1;  // a GeoPackage's feature id; -1 where rows are found by their ids
};

enum class PlanLinkWrite { None, Insert, Update, Delete };

struct PlanLinkStep {
    PlanLinkWrite write = PlanLinkWrite::None;
    core::PlanLink link;    // the row after an Insert or Update; the removed row for a Delete
    std::int64_t fid = -1;  // the stored row's, for an Update or Delete
    SavedRow saved;         // kind and note as they change; versions
};

// Checks a request's link changes among themselves. Throws Usage for an empty id, a note on
// an Unlink, or a pair named twice (a pin and an exclusion of one pair above all).
void checkPlanLinkChanges(const std::vector<PlanLinkChange>& links);

// The Input error for a link whose project (`field` "project_id") or site ("site_id") is
// not in the workspace.
[[noreturn]] void refuseUnknownLinkEnd(const std::string& file, const PlanLinkChange& change,
                                       const std::string& field);

// What `change` does, given `stored`: every link stored for the change's project, which is
// updated to the state after the step (so that the next change of the request sees it).
// Throws Input as WorkspaceEditor::save documents, EditConflict for a stale expected version
// (`lastEdit` is asked only then).
PlanLinkStep planLinkStep(std::vector<StoredPlanLink>& stored, const PlanLinkChange& change,
                          const std::string& file,
                          const std::function<std::optional<LastEdit>()>& lastEdit);

}  // namespace sitefit::gis::detail
