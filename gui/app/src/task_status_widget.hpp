#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace sitefit::gui {

class BackgroundTask;

// The status bar's view of a long operation: what runs, how far it is, and Cancel. Hidden
// while nothing runs.
class TaskStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit TaskStatusWidget(BackgroundTask& task, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProgress(const QString& stage, qint64 done, qint64 total);

    BackgroundTask& m_task;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_cancel = nullptr;
};

// The words for the stages core and gis report in English ("reading workspace", ...).
[[nodiscard]] QString stageText(const QString& stage);

}  // namespace sitefit::gui
