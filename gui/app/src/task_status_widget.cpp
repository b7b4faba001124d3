#include "task_status_widget.hpp"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

#include "background_task.hpp"

namespace sitefit::gui {
namespace {

// The stage names core and gis report; listed so lupdate offers them for translation.
constexpr const char* kStageContext = "sitefit::gui::ProgressStage";
[[maybe_unused]] constexpr const char* kStages[] = {
    QT_TRANSLATE_NOOP("sitefit::gui::ProgressStage", "reading workspace"),
    QT_TRANSLATE_NOOP("sitefit::gui::ProgressStage", "joining buildings to parcels and zones"),
    QT_TRANSLATE_NOOP("sitefit::gui::ProgressStage", "measuring site facts"),
    QT_TRANSLATE_NOOP("sitefit::gui::ProgressStage", "preparing the map"),
    QT_TRANSLATE_NOOP("sitefit::gui::ProgressStage", "matching all projects"),
    QT_TRANSLATE_NOOP("sitefit::gui::ProgressStage", "building the allocation problem"),
    QT_TRANSLATE_NOOP("sitefit::gui::ProgressStage", "solving the allocation"),
    QT_TRANSLATE_NOOP("sitefit::gui::ProgressStage", "explaining the plan"),
};

}  // namespace

QString stageText(const QString& stage) {
    const QByteArray utf8 = stage.toUtf8();
    return QCoreApplication::translate(kStageContext, utf8.constData());
}

TaskStatusWidget::TaskStatusWidget(BackgroundTask& task, QWidget* parent)
    : QWidget(parent), m_task(task) {
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("taskProgress"));
    m_bar->setMaximumWidth(180);
    m_bar->setMaximumHeight(16);
    m_bar->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("taskCancel"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, &m_task, &BackgroundTask::cancel);
    connect(&m_task, &BackgroundTask::started, this, [this](const QString& title) {
        m_label->setText(title);
        m_bar->setRange(0, 0);
        show();
    });
    connect(&m_task, &BackgroundTask::progressed, this, &TaskStatusWidget::showProgress);
    connect(&m_task, &BackgroundTask::finished, this, [this] { hide(); });
}

void TaskStatusWidget::showProgress(const QString& stage, qint64 done, qint64 total) {
    const QString title = m_task.title();
    m_label->setText(stage.isEmpty() ? title
                                     : QStringLiteral("%1: %2").arg(title, stageText(stage)));
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // Percent, so totals beyond int range still fit.
    m_bar->setRange(0, 100);
    m_bar->setValue(static_cast<int>(100 * done / total));
}

void TaskStatusWidget::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_cancel->setToolTip(tr("Cancel"));
    }
}

}  // namespace sitefit::gui
