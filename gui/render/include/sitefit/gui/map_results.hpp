#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "sitefit/core/site_facts.hpp"
#include "sitefit/gui/map_layer.hpp"

namespace sitefit::gui {

// A ranked candidate site of the selected project, as the map marks it.
struct CandidateMark {
    std::size_t site = 0;  // index into MapData::sites
    int rank = 0;          // 1 = best
    double score = 0.0;    // 0..100
};

// A project placed by the allocation.
struct PlacementMark {
    std::size_t project = 0;  // index into District::projects
    std::size_t site = 0;     // index into MapData::sites
};

// A feature picked by the user (identify, table selection).
struct FeatureRef {
    MapLayerId layer = MapLayerId::Parcels;  // Zones, Parcels, Buildings or Enterprises
    std::size_t feature = 0;                 // index into that layer
    bool operator==(const FeatureRef&) const = default;
};

// What the planner is looking at now, drawn over the district: a small value copied into
// every render snapshot.
struct MapResults {
    std::optional<std::size_t> selected_project;  // index into District::projects
    std::vector<CandidateMark> candidates;        // of the selected project, by rank
    std::vector<PlacementMark> placements;        // the whole allocation plan
    std::vector<FeatureRef> selection;            // highlighted features
};

}  // namespace sitefit::gui
