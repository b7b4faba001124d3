#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

#include "map_labels.hpp"
#include "scale_bar.hpp"
#include "sitefit/gui/legend.hpp"
#include "sitefit/gui/map_export.hpp"
#include "sitefit/gui/map_transform.hpp"

namespace sitefit::gui {
namespace {

using detail::labelFont;

// Sizes at 96 dpi; everything is scaled by dpi / 96 so a print looks like the screen.
constexpr double kMarginPx = 10.0;
constexpr double kPaddingPx = 7.0;
constexpr double kNorthArrowHeightPx = 38.0;
constexpr double kSwatchWidthPx = 16.0;
constexpr double kSwatchHeightPx = 10.0;
const QColor kPanelFill(255, 255, 255, 228);
const QColor kPanelEdge(0x9a, 0x9a, 0x9a);
const QColor kInk(0x26, 0x26, 0x26);

void drawTitle(QPainter& painter, const QString& title, QSizeF size, double dpi) {
    const QFont font = labelFont(15.0, dpi, true);
    const QFontMetricsF metrics(font);
    const double unit = dpi / 96.0;
    const double width = metrics.horizontalAdvance(title);
    const QPointF baseline((size.width() - width) / 2.0, kMarginPx * unit + metrics.ascent());
    detail::drawHaloText(painter, baseline, title, font, kInk, 2.0 * unit);
}

// Small, at the bottom right, clear of the scale bar at the bottom left.
void drawFootnote(QPainter& painter, const QString& footnote, QSizeF size, double dpi) {
    const QFont font = labelFont(7.5, dpi, false);
    const QFontMetricsF metrics(font);
    const double unit = dpi / 96.0;
    const double width = metrics.horizontalAdvance(footnote);
    const QPointF baseline(std::max(kMarginPx * unit, size.width() - kMarginPx * unit - width),
                           size.height() - kMarginPx * unit - metrics.descent());
    detail::drawHaloText(painter, baseline, footnote, font, kInk, 2.0 * unit);
}

// An arrow split in a dark and a light half, with an N over it: readable over any map.
double drawNorthArrow(QPainter& painter, QSizeF size, double dpi) {
    const double unit = dpi / 96.0;
    const double height = kNorthArrowHeightPx * unit;
    const double width = height * 0.45;
    const QFont font = labelFont(9.0, dpi, true);
    const QFontMetricsF metrics(font);
    const double centreX = size.width() - kMarginPx * unit - width / 2.0 - kPaddingPx * unit;
    const double top = kMarginPx * unit + metrics.ascent() + metrics.descent();
    const QPointF tip(centreX, top);
    const QPointF left(centreX - width / 2.0, top + height);
    const QPointF right(centreX + width / 2.0, top + height);
    const QPointF notch(centreX, top + height * 0.72);
    painter.save();
    painter.setPen(QPen(kInk, 1.0 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::white);
    const std::array rightHalf{tip, right, notch};
    painter.drawPolygon(rightHalf.data(), static_cast<int>(rightHalf.size()));
    painter.setBrush(kInk);
    const std::array leftHalf{tip, notch, left};
    painter.drawPolygon(leftHalf.data(), static_cast<int>(leftHalf.size()));
    painter.restore();
    const QString north = QCoreApplication::translate("sitefit::gui::Legend", "N");
    detail::drawHaloText(painter,
                         QPointF(centreX - metrics.horizontalAdvance(north) / 2.0,
                                 kMarginPx * unit + metrics.ascent()),
                         north, font, kInk, 1.5 * unit);
    return top + height;
}

void drawSwatch(QPainter& painter, const LegendEntry& entry, const QRectF& rect, double unit) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    switch (entry.symbol) {
        case LegendEntry::Symbol::Fill:
            painter.setPen(QPen(entry.stroke, 0.8 * unit));
            painter.setBrush(entry.fill);
            painter.drawRect(rect);
            break;
        case LegendEntry::Symbol::Point: {
            const double radius = rect.height() / 2.6;
            painter.setPen(QPen(entry.stroke, 0.8 * unit));
            painter.setBrush(entry.fill);
            painter.drawEllipse(rect.center(), radius, radius);
            break;
        }
        case LegendEntry::Symbol::Outline:
            painter.setPen(QPen(entry.stroke, 2.0 * unit));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect);
            break;
    }
    painter.restore();
}

void drawLegend(QPainter& painter, const std::vector<LegendGroup>& groups, QSizeF size, double top,
                double dpi) {
    if (groups.empty()) {
        return;
    }
    const double unit = dpi / 96.0;
    const QFont titleFont = labelFont(8.0, dpi, true);
    const QFont entryFont = labelFont(7.5, dpi, false);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF entryMetrics(entryFont);
    const double padding = kPaddingPx * unit;
    const double swatchWidth = kSwatchWidthPx * unit;
    const double swatchHeight = kSwatchHeightPx * unit;
    const double swatchGap = 5.0 * unit;
    const double titleLine = titleMetrics.height() + 2.0 * unit;
    const double entryLine = std::max(entryMetrics.height(), swatchHeight) + 2.0 * unit;
    const double groupGap = 5.0 * unit;
    const double columnGap = 12.0 * unit;

    // Lines flow down a column and on into the next one to the right when the map's height
    // is used up (above the scale bar), so a long legend widens instead of being cut.
    const double columnHeight =
        size.height() - kMarginPx * unit - 42.0 * unit - top - 2.0 * padding;
    if (columnHeight < titleLine + entryLine) {
        return;
    }
    struct Line {
        const LegendGroup* group;
        const LegendEntry* entry;  // null for the group's title
        int column;
        double y;  // from the column's top
    };
    std::vector<Line> lines;
    std::vector<double> columnWidths{0.0};
    double y = 0.0;
    double tallest = 0.0;
    const auto place = [&](const LegendGroup& group, const LegendEntry* entry, double height,
                           double width, double keepWithNext) {
        if (y > 0.0 && y + height + keepWithNext > columnHeight) {
            columnWidths.push_back(0.0);
            y = 0.0;
        }
        lines.push_back({&group, entry, static_cast<int>(columnWidths.size()) - 1, y});
        columnWidths.back() = std::max(columnWidths.back(), width);
        y += height;
        tallest = std::max(tallest, y);
    };
    for (const LegendGroup& group : groups) {
        if (y > 0.0) {
            y += groupGap;
        }
        // A title never ends a column without its first entry.
        place(group, nullptr, titleLine, titleMetrics.horizontalAdvance(group.title),
              group.entries.empty() ? 0.0 : entryLine);
        for (const LegendEntry& entry : group.entries) {
            place(group, &entry, entryLine,
                  swatchWidth + swatchGap + entryMetrics.horizontalAdvance(entry.label), 0.0);
        }
    }
    double width = 2.0 * padding + columnGap * static_cast<double>(columnWidths.size() - 1);
    for (const double columnWidth : columnWidths) {
        width += columnWidth;
    }
    std::vector<double> columnLeft(columnWidths.size());
    const QRectF box(size.width() - kMarginPx * unit - width, top, width,
                     tallest + 2.0 * padding - 2.0 * unit);
    double left = box.left() + padding;
    for (std::size_t c = 0; c < columnWidths.size(); ++c) {
        columnLeft[c] = left;
        left += columnWidths[c] + columnGap;
    }
    painter.save();
    painter.setPen(QPen(kPanelEdge, 0.8 * unit));
    painter.setBrush(kPanelFill);
    painter.drawRect(box);
    for (const Line& line : lines) {
        const double lineTop = box.top() + padding + line.y;
        const double x = columnLeft[static_cast<std::size_t>(line.column)];
        painter.setPen(kInk);
        if (line.entry == nullptr) {
            painter.setFont(titleFont);
            painter.drawText(QPointF(x, lineTop + titleMetrics.ascent()), line.group->title);
            continue;
        }
        const double body = entryLine - 2.0 * unit;
        drawSwatch(painter, *line.entry,
                   QRectF(x, lineTop + (body - swatchHeight) / 2.0, swatchWidth, swatchHeight),
                   unit);
        painter.setFont(entryFont);
        painter.setPen(kInk);
        painter.drawText(
            QPointF(x + swatchWidth + swatchGap,
                    lineTop + (body - entryMetrics.height()) / 2.0 + entryMetrics.ascent()),
            line.entry->label);
    }
    painter.restore();
}

void drawScaleBar(QPainter& painter, const MapTransform& transform, QSizeF size, double dpi) {
    const double unit = dpi / 96.0;
    const detail::ScaleBar bar =
        detail::scaleBarFor(transform.metresPerPixel(), std::min(size.width() / 4.0, 220.0 * unit));
    if (bar.length_px <= 0.0) {
        return;
    }
    const QFont font = labelFont(8.0, dpi, false);
    const QFontMetricsF metrics(font);
    const double padding = kPaddingPx * unit;
    const double barHeight = 5.0 * unit;
    const double labelWidth = metrics.horizontalAdvance(bar.label);
    const double boxWidth = bar.length_px + 2.0 * padding + labelWidth / 2.0 + 2.0 * unit;
    const double boxHeight = padding + metrics.height() + 2.0 * unit + barHeight + padding;
    const QRectF box(kMarginPx * unit, size.height() - kMarginPx * unit - boxHeight, boxWidth,
                     boxHeight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(kPanelEdge, 0.8 * unit));
    painter.setBrush(kPanelFill);
    painter.drawRect(box);
    const double left = box.left() + padding;
    const double barTop = box.bottom() - padding - barHeight;
    const double segment = bar.length_px / bar.segments;
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < bar.segments; ++i) {
        painter.setBrush(i % 2 == 0 ? kInk : QColor(Qt::white));
        painter.drawRect(QRectF(left + i * segment, barTop, segment, barHeight));
    }
    painter.setPen(QPen(kInk, 1.0 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(left, barTop, bar.length_px, barHeight));
    painter.setFont(font);
    const double baseline = barTop - 2.0 * unit - metrics.descent();
    painter.drawText(QPointF(left - metrics.horizontalAdvance(QStringLiteral("0")) / 2.0, baseline),
                     QStringLiteral("0"));
    painter.drawText(QPointF(left + bar.length_px - labelWidth / 2.0, baseline), bar.label);
    painter.restore();
}

}  // namespace

void drawDecorations(QPainter& painter, const MapSnapshot& snapshot, const MapLayout& layout) {
    const MapSettings& settings = snapshot.settings;
    const QSizeF size(settings.size);
    const double dpi = settings.dpi;
    const MapTransform transform(settings.extent, settings.size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    double legendTop = kMarginPx * dpi / 96.0;
    if (layout.north_arrow) {
        legendTop = drawNorthArrow(painter, size, dpi) + 8.0 * dpi / 96.0;
    }
    if (!layout.title.isEmpty()) {
        drawTitle(painter, layout.title, size, dpi);
    }
    if (layout.legend && snapshot.data) {
        static const MapResults kNoResults;
        const MapResults& results = snapshot.results ? *snapshot.results : kNoResults;
        drawLegend(painter, legendOf(*snapshot.data, results, settings), size, legendTop, dpi);
    }
    if (layout.scale_bar) {
        drawScaleBar(painter, transform, size, dpi);
    }
    if (!layout.footnote.isEmpty()) {
        drawFootnote(painter, layout.footnote, size, dpi);
    }
    painter.restore();
}

}  // namespace sitefit::gui
