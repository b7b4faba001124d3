#include "plan_link_edit_command.hpp"

#include "edit_session.hpp"

namespace sitefit::gui {

PlanLinkEditCommand::PlanLinkEditCommand(EditSession& session, const PendingLinkEdit& change,
                                         std::optional<PendingLinkEdit> before,
                                         std::optional<PendingLinkEdit> after, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_session(session),
      m_key(change),
      m_before(std::move(before)),
      m_after(std::move(after)) {
    setText(describe(change));
}

QString PlanLinkEditCommand::describe(const PendingLinkEdit& change) {
    const QString project = QString::fromStdString(change.project_id);
    const QString site = QString::fromStdString(change.site_id);
    if (!change.kind) {
        return tr("Remove the link %1=%2").arg(project, site);
    }
    if (*change.kind == core::PlanLinkKind::Pin) {
        return tr("Pin %1 → %2").arg(project, site);
    }
    return tr("Exclude %2 for %1").arg(project, site);
}

void PlanLinkEditCommand::undo() {
    m_session.applyPendingLink(m_key, m_before);
}

void PlanLinkEditCommand::redo() {
    m_session.applyPendingLink(m_key, m_after);
}

}  // namespace sitefit::gui
