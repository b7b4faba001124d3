#include "sitefit/gui/map_data.hpp"

#include "sitefit/gis/matching_session.hpp"

namespace sitefit::gui {

gis::Envelope MapData::extent() const noexcept {
    return zones.extent()
        .united(parcels.extent())
        .united(buildings.extent())
        .united(enterprises.extent());
}

std::shared_ptr<const MapData> makeMapData(const gis::MatchingSession& session) {
    const gis::CapacityAnalysis& capacity = session.capacity();
    const gis::Workspace& workspace = capacity.workspace;
    return std::make_shared<const MapData>(MapData{
        .source = workspace.source,
        .crs_wkt = workspace.crs_wkt,
        .district = workspace.district,
        .facts = capacity.facts,
        .capacity = capacity.report,
        .sites = session.sites(),
        .zones = gis::DrawableLayer(workspace.zone_geometries, "zones"),
        .parcels = gis::DrawableLayer(workspace.parcel_geometries, "parcels"),
        .buildings = gis::DrawableLayer(workspace.building_geometries, "buildings"),
        .enterprises = gis::DrawableLayer(workspace.enterprise_geometries, "enterprises"),
    });
}

}  // namespace sitefit::gui
