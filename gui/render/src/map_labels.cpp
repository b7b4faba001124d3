#include "map_labels.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <optional>

namespace sitefit::gui::detail {
namespace {

struct LabelLook {
    double point_size;
    bool bold;
    QColor colour;
};

LabelLook lookOf(LabelKind kind) {
    switch (kind) {
        case LabelKind::Rank:
            return {10.0, true, QColor(0x1a, 0x1a, 0x1a)};
        case LabelKind::Project:
            return {8.0, true, QColor(0x08, 0x30, 0x6b)};
        case LabelKind::Zone:
            return {10.0, true, QColor(0x3b, 0x33, 0x2b)};
        case LabelKind::Figure:
            return {8.0, false, QColor(0x1f, 0x3d, 0x1f)};
        case LabelKind::Feature:
            return {6.5, false, QColor(0x40, 0x40, 0x40)};
    }
    return {8.0, false, Qt::black};
}

// Labels never touch: a little air around each keeps them apart and readable.
constexpr double kLabelGapPt = 1.5;

}  // namespace

QFont labelFont(double point_size, double dpi, bool bold) {
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("Droid Sans Fallback"),
                      QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    // Pixel sizes, not point sizes: the same map on a QImage and in a PDF must not depend on
    // the device's idea of its resolution.
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(point_size * dpi / 72.0))));
    font.setBold(bold);
    return font;
}

QFont labelFont(LabelKind kind, double dpi) {
    const LabelLook look = lookOf(kind);
    return labelFont(look.point_size, dpi, look.bold);
}

void drawHaloText(QPainter& painter, const QPointF& baseline_left, const QString& text,
                  const QFont& font, const QColor& colour, double halo_px) {
    QPainterPath outline;
    outline.addText(baseline_left, font, text);
    painter.strokePath(outline, QPen(QColor(255, 255, 255, 230), 2.0 * halo_px, Qt::SolidLine,
                                     Qt::RoundCap, Qt::RoundJoin));
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(baseline_left, text);
}

void drawLabels(QPainter& painter, std::vector<LabelCandidate> candidates, const QRectF& bounds,
                double dpi) {
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const LabelCandidate& a, const LabelCandidate& b) { return a.kind < b.kind; });
    const double gap = kLabelGapPt * dpi / 72.0;
    const double halo = 1.2 * dpi / 96.0;
    std::vector<QRectF> placed;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // One font and metrics per kind, not per label.
    std::optional<LabelKind> currentKind;
    QFont font;
    std::optional<QFontMetricsF> metrics;
    LabelLook look{};
    for (const LabelCandidate& candidate : candidates) {
        if (candidate.text.isEmpty()) {
            continue;
        }
        if (currentKind != candidate.kind) {
            currentKind = candidate.kind;
            look = lookOf(candidate.kind);
            font = labelFont(look.point_size, dpi, look.bold);
            metrics.emplace(font);
        }
        const double width = metrics->horizontalAdvance(candidate.text);
        const double height = metrics->ascent() + metrics->descent();
        const QRectF rect(candidate.anchor.x() - width / 2.0, candidate.anchor.y() - height / 2.0,
                          width, height);
        if (!candidate.fit_within.isEmpty() &&
            (width > candidate.fit_within.width() || height > candidate.fit_within.height())) {
            continue;
        }
        if (!bounds.contains(rect)) {
            continue;
        }
        const QRectF padded = rect.adjusted(-gap, -gap, gap, gap);
        const bool collides = std::any_of(placed.begin(), placed.end(), [&](const QRectF& other) {
            return other.intersects(padded);
        });
        if (collides) {
            continue;
        }
        placed.push_back(padded);
        drawHaloText(painter, QPointF(rect.left(), rect.top() + metrics->ascent()), candidate.text,
                     font, look.colour, halo);
    }
    painter.restore();
}

}  // namespace sitefit::gui::detail
