#pragma once

#include <string>
#include <vector>

#include "sitefit/gis/result_layer_writer.hpp"

namespace sitefit::cli {

// What a command's --write does: stores `layers` in the workspace (all or none) and, unless
// `quiet`, says on stderr what it stored, e.g. "Stored layer allocation_plan and table
// allocation_unplaced in haizhou.gpkg". A result without geometries is stored as a table.
// Throws sitefit::Error.
void storeResults(const std::string& workspace, const std::string& crs_wkt,
                  const std::vector<gis::ResultLayer>& layers, bool quiet);

}  // namespace sitefit::cli
