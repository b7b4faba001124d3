#include "sitefit/gis/capacity_analysis.hpp"

#include "sitefit/core/capacity_calculator.hpp"
#include "sitefit/core/capacity_tables.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/postgis_capacity_join.hpp"
#include "sitefit/gis/workspace_location.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {

CapacityAnalysis analyseCapacity(const std::string& dataset, core::ProgressSink& progress,
                                 const ReadOptions& read) {
    CapacityAnalysis analysis;
    // The buildings are joined as they are read: reading leaves part of both cores idle.
    CapacityJoin::Streaming join(progress);
    ReadOptions options = read;
    options.buildings = &join;
    progress.report("reading workspace", 0, 1);
    analysis.workspace = WorkspaceReader::read(dataset, InputLimits::fromEnvironment(), options);
    progress.report("reading workspace", 1, 1);
    progress.finish("reading workspace");
    analysis.facts = join.finish(analysis.workspace, &analysis.statistics);
    analysis.report =
        core::CapacityCalculator::compute(analysis.workspace.district, analysis.facts);
    return analysis;
}

CapacityAnalysis analyseCapacity(const std::string& dataset, core::ProgressSink& progress,
                                 bool inDatabase) {
    if (!inDatabase) {
        return analyseCapacity(dataset, progress);
    }
    if (!isPostgisWorkspace(dataset)) {
        throw Error(Error::Kind::Usage,
                    "--in-database needs a PostGIS workspace (PG:...); a GeoPackage is joined "
                    "by sitefit itself",
                    {dataset});
    }
    CapacityAnalysis analysis;
    progress.report("reading workspace", 0, 1);
    analysis.workspace = WorkspaceReader::read(dataset);
    progress.report("reading workspace", 1, 1);
    progress.finish("reading workspace");
    progress.report("joining in the database", 0, 1);
    analysis.facts = PostgisCapacityJoin::measure(analysis.workspace, &analysis.statistics);
    progress.report("joining in the database", 1, 1);
    progress.finish("joining in the database");
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
