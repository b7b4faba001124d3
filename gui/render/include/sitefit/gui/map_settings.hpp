#pragma once

#include <QColor>
#include <QSize>
#include <QString>
#include <cstddef>
#include <vector>

#include "sitefit/gis/drawable_layer.hpp"
#include "sitefit/gui/map_layer.hpp"

namespace sitefit::gui {

struct LayerSettings {
    MapLayerId layer = MapLayerId::Zones;
    bool visible = true;
    double opacity = 1.0;  // 0..1
    Theme theme = Theme::Single;
    bool labels = false;  // zone names, parcel ids, rank numbers, project ids
    bool operator==(const LayerSettings&) const = default;
};

// What to draw and where: a plain value the GUI thread copies into each render request.
struct MapSettings {
    gis::Envelope extent;  // the area to show, workspace CRS; widened to the output's aspect
    QSize size{800, 600};  // output size in device pixels
    double dpi = 96.0;     // for the scale denominator and symbol sizes in print
    std::vector<LayerSettings> layers;  // bottom to top; layers not listed are not drawn
    QColor background{Qt::white};
    // Level of detail: a parcel, building or enterprise layer with more features in view
    // than this is drawn as a density surface instead of one by one (a million footprints
    // at full extent are a grey smear, and drawing them all costs most of a frame); zooming
    // in until fewer are in view draws them. 0: always every feature (exports, the CLI).
    std::size_t detail_budget = 0;
    bool operator==(const MapSettings&) const = default;
};

// Every layer in default order with its default theme; candidates and allocation labelled.
[[nodiscard]] std::vector<LayerSettings> defaultLayerSettings();

}  // namespace sitefit::gui
