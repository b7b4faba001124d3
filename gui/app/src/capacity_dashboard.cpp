#include "capacity_dashboard.hpp"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

#include "domain_labels.hpp"
#include "figure_text.hpp"
#include "record_table.hpp"
#include "sitefit/core/units.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {
namespace {

constexpr int kZoneRole = Qt::UserRole + 1;
constexpr int kNoZone = -1;

// The figures first: they are what a planner reads; names and kinds are long.
enum Column {
    Zone,
    AvailableLand,
    VacantSpace,
    Occupancy,
    Enterprises,
    PlacesLeft,
    Name,
    Kind,
    ColumnCount
};

enum class Figure { AvailableLand, VacantSpace, Occupancy, PlacesLeft };

// Figures, right-aligned unless said otherwise.
QStandardItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignRight) {
    return recordCell(text, alignment);
}

double figureOf(const core::ZoneCapacity& zone, Figure figure) {
    switch (figure) {
        case Figure::AvailableLand:
            return zone.available_land_mu;
        case Figure::VacantSpace:
            return zone.vacant_m2;
        case Figure::Occupancy:
            return zone.occupancy * 100.0;
        case Figure::PlacesLeft:
            return zone.places_left.value_or(0);
    }
    return 0.0;
}

}  // namespace

CapacityDashboard::CapacityDashboard(WorkspaceDocument& document, QWidget* parent)
    : Retranslating(parent), m_document(document) {
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_table = makeRecordTable(this, "capacityTable", m_model);

    m_figure = new QComboBox(this);
    m_figure->setObjectName(QStringLiteral("capacityFigure"));
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(160);

    auto* chartBox = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_figure);
    chartLayout->addWidget(m_chartView, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 440});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_figure, &QComboBox::currentIndexChanged, this, [this] { fillChart(); });
    onRecordChosen(m_table, this, [this](const QModelIndex& row) {
        if (m_syncing) {
            return;
        }
        const int zone = m_model->item(row.row(), 0)->data(kZoneRole).toInt();
        if (zone != kNoZone) {
            m_document.setSelection(
                {FeatureRef{MapLayerId::Zones, static_cast<std::size_t>(zone)}});
        }
    });
    connect(&m_document, &WorkspaceDocument::opened, this, &CapacityDashboard::fill);
    connect(&m_document, &WorkspaceDocument::closed, this, &CapacityDashboard::fill);
    connect(&m_document, &WorkspaceDocument::planChanged, this, &CapacityDashboard::fillChart);
    connect(&m_document, &WorkspaceDocument::selectionChanged, this,
            &CapacityDashboard::showSelection);

    retranslateUi();
}

QChart* CapacityDashboard::chart() const {
    return m_chartView->chart();
}

void CapacityDashboard::fill() {
    m_syncing = true;
    m_model->removeRows(0, m_model->rowCount());
    if (m_document.isOpen()) {
        const core::CapacityReport& report = m_document.mapData()->capacity;
        const core::District& district = m_document.district();
        const auto addRow = [&](const core::ZoneCapacity& figures, const QString& id,
                                const QString& name, const QString& kind, int zone) {
            QList<QStandardItem*> row;
            row << cell(id, Qt::AlignLeft) << cell(decimalText(figures.available_land_mu, 1))
                << cell(groupedText(figures.vacant_m2)) << cell(percent(figures.occupancy))
                << cell(QString::number(figures.enterprises))
                << cell(figures.places_left ? QString::number(*figures.places_left) : noValue())
                << cell(name, Qt::AlignLeft) << cell(kind, Qt::AlignLeft);
            row[0]->setData(zone, kZoneRole);
            if (zone == kNoZone) {
                for (QStandardItem* item : row) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
            }
            m_model->appendRow(row);
        };
        for (std::size_t z = 0; z < report.zones.size(); ++z) {
            const core::Zone& zone = district.zones.at(z);
            addRow(report.zones[z], QString::fromStdString(zone.zone_id),
                   QString::fromStdString(zone.name), DomainLabels::zoneKind(zone.kind),
                   static_cast<int>(z));
        }
        addRow(report.district, tr("District"), QString(), QString(), kNoZone);
        m_table->resizeColumnsToContents();
        // Zone names are long ("海州工业园南部医药产业集聚区 Southern Pharmaceutical
        // Cluster, ..."): keep the figures in view, the full name is in the tooltip.
        constexpr int kNameWidth = 220;
        if (m_table->columnWidth(Name) > kNameWidth) {
            m_table->setColumnWidth(Name, kNameWidth);
        }
        for (int row = 0; row < m_model->rowCount(); ++row) {
            m_model->item(row, Name)->setToolTip(m_model->item(row, Name)->text());
        }
    }
    m_syncing = false;
    fillChart();
}

void CapacityDashboard::fillChart() {
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);  // gives the axis back to us
        axis->deleteLater();
    }
    if (!m_document.isOpen()) {
        chart->setTitle(QString());
        return;
    }
    const auto figure = static_cast<Figure>(std::max(0, m_figure->currentIndex()));
    const core::CapacityReport& report = m_document.mapData()->capacity;
    const core::District& district = m_document.district();

    auto* now = new QBarSet(tr("Now"));
    now->setColor(QColor(0x4e, 0x79, 0xa7));
    QStringList categories;
    double most = 0.0;
    for (std::size_t z = 0; z < report.zones.size(); ++z) {
        categories << QString::fromStdString(district.zones.at(z).zone_id);
    }
    // Zone ids share a district prefix ("HZ-GX", "HZ-GY", ...): the bars are labelled
    // with the rest so the labels fit under them, and the axis says the prefix.
    QString prefix;
    if (!categories.isEmpty()) {
        const qsizetype dash = categories.first().indexOf(QLatin1Char('-'));
        prefix = dash > 0 ? categories.first().left(dash + 1) : QString();
        for (const QString& id : categories) {
            if (prefix.isEmpty() || !id.startsWith(prefix) || id.size() == prefix.size()) {
                prefix.clear();
            }
        }
        if (!prefix.isEmpty()) {
            for (QString& id : categories) {
                id.remove(0, prefix.size());
            }
        }
    }
    for (std::size_t z = 0; z < report.zones.size(); ++z) {
        const double value = figureOf(report.zones[z], figure);
        *now << value;
        most = std::max(most, value);
    }
    auto* series = new QBarSeries;
    series->append(now);

    // What the plan leaves: only land and vacant space have a "left after" figure.
    const AllocationPlan* plan = m_document.plan();
    if (plan != nullptr && (figure == Figure::AvailableLand || figure == Figure::VacantSpace)) {
        auto* after = new QBarSet(tr("Left after the plan"));
        after->setColor(QColor(0xf2, 0x8e, 0x2b));
        for (std::size_t z = 0; z < report.zones.size(); ++z) {
            const std::string& id = district.zones.at(z).zone_id;
            double value = figureOf(report.zones[z], figure);
            for (const core::ZoneUtilisation& used : plan->utilisation.zones) {
                if (used.zone_id == id) {
                    value = figure == Figure::AvailableLand
                                ? core::muFromSquareMetres(used.land_left_m2)
                                : used.vacant_left_m2;
                }
            }
            *after << value;
        }
        series->append(after);
    }
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    if (!prefix.isEmpty()) {
        axisX->setTitleText(tr("Zone (%1…)").arg(prefix));
        QFont small = axisX->titleFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        small.setBold(false);
        axisX->setTitleFont(small);
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0.0, most > 0.0 ? most * 1.1 : 1.0);
    axisY->setLabelFormat(figure == Figure::PlacesLeft ? QStringLiteral("%d")
                                                       : QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->setTitle(QString());  // the figure is named in the combo box above
    chart->legend()->setVisible(series->count() > 1);
}

void CapacityDashboard::showSelection() {
    if (!m_document.isOpen()) {
        return;
    }
    const std::vector<FeatureRef>& selection = m_document.selection();
    m_syncing = true;
    int chosen = -1;
    if (selection.size() == 1 && selection.front().layer == MapLayerId::Zones) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->item(row, 0)->data(kZoneRole).toInt() ==
                static_cast<int>(selection.front().feature)) {
                chosen = row;
            }
        }
    }
    if (chosen >= 0) {
        m_table->selectRow(chosen);
    } else {
        m_table->clearSelection();
    }
    m_syncing = false;
}

void CapacityDashboard::retranslateUi() {
    m_model->setHorizontalHeaderLabels({tr("Zone"), tr("Available land (亩)"),
                                        tr("Vacant space (m²)"), tr("Occupancy"), tr("Enterprises"),
                                        tr("Places left"), tr("Name"), tr("Kind")});
    const int current = std::max(0, m_figure->currentIndex());
    {
        const QSignalBlocker block(m_figure);
        m_figure->clear();
        m_figure->addItems({tr("Available land (亩)"), tr("Vacant floor space (m²)"),
                            tr("Occupancy (%)"), tr("Places left for enterprises")});
        m_figure->setCurrentIndex(current);
    }
    fill();
}

}  // namespace sitefit::gui
