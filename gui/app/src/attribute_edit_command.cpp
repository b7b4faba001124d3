#include "attribute_edit_command.hpp"

#include "edit_session.hpp"

namespace sitefit::gui {

AttributeEditCommand::AttributeEditCommand(EditSession& session, const PendingEdit& change,
                                           std::optional<PendingEdit> before,
                                           std::optional<PendingEdit> after, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_session(session),
      m_key(change),
      m_before(std::move(before)),
      m_after(std::move(after)) {
    const QString value =
        change.value.empty() ? tr("(empty)") : QString::fromStdString(change.value);
    setText(tr("%1 %2: %3 = %4")
                .arg(QString::fromStdString(change.layer), QString::fromStdString(change.id),
                     QString::fromStdString(change.field), value));
}

void AttributeEditCommand::undo() {
    m_session.applyPending(m_key, m_before);
}

void AttributeEditCommand::redo() {
    m_session.applyPending(m_key, m_after);
}

}  // namespace sitefit::gui
