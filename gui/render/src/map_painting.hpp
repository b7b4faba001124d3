#pragma once

#include <QImage>
#include <span>
#include <vector>

#include "map_labels.hpp"
#include "sitefit/gui/map_renderer.hpp"
#include "sitefit/gui/map_transform.hpp"

class QPainter;

namespace sitefit::gui::detail {

// One layer drawn on its own: its image (transparent where it has nothing) and the labels
// it asks for, placed later over all layers together.
struct LayerImage {
    QImage image;
    std::vector<LabelCandidate> labels;
    // Nothing of the layer is in view: no image was made (a full-size transparent image
    // costs more to clear and compose than most zoomed-in layers cost to draw).
    bool blank = false;
    // Features in view when the layer was drawn as a density surface (level of detail,
    // MapSettings::detail_budget); 0 when drawn one by one.
    std::size_t density_of = 0;
};

// Draws one layer of the snapshot into its own image of the transform's size. A null image
// when cancelled; a null image marked blank when the layer has nothing in view. Any thread.
[[nodiscard]] LayerImage renderLayerImage(const MapSnapshot& snapshot, const LayerSettings& layer,
                                          const MapTransform& transform, const CancelFlag* cancel);

// A layer image and the opacity to composite it with.
struct ComposedLayer {
    const LayerImage* layer = nullptr;
    double opacity = 1.0;
};

// The final picture: background, the layer images in order with their opacity, the
// selection highlight, then every layer's labels placed together (top layers' labels are
// not hidden under lower layers' fills, and no two labels overlap). Any thread.
[[nodiscard]] QImage composeMap(const MapSnapshot& snapshot, const MapTransform& transform,
                                std::span<const ComposedLayer> layers);

// The same picture painted straight onto `painter` (a PDF) as vector paths and text, in
// the device rectangle (0, 0, settings.size) at settings.dpi.
void paintMapVector(QPainter& painter, const MapSnapshot& snapshot);

}  // namespace sitefit::gui::detail
