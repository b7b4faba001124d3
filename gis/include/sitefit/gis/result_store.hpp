#pragma once

#include <string>
#include <vector>

#include "sitefit/gis/result_layer_writer.hpp"

namespace sitefit::gis {

// Stores result layers in a workspace of either kind, replacing layers of the same name:
//  - a GeoPackage through ResultLayerWriter (the work on a copy renamed over the file);
//  - a PostGIS workspace in one transaction (tables dropped and created again, owned by
//    sitefit_planner, registered in result_layers): readers see the old layers or the new.
// Only planners (members of sitefit_planner) may store results in a PostGIS workspace.
// Throws sitefit::Error (Output; Input when the workspace cannot be opened).
void storeResultLayers(const std::string& workspace, const std::string& crs_wkt,
                       const std::vector<ResultLayer>& layers);

}  // namespace sitefit::gis
