#include "page_canvas.hpp"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "sitefit/gui/map_export.hpp"

namespace sitefit::gui::detail {

using namespace brochure_colours;

PageCanvas::PageCanvas(QPainter& painter, double dpi) : m_painter(painter), m_dpi(dpi) {
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
}

QRectF PageCanvas::rect(double x_mm, double y_mm, double w_mm, double h_mm) const {
    return {px(x_mm), px(y_mm), px(w_mm), px(h_mm)};
}

QFont PageCanvas::font(double point_size, bool bold) const {
    QFont font;
    // WenQuanYi first: Chinese names must never fall back to boxes, and a PDF embeds it.
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    // Pixel sizes: the page's idea of its resolution must not change the type size.
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(point_size * m_dpi / 72.0))));
    font.setBold(bold);
    return font;
}

void PageCanvas::fill(const QRectF& rect_mm, const QColor& colour) {
    m_painter.fillRect(
        QRectF(px(rect_mm.x()), px(rect_mm.y()), px(rect_mm.width()), px(rect_mm.height())),
        colour);
}

double PageCanvas::text(const QRectF& rect_mm, const QString& text, const QFont& font,
                        const QColor& colour, int flags, bool wrap) {
    const QRectF box(px(rect_mm.x()), px(rect_mm.y()), px(rect_mm.width()), px(rect_mm.height()));
    m_painter.setFont(font);
    m_painter.setPen(colour);
    if (wrap) {
        QRectF used;
        m_painter.drawText(box, flags | Qt::TextWordWrap, text, &used);
        return used.height() * 25.4 / m_dpi;
    }
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, box.width());
    m_painter.drawText(box, flags | Qt::TextSingleLine, shown);
    return metrics.height() * 25.4 / m_dpi;
}

void PageCanvas::tiles(const QRectF& area_mm, const std::vector<FigureTile>& tiles) {
    if (tiles.empty()) {
        return;
    }
    constexpr double kGapMm = 4.0;
    const double width = (area_mm.width() - kGapMm * static_cast<double>(tiles.size() - 1)) /
                         static_cast<double>(tiles.size());
    const QFont valueFont = font(17.0, true);
    const QFont unitFont = font(9.0, false);
    const QFont labelFont = font(8.0, false);
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const double x = area_mm.x() + static_cast<double>(i) * (width + kGapMm);
        fill(QRectF(x, area_mm.y(), width, area_mm.height()), kPrimaryLight);
        fill(QRectF(x, area_mm.y(), 1.3, area_mm.height()), kAccent);
        const FigureTile& tile = tiles[i];
        const QFontMetricsF valueMetrics(valueFont);
        const double valueTop = area_mm.y() + 3.0;
        const double valueWidthMm =
            std::min(valueMetrics.horizontalAdvance(tile.value) * 25.4 / m_dpi, width - 6.0);
        text(QRectF(x + 4.0, valueTop, width - 6.0, 9.0), tile.value, valueFont, kPrimary,
             Qt::AlignLeft | Qt::AlignBottom);
        text(QRectF(x + 4.0 + valueWidthMm + 1.2, valueTop, width - 7.0 - valueWidthMm, 8.6),
             tile.unit, unitFont, kPrimary, Qt::AlignLeft | Qt::AlignBottom);
        text(QRectF(x + 4.0, valueTop + 10.0, width - 6.0, area_mm.height() - 13.0), tile.label,
             labelFont, kMuted, Qt::AlignLeft | Qt::AlignTop, true);
    }
}

double PageCanvas::table(double x_mm, double y_mm, double width_mm,
                         const std::vector<TableColumn>& columns,
                         const std::vector<std::vector<QString>>& rows, double header_mm,
                         double row_mm) {
    double total = 0.0;
    for (const TableColumn& column : columns) {
        total += column.share;
    }
    std::vector<double> lefts;
    std::vector<double> widths;
    double x = x_mm;
    for (const TableColumn& column : columns) {
        lefts.push_back(x);
        widths.push_back(width_mm * column.share / total);
        x += widths.back();
    }
    constexpr double kPadMm = 1.1;
    fill(QRectF(x_mm, y_mm, width_mm, header_mm), kPrimary);
    const QFont headerFont = font(6.8, true);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const int align = static_cast<int>((columns[c].numeric ? Qt::AlignRight : Qt::AlignLeft) |
                                           Qt::AlignVCenter);
        text(QRectF(lefts[c] + kPadMm, y_mm, widths[c] - 2 * kPadMm, header_mm), columns[c].title,
             headerFont, Qt::white, align, true);
    }
    const QFont cellFont = font(7.2, false);
    const QFont firstFont = font(7.2, true);
    double y = y_mm + header_mm;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (r % 2 == 1) {
            fill(QRectF(x_mm, y, width_mm, row_mm), kZebra);
        }
        for (std::size_t c = 0; c < columns.size() && c < rows[r].size(); ++c) {
            const int align = static_cast<int>(
                (columns[c].numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            text(QRectF(lefts[c] + kPadMm, y, widths[c] - 2 * kPadMm, row_mm), rows[r][c],
                 c == 0 ? firstFont : cellFont, c == 0 ? kAccent.darker(115) : kInk, align);
        }
        y += row_mm;
    }
    m_painter.setPen(QPen(kRule, px(0.2)));
    m_painter.drawLine(QPointF(px(x_mm), px(y)), QPointF(px(x_mm + width_mm), px(y)));
    return y - y_mm;
}

void PageCanvas::map(const QRectF& rect_mm, MapSnapshot snapshot, const MapOverlay& overlay) {
    const QRectF box(px(rect_mm.x()), px(rect_mm.y()), px(rect_mm.width()), px(rect_mm.height()));
    snapshot.settings.size = QSize(static_cast<int>(box.width()), static_cast<int>(box.height()));
    snapshot.settings.dpi = m_dpi;
    m_painter.save();
    m_painter.translate(box.topLeft());
    paintMap(m_painter, snapshot);
    if (overlay) {
        overlay(m_painter, snapshot);
    }
    MapLayout layout;
    layout.legend = false;
    drawDecorations(m_painter, snapshot, layout);
    m_painter.restore();
    m_painter.setPen(QPen(kRule, px(0.3)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(box);
}

double PageCanvas::legendStrip(const QRectF& rect_mm, const std::vector<LegendGroup>& groups) {
    const QFont titleFont = font(6.8, true);
    const QFont entryFont = font(6.8, false);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF entryMetrics(entryFont);
    const double lineMm = 4.2;
    const double swatchW = 4.0;
    const double swatchH = 2.6;
    double x = rect_mm.x();
    double y = rect_mm.y();
    const auto advance = [this](const QFontMetricsF& metrics, const QString& text) {
        return metrics.horizontalAdvance(text) * 25.4 / m_dpi;
    };
    const auto ensure = [&](double width) {
        if (x + width > rect_mm.right() && x > rect_mm.x()) {
            x = rect_mm.x();
            y += lineMm;
        }
    };
    for (const LegendGroup& group : groups) {
        const double titleWidth = advance(titleMetrics, group.title + QStringLiteral(":"));
        ensure(titleWidth + 8.0);
        text(QRectF(x, y, titleWidth + 1.0, lineMm), group.title + QStringLiteral(":"), titleFont,
             kInk, Qt::AlignLeft | Qt::AlignVCenter);
        x += titleWidth + 1.8;
        for (const LegendEntry& entry : group.entries) {
            const double width = swatchW + 1.2 + advance(entryMetrics, entry.label) + 3.0;
            ensure(width);
            const QRectF swatch(px(x), px(y + (lineMm - swatchH) / 2.0), px(swatchW), px(swatchH));
            m_painter.save();
            if (entry.symbol == LegendEntry::Symbol::Point) {
                m_painter.setPen(QPen(entry.stroke, px(0.15)));
                m_painter.setBrush(entry.fill);
                m_painter.drawEllipse(swatch.center(), swatch.height() / 2.0,
                                      swatch.height() / 2.0);
            } else if (entry.symbol == LegendEntry::Symbol::Outline) {
                m_painter.setPen(QPen(entry.stroke, px(0.4)));
                m_painter.setBrush(Qt::NoBrush);
                m_painter.drawRect(swatch);
            } else {
                m_painter.setPen(QPen(entry.stroke, px(0.2)));
                m_painter.setBrush(entry.fill);
                m_painter.drawRect(swatch);
            }
            m_painter.restore();
            text(QRectF(x + swatchW + 1.2, y, width, lineMm), entry.label, entryFont, kInk,
                 Qt::AlignLeft | Qt::AlignVCenter);
            x += width;
        }
        x += 2.5;
    }
    return y + lineMm - rect_mm.y();
}

void PageCanvas::footer(const QString& left, int page, int pages) {
    const double y = kPageHeightMm - 11.0;
    m_painter.setPen(QPen(kRule, px(0.25)));
    m_painter.drawLine(QPointF(px(kMarginMm), px(y)), QPointF(px(kPageWidthMm - kMarginMm), px(y)));
    const QFont small = font(7.0, false);
    const double width = kPageWidthMm - 2 * kMarginMm;
    text(QRectF(kMarginMm, y + 1.2, width * 0.75, 5.0), left, small, kMuted,
         Qt::AlignLeft | Qt::AlignVCenter);
    text(QRectF(kMarginMm + width * 0.6, y + 1.2, width * 0.4, 5.0),
         QCoreApplication::translate("sitefit::gui::Listing", "Page %1 of %2").arg(page).arg(pages),
         font(7.0, true), kPrimary, Qt::AlignRight | Qt::AlignVCenter);
}

}  // namespace sitefit::gui::detail
