#include "sitefit/gis/drawable_layers_sink.hpp"

#include <exception>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "detail/drawable_layer_builder.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

// A layer's drawable store being indexed on a thread of its own while the next layers are
// read.
class PendingDrawable {
public:
    PendingDrawable(detail::DrawableLayerBuilder builder,
                    std::shared_ptr<const DrawableLayer>& target)
        : m_builder(std::move(builder)), m_target(target), m_thread([this] {
              try {
                  m_result = std::make_shared<const DrawableLayer>(m_builder.finish());
              } catch (...) {
                  m_failure = std::current_exception();
              }
          }) {}
    PendingDrawable(const PendingDrawable&) = delete;
    PendingDrawable& operator=(const PendingDrawable&) = delete;
    PendingDrawable(PendingDrawable&&) = delete;
    PendingDrawable& operator=(PendingDrawable&&) = delete;
    ~PendingDrawable() = default;  // joins

    // Waits for the index and puts the layer in its place.
    void collect() {
        m_thread.join();
        if (m_failure) {
            std::rethrow_exception(m_failure);
        }
        m_target = std::move(m_result);
    }

private:
    detail::DrawableLayerBuilder m_builder;
    std::shared_ptr<const DrawableLayer>& m_target;
    std::shared_ptr<const DrawableLayer> m_result;
    std::exception_ptr m_failure;
    std::jthread m_thread;  // last: starts once the rest is made, joins before it goes
};

}  // namespace

struct DrawableLayersSink::State {
    // Where a layer's drawable store goes; nullptr for a layer the map does not draw.
    std::shared_ptr<const DrawableLayer>* slot(std::string_view layer) {
        using namespace layer_names;
        return layer == kZones         ? &layers.zones
               : layer == kParcels     ? &layers.parcels
               : layer == kBuildings   ? &layers.buildings
               : layer == kEnterprises ? &layers.enterprises
                                       : nullptr;
    }

    DrawableLayers layers;
    // The layer being read, while every batch has come with GDAL's geometries.
    std::optional<detail::DrawableLayerBuilder> building;
    // Declared last: joined before the layers they fill go.
    std::vector<std::unique_ptr<PendingDrawable>> pending;
};

DrawableLayersSink::DrawableLayersSink() : m_state(std::make_unique<State>()) {}

DrawableLayersSink::~DrawableLayersSink() = default;

void DrawableLayersSink::begin(std::string_view layer, std::size_t expected) {
    m_state->building.reset();
    if (m_state->slot(layer) != nullptr) {
        m_state->building.emplace(std::string(layer), expected);
    }
}

void DrawableLayersSink::batch(const FeatureBatch& batch) {
    std::optional<detail::DrawableLayerBuilder>& building = m_state->building;
    if (!building) {
        return;
    }
    if (batch.gdal_geometries.size() != batch.size()) {
        building.reset();  // made from the final WKB at end()
        return;
    }
    for (const OGRGeometry* geometry : batch.gdal_geometries) {
        building->add(geometry);
    }
}

void DrawableLayersSink::end(const LayerEnd& end) {
    std::shared_ptr<const DrawableLayer>* slot = m_state->slot(end.layer);
    std::optional<detail::DrawableLayerBuilder> building = std::move(m_state->building);
    m_state->building.reset();
    if (slot == nullptr) {
        return;
    }
    if (building && end.set_aside.empty() && building->size() == end.geometries.size()) {
        m_state->pending.push_back(std::make_unique<PendingDrawable>(std::move(*building), *slot));
    } else {
        *slot = std::make_shared<const DrawableLayer>(end.geometries, std::string(end.layer));
    }
}

void DrawableLayersSink::failed() noexcept {
    m_state->pending.clear();  // joins the indexing threads
    m_state->building.reset();
    m_state->layers = {};
}

DrawableLayers DrawableLayersSink::take() {
    for (const std::unique_ptr<PendingDrawable>& pending : m_state->pending) {
        pending->collect();
    }
    m_state->pending.clear();
    return std::exchange(m_state->layers, {});
}

}  // namespace sitefit::gis
