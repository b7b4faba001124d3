#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

#include "pending_edits.hpp"

namespace sitefit::gui {

class EditSession;

// Setting one field of one row in the map window: an entry of the undo stack. It changes
// only the pending (unsaved) edits; the workspace changes when they are saved. Redo puts the
// field's pending edit in place (none when the value is back to the saved one), undo puts
// back what was pending before.
class AttributeEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(sitefit::gui::AttributeEditCommand)
public:
    // `before`: the field's pending edit before this change (none if it had none); `after`:
    // the pending edit after it (none when the value is the saved one again). `session`
    // outlives the command (it owns the stack that owns the command).
    AttributeEditCommand(EditSession& session, const PendingEdit& change,
                         std::optional<PendingEdit> before, std::optional<PendingEdit> after,
                         QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    EditSession& m_session;
    PendingEdit m_key;  // layer, id and field of the change
    std::optional<PendingEdit> m_before;
    std::optional<PendingEdit> m_after;
};

}  // namespace sitefit::gui
