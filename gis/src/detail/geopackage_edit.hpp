#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "detail/edit_plan.hpp"
#include "sitefit/gis/workspace_edit.hpp"

namespace sitefit::gis::detail {

// WorkspaceEditor on a GeoPackage: one SQLite transaction through GDAL for the rows and
// the edit log. The `version` columns and the `edit_log` table are added on first use.
// The plan_links table is created at the first link saved.
EditOutcome saveInGeoPackage(const std::string& path, const std::vector<RowChanges>& rows,
                             const std::vector<PlanLinkChange>& links, const std::string& editor);

EditableRow fetchFromGeoPackage(const std::string& path, std::string_view layer,
                                const std::string& id);

}  // namespace sitefit::gis::detail
