#include "map_painting.hpp"

#include <QPainter>

#include "density_painter.hpp"
#include "layer_painter.hpp"

namespace sitefit::gui::detail {
namespace {

QImage blankImage(QSize size, const QColor& fill, double dpi) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(fill);
    return image;
}

}  // namespace

LayerImage renderLayerImage(const MapSnapshot& snapshot, const LayerSettings& layer,
                            const MapTransform& transform, const CancelFlag* cancel) {
    LayerImage result;
    static const MapResults kNoResults;
    const MapResults& results = snapshot.results ? *snapshot.results : kNoResults;
    const LayerPaintContext context{*snapshot.data, results, layer, transform,
                                    snapshot.settings.dpi};
    if (!layerShowsAnything(context)) {
        result.blank = true;
        return result;
    }
    result.image = blankImage(transform.size(), Qt::transparent, snapshot.settings.dpi);
    QPainter painter(&result.image);
    const std::optional<std::size_t> density =
        paintDensityWhenDense(painter, context, snapshot.settings.detail_budget, cancel);
    if (!density) {
        painter.end();
        return {};
    }
    if (*density > 0) {
        result.density_of = *density;
        return result;  // no labels: thousands of ids over a density surface say nothing
    }
    if (!paintLayer(painter, context, cancel, result.labels)) {
        painter.end();
        return {};
    }
    return result;
}

QImage composeMap(const MapSnapshot& snapshot, const MapTransform& transform,
                  std::span<const ComposedLayer> layers) {
    QImage image =
        blankImage(transform.size(), snapshot.settings.background, snapshot.settings.dpi);
    QPainter painter(&image);
    std::vector<LabelCandidate> labels;
    for (const ComposedLayer& layer : layers) {
        if (layer.layer == nullptr || layer.layer->image.isNull()) {
            continue;
        }
        painter.setOpacity(std::clamp(layer.opacity, 0.0, 1.0));
        painter.drawImage(QPoint(0, 0), layer.layer->image);
        labels.insert(labels.end(), layer.layer->labels.begin(), layer.layer->labels.end());
    }
    painter.setOpacity(1.0);
    if (snapshot.results && snapshot.data) {
        paintSelection(painter, *snapshot.data, *snapshot.results, transform,
                       snapshot.settings.dpi);
    }
    drawLabels(painter, std::move(labels), QRectF(QPointF(0, 0), QSizeF(transform.size())),
               snapshot.settings.dpi);
    return image;
}

void paintMapVector(QPainter& painter, const MapSnapshot& snapshot) {
    const MapSettings& settings = snapshot.settings;
    const MapTransform transform(settings.extent, settings.size);
    const QRectF bounds(QPointF(0, 0), QSizeF(settings.size));
    painter.save();
    painter.setClipRect(bounds);
    painter.fillRect(bounds, settings.background);
    static const MapResults kNoResults;
    const MapResults& results = snapshot.results ? *snapshot.results : kNoResults;
    std::vector<LabelCandidate> labels;
    if (snapshot.data) {
        for (const LayerSettings& layer : settings.layers) {
            if (!layer.visible || layer.opacity <= 0.0) {
                continue;
            }
            painter.setOpacity(std::clamp(layer.opacity, 0.0, 1.0));
            const LayerPaintContext context{*snapshot.data, results, layer, transform,
                                            settings.dpi};
            paintLayer(painter, context, nullptr, labels);
        }
        painter.setOpacity(1.0);
        paintSelection(painter, *snapshot.data, results, transform, settings.dpi);
    }
    drawLabels(painter, std::move(labels), bounds, settings.dpi);
    painter.restore();
}

}  // namespace sitefit::gui::detail
