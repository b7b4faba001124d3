#pragma once

#include <cstddef>

#include "sitefit/core/progress.hpp"
#include "sitefit/core/spatial_facts.hpp"
#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// How the join decided its candidate pairs: most pairs are settled by a prepared
// containment or disjointness test; only footprints that cross an edge need an overlay.
struct JoinStatistics {
    std::size_t candidate_pairs = 0;          // pairs whose envelopes meet (from the index)
    std::size_t decided_without_overlay = 0;  // settled by covers / not-intersects
    std::size_t overlays = 0;                 // intersection areas computed
};

// Measures the spatial facts of DESIGN.md's rules: areas, building ∩ parcel, building ∩
// zone and parcel ∩ zone areas, and the zones each enterprise stands in. Uses a bulk
// STRtree per target layer and prepared target geometries; no all-pairs loops.
// Thread rules: reentrant. Reading and checking the polygons and joining the buildings are
// shared among `threads` threads (0: one per hardware thread), each with its own GEOS
// context, prepared targets and trees; progress is reported from the calling thread only.
// The facts, the statistics and the error reported for bad data do not depend on the number
// of threads.
class CapacityJoin {
public:
    // Throws sitefit::Error (Input) naming the feature when a polygon is invalid.
    [[nodiscard]] static core::SpatialFacts measure(
        const Workspace& workspace, core::ProgressSink& progress = core::silentProgress(),
        JoinStatistics* statistics = nullptr, std::size_t threads = 0);
};

}  // namespace sitefit::gis
