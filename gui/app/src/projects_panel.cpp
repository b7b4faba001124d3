#include "projects_panel.hpp"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "domain_labels.hpp"
#include "figure_text.hpp"
#include "record_table.hpp"
#include "requirement_editor.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {
namespace {

constexpr int kProjectRole = Qt::UserRole + 1;
constexpr int kSortRole = Qt::UserRole + 2;

enum Column { Id, Name, Category, Need, Size, Priority, NeededBy, Placed, ColumnCount };

QStandardItem* cell(const QString& text, const QVariant& sortKey = {}) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), kSortRole);
    return item;
}

}  // namespace

ProjectsPanel::ProjectsPanel(WorkspaceDocument& document, QWidget* parent)
    : Retranslating(parent), m_document(document) {
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(kSortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table = makeRecordTable(this, "projectsTable", m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Id, Qt::AscendingOrder);

    m_form = new RequirementEditor(RequirementFieldSet::planner(), document, this);

    // A workspace of zones, parcels and buildings alone is valid: say so, not an empty grid.
    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(QStringLiteral("projectsEmptyNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->hide();

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_emptyNote);
    topLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    onRecordChosen(m_table, this, [this](const QModelIndex& row) {
        if (m_syncing) {
            return;
        }
        const auto project = static_cast<std::size_t>(row.data(kProjectRole).toULongLong());
        m_document.selectProject(project);
    });
    connect(&m_document, &WorkspaceDocument::opened, this, &ProjectsPanel::fill);
    connect(&m_document, &WorkspaceDocument::closed, this, &ProjectsPanel::fill);
    connect(&m_document, &WorkspaceDocument::projectEdited, this, &ProjectsPanel::updateRow);
    connect(&m_document, &WorkspaceDocument::planChanged, this, &ProjectsPanel::fill);
    connect(&m_document, &WorkspaceDocument::projectSelected, this,
            &ProjectsPanel::showSelectedProject);

    retranslateUi();
}

void ProjectsPanel::selectProject(std::size_t project) {
    const int row = sourceRowOf(project);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
}

int ProjectsPanel::sourceRowOf(std::size_t project) const {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(kProjectRole).toULongLong() == project) {
            return row;
        }
    }
    return -1;
}

void ProjectsPanel::fill() {
    m_syncing = true;
    m_model->removeRows(0, m_model->rowCount());
    if (m_document.isOpen()) {
        const std::size_t count = m_document.district().projects.size();
        for (std::size_t p = 0; p < count; ++p) {
            QList<QStandardItem*> row;
            for (int c = 0; c < ColumnCount; ++c) {
                row << cell(QString());
            }
            row[0]->setData(static_cast<qulonglong>(p), kProjectRole);
            m_model->appendRow(row);
            updateRow(p);
        }
    }
    m_syncing = false;
    showOrHideEmptyNote();
    showSelectedProject();
}

void ProjectsPanel::showOrHideEmptyNote() {
    m_emptyNote->setVisible(m_document.isOpen() && m_document.district().projects.empty());
}

void ProjectsPanel::updateRow(std::size_t p) {
    const int row = sourceRowOf(p);
    if (row < 0 || !m_document.isOpen()) {
        return;
    }
    const core::Project& project = m_document.district().projects.at(p);
    const core::Category* category =
        m_document.session().catalogue().category(project.category_code);
    const bool land = project.need == core::ProjectNeed::Land;
    const double size = land ? project.land_m2.value_or(0.0) : project.floor_m2.value_or(0.0);
    QString placed;
    if (const AllocationPlan* plan = m_document.plan()) {
        if (const auto assigned = plan->rowOf(p)) {
            placed = QString::fromStdString(m_document.sites().at(assigned->site).site_id);
        } else {
            placed = tr("not placed");
        }
    }
    const QString id = QString::fromStdString(project.project_id) +
                       (m_document.isEdited(p) ? QStringLiteral(" ✎") : QString());
    const auto set = [&](int column, const QString& text, const QVariant& key = {}) {
        QStandardItem* item = m_model->item(row, column);
        item->setText(text);
        item->setData(key.isValid() ? key : QVariant(text), kSortRole);
    };
    set(Id, id, QString::fromStdString(project.project_id));
    set(Name, QString::fromStdString(project.name));
    set(Category,
        QString::fromStdString(project.category_code) +
            (category ? QStringLiteral(" ") + localName(category->name_zh, category->name_en)
                      : QString()));
    set(Need, DomainLabels::need(project.need));
    set(Size, land ? mu(size) : squareMetres(size), size);
    set(Priority,
        decimalText(project.priority, 0) +
            (project.mandatory ? QStringLiteral(" ") + tr("(mandatory)") : QString()),
        project.priority);
    set(NeededBy, dateText(project.needed_by));
    set(Placed, placed);
    m_model->item(row, Size)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_model->item(row, Id)->setToolTip(
        m_document.isEdited(p) ? tr("Requirements edited in this session") : QString());
}

void ProjectsPanel::showSelectedProject() {
    const auto project = m_document.isOpen() ? m_document.selectedProject() : std::nullopt;
    m_syncing = true;
    if (project) {
        selectProject(*project);
        m_table->scrollTo(m_table->currentIndex());
    } else {
        m_table->clearSelection();
    }
    m_syncing = false;
}

void ProjectsPanel::retranslateUi() {
    m_model->setHorizontalHeaderLabels({tr("Project"), tr("Name"), tr("Category"), tr("Needs"),
                                        tr("Size"), tr("Priority"), tr("Needed by"), tr("Plan")});
    m_filter->setPlaceholderText(tr("Filter projects…"));
    m_emptyNote->setText(
        tr("No projects in the workspace. The map, capacity and editing work as they are; add a "
           "projects table (sitefit import … --projects FILE) to match and allocate."));
    if (m_document.isOpen()) {
        for (std::size_t p = 0; p < m_document.district().projects.size(); ++p) {
            updateRow(p);
        }
    }
}

}  // namespace sitefit::gui
