#pragma once

#include <QWidget>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "retranslating.hpp"
#include "sitefit/core/plan_link.hpp"
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
// does, with the workspace's stored pins and exclusions), shows the plan (project, site,
// zone, score, rank), the projects left out and why, and the pins and exclusions: stored
// ones, unsaved ones (marked), and sites closed for the session. Pinning or excluding from
// the context menus here and in the candidates panel asks for a pending edit (the window
// puts it on the undo stack); changing the links reruns an existing plan at once (a
// what-if, before any save).
class AllocationPanel : public Retranslating<QWidget> {
    Q_OBJECT
public:
    AllocationPanel(WorkspaceDocument& document, BackgroundTask& task, QWidget* parent = nullptr);

    // Starts the allocation with the current requirements, pins and exclusions.
    void run();

    [[nodiscard]] QTableView* planTable() const { return m_table; }
    [[nodiscard]] QStandardItemModel* planModel() const { return m_model; }
    [[nodiscard]] QTreeWidget* unplacedTree() const { return m_unplaced; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QListWidget* requestList() const { return m_request; }

signals:
    void zoomToFeaturesRequested(const std::vector<sitefit::gui::FeatureRef>& features);
    // The planner asks that the pair hold `kind` (nullopt: remove its link).
    void planLinkRequested(const std::string& project, const std::string& site,
                           std::optional<sitefit::core::PlanLinkKind> kind);
    // The planner asks to remove every pin and exclusion.
    void clearLinksRequested();

private:
    void fill();
    void fillRequest();
    void showSelection();
    void showPlanMenu(const QPoint& position);
    void showRequestMenu(const QPoint& position);
    // Removes row `index` of planLinks() (kind 0: asks for the pending removal) or of
    // closedSites() (kind 1).
    void removeRequestItem(int kind, std::size_t index);
    void retranslateUi() override;
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
