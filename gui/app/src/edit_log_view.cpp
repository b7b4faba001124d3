#include "edit_log_view.hpp"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitefit::gui {
namespace {

// More rows than anyone scrolls through; the whole log is in the workspace.
constexpr std::size_t kShownEntries = 5000;

}  // namespace

EditLogView::EditLogView(QWidget* parent) : Retranslating(parent) {
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("editLogSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("editLogTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void EditLogView::refresh(const QString& workspace) {
    m_workspace = workspace;
    m_entries.clear();
    m_problem.clear();
    if (!workspace.isEmpty()) {
        try {
            m_entries = gis::EditLogReader::read(workspace.toStdString(), kShownEntries);
        } catch (const std::exception& error) {
            m_problem = QString::fromUtf8(error.what());
        }
    }
    fill();
}

void EditLogView::retranslateUi() {
    m_table->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Editor"), tr("Layer"), tr("ID"),
                                        tr("Field"), tr("Old value"), tr("New value")});
    fill();
}

void EditLogView::fill() {
    m_table->setRowCount(0);
    if (!m_problem.isEmpty()) {
        m_summary->setText(tr("Cannot read the edit log: %1").arg(m_problem));
        return;
    }
    if (m_workspace.isEmpty()) {
        m_summary->setText(tr("No workspace is open."));
        return;
    }
    m_summary->setText(m_entries.empty() ? tr("No edit has been saved to this workspace yet.")
                                         : tr("%n saved change(s), newest first", "",
                                              static_cast<int>(m_entries.size())));
    const auto text = [](const std::optional<std::string>& value) {
        return value ? QString::fromStdString(*value) : tr("(empty)");
    };
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    for (int r = 0; r < static_cast<int>(m_entries.size()); ++r) {
        const gis::EditLogEntry& entry = m_entries[static_cast<std::size_t>(r)];
        const QStringList cells{QString::fromStdString(entry.edited_at),
                                QString::fromStdString(entry.editor),
                                QString::fromStdString(entry.layer),
                                QString::fromStdString(entry.object_id),
                                QString::fromStdString(entry.field),
                                text(entry.old_value),
                                text(entry.new_value)};
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    m_table->resizeColumnsToContents();
}

}  // namespace sitefit::gui
