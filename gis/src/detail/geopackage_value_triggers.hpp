#pragma once

#include <gdal_priv.h>

#include <string>

#include "sitefit/core/data_problem.hpp"

namespace sitefit::gis::detail {

// Gives the workspace tables of `dataset` (a GeoPackage open for writing) the value rules'
// triggers (geopackageValueTriggers), replacing any it had, in one transaction. Returns how
// many tables got them. Throws an Output error naming `file`.
std::size_t addValueTriggers(GDALDataset& dataset, const std::string& file,
                             const core::DataTolerances& tolerances);

}  // namespace sitefit::gis::detail
