#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/core/spatial_facts.hpp"
#include "sitefit/gis/feature_batch_sink.hpp"
#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// How the join decided its candidate pairs: most pairs are settled by a prepared
// containment or disjointness test; only footprints that cross an edge need an overlay.
struct JoinStatistics {
    std::size_t candidate_pairs = 0;          // pairs whose envelopes meet (from the index)
    std::size_t decided_without_overlay = 0;  // settled by covers / not-intersects
    std::size_t overlays = 0;                 // intersection areas computed
    // Buildings joined while the workspace was still being read (CapacityJoin::Streaming).
    std::size_t joined_while_reading = 0;
};

// What the join does with flawed polygons and overlapping parcels.
struct JoinOptions {
    // Off: an invalid polygon is refused (an Input error naming the first one). On: each
    // is listed (CapacityJoin's `problems`) with GEOS's reason and point, and measured as
    // empty, so that the caller can set it aside and measure again.
    bool collect_invalid = false;
    // Parcels sharing more land than this are listed in SpatialFacts::parcel_pairs.
    double sliver_m2 = 1.0;
};

// Measures the spatial facts the capacity rules need (docs/capacity.md): areas, building ∩
// parcel, building ∩ zone and parcel ∩ zone areas, and the zones each enterprise stands in.
// Uses a bulk STRtree per target layer and prepared target geometries; no all-pairs loops.
// Thread rules: reentrant. Reading and checking the polygons and joining the buildings are
// shared among `threads` threads (0: one per hardware thread), each with its own GEOS
// context, prepared targets and trees; progress is reported from the calling thread only.
// The facts, the statistics and the error reported for bad data do not depend on the number
// of threads.
class CapacityJoin {
public:
    // Throws sitefit::Error (Input) naming the feature when a polygon is invalid.
    // With JoinOptions::collect_invalid, `problems` (when given) receives the invalid polygons.
    [[nodiscard]] static core::SpatialFacts measure(
        const Workspace& workspace, core::ProgressSink& progress = core::silentProgress(),
        JoinStatistics* statistics = nullptr, std::size_t threads = 0,
        const JoinOptions& options = {}, core::ProblemReport* problems = nullptr);

    // The same join, started while the workspace is read: give it to the reader in
    // ReadOptions::sinks. It copies the zones' and parcels' WKB as each layer ends and each
    // batch of footprints as it comes, and joins them on threads of its own (the read leaves
    // part of both cores idle), freeing each copy once joined; finish() does the rest once the
    // read is done. The reader waits when the footprints copied and not yet joined would
    // pass 16 MiB. The facts, statistics and errors are those of measure(); a read that
    // fails is reported as it would be without it. One read per Streaming.
    class Streaming final : public FeatureBatchSink {
    public:
        explicit Streaming(core::ProgressSink& progress = core::silentProgress(),
                           std::size_t threads = 0, const JoinOptions& options = {});
        Streaming(const Streaming&) = delete;
        Streaming& operator=(const Streaming&) = delete;
        Streaming(Streaming&&) = delete;
        Streaming& operator=(Streaming&&) = delete;
        ~Streaming() override;

        void begin(std::string_view layer, std::size_t expected) override;
        void batch(const FeatureBatch& batch) override;
        // Buildings set aside after they were joined: finish() joins them all again.
        void end(const LayerEnd& end) override;
        void failed() noexcept override;

        // Once the reader has returned `workspace` (the one it was reading). Throws
        // sitefit::Error (Input) naming the feature when a polygon is invalid.
        [[nodiscard]] core::SpatialFacts finish(const Workspace& workspace,
                                                JoinStatistics* statistics = nullptr,
                                                core::ProblemReport* problems = nullptr);

    private:
        struct State;
        std::unique_ptr<State> m_state;
    };
};

}  // namespace sitefit::gis
