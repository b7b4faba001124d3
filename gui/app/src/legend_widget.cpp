#include "legend_widget.hpp"

#include <QPainter>
#include <algorithm>

namespace sitefit::gui {
namespace {

constexpr int kMargin = 6;
constexpr int kSymbolWidth = 18;
constexpr int kSymbolHeight = 12;
constexpr int kIndent = 8;
constexpr int kGroupGap = 8;

void drawSymbol(QPainter& painter, const QRect& box, const LegendEntry& entry) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    switch (entry.symbol) {
        case LegendEntry::Symbol::Fill:
            painter.setPen(QPen(entry.stroke.isValid() ? entry.stroke : entry.fill.darker(), 1.0));
            painter.setBrush(entry.fill);
            painter.drawRect(box.adjusted(0, 0, -1, -1));
            break;
        case LegendEntry::Symbol::Outline:
            painter.setPen(QPen(entry.stroke.isValid() ? entry.stroke : entry.fill, 2.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box.adjusted(1, 1, -2, -2));
            break;
        case LegendEntry::Symbol::Point: {
            const int d = std::min(box.width(), box.height()) - 2;
            painter.setPen(QPen(entry.stroke.isValid() ? entry.stroke : entry.fill.darker(), 1.0));
            painter.setBrush(entry.fill);
            painter.drawEllipse(QRect(box.center().x() - d / 2, box.center().y() - d / 2, d, d));
            break;
        }
    }
    painter.restore();
}

}  // namespace

LegendWidget::LegendWidget(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("legend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setAutoFillBackground(true);
}

void LegendWidget::setLegend(std::vector<LegendGroup> groups) {
    m_groups = std::move(groups);
    updateGeometry();
    adjustSize();
    update();
}

int LegendWidget::contentHeight() const {
    const QFontMetrics metrics(font());
    const int line = std::max(metrics.height(), kSymbolHeight) + 3;
    int height = kMargin;
    for (const LegendGroup& group : m_groups) {
        height += line + static_cast<int>(group.entries.size()) * line + kGroupGap;
    }
    return height + kMargin;
}

QSize LegendWidget::sizeHint() const {
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int width = 120;
    for (const LegendGroup& group : m_groups) {
        width = std::max(width, boldMetrics.horizontalAdvance(group.title) + 2 * kMargin);
        for (const LegendEntry& entry : group.entries) {
            width = std::max(width, kMargin + kIndent + kSymbolWidth + 6 +
                                        metrics.horizontalAdvance(entry.label) + kMargin);
        }
    }
    return {width, contentHeight()};
}

QSize LegendWidget::minimumSizeHint() const {
    return {100, contentHeight()};
}

void LegendWidget::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    const QFontMetrics metrics(font());
    const int line = std::max(metrics.height(), kSymbolHeight) + 3;
    QFont bold = font();
    bold.setBold(true);
    int y = kMargin;
    painter.setPen(palette().color(QPalette::WindowText));
    if (m_groups.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, tr("No visible layer"));
        return;
    }
    for (const LegendGroup& group : m_groups) {
        painter.setFont(bold);
        painter.drawText(QRect(kMargin, y, width() - 2 * kMargin, line),
                         Qt::AlignVCenter | Qt::AlignLeft, group.title);
        y += line;
        painter.setFont(font());
        for (const LegendEntry& entry : group.entries) {
            const QRect symbol(kMargin + kIndent, y + (line - kSymbolHeight) / 2, kSymbolWidth,
                               kSymbolHeight);
            drawSymbol(painter, symbol, entry);
            painter.drawText(QRect(symbol.right() + 6, y, width() - symbol.right() - 6, line),
                             Qt::AlignVCenter | Qt::AlignLeft, entry.label);
            y += line;
        }
        y += kGroupGap;
    }
}

}  // namespace sitefit::gui
