#pragma once

#include <memory>
#include <string>

#include "sitefit/core/district.hpp"
#include "sitefit/core/industry_catalogue.hpp"

namespace sitefit::gis {

// The catalogue a workspace's commands use, chosen in one place for all of them: the
// workspace's own tables, else the built-in GB/T 4754-2017 manufacturing divisions
// (core::chooseCatalogue, which also gives records with only an industry code their
// category in `district`). `dataset` names the workspace in errors. Throws sitefit::Error.
[[nodiscard]] std::unique_ptr<core::IndustryCatalogue> workspaceCatalogue(
    core::District& district, const std::string& dataset);

}  // namespace sitefit::gis
