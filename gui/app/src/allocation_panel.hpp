#pragma once

#include <QWidget>
#include <cstddef>
#include <optional>
#include <vector>

#include "sitefit/gui/map_results.hpp"

class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace sitefit::gui {

class BackgroundTask;
class WorkspaceDocument;

// The allocation: runs it in the background (every project at once, as `sitefit allocate`
// does), shows the plan (project, site, zone, score, rank), the projects left out and why,
// and the planner's pins and exclusions, set from the context menus here and in the
// candidates panel. Changing pins or exclusions reruns an existing plan.
class AllocationPanel : public QWidget {
    Q_OBJECT
public:
    AllocationPanel(WorkspaceDocument& document, BackgroundTask& task, QWidget* parent = nullptr);

    // Starts the allocation with the current requirements, pins and exclusions.
    void run();

    [[nodiscard]] QTableView* planTable() const { return m_table; }
    [[nodiscard]] QStandardItemModel* planModel() const { return m_model; }
    [[nodiscard]] QTreeWidget* unplacedTree() const { return m_unplaced; }
    [[nodiscard]] QString summary() const;

signals:
    void zoomToFeaturesRequested(const std::vector<sitefit::gui::FeatureRef>& features);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void fillRequest();
    void showSelection();
    void showPlanMenu(const QPoint& position);
    void showRequestMenu(const QPoint& position);
    void retranslateUi();
    [[nodiscard]] QString unplacedReason(std::size_t index) const;

    WorkspaceDocument& m_document;
    BackgroundTask& m_task;
    QPushButton* m_run = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QLabel* m_unplacedTitle = nullptr;
    QTreeWidget* m_unplaced = nullptr;
    QLabel* m_requestTitle = nullptr;
    QListWidget* m_request = nullptr;
    bool m_syncing = false;
};

}  // namespace sitefit::gui
