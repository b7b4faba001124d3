#pragma once

#include <QUndoCommand>
#include <optional>
#include <utility>

#include "edit_description.hpp"
#include "edit_session.hpp"
#include "pending_edits.hpp"

namespace sitefit::gui {

// One change to the pending (unsaved) edits of the map window: an entry of the undo stack.
// `Edit` is PendingEdit (one field of one row) or PendingLinkEdit (pinning a project to a
// site, excluding it from the site, or removing the pair's link). It changes only the
// pending edits; the workspace changes when they are saved. Redo puts the pending edit of
// the field or pair in place (none when it is back to what is stored), undo puts back what
// was pending before.
template <typename Edit>
class PendingEditCommand : public QUndoCommand {
public:
    // `change`: the field or pair and what it holds after the command; `before`/`after`: its
    // pending edit before and after (none: nothing pending). `session` outlives the command
    // (it owns the stack that owns the command).
    PendingEditCommand(EditSession& session, const Edit& change, std::optional<Edit> before,
                       std::optional<Edit> after, QUndoCommand* parent = nullptr)
        : QUndoCommand(EditDescription::of(change), parent),
          m_session(session),
          m_key(change),
          m_before(std::move(before)),
          m_after(std::move(after)) {}

    void undo() override { m_session.applyPending(m_key, m_before); }
    void redo() override { m_session.applyPending(m_key, m_after); }

private:
    EditSession& m_session;
    Edit m_key;  // the field (layer, id, field) or the pair (project, site) of the change
    std::optional<Edit> m_before;
    std::optional<Edit> m_after;
};

}  // namespace sitefit::gui
