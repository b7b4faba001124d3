#pragma once

#include <cstddef>
#include <optional>

#include "layer_painter.hpp"

class QPainter;

namespace sitefit::gui::detail {

// Level of detail for the interactive map. A feature layer (parcels, buildings,
// enterprises) with more features in view than `budget` is drawn as a density surface: the
// view is cut into cells a few pixels wide, each shaded by how many features have their
// envelope's centre in it. One pass over the envelopes replaces a million polygon fills,
// and the map shows where the buildings are instead of a grey smear; once the user zooms
// in far enough that at most `budget` are in view, they are drawn one by one.
//
// Returns the number of features in view when the layer was drawn as density, 0 when it
// is within the budget (nothing drawn: draw it with paintLayer), nullopt when cancelled.
// budget 0 means no limit. Any thread.
[[nodiscard]] std::optional<std::size_t> paintDensityWhenDense(QPainter& painter,
                                                               const LayerPaintContext& context,
                                                               std::size_t budget,
                                                               const CancelFlag* cancel);

}  // namespace sitefit::gui::detail
