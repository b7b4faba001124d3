#pragma once

#include <QWidget>
#include <optional>

#include "sitefit/gui/map_results.hpp"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sitefit::gui {

class WorkspaceDocument;

// The attributes and derived figures of the feature the planner clicked: for a parcel its
// area in 亩 and m², coverage, FAR, buildable floor area and zone; for a building its floor
// area and vacancy; for a zone its capacity; for an enterprise its place in the chains.
// When the feature is a site of the selected project it also says how that project fares
// there (rank and score, or why it is rejected).
class IdentifyPanel : public QWidget {
    Q_OBJECT
public:
    explicit IdentifyPanel(const WorkspaceDocument& document, QWidget* parent = nullptr);

    void showFeature(std::optional<FeatureRef> feature);
    [[nodiscard]] std::optional<FeatureRef> feature() const { return m_feature; }
    // Every "field: value" line shown, for tests and copying.
    [[nodiscard]] QStringList lines() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QTreeWidgetItem* addSection(const QString& title);
    void addRow(QTreeWidgetItem* section, const QString& field, const QString& value);
    void showParcel(std::size_t parcel);
    void showBuilding(std::size_t building);
    void showZone(std::size_t zone);
    void showEnterprise(std::size_t enterprise);
    void showSiteForProject(const FeatureRef& feature);
    [[nodiscard]] QString zoneText(const std::optional<std::size_t>& zone) const;

    const WorkspaceDocument& m_document;
    std::optional<FeatureRef> m_feature;
    QLabel* m_title = nullptr;
    QTreeWidget* m_tree = nullptr;
};

}  // namespace sitefit::gui
