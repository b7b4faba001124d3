#pragma once

#include <QPointF>
#include <QSize>

#include "sitefit/gis/drawable_layer.hpp"

namespace sitefit::gui {

// The mapping between the workspace CRS (metres, y north) and the pixels of an output
// (y down). The requested extent is centred and widened on one axis to the output's
// aspect ratio, so a metre is the same number of pixels both ways.
class MapTransform {
public:
    MapTransform(const gis::Envelope& extent, QSize size);

    [[nodiscard]] QPointF toPixel(double x, double y) const noexcept;
    [[nodiscard]] QPointF toWorld(QPointF pixel) const noexcept;
    [[nodiscard]] double metresPerPixel() const noexcept { return m_metresPerPixel; }
    // The extent actually shown (the request widened to the aspect ratio).
    [[nodiscard]] gis::Envelope visibleExtent() const noexcept { return m_visible; }
    [[nodiscard]] QSize size() const noexcept { return m_size; }
    // 1:N at the given screen or print resolution.
    [[nodiscard]] double scaleDenominator(double dpi) const noexcept;

private:
    gis::Envelope m_visible;
    QSize m_size;
    double m_metresPerPixel = 1.0;
};

}  // namespace sitefit::gui
