#pragma once

#include <Qt>
#include <functional>

class QAbstractItemModel;
class QStandardItem;
class QString;
class QModelIndex;
class QObject;
class QTableView;
class QWidget;

namespace sitefit::gui {

// The tables of the panels (projects, candidates, allocation plan, capacity), one record a
// row, alike: whole rows selected one at a time, alternating colours, no row numbers, rows
// one line of text high, the last column filling the width.

// A table named `name` (tests and saved layouts find it by that name) showing `model`.
[[nodiscard]] QTableView* makeRecordTable(QWidget* parent, const char* name,
                                          QAbstractItemModel* model);

// Calls `chosen` with the first column of the first selected row whenever the selection of
// `table` changes to hold a row (not when it is emptied), for as long as `context` lives.
void onRecordChosen(QTableView* table, QObject* context,
                    std::function<void(const QModelIndex& row)> chosen);

// A read-only cell of such a table, its text aligned as `alignment` says and centred
// vertically. The caller's model takes ownership.
[[nodiscard]] QStandardItem* recordCell(const QString& text,
                                        Qt::Alignment alignment = Qt::AlignLeft);

}  // namespace sitefit::gui
