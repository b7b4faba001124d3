#include "sitefit/planning/chain_report.hpp"

#include <utility>

#include "sitefit/gis/input_limits.hpp"
#include "sitefit/gis/workspace_catalogue.hpp"

namespace sitefit::planning {

ChainReport chainReport(const std::string& dataset, const gis::ReadOptions& read) {
    gis::Workspace workspace =
        gis::WorkspaceReader::read(dataset, gis::InputLimits::fromEnvironment(), read);
    ChainReport report;
    // Gives records with only an industry code their category before the analysis.
    report.catalogue = gis::workspaceCatalogue(workspace.district, dataset);
    const core::District& district = workspace.district;
    report.chains = core::ChainGapAnalysis::analyse(district, *report.catalogue);
    report.outside = core::ChainGapAnalysis::outside(district);
    report.has_enterprises_or_projects =
        !district.enterprises.empty() || !district.projects.empty();
    report.problems = std::move(workspace.problems);
    return report;
}

}  // namespace sitefit::planning
