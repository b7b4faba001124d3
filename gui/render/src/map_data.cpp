#include "sitefit/gui/map_data.hpp"

#include <utility>

#include "sitefit/gis/matching_session.hpp"

namespace sitefit::gui {

gis::Envelope MapData::extent() const noexcept {
    return zones->extent()
        .united(parcels->extent())
        .united(buildings->extent())
        .united(enterprises->extent());
}

std::shared_ptr<const MapData> makeMapData(const gis::MatchingSession& session,
                                           gis::DrawableLayers drawable) {
    const gis::CapacityAnalysis& capacity = session.capacity();
    const gis::Workspace& workspace = capacity.workspace;
    gis::DrawableLayers layers = gis::drawableLayersOf(workspace, std::move(drawable));
    return std::make_shared<const MapData>(MapData{
        .source = workspace.source,
        .crs_wkt = workspace.crs_wkt,
        .district = workspace.district,
        .facts = capacity.facts,
        .capacity = capacity.report,
        .sites = session.sites(),
        .zones = std::move(layers.zones),
        .parcels = std::move(layers.parcels),
        .buildings = std::move(layers.buildings),
        .enterprises = std::move(layers.enterprises),
    });
}

}  // namespace sitefit::gui
