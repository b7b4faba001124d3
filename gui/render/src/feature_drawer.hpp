#pragma once

#include <QBrush>
#include <QPainterPath>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <vector>

#include "sitefit/gis/drawable_layer.hpp"
#include "sitefit/gui/map_transform.hpp"

class QPainter;

namespace sitefit::gui::detail {

// The pen, brush and dot colour of one class, made once per layer: switching class between
// features then copies shared handles instead of allocating new brush data.
struct ClassPaint {
    QPen pen;
    QBrush brush;
    QRgb dot = 0;  // premultiplied, for features smaller than a pixel
    // Tiny polygons are normally filled without their outline: a hairline around a
    // two-pixel building is all outline, darkens the fill and costs a stroke. Highlights
    // (candidates, placed sites, the selection) keep theirs.
    bool outline_when_small = false;
};

[[nodiscard]] ClassPaint classPaint(const QColor& fill, const QColor& outline, double width_px);

// Turns features' coordinates (workspace CRS) into device pixels and draws them, the way a
// GIS draws many features fast: a feature smaller than a pixel is one pixel, outline
// vertices closer than half a pixel to the last kept one are dropped, and the buffers are
// reused from feature to feature so the draw loop allocates nothing.
// One drawer per painter and thread.
class FeatureDrawer {
public:
    FeatureDrawer(QPainter& painter, const MapTransform& transform, double dpi);

    [[nodiscard]] QPointF toPixel(double x, double y) const noexcept {
        return {(x - m_minX) * m_pixelsPerMetre, (m_maxY - y) * m_pixelsPerMetre};
    }
    [[nodiscard]] QRectF pixelEnvelope(const gis::Envelope& envelope) const noexcept {
        return {(envelope.min_x - m_minX) * m_pixelsPerMetre,
                (m_maxY - envelope.max_y) * m_pixelsPerMetre, envelope.width() * m_pixelsPerMetre,
                envelope.height() * m_pixelsPerMetre};
    }

    // Makes `paint` (which must outlive the drawing) the pen and brush of what follows.
    void select(QPainter& painter, const ClassPaint& paint);

    // A polygon or multipolygon (holes by the odd-even rule) in the selected paint.
    void drawPolygon(QPainter& painter, const gis::DrawableFeature& feature);

    // A point as a circle of `radius_px` in the selected paint.
    void drawPoint(QPainter& painter, const gis::DrawableFeature& feature, double radius_px);

private:
    void drawDot(QPainter& painter, const QPointF& centre, const ClassPaint& paint);
    void thinRing(const gis::DrawableFeature& feature, std::size_t ring);
    void setOutline(QPainter& painter, bool on);

    double m_minX;
    double m_maxY;
    double m_pixelsPerMetre;
    double m_outlineMinPx;
    const ClassPaint* m_paint = nullptr;
    bool m_outlineOn = true;
    QPen m_noPen{Qt::NoPen};
    std::vector<QPointF> m_ring;
    QPainterPath m_path;
    // The image's pixels when dots may be stored directly (see the constructor).
    uchar* m_pixels = nullptr;
    qsizetype m_bytesPerLine = 0;
    int m_width = 0;
    int m_height = 0;
};

}  // namespace sitefit::gui::detail
