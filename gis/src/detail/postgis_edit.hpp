#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "detail/edit_plan.hpp"
#include "sitefit/gis/workspace_edit.hpp"

namespace sitefit::gis::detail {

// WorkspaceEditor on a PostGIS workspace: one PostgreSQL transaction; rows locked as they
// are read (SELECT ... FOR UPDATE); every value a bound parameter. The database bumps the
// versions and writes the edit log (a trigger), and decides who may change what (column
// privileges and row-level security); its refusals become messages naming the row.
EditOutcome saveInPostgis(const std::string& workspace, const std::vector<RowChanges>& rows,
                          const std::vector<PlanLinkChange>& links, const std::string& editor);

EditableRow fetchFromPostgis(const std::string& workspace, std::string_view layer,
                             const std::string& id);

}  // namespace sitefit::gis::detail
