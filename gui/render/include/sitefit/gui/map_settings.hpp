#pragma once

#include <QColor>
#include <QSize>
#include <QString>
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
    bool operator==(const MapSettings&) const = default;
};

// Every layer in default order with its default theme; candidates and allocation labelled.
[[nodiscard]] std::vector<LayerSettings> defaultLayerSettings();

}  // namespace sitefit::gui
