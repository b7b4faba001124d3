#pragma once

#include <QColor>
#include <QStyledItemDelegate>

#include "sitefit/core/criterion.hpp"

namespace sitefit::gui {

// Paints a candidate's criterion values (each 0..1, in core::kAllCriteria order) as a row of
// small vertical bars, one colour per criterion, so a planner sees at a glance why a site
// ranks where it does. The cell's data under kCriteriaRole is a QVariantList of doubles;
// its tooltip names each criterion with its value.
class CriterionBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kCriteriaRole = Qt::UserRole + 10;

    explicit CriterionBarDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const override;

    // The colour of a criterion's bar (also used by the column's tooltip legend).
    [[nodiscard]] static QColor colourOf(core::Criterion criterion);
};

}  // namespace sitefit::gui
