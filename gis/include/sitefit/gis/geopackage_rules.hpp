#pragma once

#include <cstddef>
#include <string>

#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/progress.hpp"

namespace sitefit::gis {

// Gives an existing GeoPackage workspace the value rules' triggers, as `sitefit import` and
// `sitefit copy` give every GeoPackage they write, so that QGIS, ogr2ogr or sqlite3 cannot
// store a value the reader refuses. The workspace is checked first (checkWorkspace): where
// rows already break a value rule, throws an Input error listing them and changes nothing.
// Otherwise the triggers are added in one transaction. Returns the number of tables that got
// them. Throws sitefit::Error naming the file.
std::size_t addValueRulesToGeoPackage(const std::string& path,
                                      const core::DataTolerances& tolerances,
                                      core::ProgressSink& progress);

}  // namespace sitefit::gis
