#include "sitefit/gis/capacity_analysis.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "detail/erase_positions.hpp"
#include "sitefit/core/capacity_calculator.hpp"
#include "sitefit/core/capacity_tables.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/gis/postgis_capacity_join.hpp"
#include "sitefit/gis/workspace_location.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {

namespace {

// Sets aside the zones, parcels and buildings whose polygons the join found invalid.
void setAsideInvalid(Workspace& workspace, const core::ProblemReport& invalid) {
    using namespace layer_names;
    std::vector<std::size_t> zones;
    std::vector<std::size_t> parcels;
    std::vector<std::size_t> buildings;
    for (const core::DataProblem& problem : invalid.problems()) {
        std::vector<std::size_t>& positions = problem.layer == kZones     ? zones
                                              : problem.layer == kParcels ? parcels
                                                                          : buildings;
        positions.push_back(problem.position.value());
    }
    for (std::vector<std::size_t>* positions : {&zones, &parcels, &buildings}) {
        std::sort(positions->begin(), positions->end());
    }
    core::District& d = workspace.district;
    detail::eraseAt(d.zones, zones);
    detail::eraseAt(workspace.zone_geometries, zones);
    detail::eraseAt(d.parcels, parcels);
    detail::eraseAt(workspace.parcel_geometries, parcels);
    detail::eraseAt(d.buildings, buildings);
    detail::eraseAt(workspace.building_geometries, buildings);
}

std::string squareMetres(double value) {
    return core::decimal(value, 1);
}

// One feature's land shared with another of its layer: a warning, since the shared land of
// parcels is counted once and a parcel belongs to the one zone holding most of it.
core::DataProblem sharedLandWarning(std::string_view rule, std::string_view layer,
                                    const core::SharedLand& pair, std::string first,
                                    std::string second, std::string expected,
                                    const std::string& consequence) {
    core::DataProblem problem;
    problem.rule = std::string(rule);
    problem.severity = core::Severity::Warning;
    problem.layer = std::string(layer);
    problem.feature = std::move(first);
    problem.other_feature = std::move(second);
    problem.field = "geometry";
    problem.found = squareMetres(pair.area_m2) + " m²";
    problem.expected = std::move(expected);
    problem.message = "the " + problem.layer + " overlap by " + squareMetres(pair.area_m2) +
                      " m²; " + consequence;
    problem.location = core::ProblemLocation{pair.x, pair.y};
    return problem;
}

void addSharedLandWarnings(Workspace& workspace, const core::SpatialFacts& facts,
                           double sliver_m2) {
    const core::District& d = workspace.district;
    for (const core::SharedLand& pair : facts.parcel_pairs) {
        const std::string& first = d.parcels.at(pair.first).parcel_id;
        workspace.problems.add(sharedLandWarning(
            core::rules::kParcelOverlap, layer_names::kParcels, pair, first,
            d.parcels.at(pair.second).parcel_id,
            "at most " + squareMetres(sliver_m2) + " m² ([data_quality] sliver_m2)",
            "capacity counts that land once, in " + first + "'s figures"));
    }
    for (const core::SharedLand& pair : facts.zone_pairs) {
        workspace.problems.add(sharedLandWarning(
            core::rules::kZoneOverlap, layer_names::kZones, pair, d.zones.at(pair.first).zone_id,
            d.zones.at(pair.second).zone_id, "zones that do not overlap",
            "a parcel or building there counts in the zone holding the larger share of it"));
    }
}

}  // namespace

CapacityAnalysis analyseCapacity(const std::string& dataset, core::ProgressSink& progress,
                                 const ReadOptions& read) {
    CapacityAnalysis analysis;
    const JoinOptions joinOptions{true, read.tolerances.sliver_m2};
    // The buildings are joined as they are read: reading leaves part of both cores idle.
    CapacityJoin::Streaming join(progress, 0, joinOptions);
    ReadOptions options = read;
    options.sinks.push_back(&join);
    // Every error is collected, the join's too, before the workspace is refused.
    options.flaws = FlawHandling::SetAside;
    progress.report("reading workspace", 0, 1);
    analysis.workspace = WorkspaceReader::read(dataset, InputLimits::fromEnvironment(), options);
    progress.report("reading workspace", 1, 1);
    progress.finish("reading workspace");
    core::ProblemReport invalid;
    analysis.facts = join.finish(analysis.workspace, &analysis.statistics, &invalid);
    analysis.workspace.problems.append(invalid);
    if (read.flaws == FlawHandling::Refuse && analysis.workspace.problems.hasErrors()) {
        throw refusal(dataset, analysis.workspace.problems);
    }
    if (!invalid.empty()) {
        // Rare: measured again without them, rather than every index shifted by hand.
        setAsideInvalid(analysis.workspace, invalid);
        analysis.statistics = {};
        analysis.facts = CapacityJoin::measure(analysis.workspace, progress, &analysis.statistics,
                                               0, joinOptions);
    }
    addSharedLandWarnings(analysis.workspace, analysis.facts, read.tolerances.sliver_m2);
    analysis.report =
        core::CapacityCalculator::compute(analysis.workspace.district, analysis.facts);
    return analysis;
}

CapacityAnalysis analyseCapacity(const std::string& dataset, core::ProgressSink& progress,
                                 bool inDatabase, const ReadOptions& read) {
    if (!inDatabase) {
        return analyseCapacity(dataset, progress, read);
    }
    if (!isPostgisWorkspace(dataset)) {
        throw Error(Error::Kind::Usage,
                    "--in-database needs a PostGIS workspace (PG:...); a GeoPackage is joined "
                    "by sitefit itself",
                    {dataset});
    }
    CapacityAnalysis analysis;
    progress.report("reading workspace", 0, 1);
    analysis.workspace = WorkspaceReader::read(dataset, InputLimits::fromEnvironment(), read);
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
