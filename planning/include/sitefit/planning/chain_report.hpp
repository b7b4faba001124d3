#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sitefit/core/chain_gaps.hpp"
#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/industry_catalogue.hpp"
#include "sitefit/gis/workspace_reader.hpp"

namespace sitefit::planning {

// The district's industry chains against its catalogue (the workspace's, or the built-in one
// when it has none): each chain's categories with who is present, the chain leaders and the
// missing links, and what no category covers. Needs no geometry work, so it reads the
// workspace alone, without capacity or site facts.
struct ChainReport {
    core::ProblemReport problems;  // the workspace's flaws (warnings, or those set aside)
    std::unique_ptr<core::IndustryCatalogue> catalogue;
    std::vector<core::ChainStanding> chains;
    core::OutsideCatalogue outside;
    bool has_enterprises_or_projects = false;
};

// Throws sitefit::Error (Input) naming file, layer, feature and field.
[[nodiscard]] ChainReport chainReport(const std::string& dataset, const gis::ReadOptions& read);

}  // namespace sitefit::planning
