#pragma once

#include <memory>
#include <string_view>

#include "sitefit/gis/drawable_layer.hpp"
#include "sitefit/gis/feature_batch_sink.hpp"

namespace sitefit::gis {

// The map's drawable layers made while a workspace is read, for whoever draws it (the map
// window, `sitefit render`, `sitefit listing`), which owns the sink and gives it to the
// reader in ReadOptions::sinks. Each spatial layer's coordinates are copied from GDAL's
// geometries as the batches come (no second parse of the WKB), and its spatial index is
// packed on a thread of its own while the next layers are read. A layer that came without
// GDAL's geometries (a PostGIS workspace, sorted after the read) or lost features at its end
// (duplicate ids) is made from its final WKB at end() instead. Either way each layer equals
// DrawableLayer made from the workspace's WKB.
//
// Thread rules: the reader's calls and take() come from one thread; the indexing threads are
// the sink's own, joined by take(), failed() and the destructor.
class DrawableLayersSink final : public FeatureBatchSink {
public:
    DrawableLayersSink();
    DrawableLayersSink(const DrawableLayersSink&) = delete;
    DrawableLayersSink& operator=(const DrawableLayersSink&) = delete;
    DrawableLayersSink(DrawableLayersSink&&) = delete;
    DrawableLayersSink& operator=(DrawableLayersSink&&) = delete;
    ~DrawableLayersSink() override;

    void begin(std::string_view layer, std::size_t expected) override;
    void batch(const FeatureBatch& batch) override;
    void end(const LayerEnd& end) override;
    void failed() noexcept override;

    // After the read: the layers made, once their indexes are packed (none for a layer the
    // workspace lacks, and none at all after failed()). The sink holds none afterwards.
    // Throws sitefit::Error when a layer could not be made.
    [[nodiscard]] DrawableLayers take();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace sitefit::gis
