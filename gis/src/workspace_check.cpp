#include "sitefit/gis/workspace_check.hpp"

#include <ogr_geometry.h>

#include <string>
#include <utility>
#include <vector>

#include "detail/geometry_checks.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

// A footprint share below this is a drawing slip along an edge, not a building across it.
constexpr double kAcrossShare = 0.001;

core::DataProblem buildingProblem(const Workspace& workspace, std::size_t b, std::string_view rule,
                                  std::string found, std::string message) {
    core::DataProblem problem;
    problem.rule = std::string(rule);
    problem.severity = core::Severity::Warning;
    problem.layer = std::string(layer_names::kBuildings);
    problem.feature = workspace.district.buildings[b].building_id;
    problem.field = "geometry";
    problem.found = std::move(found);
    problem.message = std::move(message);
    if (const auto centre = detail::wkbCentre(workspace.building_geometries[b])) {
        problem.location = core::ProblemLocation{centre->first, centre->second};
    }
    return problem;
}

// Buildings in a zone but on no parcel, or standing on more than one parcel: their floor
// space is counted by share, so both are warnings. A building outside every zone and parcel
// is the town around the parks (homes, schools): counted for the district alone, as meant.
void addBuildingTopology(const Workspace& workspace, const core::SpatialFacts& facts,
                         core::ProblemReport& problems) {
    const core::District& d = workspace.district;
    for (std::size_t b = 0; b < facts.buildings.size(); ++b) {
        const core::BuildingFacts& building = facts.buildings[b];
        if (building.footprint_m2 <= 0.0) {
            continue;
        }
        if (building.parcel_overlaps.empty()) {
            if (!building.zone_overlaps.empty()) {
                const std::string& zone = d.zones.at(building.zone_overlaps.front().index).zone_id;
                problems.add(buildingProblem(
                    workspace, b, core::rules::kBuildingOutsideParcels, "no parcel",
                    "the footprint lies in zone " + zone +
                        " but on no parcel; its floor space counts for the zone and the "
                        "district, but for no parcel"));
            }
            continue;
        }
        double onParcels = 0.0;
        std::vector<std::string> parcels;
        for (const core::Overlap& overlap : building.parcel_overlaps) {
            onParcels += overlap.area_m2;
            if (overlap.area_m2 > kAcrossShare * building.footprint_m2) {
                parcels.push_back(d.parcels.at(overlap.index).parcel_id);
            }
        }
        const double outside = building.footprint_m2 - onParcels;
        if (parcels.size() > 1 || outside > kAcrossShare * building.footprint_m2) {
            std::string names;
            for (const std::string& id : parcels) {
                names += (names.empty() ? "" : ", ") + id;
            }
            problems.add(
                buildingProblem(workspace, b, core::rules::kBuildingAcrossParcels, names,
                                "the footprint crosses a parcel edge (on " + names +
                                    (outside > kAcrossShare * building.footprint_m2
                                         ? ", " + core::decimal(outside, 1) + " m² on no parcel"
                                         : std::string()) +
                                    "); its floor space is shared out by footprint area"));
        }
    }
}

}  // namespace

CapacityAnalysis checkWorkspace(const std::string& dataset, const core::DataTolerances& tolerances,
                                core::ProgressSink& progress) {
    ReadOptions read;
    read.flaws = FlawHandling::SetAside;
    read.tolerances = tolerances;
    CapacityAnalysis analysis = analyseCapacity(dataset, progress, read);
    addBuildingTopology(analysis.workspace, analysis.facts, analysis.workspace.problems);
    return analysis;
}

ResultLayer problemLayer(const core::ProblemReport& problems) {
    ResultLayer layer;
    layer.name = "problems";
    for (const char* name : {"rule", "severity", "layer", "feature", "other_feature", "field",
                             "found", "expected", "message"}) {
        layer.table.columns.push_back({name, core::ColumnType::Text});
    }
    for (const core::DataProblem& p : problems.problems()) {
        layer.table.rows.push_back({p.rule, std::string(core::toString(p.severity)), p.layer,
                                    p.feature, p.other_feature, p.field, p.found, p.expected,
                                    p.message});
        OGRPoint point;
        if (p.location) {
            point.setX(p.location->x);
            point.setY(p.location->y);
        }
        layer.geometries.push_back(detail::toWkb(point));
    }
    return layer;
}

}  // namespace sitefit::gis
