#include "sitefit/gui/map_settings.hpp"

namespace sitefit::gui {

std::vector<LayerSettings> defaultLayerSettings() {
    std::vector<LayerSettings> layers;
    layers.reserve(kAllMapLayers.size());
    for (const MapLayerId id : kAllMapLayers) {
        LayerSettings layer;
        layer.layer = id;
        layer.theme = themesOf(id).front();
        switch (id) {
            case MapLayerId::Zones:
                // Zone names orient the reader; the zones sit under everything as a tint.
                layer.labels = true;
                break;
            case MapLayerId::Capacity:
                // An analysis view that hides the parcels when on: off until asked for.
                layer.visible = false;
                layer.opacity = 0.8;
                break;
            case MapLayerId::Candidates:
            case MapLayerId::Allocation:
                layer.labels = true;
                break;
            default:
                break;
        }
        layers.push_back(layer);
    }
    return layers;
}

}  // namespace sitefit::gui
