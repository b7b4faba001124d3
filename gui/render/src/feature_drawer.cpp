#include "feature_drawer.hpp"

#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace sitefit::gui::detail {
namespace {

// Outline vertices closer than this to the previous kept one (Manhattan, device pixels)
// change no pixel worth drawing.
constexpr double kVertexThinningPx = 0.5;
// Polygons smaller than this on screen (at 96 dpi) are filled without an outline.
constexpr double kOutlineMinPx = 3.0;

}  // namespace

ClassPaint classPaint(const QColor& fill, const QColor& outline, double width_px) {
    return ClassPaint{QPen(outline, width_px), QBrush(fill), qPremultiply(fill.rgba()), false};
}

FeatureDrawer::FeatureDrawer(QPainter& painter, const MapTransform& transform, double dpi)
    : m_minX(transform.visibleExtent().min_x),
      m_maxY(transform.visibleExtent().max_y),
      m_pixelsPerMetre(1.0 / transform.metresPerPixel()),
      m_outlineMinPx(kOutlineMinPx * dpi / 96.0) {
    m_path.setFillRule(Qt::OddEvenFill);
    // On a plain ARGB32 image a sub-pixel feature is one store into the pixel buffer, not a
    // trip through the paint engine: that is most features of a district seen whole.
    // Elsewhere (PDF, transformed, clipped or translucent painters) the painter draws it.
    QPaintDevice* device = painter.device();
    if (device != nullptr && device->devType() == QInternal::Image &&
        painter.transform().isIdentity() && !painter.hasClipping() && painter.opacity() >= 1.0) {
        auto* image = static_cast<QImage*>(device);
        if (image->format() == QImage::Format_ARGB32_Premultiplied) {
            m_pixels = image->bits();
            m_bytesPerLine = image->bytesPerLine();
            m_width = image->width();
            m_height = image->height();
        }
    }
}

void FeatureDrawer::select(QPainter& painter, const ClassPaint& paint) {
    m_paint = &paint;
    painter.setBrush(paint.brush);
    painter.setPen(paint.pen);
    m_outlineOn = true;
}

void FeatureDrawer::setOutline(QPainter& painter, bool on) {
    if (on != m_outlineOn) {
        painter.setPen(on ? m_paint->pen : m_noPen);
        m_outlineOn = on;
    }
}

void FeatureDrawer::drawPolygon(QPainter& painter, const gis::DrawableFeature& feature) {
    if (feature.xy.empty() || m_paint == nullptr) {
        return;
    }
    const ClassPaint& paint = *m_paint;
    const QRectF envelope = pixelEnvelope(feature.envelope);
    if (envelope.width() < 1.0 && envelope.height() < 1.0) {
        drawDot(painter, envelope.center(), paint);
        return;
    }
    setOutline(painter, paint.outline_when_small ||
                            std::max(envelope.width(), envelope.height()) >= m_outlineMinPx);
    if (feature.ring_ends.size() == 1) {
        thinRing(feature, 0);
        if (m_ring.size() < 3) {
            drawDot(painter, envelope.center(), paint);
            return;
        }
        painter.drawPolygon(m_ring.data(), static_cast<int>(m_ring.size()), Qt::OddEvenFill);
        return;
    }
    m_path.clear();  // keeps its allocation for the next feature
    m_path.setFillRule(Qt::OddEvenFill);
    for (std::size_t ring = 0; ring < feature.ring_ends.size(); ++ring) {
        thinRing(feature, ring);
        if (m_ring.size() < 3) {
            continue;
        }
        m_path.moveTo(m_ring.front());
        for (std::size_t i = 1; i < m_ring.size(); ++i) {
            m_path.lineTo(m_ring[i]);
        }
        m_path.closeSubpath();
    }
    if (m_path.isEmpty()) {
        drawDot(painter, envelope.center(), paint);
        return;
    }
    painter.drawPath(m_path);
}

void FeatureDrawer::drawPoint(QPainter& painter, const gis::DrawableFeature& feature,
                              double radius_px) {
    if (feature.xy.size() < 2 || m_paint == nullptr) {
        return;
    }
    setOutline(painter, true);
    painter.drawEllipse(toPixel(feature.xy[0], feature.xy[1]), radius_px, radius_px);
}

void FeatureDrawer::drawDot(QPainter& painter, const QPointF& centre, const ClassPaint& paint) {
    const double x = std::floor(centre.x());
    const double y = std::floor(centre.y());
    if (m_pixels != nullptr && qAlpha(paint.dot) == 255) {
        if (x >= 0.0 && y >= 0.0 && x < m_width && y < m_height) {
            auto* line =
                reinterpret_cast<QRgb*>(m_pixels + static_cast<qsizetype>(y) * m_bytesPerLine);
            line[static_cast<qsizetype>(x)] = paint.dot;
        }
        return;
    }
    painter.fillRect(QRectF(x, y, 1.0, 1.0), paint.brush);
}

void FeatureDrawer::thinRing(const gis::DrawableFeature& feature, std::size_t ring) {
    const std::size_t begin = ring == 0 ? 0 : feature.ring_ends[ring - 1];
    const std::size_t end = feature.ring_ends[ring];
    m_ring.clear();  // keeps its capacity
    for (std::size_t i = begin; i < end; ++i) {
        const QPointF point = toPixel(feature.xy[2 * i], feature.xy[2 * i + 1]);
        if (m_ring.empty() ||
            std::abs(point.x() - m_ring.back().x()) + std::abs(point.y() - m_ring.back().y()) >=
                kVertexThinningPx) {
            m_ring.push_back(point);
        }
    }
}

}  // namespace sitefit::gui::detail
