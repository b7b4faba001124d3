#pragma once

#include <QWidget>
#include <vector>

#include "retranslating.hpp"
#include "sitefit/gis/edit_log_reader.hpp"

class QLabel;
class QTableWidget;

namespace sitefit::gui {

// The Edit Log panel: the workspace's edit_log rows (gis::EditLogReader), newest first:
// when, who, which row, which field, old and new value. Read again after each save and on
// opening a workspace.
class EditLogView : public Retranslating<QWidget> {
    Q_OBJECT
public:
    explicit EditLogView(QWidget* parent = nullptr);

    // Reads the log of `workspace` ("" shows nothing). A log that cannot be read is shown as
    // a message, never thrown.
    void refresh(const QString& workspace);
    [[nodiscard]] const std::vector<gis::EditLogEntry>& entries() const noexcept {
        return m_entries;
    }
    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    void fill();
    void retranslateUi() override;

    QString m_workspace;
    QString m_problem;
    std::vector<gis::EditLogEntry> m_entries;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

}  // namespace sitefit::gui
