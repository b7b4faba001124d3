#include "flawed_workspace_dialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <utility>

#include "workspace_name.hpp"

namespace sitefit::gui {

FlawedWorkspaceDialog::FlawedWorkspaceDialog(WorkspaceRefusal refusal, QWidget* parent)
    : QDialog(parent), m_refusal(std::move(refusal)) {
    setObjectName(QStringLiteral("flawedWorkspaceDialog"));
    setWindowTitle(tr("Workspace with Errors"));

    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("flawedWorkspaceHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setText(
        tr("%1 has %n feature(s) that would make figures wrong.", "", m_refusal.errors)
            .arg(workspaceDisplayName(m_refusal.path)));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    auto* explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setText(
        tr("sitefit does not open a workspace whose figures would be wrong. You can open it "
           "without these features: they are then left out of the map, the capacity and the "
           "matching, and the Problems panel lists them with where they are, so that you can "
           "fix them in the workspace and open it again."));

    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("flawedWorkspaceProblems"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->setPlainText(m_refusal.problems);
    m_problems->setMinimumHeight(m_problems->fontMetrics().lineSpacing() * 8);

    auto* buttons = new QDialogButtonBox(this);
    m_openWithout =
        buttons->addButton(tr("Open without the flawed features"), QDialogButtonBox::AcceptRole);
    m_openWithout->setObjectName(QStringLiteral("openWithoutFlawsButton"));
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_openWithout->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this,
            [this] { emit openWithoutFlawsRequested(m_refusal.path); });

    auto* text = new QVBoxLayout;
    text->addWidget(m_heading);
    text->addWidget(explanation);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

}  // namespace sitefit::gui
