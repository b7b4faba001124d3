#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sitefit/core/capacity_report.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/site_facts.hpp"
#include "sitefit/core/spatial_facts.hpp"
#include "sitefit/gis/drawable_layer.hpp"

namespace sitefit::gis {
class MatchingSession;
}

namespace sitefit::gui {

// The district as the map draws it: built once when a workspace is opened, then shared
// read-only (std::shared_ptr<const MapData>) by the GUI thread and the render threads.
// Results that change while a planner works (candidates, the plan) live in MapResults.
struct MapData {
    std::string source;   // the dataset it was read from
    std::string crs_wkt;  // the workspace CRS (metres)
    core::District district;
    core::SpatialFacts facts;
    core::CapacityReport capacity;
    std::vector<core::SiteFacts> sites;  // the matcher's site list (candidates refer to it)
    // Never null. Those made while the workspace was read (gis::DrawableLayersSink), shared.
    std::shared_ptr<const gis::DrawableLayer> zones;
    std::shared_ptr<const gis::DrawableLayer> parcels;
    std::shared_ptr<const gis::DrawableLayer> buildings;
    std::shared_ptr<const gis::DrawableLayer> enterprises;

    // The union of every layer's extent.
    [[nodiscard]] gis::Envelope extent() const noexcept;
};

// Copies what the map needs out of a matching session (which has read and measured the
// workspace) and shares `drawable`, the layers made while it was read
// (gis::DrawableLayersSink::take()), converting the geometry for drawing where one is missing
// or no longer lines up with the workspace (gis::drawableLayersOf). Throws sitefit::Error.
[[nodiscard]] std::shared_ptr<const MapData> makeMapData(const gis::MatchingSession& session,
                                                         gis::DrawableLayers drawable = {});

}  // namespace sitefit::gui
