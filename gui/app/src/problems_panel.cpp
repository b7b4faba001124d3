#include "problems_panel.hpp"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <optional>
#include <string>

#include "domain_labels.hpp"
#include "problem_marks.hpp"
#include "sitefit/core/data_problem.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {
namespace {

// A dot of the severity's map colour, so the list and the map's marks read alike.
QIcon severityIcon(core::Severity severity) {
    constexpr int kSize = 12;
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1.0));
    painter.setBrush(problemColour(severity));
    painter.drawEllipse(QRectF(1.0, 1.0, kSize - 2.0, kSize - 2.0));
    return QIcon(pixmap);
}

QString countsText(std::size_t errors, std::size_t warnings) {
    QStringList parts;
    if (errors > 0) {
        parts << ProblemsPanel::tr("%n error(s)", "", static_cast<int>(errors));
    }
    if (warnings > 0) {
        parts << ProblemsPanel::tr("%n warning(s)", "", static_cast<int>(warnings));
    }
    return parts.join(QStringLiteral(", "));
}

}  // namespace

ProblemsPanel::ProblemsPanel(const WorkspaceDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("problemsTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    for (const int column : {Severity, Layer, Feature, Field}) {
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::itemClicked, this,
            [this](const QTreeWidgetItem* item) { onItemChosen(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](const QTreeWidgetItem* item) { onItemChosen(item); });
    connect(&m_document, &WorkspaceDocument::opened, this, &ProblemsPanel::rebuild);
    connect(&m_document, &WorkspaceDocument::closed, this, &ProblemsPanel::rebuild);
    rebuild();
}

void ProblemsPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
}

void ProblemsPanel::onItemChosen(const QTreeWidgetItem* item) {
    if (item == nullptr || !item->data(0, kLocatedRole).toBool()) {
        return;
    }
    emit locationRequested(item->data(0, kXRole).toDouble(), item->data(0, kYRole).toDouble());
}

void ProblemsPanel::rebuild() {
    m_tree->clear();
    m_tree->setHeaderLabels(
        {tr("Severity"), tr("Layer"), tr("Feature"), tr("Field"), tr("Message")});
    if (!m_document.isOpen()) {
        m_summary->setText(tr("Open a workspace to see what is wrong in its data."));
        m_tree->hide();
        return;
    }
    const core::ProblemReport& report = m_document.problems();
    if (report.empty()) {
        m_summary->setText(tr("No problems found"));
        m_tree->hide();
        return;
    }
    QStringList summary;
    if (const std::size_t errors = report.errorCount(); errors > 0) {
        summary << tr(
            "Left out of the map, the capacity and the matching: %n feature(s) with "
            "errors. Fix them in the workspace and open it again.",
            "", static_cast<int>(errors));
    }
    if (const std::size_t warnings = report.warningCount(); warnings > 0) {
        summary << tr("%n warning(s): the figures are right, but the data deserve a look.", "",
                      static_cast<int>(warnings));
    }
    summary << tr("Click a problem to see it on the map.");
    m_summary->setText(summary.join(QLatin1Char(' ')));
    m_tree->show();

    const ProblemLocator locator(m_document.mapData());
    for (const core::ProblemReport::RuleCount& rule : report.countsByRule()) {
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0, tr("%1 — %2").arg(qs(rule.rule), countsText(rule.errors, rule.warnings)));
        group->setIcon(0, severityIcon(rule.severity));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setData(0, kRuleRole, qs(rule.rule));
        group->setData(0, kErrorsRole, static_cast<qulonglong>(rule.errors));
        group->setData(0, kWarningsRole, static_cast<qulonglong>(rule.warnings));
        group->setFirstColumnSpanned(true);
        for (const core::DataProblem& problem : report.problems()) {
            if (problem.rule != rule.rule) {
                continue;
            }
            auto* row = new QTreeWidgetItem(group);
            const bool error = problem.severity == core::Severity::Error;
            row->setText(Severity, error ? tr("Error") : tr("Warning"));
            row->setIcon(Severity, severityIcon(problem.severity));
            row->setText(Layer, qs(problem.layer));
            row->setText(Feature,
                         problem.other_feature.empty()
                             ? qs(problem.feature)
                             : tr("%1 and %2").arg(qs(problem.feature), qs(problem.other_feature)));
            row->setText(Field, qs(problem.field));
            row->setText(Message, qs(problem.message));
            QStringList details{qs(problem.message)};
            if (!problem.found.empty()) {
                details << tr("Found: %1").arg(qs(problem.found));
            }
            if (!problem.expected.empty()) {
                details << tr("Expected: %1").arg(qs(problem.expected));
            }
            if (const std::optional<QPointF> at = locator.locate(problem)) {
                row->setData(0, kLocatedRole, true);
                row->setData(0, kXRole, at->x());
                row->setData(0, kYRole, at->y());
                details << tr("Click to show it on the map.");
            } else {
                details << tr("No location on the map.");
            }
            for (int column = 0; column < ColumnCount; ++column) {
                row->setToolTip(column, details.join(QLatin1Char('\n')));
            }
        }
    }
    m_tree->expandAll();
}

}  // namespace sitefit::gui
