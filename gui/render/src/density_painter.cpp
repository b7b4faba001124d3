#include "density_painter.hpp"

#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace sitefit::gui::detail {
namespace {

// Envelopes between two looks at the cancel flag.
constexpr std::size_t kCancelCheckInterval = 4096;
// Cell edge at 96 dpi: small enough to keep the shape of a zone's built-up area, large
// enough that a cell usually holds several footprints.
constexpr double kCellPixels = 3.0;

bool isFeatureLayer(MapLayerId layer) {
    return layer == MapLayerId::Parcels || layer == MapLayerId::Buildings ||
           layer == MapLayerId::Enterprises;
}

// The hue of each layer's density: the ink its features are outlined in, so the surface
// reads as "many of those" in the layer's own colour family.
QColor densityColour(MapLayerId layer) {
    switch (layer) {
        case MapLayerId::Parcels:
            return {110, 92, 60};
        case MapLayerId::Enterprises:
            return {170, 40, 40};
        default:
            return {90, 90, 100};
    }
}

}  // namespace

std::optional<std::size_t> paintDensityWhenDense(QPainter& painter,
                                                 const LayerPaintContext& context,
                                                 std::size_t budget, const CancelFlag* cancel) {
    const MapLayerId id = context.layer.layer;
    if (budget == 0 || !isFeatureLayer(id)) {
        return 0;
    }
    const gis::DrawableLayer& source = featureSource(context.data, id);
    if (source.size() <= budget) {
        return 0;  // cannot exceed the budget, whatever the view: no query needed
    }
    const gis::Envelope view = context.transform.visibleExtent();
    const gis::Envelope all = source.extent();
    const bool allInView = !all.empty() && view.min_x <= all.min_x && view.min_y <= all.min_y &&
                           all.max_x <= view.max_x && all.max_y <= view.max_y;
    const std::vector<std::size_t> queried =
        allInView ? std::vector<std::size_t>{} : source.query(view);
    const std::size_t count = allInView ? source.size() : queried.size();
    if (count <= budget) {
        return 0;
    }

    const QSize size = context.transform.size();
    const double cell = std::max(2.0, std::round(kCellPixels * context.dpi / 96.0));
    const int columns = static_cast<int>(std::ceil(size.width() / cell));
    const int rows = static_cast<int>(std::ceil(size.height() / cell));
    std::vector<std::uint32_t> counts(static_cast<std::size_t>(columns) *
                                      static_cast<std::size_t>(rows));
    for (std::size_t n = 0; n < count; ++n) {
        if (cancel != nullptr && n % kCancelCheckInterval == 0 && cancel->load()) {
            return std::nullopt;
        }
        const gis::Envelope box = source.feature(allInView ? n : queried[n]).envelope;
        if (box.empty()) {
            continue;
        }
        const QPointF pixel =
            context.transform.toPixel((box.min_x + box.max_x) / 2.0, (box.min_y + box.max_y) / 2.0);
        const int column = static_cast<int>(std::floor(pixel.x() / cell));
        const int row = static_cast<int>(std::floor(pixel.y() / cell));
        if (column < 0 || row < 0 || column >= columns || row >= rows) {
            continue;  // centre outside the view: the envelope only grazes it
        }
        ++counts[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) +
                 static_cast<std::size_t>(column)];
    }

    // Shade by the logarithm of the count: footprint density spans orders of magnitude
    // between a village and a park's core, and a linear ramp would show only the core.
    const std::uint32_t densest = *std::max_element(counts.begin(), counts.end());
    const double scale = densest > 0 ? 1.0 / std::log1p(static_cast<double>(densest)) : 0.0;
    const QColor colour = densityColour(id);
    QImage cells(columns, rows, QImage::Format_ARGB32_Premultiplied);
    cells.fill(Qt::transparent);
    for (int row = 0; row < rows; ++row) {
        auto* line = reinterpret_cast<QRgb*>(cells.scanLine(row));
        for (int column = 0; column < columns; ++column) {
            const std::uint32_t n =
                counts[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) +
                       static_cast<std::size_t>(column)];
            if (n == 0) {
                continue;
            }
            const int alpha = static_cast<int>(
                std::lround(40.0 + 150.0 * std::log1p(static_cast<double>(n)) * scale));
            line[column] = qPremultiply(
                qRgba(colour.red(), colour.green(), colour.blue(), std::clamp(alpha, 0, 255)));
        }
    }
    painter.save();
    // Crisp cells: a smoothed surface would suggest a precision the count does not have.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QRectF(0.0, 0.0, columns * cell, rows * cell), cells);
    painter.restore();
    return count;
}

}  // namespace sitefit::gui::detail
