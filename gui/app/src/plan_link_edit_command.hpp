#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

#include "pending_edits.hpp"

namespace sitefit::gui {

class EditSession;

// Pinning a project to a site, excluding it from the site, or removing the pair's link in the
// map window: an entry of the undo stack, like AttributeEditCommand. It changes only the
// pending link edits; the workspace's plan_links change when they are saved. Redo puts the
// pair's pending link edit in place (none when the pair is back to what is stored), undo puts
// back what was pending before.
class PlanLinkEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(sitefit::gui::PlanLinkEditCommand)
public:
    // `change`: the pair and what it holds after the command; `before`/`after`: the pair's
    // pending link edit before and after (none: nothing pending). `session` outlives the
    // command (it owns the stack that owns the command).
    PlanLinkEditCommand(EditSession& session, const PendingLinkEdit& change,
                        std::optional<PendingLinkEdit> before, std::optional<PendingLinkEdit> after,
                        QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    // "Pin P024 → JP-0044", "Exclude JP-0044 for P001", "Remove the link P024=JP-0044".
    [[nodiscard]] static QString describe(const PendingLinkEdit& change);

private:
    EditSession& m_session;
    PendingLinkEdit m_key;  // project and site of the change
    std::optional<PendingLinkEdit> m_before;
    std::optional<PendingLinkEdit> m_after;
};

}  // namespace sitefit::gui
