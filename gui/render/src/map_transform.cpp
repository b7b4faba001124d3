#include "sitefit/gui/map_transform.hpp"

#include <algorithm>

namespace sitefit::gui {
namespace {

constexpr double kMetresPerInch = 0.0254;

}  // namespace

MapTransform::MapTransform(const gis::Envelope& extent, QSize size)
    : m_size(std::max(size.width(), 1), std::max(size.height(), 1)) {
    // A degenerate request (empty, a point, a line) still needs a finite scale: give it one
    // metre so the transform stays invertible.
    const double cx = extent.empty() ? 0.0 : (extent.min_x + extent.max_x) / 2.0;
    const double cy = extent.empty() ? 0.0 : (extent.min_y + extent.max_y) / 2.0;
    const double width = std::max(extent.width(), 1.0);
    const double height = std::max(extent.height(), 1.0);
    m_metresPerPixel = std::max(width / m_size.width(), height / m_size.height());
    const double halfWidth = m_metresPerPixel * m_size.width() / 2.0;
    const double halfHeight = m_metresPerPixel * m_size.height() / 2.0;
    m_visible = gis::Envelope{cx - halfWidth, cy - halfHeight, cx + halfWidth, cy + halfHeight};
}

QPointF MapTransform::toPixel(double x, double y) const noexcept {
    return {(x - m_visible.min_x) / m_metresPerPixel, (m_visible.max_y - y) / m_metresPerPixel};
}

QPointF MapTransform::toWorld(QPointF pixel) const noexcept {
    return {m_visible.min_x + pixel.x() * m_metresPerPixel,
            m_visible.max_y - pixel.y() * m_metresPerPixel};
}

double MapTransform::scaleDenominator(double dpi) const noexcept {
    return m_metresPerPixel * dpi / kMetresPerInch;
}

}  // namespace sitefit::gui
