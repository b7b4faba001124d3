#pragma once

#include <QWidget>
#include <cstddef>
#include <optional>

#include "retranslating.hpp"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace sitefit::gui {

class RequirementEditor;
class WorkspaceDocument;

// The incoming projects as a table (id, name, category, need, size, priority, needed by,
// where the plan put it) above the selected project's requirement editor. Selecting a row
// selects the project everywhere (candidates, map).
class ProjectsPanel : public Retranslating<QWidget> {
    Q_OBJECT
public:
    explicit ProjectsPanel(WorkspaceDocument& document, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QStandardItemModel* model() const { return m_model; }
    // Shown instead of the table when the open workspace has no projects.
    [[nodiscard]] QLabel* emptyNote() const { return m_emptyNote; }
    // The selected project's requirements (the planner's field set), below the table.
    [[nodiscard]] RequirementEditor* requirementEditor() const { return m_form; }
    // Selects the row of a project (as a click would).
    void selectProject(std::size_t project);

private:
    void fill();
    void updateRow(std::size_t project);
    void showSelectedProject();
    void retranslateUi() override;
    void showOrHideEmptyNote();
    [[nodiscard]] int sourceRowOf(std::size_t project) const;

    WorkspaceDocument& m_document;
    QLineEdit* m_filter = nullptr;
    QLabel* m_emptyNote = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    RequirementEditor* m_form = nullptr;
    bool m_syncing = false;
};

}  // namespace sitefit::gui
