#pragma once

#include <vector>

#include "map_labels.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_renderer.hpp"
#include "sitefit/gui/map_results.hpp"
#include "sitefit/gui/map_settings.hpp"
#include "sitefit/gui/map_transform.hpp"

class QPainter;

namespace sitefit::gui::detail {

// What painting one layer reads; nothing here is copied.
struct LayerPaintContext {
    const MapData& data;
    const MapResults& results;
    const LayerSettings& layer;
    const MapTransform& transform;
    double dpi = 96.0;  // symbol sizes are designed at 96 dpi and scaled to this
};

// The geometry behind a feature layer (parcels, buildings, enterprises; zones otherwise).
[[nodiscard]] const gis::DrawableLayer& featureSource(const MapData& data, MapLayerId layer);

// Paints one layer's features (no labels, opacity left to the caller) onto `painter`, whose
// device coordinates are the transform's pixels, and appends the layer's label candidates
// to `labels` when its labels are on. Fetches only features meeting the visible extent,
// draws features smaller than a pixel as a dot and drops outline vertices closer than half
// a pixel to the last one kept. Checks `cancel` every few hundred features; returns false
// when cancelled.
bool paintLayer(QPainter& painter, const LayerPaintContext& context, const CancelFlag* cancel,
                std::vector<LabelCandidate>& labels);

// Whether paintLayer could draw anything in the context's view: false when no feature of
// the layer (or no site of the candidates or the plan) meets the visible extent.
[[nodiscard]] bool layerShowsAnything(const LayerPaintContext& context);

// Outlines the selected features (MapResults::selection) as a highlight.
void paintSelection(QPainter& painter, const MapData& data, const MapResults& results,
                    const MapTransform& transform, double dpi);

}  // namespace sitefit::gui::detail
