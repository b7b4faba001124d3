#pragma once

#include <QWidget>

#include "retranslating.hpp"

class QChart;
class QChartView;
class QComboBox;
class QStandardItemModel;
class QTableView;

namespace sitefit::gui {

class WorkspaceDocument;

// What each zone can still take: available land (亩), vacant floor space (m²), occupancy,
// enterprises and places left, as a table (with the district's total) and as a bar chart of
// the figure chosen above it; once there is a plan, the chart also shows what is left after
// it. Selecting a zone highlights it on the map.
class CapacityDashboard : public Retranslating<QWidget> {
    Q_OBJECT
public:
    explicit CapacityDashboard(WorkspaceDocument& document, QWidget* parent = nullptr);

    [[nodiscard]] QStandardItemModel* model() const { return m_model; }
    [[nodiscard]] QChart* chart() const;

private:
    void fill();
    void fillChart();
    void showSelection();
    void retranslateUi() override;

    WorkspaceDocument& m_document;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QComboBox* m_figure = nullptr;
    QChartView* m_chartView = nullptr;
    bool m_syncing = false;
};

}  // namespace sitefit::gui
