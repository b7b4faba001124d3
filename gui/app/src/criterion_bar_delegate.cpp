#include "criterion_bar_delegate.hpp"

#include <QApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace sitefit::gui {
namespace {

constexpr int kBarWidth = 9;
constexpr int kBarGap = 3;
constexpr int kPadding = 3;

}  // namespace

CriterionBarDelegate::CriterionBarDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor CriterionBarDelegate::colourOf(core::Criterion criterion) {
    switch (criterion) {
        case core::Criterion::ChainSynergy:
            return {0x1f, 0x77, 0xb4};
        case core::Criterion::ZoneOrientation:
            return {0xff, 0x7f, 0x0e};
        case core::Criterion::SizeFit:
            return {0x2c, 0xa0, 0x2c};
        case core::Criterion::Cost:
            return {0xd6, 0x27, 0x28};
        case core::Criterion::Readiness:
            return {0x94, 0x67, 0xbd};
        case core::Criterion::JobHousing:
            return {0x8c, 0x56, 0x4b};
        case core::Criterion::PreferredZone:
            return {0xe3, 0x77, 0xc2};
        case core::Criterion::ChainGap:
            return {0x17, 0xbe, 0xcf};
    }
    return Qt::gray;
}

void CriterionBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QVariantList values = index.data(kCriteriaRole).toList();
    const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    if (values.isEmpty() || area.height() <= 0) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    int x = area.left();
    const QColor track = option.palette.color(QPalette::Mid).lighter(150);
    for (int i = 0; i < values.size() && i < static_cast<int>(core::kAllCriteria.size()); ++i) {
        const double value = std::clamp(values[i].toDouble(), 0.0, 1.0);
        const QRect full(x, area.top(), kBarWidth, area.height());
        painter->fillRect(full, track);
        const int height = static_cast<int>(std::lround(value * area.height()));
        if (height > 0) {
            painter->fillRect(QRect(x, area.bottom() - height + 1, kBarWidth, height),
                              colourOf(core::kAllCriteria[static_cast<std::size_t>(i)]));
        }
        x += kBarWidth + kBarGap;
    }
    painter->restore();
}

QSize CriterionBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int count = static_cast<int>(core::kAllCriteria.size());
    return {2 * kPadding + count * kBarWidth + (count - 1) * kBarGap, std::max(base.height(), 20)};
}

}  // namespace sitefit::gui
