#include "allocation_panel.hpp"

#include <algorithm>

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "background_task.hpp"
#include "domain_labels.hpp"
#include "figure_text.hpp"
#include "reason_wording.hpp"
#include "record_table.hpp"
#include "sitefit/core/units.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {
namespace {

constexpr int kProjectRole = Qt::UserRole + 1;
constexpr int kSiteRole = Qt::UserRole + 2;
constexpr int kRequestKindRole = Qt::UserRole + 3;
constexpr int kRequestIndexRole = Qt::UserRole + 4;
constexpr int kRequestLink = 0;    // a row of planLinks()
constexpr int kRequestClosed = 1;  // a row of closedSites()
constexpr double kTimeLimit_s = 30.0;

enum Column { Project, Name, Site, Zone, Size, Score, Rank, GivenUp, ColumnCount };

}  // namespace

AllocationPanel::AllocationPanel(WorkspaceDocument& document, BackgroundTask& task, QWidget* parent)
    : Retranslating(parent), m_document(document), m_task(task) {
    m_run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), QString(), this);
    m_run->setObjectName(QStringLiteral("runAllocation"));
    m_clear = new QPushButton(style()->standardIcon(QStyle::SP_DialogResetButton), QString(), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("allocationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_table = makeRecordTable(this, "planTable", m_model);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    m_unplacedTitle = new QLabel(this);
    m_unplaced = new QTreeWidget(this);
    m_unplaced->setObjectName(QStringLiteral("unplacedTree"));
    m_unplaced->setColumnCount(2);
    m_unplaced->setRootIsDecorated(false);
    m_unplaced->setWordWrap(true);
    m_unplaced->header()->setStretchLastSection(true);

    m_requestTitle = new QLabel(this);
    m_request = new QListWidget(this);
    m_request->setObjectName(QStringLiteral("planRequestList"));
    m_request->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_summary, 1);

    auto* unplacedBox = new QWidget(this);
    auto* unplacedLayout = new QVBoxLayout(unplacedBox);
    unplacedLayout->setContentsMargins(0, 0, 0, 0);
    unplacedLayout->addWidget(m_unplacedTitle);
    unplacedLayout->addWidget(m_unplaced, 1);
    auto* requestBox = new QWidget(this);
    auto* requestLayout = new QVBoxLayout(requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(m_requestTitle);
    requestLayout->addWidget(m_request, 1);

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(unplacedBox);
    side->addWidget(requestBox);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_run, &QPushButton::clicked, this, &AllocationPanel::run);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_document.setClosedSites({});
        emit clearLinksRequested();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &AllocationPanel::showPlanMenu);
    connect(m_request, &QWidget::customContextMenuRequested, this,
            &AllocationPanel::showRequestMenu);
    onRecordChosen(m_table, this, [this](const QModelIndex& row) {
        if (m_syncing) {
            return;
        }
        const QStandardItem* item = m_model->item(row.row(), 0);
        const auto project = static_cast<std::size_t>(item->data(kProjectRole).toULongLong());
        const auto site = static_cast<std::size_t>(item->data(kSiteRole).toULongLong());
        m_syncing = true;
        m_document.selectProject(project);
        m_document.setSelection({m_document.featureOfSite(site)});
        m_syncing = false;
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QStandardItem* item = m_model->item(index.row(), 0);
        emit zoomToFeaturesRequested(
            {m_document.featureOfSite(item->data(kSiteRole).toULongLong())});
    });
    connect(m_unplaced, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QTreeWidgetItem*> items = m_unplaced->selectedItems();
        if (!items.isEmpty() && !m_syncing) {
            m_document.selectProject(items.first()->data(0, kProjectRole).toULongLong());
        }
    });
    connect(&m_document, &WorkspaceDocument::planChanged, this, &AllocationPanel::fill);
    connect(&m_document, &WorkspaceDocument::opened, this, &AllocationPanel::fill);
    connect(&m_document, &WorkspaceDocument::closed, this, &AllocationPanel::fill);
    connect(&m_document, &WorkspaceDocument::opened, this, &AllocationPanel::fillRequest);
    connect(&m_document, &WorkspaceDocument::closed, this, &AllocationPanel::fillRequest);
    connect(&m_document, &WorkspaceDocument::planRequestChanged, this, [this] {
        fillRequest();
        if (m_document.plan() != nullptr) {
            run();  // a what-if: show its plan at once
        }
    });
    connect(&m_document, &WorkspaceDocument::selectionChanged, this,
            &AllocationPanel::showSelection);
    connect(&m_task, &BackgroundTask::started, this, [this] { m_run->setEnabled(false); });
    connect(&m_task, &BackgroundTask::finished, this,
            [this] { m_run->setEnabled(m_document.isOpen()); });

    retranslateUi();
}

void AllocationPanel::run() {
    if (!m_document.isOpen()) {
        return;
    }
    auto session = m_document.sharedPlannerSession();
    auto district = m_document.sharedDistrict();
    const planning::PlanRequestLinks request = m_document.planRequest();
    QPointer<AllocationPanel> self(this);
    m_task.start(tr("Running the allocation"),
                 [session, district, request, self](TaskProgress& progress) {
                     planning::SolverSettings solver;
                     solver.time_limit_s = kTimeLimit_s;
                     auto plan = std::make_shared<const AllocationPlan>(
                         session->plan(*district, request, solver, progress));
                     return BackgroundTask::Completion([self, plan] {
                         if (self) {
                             self->m_document.setPlan(plan);
                         }
                     });
                 });
}

QString AllocationPanel::summary() const {
    return m_summary->text();
}

QString AllocationPanel::unplacedReason(std::size_t index) const {
    const AllocationPlan* plan = m_document.plan();
    return ReasonWording::unassigned(plan->explanation.unassigned.at(index), plan->built.problem);
}

void AllocationPanel::fill() {
    m_syncing = true;
    m_model->removeRows(0, m_model->rowCount());
    m_unplaced->clear();
    m_run->setEnabled(m_document.isOpen() && !m_task.isRunning());
    m_clear->setEnabled(m_document.isOpen());
    const AllocationPlan* plan = m_document.isOpen() ? m_document.plan() : nullptr;
    if (plan == nullptr) {
        m_summary->setText(m_document.isOpen()
                               ? tr("No plan yet: run the allocation to place every project "
                                    "at once.")
                               : QString());
        m_unplacedTitle->setText(tr("Not placed"));
        m_syncing = false;
        return;
    }
    const core::District& district = m_document.district();
    const std::vector<core::SiteFacts>& sites = m_document.sites();
    for (const AllocationPlan::Row& row : plan->rows()) {
        const core::Project& project = district.projects.at(row.project);
        const core::SiteFacts& site = sites.at(row.site);
        QList<QStandardItem*> items;
        items << recordCell(QString::fromStdString(project.project_id))
              << recordCell(QString::fromStdString(project.name))
              << recordCell(QString::fromStdString(site.site_id))
              << recordCell(site.zone
                                ? QString::fromStdString(district.zones.at(*site.zone).zone_id)
                                : QStringLiteral("—"))
              << recordCell(site.type == core::SiteType::Parcel ? mu(site.area_m2)
                                                                : squareMetres(row.amount),
                            Qt::AlignRight)
              << recordCell(decimalText(row.score, 1), Qt::AlignRight)
              << recordCell(QString::number(row.rank), Qt::AlignRight)
              << recordCell(decimalText(row.score_given_up, 1), Qt::AlignRight);
        items[0]->setData(static_cast<qulonglong>(row.project), kProjectRole);
        items[0]->setData(static_cast<qulonglong>(row.site), kSiteRole);
        m_model->appendRow(items);
    }
    for (std::size_t i = 0; i < plan->explanation.unassigned.size(); ++i) {
        const core::UnassignedExplanation& item = plan->explanation.unassigned[i];
        const core::Project& project = district.projects.at(item.project);
        auto* entry = new QTreeWidgetItem(
            m_unplaced, {QString::fromStdString(project.project_id), unplacedReason(i)});
        entry->setData(0, kProjectRole, static_cast<qulonglong>(item.project));
        // The column is narrow; the whole reason shows on hovering.
        entry->setToolTip(1, entry->text(1));
        entry->setToolTip(0, QString::fromStdString(project.name));
    }
    m_unplaced->resizeColumnToContents(0);
    m_unplacedTitle->setText(tr("Not placed (%1)").arg(plan->explanation.unassigned.size()));
    m_table->resizeColumnsToContents();

    const core::PlanUtilisation& u = plan->utilisation;
    QString text =
        tr("%1 of %2 projects placed; land %3 of %4 亩 asked, floor space %5 of %6 m² asked. "
           "Solver %7, %8, objective %9, gap %10 %.")
            .arg(u.projects_placed)
            .arg(u.projects)
            .arg(decimalText(core::muFromSquareMetres(u.land_placed_m2), 1),
                 decimalText(core::muFromSquareMetres(u.land_asked_m2), 1),
                 groupedText(u.floor_placed_m2), groupedText(u.floor_asked_m2),
                 QString::fromStdString(plan->result.solver),
                 DomainLabels::allocationStatus(plan->result.status),
                 decimalText(plan->result.objective, 1))
            .arg(decimalText(plan->result.gap * 100.0, 2));
    if (plan->result.status == core::AllocationStatus::Infeasible) {
        text += QLatin1Char(' ') + tr("No plan satisfies the pins and mandatory projects: %1")
                                       .arg(QString::fromStdString(plan->result.infeasibility));
    }
    if (m_document.isPlanOutdated()) {
        text += QLatin1Char(' ') + tr("Requirements were edited since: run it again.");
    }
    m_summary->setText(text);
    m_syncing = false;
    showSelection();
}

void AllocationPanel::fillRequest() {
    m_request->clear();
    if (!m_document.isOpen()) {
        return;
    }
    const std::vector<core::PlanLink>& stored = m_document.session().district().plan_links;
    const std::vector<core::PlanLink>& links = m_document.planLinks();
    for (std::size_t i = 0; i < links.size(); ++i) {
        const core::PlanLink& link = links[i];
        const QString project = QString::fromStdString(link.project_id);
        const QString site = QString::fromStdString(link.site_id);
        QString text = link.kind == core::PlanLinkKind::Pin
                           ? tr("Pin %1 → %2").arg(project, site)
                           : tr("Exclude %2 for %1").arg(project, site);
        const auto saved = std::ranges::find_if(stored, [&](const core::PlanLink& s) {
            return s.project_id == link.project_id && s.site_id == link.site_id &&
                   s.kind == link.kind;
        });
        auto* item = new QListWidgetItem(m_request);
        // Unsaved links are marked as the Edit panel marks unsaved values: bold with a '*'.
        if (saved == stored.end()) {
            text += QStringLiteral(" *");
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(tr("Not saved yet: File ▸ Save Changes stores it for every planner"));
        } else if (!saved->note.empty()) {
            item->setToolTip(
                tr("Stored in the workspace: %1").arg(QString::fromStdString(saved->note)));
        } else {
            item->setToolTip(tr("Stored in the workspace"));
        }
        item->setText(text);
        item->setData(kRequestKindRole, kRequestLink);
        item->setData(kRequestIndexRole, static_cast<qulonglong>(i));
    }
    const std::vector<std::string>& closed = m_document.closedSites();
    for (std::size_t i = 0; i < closed.size(); ++i) {
        auto* item = new QListWidgetItem(tr("Close %1 to every project (this session only)")
                                             .arg(QString::fromStdString(closed[i])),
                                         m_request);
        item->setData(kRequestKindRole, kRequestClosed);
        item->setData(kRequestIndexRole, static_cast<qulonglong>(i));
    }
    m_requestTitle->setText(tr("Pins and exclusions (%1)").arg(m_request->count()));
}

void AllocationPanel::showSelection() {
    if (m_syncing || !m_document.isOpen()) {
        return;
    }
    const std::optional<std::size_t> site = m_document.selectedSite();
    m_syncing = true;
    int chosen = -1;
    for (int row = 0; site && row < m_model->rowCount(); ++row) {
        const QStandardItem* item = m_model->item(row, 0);
        if (item->data(kSiteRole).toULongLong() != *site) {
            continue;
        }
        // Several projects may share a building: prefer the selected project's row.
        if (chosen < 0 || item->data(kProjectRole).toULongLong() == m_document.selectedProject()) {
            chosen = row;
        }
    }
    if (chosen >= 0) {
        m_table->selectRow(chosen);
        m_table->scrollTo(m_model->index(chosen, 0));
    } else {
        m_table->clearSelection();
    }
    m_syncing = false;
}

void AllocationPanel::showPlanMenu(const QPoint& position) {
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    const QStandardItem* item = m_model->item(index.row(), 0);
    const std::size_t projectIndex = item->data(kProjectRole).toULongLong();
    const std::size_t siteIndex = item->data(kSiteRole).toULongLong();
    const std::string project = m_document.district().projects.at(projectIndex).project_id;
    const std::string site = m_document.sites().at(siteIndex).site_id;
    const QString p = QString::fromStdString(project);
    const QString s = QString::fromStdString(site);
    QMenu menu(this);
    menu.addAction(tr("Zoom to %1").arg(s), this, [this, siteIndex] {
        emit zoomToFeaturesRequested({m_document.featureOfSite(siteIndex)});
    });
    menu.addSeparator();
    menu.addAction(tr("Pin %1 to %2").arg(p, s), this, [this, project, site] {
        emit planLinkRequested(project, site, core::PlanLinkKind::Pin);
    });
    menu.addAction(tr("Exclude %2 for %1").arg(p, s), this, [this, project, site] {
        emit planLinkRequested(project, site, core::PlanLinkKind::Exclude);
    });
    menu.addAction(tr("Close %1 to every project").arg(s), this, [this, site] {
        // A session what-if: the site's pins go (as the request could not hold both).
        std::vector<std::string> closed = m_document.closedSites();
        if (std::ranges::find(closed, site) == closed.end()) {
            closed.push_back(site);
        }
        // A copy: each request changes the document's links.
        const std::vector<core::PlanLink> links = m_document.planLinks();
        for (const core::PlanLink& link : links) {
            if (link.site_id == site && link.kind == core::PlanLinkKind::Pin) {
                emit planLinkRequested(link.project_id, site, std::nullopt);
            }
        }
        m_document.setClosedSites(std::move(closed));
    });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void AllocationPanel::showRequestMenu(const QPoint& position) {
    QListWidgetItem* item = m_request->itemAt(position);
    if (item == nullptr) {
        return;
    }
    const int kind = item->data(kRequestKindRole).toInt();
    const auto index = static_cast<std::size_t>(item->data(kRequestIndexRole).toULongLong());
    QMenu menu(this);
    menu.addAction(tr("Remove"), this, [this, kind, index] { removeRequestItem(kind, index); });
    menu.exec(m_request->viewport()->mapToGlobal(position));
}

void AllocationPanel::removeRequestItem(int kind, std::size_t index) {
    if (kind == kRequestLink) {
        // Copies: the request changes the document's links.
        const std::vector<core::PlanLink> links = m_document.planLinks();
        if (index < links.size()) {
            const core::PlanLink& link = links[index];  // into the copy above
            emit planLinkRequested(link.project_id, link.site_id, std::nullopt);
        }
        return;
    }
    std::vector<std::string> closed = m_document.closedSites();
    if (index < closed.size()) {
        closed.erase(closed.begin() + static_cast<std::ptrdiff_t>(index));
        m_document.setClosedSites(std::move(closed));
    }
}

void AllocationPanel::retranslateUi() {
    m_run->setText(tr("Run allocation"));
    m_run->setToolTip(
        tr("Place every project at once, conflict-free, maximising the "
           "priority-weighted score"));
    m_clear->setText(tr("Clear pins and exclusions"));
    m_model->setHorizontalHeaderLabels({tr("Project"), tr("Name"), tr("Site"), tr("Zone"),
                                        tr("Size"), tr("Score"), tr("Rank"), tr("Given up")});
    m_model->horizontalHeaderItem(Rank)->setToolTip(
        tr("The rank of the site among the project's candidates (1 = its first choice)"));
    m_model->horizontalHeaderItem(GivenUp)->setToolTip(
        tr("Score given up against the project's best site"));
    m_unplaced->setHeaderLabels({tr("Project"), tr("Why not placed")});
    m_request->setToolTip(
        tr("Right-click a plan row or a candidate to pin or exclude; right-click here to "
           "remove. Pins and exclusions are saved with the other changes (Ctrl+S) and shared "
           "with every planner; unsaved ones are marked *"));
    fill();
    fillRequest();
}

}  // namespace sitefit::gui
