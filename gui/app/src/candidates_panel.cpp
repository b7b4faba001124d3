#include "candidates_panel.hpp"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

#include "criterion_bar_delegate.hpp"
#include "domain_labels.hpp"
#include "figure_text.hpp"
#include "reason_wording.hpp"
#include "record_table.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {
namespace {

constexpr int kSiteRole = Qt::UserRole + 1;

enum Column { Rank, Site, Zone, Score, Criteria, Size, ColumnCount };

}  // namespace

CandidatesPanel::CandidatesPanel(WorkspaceDocument& document, QWidget* parent)
    : Retranslating(parent), m_document(document) {
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_table = makeRecordTable(this, "candidatesTable", m_model);
    m_table->setItemDelegateForColumn(Criteria, new CriterionBarDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(22);  // the criterion bars' height
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    m_rejected = new QTreeWidget(this);
    m_rejected->setObjectName(QStringLiteral("rejectionsTree"));
    m_rejected->setColumnCount(5);
    m_rejected->setAlternatingRowColors(true);
    m_rejected->setUniformRowHeights(true);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(m_rejected, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    onRecordChosen(m_table, this, [this](const QModelIndex& row) {
        if (m_syncing) {
            return;
        }
        if (const auto site = siteAtRow(row.row())) {
            m_document.setSelection({m_document.featureOfSite(*site)});
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto site = siteAtRow(index.row())) {
            emit zoomToFeaturesRequested({m_document.featureOfSite(*site)});
        }
    });
    connect(m_rejected, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (m_syncing) {
            return;
        }
        const QList<QTreeWidgetItem*> items = m_rejected->selectedItems();
        if (items.isEmpty()) {
            return;
        }
        const QTreeWidgetItem* item = items.first();
        while (item->parent() != nullptr) {
            item = item->parent();
        }
        m_document.setSelection({m_document.featureOfSite(item->data(0, kSiteRole).toULongLong())});
    });
    connect(m_rejected, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        while (item->parent() != nullptr) {
            item = item->parent();
        }
        emit zoomToFeaturesRequested(
            {m_document.featureOfSite(item->data(0, kSiteRole).toULongLong())});
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &CandidatesPanel::showContextMenu);
    connect(&m_document, &WorkspaceDocument::matchChanged, this, &CandidatesPanel::fill);
    connect(&m_document, &WorkspaceDocument::opened, this, &CandidatesPanel::fill);
    connect(&m_document, &WorkspaceDocument::closed, this, &CandidatesPanel::fill);
    connect(&m_document, &WorkspaceDocument::selectionChanged, this,
            &CandidatesPanel::showSelection);

    retranslateUi();
}

std::optional<std::size_t> CandidatesPanel::siteAtRow(int row) const {
    const QStandardItem* item = m_model->item(row, 0);
    if (item == nullptr) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(item->data(kSiteRole).toULongLong());
}

void CandidatesPanel::fill() {
    m_syncing = true;
    m_model->removeRows(0, m_model->rowCount());
    m_rejected->clear();
    const core::ProjectMatch* match = m_document.isOpen() ? m_document.currentMatch() : nullptr;
    if (match == nullptr) {
        m_title->setText(m_document.isOpen() && !m_document.matchError().isEmpty()
                             ? m_document.matchError()
                             : tr("Select a project to see where it can go."));
        m_tabs->setTabText(0, tr("Ranked"));
        m_tabs->setTabText(1, tr("Rejected"));
        m_syncing = false;
        return;
    }
    const core::District& district = m_document.district();
    const core::Project& project = district.projects.at(match->project);
    const std::vector<core::SiteFacts>& sites = m_document.sites();
    const auto zoneOf = [&](const core::SiteFacts& site) {
        return site.zone ? QString::fromStdString(district.zones.at(*site.zone).zone_id)
                         : QStringLiteral("—");
    };
    const bool land = project.need == core::ProjectNeed::Land;
    const QString need =
        land ? tr("needs %1 of land").arg(areaBoth(project.land_m2.value_or(0.0)))
             : tr("needs %1 of floor space").arg(squareMetres(project.floor_m2.value_or(0.0)));
    QString title =
        tr("%1 %2 — %3. Ranked sites: %4")
            .arg(QString::fromStdString(project.project_id), QString::fromStdString(project.name),
                 need, QString::number(match->candidates.size()));
    if (match->not_matched) {
        title += QLatin1Char('\n') + ReasonWording::notMatched(*match->not_matched);
    }
    m_title->setText(title);

    for (const core::Candidate& candidate : match->candidates) {
        const core::SiteFacts& site = sites.at(candidate.site);
        QList<QStandardItem*> row;
        row << recordCell(QString::number(candidate.rank), Qt::AlignRight)
            << recordCell(QString::fromStdString(site.site_id)) << recordCell(zoneOf(site))
            << recordCell(decimalText(candidate.score, 1), Qt::AlignRight) << recordCell(QString())
            << recordCell(site.type == core::SiteType::Parcel
                              ? areaBoth(site.area_m2)
                              : tr("%1 vacant").arg(squareMetres(site.vacant_m2)));
        row[0]->setData(static_cast<qulonglong>(candidate.site), kSiteRole);
        QVariantList values;
        QStringList tip;
        for (const core::Criterion criterion : core::kAllCriteria) {
            const auto found = candidate.criteria.find(criterion);
            const double value = found == candidate.criteria.end() ? 0.0 : found->second;
            values << value;
            tip << QStringLiteral("<span style='color:%1'>■</span> %2: %3")
                       .arg(CriterionBarDelegate::colourOf(criterion).name(),
                            DomainLabels::criterion(criterion), decimalText(value, 2));
        }
        row[Criteria]->setData(values, CriterionBarDelegate::kCriteriaRole);
        row[Criteria]->setToolTip(tip.join(QStringLiteral("<br>")));
        m_model->appendRow(row);
    }

    std::map<core::Constraint, int> counts;
    for (const core::Rejection& rejection : match->rejected) {
        const core::SiteFacts& site = sites.at(rejection.site);
        QStringList names;
        for (const core::ConstraintFailure& reason : rejection.reasons) {
            names << DomainLabels::constraint(reason.constraint);
            ++counts[reason.constraint];
        }
        auto* item = new QTreeWidgetItem(m_rejected, {QString::fromStdString(site.site_id),
                                                      zoneOf(site), ReasonWording::listed(names)});
        item->setData(0, kSiteRole, static_cast<qulonglong>(rejection.site));
        for (const core::ConstraintFailure& reason : rejection.reasons) {
            auto* child = new QTreeWidgetItem(
                item, {QString(), QString(), DomainLabels::constraint(reason.constraint),
                       ReasonWording::value(reason.required), ReasonWording::value(reason.actual)});
            child->setToolTip(2, ReasonWording::failure(reason));
        }
    }
    m_tabs->setTabText(0, tr("Ranked (%1)").arg(match->candidates.size()));
    m_tabs->setTabText(1, tr("Rejected (%1)").arg(match->rejected.size()));
    QStringList summary;
    std::vector<std::pair<int, core::Constraint>> byCount;
    byCount.reserve(counts.size());
    for (const auto& [name, count] : counts) {
        byCount.emplace_back(count, name);
    }
    std::sort(byCount.rbegin(), byCount.rend());
    for (const auto& [count, name] : byCount) {
        summary << QStringLiteral("%1 %2").arg(DomainLabels::constraint(name)).arg(count);
    }
    m_tabs->setTabToolTip(1, ReasonWording::listed(summary));
    m_table->resizeColumnsToContents();
    m_rejected->resizeColumnToContents(0);
    m_rejected->resizeColumnToContents(1);
    m_syncing = false;
    showSelection();
}

void CandidatesPanel::showSelection() {
    if (!m_document.isOpen()) {
        return;
    }
    const std::optional<std::size_t> site = m_document.selectedSite();
    m_syncing = true;
    bool found = false;
    if (site) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (siteAtRow(row) == site) {
                m_table->selectRow(row);
                m_table->scrollTo(m_model->index(row, 0));
                found = true;
                break;
            }
        }
        for (int i = 0; !found && i < m_rejected->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_rejected->topLevelItem(i);
            if (item->data(0, kSiteRole).toULongLong() == *site) {
                m_rejected->setCurrentItem(item);
                m_rejected->scrollToItem(item);
                found = true;
            }
        }
    }
    if (!found) {
        m_table->clearSelection();
        m_rejected->clearSelection();
    }
    m_syncing = false;
}

void CandidatesPanel::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_table->indexAt(position);
    const auto site = index.isValid() ? siteAtRow(index.row()) : std::nullopt;
    const core::ProjectMatch* match = m_document.currentMatch();
    if (!site || match == nullptr) {
        return;
    }
    const std::string projectId = m_document.district().projects.at(match->project).project_id;
    const std::string siteId = m_document.sites().at(*site).site_id;
    const QString p = QString::fromStdString(projectId);
    const QString s = QString::fromStdString(siteId);
    QMenu menu(this);
    menu.addAction(tr("Zoom to %1").arg(s), this, [this, site] {
        emit zoomToFeaturesRequested({m_document.featureOfSite(*site)});
    });
    menu.addSeparator();
    menu.addAction(tr("Pin %1 to %2 in the allocation").arg(p, s), this, [this, projectId, siteId] {
        emit planLinkRequested(projectId, siteId, core::PlanLinkKind::Pin);
    });
    menu.addAction(tr("Exclude %2 for %1 in the allocation").arg(p, s), this,
                   [this, projectId, siteId] {
                       emit planLinkRequested(projectId, siteId, core::PlanLinkKind::Exclude);
                   });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void CandidatesPanel::retranslateUi() {
    m_model->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Site"), tr("Zone"), tr("Score"), tr("Criteria"), tr("Size")});
    QStringList legend;
    for (const core::Criterion criterion : core::kAllCriteria) {
        legend << QStringLiteral("<span style='color:%1'>■</span> %2 — %3")
                      .arg(CriterionBarDelegate::colourOf(criterion).name(),
                           DomainLabels::criterion(criterion),
                           DomainLabels::criterionHint(criterion));
    }
    m_model->horizontalHeaderItem(Criteria)->setToolTip(legend.join(QStringLiteral("<br>")));
    m_rejected->setHeaderLabels(
        {tr("Site"), tr("Zone"), tr("Constraint"), tr("Required"), tr("Actual")});
    fill();
}

}  // namespace sitefit::gui
