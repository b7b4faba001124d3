#pragma once

#include <QDialog>
#include <QString>

#include "workspace_refusal.hpp"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sitefit::gui {

// What the map window shows instead of a plain error box when a workspace was refused for
// its flawed features: the errors as the reader listed them, and a button that opens the
// workspace without those features (FlawHandling::SetAside; the Problems panel then lists
// them). Shown with open(), never exec(): the window keeps running.
// Thread rules: GUI thread.
class FlawedWorkspaceDialog : public QDialog {
    Q_OBJECT
public:
    explicit FlawedWorkspaceDialog(WorkspaceRefusal refusal, QWidget* parent = nullptr);

    [[nodiscard]] const WorkspaceRefusal& refusal() const noexcept { return m_refusal; }
    [[nodiscard]] QLabel* heading() const { return m_heading; }
    [[nodiscard]] QPlainTextEdit* problemsView() const { return m_problems; }
    // "Open without the flawed features": accepts the dialog and asks for the reopen.
    [[nodiscard]] QPushButton* openWithoutButton() const { return m_openWithout; }

signals:
    // The planner chose to open `path` without its flawed features.
    void openWithoutFlawsRequested(const QString& path);

private:
    WorkspaceRefusal m_refusal;
    QLabel* m_heading = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPushButton* m_openWithout = nullptr;
};

}  // namespace sitefit::gui
