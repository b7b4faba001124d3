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
class QStandardItemModel;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace sitefit::gui {

class WorkspaceDocument;

// For the selected project: the ranked candidate sites with score and a bar per criterion,
// and the rejected sites with every reason (constraint, required, actual). Selecting a site
// highlights it on the map; the context menu asks to pin or exclude it for the allocation
// (a pending edit of the workspace's plan_links, made by the window).
class CandidatesPanel : public Retranslating<QWidget> {
    Q_OBJECT
public:
    explicit CandidatesPanel(WorkspaceDocument& document, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* candidatesTable() const { return m_table; }
    [[nodiscard]] QStandardItemModel* candidatesModel() const { return m_model; }
    [[nodiscard]] QTreeWidget* rejectionsTree() const { return m_rejected; }

signals:
    void zoomToFeaturesRequested(const std::vector<sitefit::gui::FeatureRef>& features);
    // As AllocationPanel::planLinkRequested.
    void planLinkRequested(const std::string& project, const std::string& site,
                           std::optional<sitefit::core::PlanLinkKind> kind);

private:
    void fill();
    void showSelection();
    void showContextMenu(const QPoint& position);
    void retranslateUi() override;
    [[nodiscard]] std::optional<std::size_t> siteAtRow(int proxy_row) const;

    WorkspaceDocument& m_document;
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTreeWidget* m_rejected = nullptr;
    bool m_syncing = false;
};

}  // namespace sitefit::gui
