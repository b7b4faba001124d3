#pragma once

#include <QString>
#include <filesystem>

#include "sitefit/gui/map_renderer.hpp"

namespace sitefit::gui {

struct MapLayout {
    QString title;            // drawn at the top; empty for none
    bool legend = true;       // the legend of the visible layers, at the right
    bool scale_bar = true;    // bottom left, a round length in m or km
    bool north_arrow = true;  // top right
    // A line at the bottom right, e.g. that the figures exclude features set aside as flawed;
    // empty for none.
    QString footnote;
};

// Draws the layout's decorations (title, legend, scale bar, north arrow, footnote) over a map that
// fills `painter`'s device, for the snapshot's extent and size.
void drawDecorations(QPainter& painter, const MapSnapshot& snapshot, const MapLayout& layout);

// Paints the map of `snapshot` (layers, selection and labels; no decorations) onto
// `painter` as vector paths and text, in the device rectangle (0, 0, settings.size) at
// settings.dpi: for pages that place a map among other things (brochures, site cards).
// Translate the painter to where the map goes. Any thread, with a painter of its own.
void paintMap(QPainter& painter, const MapSnapshot& snapshot);

// Writes the map with its decorations to `out`: PNG (settings.size pixels) or PDF (A4
// landscape, vector, CJK fonts embedded), chosen by the extension. The file is replaced
// atomically. Throws sitefit::Error (Usage for another extension, Output when writing fails).
void exportMap(const MapSnapshot& snapshot, const MapLayout& layout,
               const std::filesystem::path& out);

}  // namespace sitefit::gui
