#pragma once

#include <string>

#include "sitefit/core/district.hpp"

namespace sitefit::gis::detail {

// The rules between plan_links rows and the rest of the workspace, which no single row can
// check: its project is a project and its site a parcel or building of the workspace; a
// (project, site) pair has one row; a project has at most one pin. Throws an Input error
// naming `file`, layer plan_links, the link ("P=S") and the field at fault.
void checkPlanLinks(const core::District& district, const std::string& file);

}  // namespace sitefit::gis::detail
