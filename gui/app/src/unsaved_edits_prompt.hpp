#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace sitefit::gui {

// What to do with unsaved edits before the workspace goes away (the window closes, the
// application quits, another workspace opens, the workspace is closed).
enum class UnsavedEditsChoice { Save, Discard, Cancel };

// The questions the map window asks about unsaved edits. The window holds them as functions
// so that tests can answer in place of a person.
using UnsavedEditsPrompt = std::function<UnsavedEditsChoice(int pending)>;
// Whether to restore `pending` edits found in the recovery journal of `workspace`.
using RecoveryPrompt = std::function<bool(int pending, const QString& workspace)>;

// The questions asked with message boxes over `parent`.
class UnsavedEditsQuestions {
    Q_DECLARE_TR_FUNCTIONS(sitefit::gui::UnsavedEditsQuestions)
public:
    // Save / Discard / Cancel, Save being the default.
    [[nodiscard]] static UnsavedEditsChoice askBeforeLeaving(QWidget* parent, int pending);
    // Restore / Discard.
    [[nodiscard]] static bool askToRestore(QWidget* parent, int pending, const QString& workspace);
};

}  // namespace sitefit::gui
