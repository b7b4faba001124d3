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
    // Never null. Shared with the workspace they were read with (ReadOptions::drawable_layers).
    std::shared_ptr<const gis::DrawableLayer> zones;
    std::shared_ptr<const gis::DrawableLayer> parcels;
    std::shared_ptr<const gis::DrawableLayer> buildings;
    std::shared_ptr<const gis::DrawableLayer> enterprises;

    // The union of every layer's extent.
    [[nodiscard]] gis::Envelope extent() const noexcept;
};

// Copies what the map needs out of a matching session (which has read and measured the
// workspace) and shares its drawable layers, converting the geometry for drawing where the
// session was read without them. Throws sitefit::Error.
[[nodiscard]] std::shared_ptr<const MapData> makeMapData(const gis::MatchingSession& session);

}  // namespace sitefit::gui
