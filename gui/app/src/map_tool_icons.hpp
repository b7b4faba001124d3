#pragma once

#include <QIcon>

namespace sitefit::gui {

// Toolbar icons for the map tools that QStyle has no standard icon for, drawn with
// QPainter so they stay sharp at any device pixel ratio.
enum class MapToolIcon {
    Pan,
    ZoomIn,
    ZoomOut,
    ZoomBox,
    ZoomFull,
    ZoomLayer,
    ZoomSelection,
    Identify,
    ExportImage,
    ExportPdf,
    Allocate
};

[[nodiscard]] QIcon mapToolIcon(MapToolIcon kind);

}  // namespace sitefit::gui
