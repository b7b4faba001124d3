#include "record_table.hpp"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStandardItem>
#include <QTableView>
#include <utility>

namespace sitefit::gui {

QTableView* makeRecordTable(QWidget* parent, const char* name, QAbstractItemModel* model) {
    auto* table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void onRecordChosen(QTableView* table, QObject* context,
                    std::function<void(const QModelIndex& row)> chosen) {
    QObject::connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, context,
                     [table, chosen = std::move(chosen)] {
                         const QModelIndexList rows = table->selectionModel()->selectedRows();
                         if (!rows.isEmpty()) {
                             chosen(rows.first());
                         }
                     });
}

QStandardItem* recordCell(const QString& text, Qt::Alignment alignment) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

}  // namespace sitefit::gui
