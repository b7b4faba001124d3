#include "sitefit/gis/capacity_analysis.hpp"

#include "sitefit/core/capacity_calculator.hpp"
#include "sitefit/core/capacity_tables.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {

CapacityAnalysis analyseCapacity(const std::string& dataset, core::ProgressSink& progress) {
    CapacityAnalysis analysis;
    progress.report("reading workspace", 0, 1);
    analysis.workspace = WorkspaceReader::read(dataset);
    progress.report("reading workspace", 1, 1);
    progress.finish("reading workspace");
    analysis.facts = CapacityJoin::measure(analysis.workspace, progress, &analysis.statistics);
    analysis.report =
        core::CapacityCalculator::compute(analysis.workspace.district, analysis.facts);
    return analysis;
}

std::vector<ResultLayer> capacityResultLayers(const CapacityAnalysis& analysis) {
    const core::District& district = analysis.workspace.district;
    return {
        {std::string(layer_names::kParcelCapacity),
         core::parcelCapacityTable(analysis.report, district),
         analysis.workspace.parcel_geometries},
        {std::string(layer_names::kZoneCapacity),
         core::zoneCapacityTable(analysis.report, district), analysis.workspace.zone_geometries},
    };
}

}  // namespace sitefit::gis
