#pragma once

#include <QPointF>

#include "sitefit/gis/drawable_layer.hpp"

namespace sitefit::gui::detail {

// A point inside the feature where its label reads as belonging to it, workspace CRS: the
// centre of the largest polygon's envelope when that lies inside the polygon, else the middle
// of the widest inside stretch of the horizontal line through that centre (an L- or U-shaped
// zone keeps its label on its own land). A point feature's own position.
[[nodiscard]] QPointF labelAnchor(const gis::DrawableFeature& feature);

}  // namespace sitefit::gui::detail
