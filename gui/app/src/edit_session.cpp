#include "edit_session.hpp"

#include <QUndoStack>

#include "edit_description.hpp"
#include "pending_edit_command.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_edit.hpp"

namespace sitefit::gui {

EditSession::EditSession(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this)) {}

EditSession::~EditSession() {
    // Destroying the stack must not undo anything into a journal: a window destroyed with
    // pending edits (a crash, as far as the journal can tell) leaves the journal as it was.
    m_journal.reset();
}

void EditSession::begin(const QString& workspace, std::vector<core::PlanLink> stored_links) {
    end();
    m_workspace = workspace;
    m_storedLinks = std::move(stored_links);
    m_journal = std::make_unique<EditJournal>(workspace);
    emit changed();
}

void EditSession::end() {
    m_journal.reset();
    m_stack->clear();
    m_pending.clear();
    m_storedLinks.clear();
    m_workspace.clear();
    emit changed();
}

void EditSession::setValue(const std::string& layer, const std::string& id,
                           const std::string& field, const std::string& value,
                           const std::string& saved_value, std::int64_t version) {
    if (!isActive()) {
        return;
    }
    const std::optional<PendingEdit> before = m_pending.find(layer, id, field);
    if (before ? before->value == value : saved_value == value) {
        return;
    }
    // The first edit of a row fixes the version it was read at; later ones keep it, so that
    // all of the row's edits are checked against the row as first read.
    const std::int64_t expected = m_pending.versionOf(layer, id).value_or(version);
    const std::string saved = before ? before->saved_value : saved_value;
    const PendingEdit change{layer, id, field, value, saved, expected};
    std::optional<PendingEdit> after;
    if (value != saved) {
        after = change;
    }
    m_stack->push(new PendingEditCommand<PendingEdit>(*this, change, before, after));
}

void EditSession::applyPending(const PendingEdit& key, const std::optional<PendingEdit>& edit) {
    if (edit) {
        m_pending.set(*edit);
    } else {
        m_pending.remove(key.layer, key.id, key.field);
    }
    journal();
    emit changed();
}

std::vector<core::PlanLink> EditSession::links() const {
    return m_pending.linksAfter(m_storedLinks);
}

void EditSession::setLink(const std::string& project, const std::string& site,
                          std::optional<core::PlanLinkKind> kind) {
    if (!isActive()) {
        return;
    }
    const std::vector<core::PlanLink> current = links();
    std::optional<core::PlanLinkKind> now;
    std::vector<std::string> otherPins;
    for (const core::PlanLink& link : current) {
        if (link.project_id != project) {
            continue;
        }
        if (link.site_id == site) {
            now = link.kind;
        } else if (link.kind == core::PlanLinkKind::Pin && kind == core::PlanLinkKind::Pin) {
            otherPins.push_back(link.site_id);
        }
    }
    if (now == kind) {
        return;
    }
    const QString text = EditDescription::of(PendingLinkEdit{project, site, kind, std::nullopt});
    if (!otherPins.empty()) {
        m_stack->beginMacro(text);
    }
    for (const std::string& other : otherPins) {
        pushLink(project, other, std::nullopt);
    }
    pushLink(project, site, kind);
    if (!otherPins.empty()) {
        m_stack->endMacro();
    }
}

void EditSession::clearLinks() {
    const std::vector<core::PlanLink> current = links();
    if (!isActive() || current.empty()) {
        return;
    }
    m_stack->beginMacro(tr("Remove every pin and exclusion"));
    for (const core::PlanLink& link : current) {
        pushLink(link.project_id, link.site_id, std::nullopt);
    }
    m_stack->endMacro();
}

void EditSession::pushLink(const std::string& project, const std::string& site,
                           std::optional<core::PlanLinkKind> kind) {
    std::optional<core::PlanLinkKind> saved;
    for (const core::PlanLink& link : m_storedLinks) {
        if (link.project_id == project && link.site_id == site) {
            saved = link.kind;
        }
    }
    const PendingLinkEdit change{project, site, kind, saved};
    std::optional<PendingLinkEdit> after;
    if (kind != saved) {
        after = change;
    }
    m_stack->push(new PendingEditCommand<PendingLinkEdit>(
        *this, change, m_pending.findLink(project, site), after));
}

void EditSession::applyPending(const PendingLinkEdit& key,
                               const std::optional<PendingLinkEdit>& edit) {
    if (edit) {
        m_pending.setLink(*edit);
    } else {
        m_pending.removeLink(key.project_id, key.site_id);
    }
    journal();
    emit changed();
}

void EditSession::rebaseRow(const std::string& layer, const std::string& id, std::int64_t version,
                            const std::vector<std::pair<std::string, std::string>>& saved_fields) {
    m_pending.rebase(layer, id, version, saved_fields);
    journal();
    emit changed();
}

EditSaveResult EditSession::save(const std::string& editor) {
    EditSaveResult result;
    if (!isActive() || m_pending.empty()) {
        return result;
    }
    try {
        const gis::EditOutcome outcome =
            gis::WorkspaceEditor::save(m_workspace.toStdString(), m_pending.toRequest(editor));
        result.status = EditSaveResult::Status::Saved;
        result.fields = outcome.fieldCount();
        result.message = tr("Saved %n change(s) as %1", "", static_cast<int>(result.fields))
                             .arg(QString::fromStdString(outcome.editor));
    } catch (const gis::EditConflict& conflict) {
        result.status = EditSaveResult::Status::Stale;
        result.layer = conflict.layer();
        result.id = conflict.id();
        const QString who = conflict.lastEdit()
                                ? tr("%1 saved it at %2")
                                      .arg(QString::fromStdString(conflict.lastEdit()->editor),
                                           QString::fromStdString(conflict.lastEdit()->edited_at))
                                : tr("someone else saved it");
        result.message =
            tr("%1 %2 was changed since you read it (version %3, not %4): %5. Nothing was "
               "saved and your changes are still pending: reload the row, check them against "
               "its current values and save again.")
                .arg(QString::fromStdString(conflict.layer()),
                     QString::fromStdString(conflict.id()))
                .arg(conflict.actualVersion())
                .arg(conflict.expectedVersion())
                .arg(who);
        return result;
    } catch (const std::exception& error) {
        result.status = EditSaveResult::Status::Refused;
        result.message = tr("Nothing was saved and your changes are still pending: %1")
                             .arg(QString::fromUtf8(error.what()));
        return result;
    }
    // The saved links are the stored ones now (until the workspace is read again).
    m_storedLinks = links();
    m_pending.clear();
    m_stack->clear();
    if (m_journal) {
        m_journal->remove();
    }
    emit changed();
    return result;
}

void EditSession::discard() {
    m_pending.clear();
    m_stack->clear();
    if (m_journal) {
        m_journal->remove();
    }
    emit changed();
}

std::optional<PendingEdits> EditSession::journaledEdits() const {
    if (!m_journal) {
        return std::nullopt;
    }
    std::optional<PendingEdits> edits = m_journal->read();
    if (edits && edits->empty()) {
        return std::nullopt;
    }
    return edits;
}

void EditSession::restore(const PendingEdits& edits) {
    if (!isActive() || edits.empty()) {
        return;
    }
    m_stack->beginMacro(tr("Restore %n unsaved change(s)", "", static_cast<int>(edits.size())));
    for (const PendingEdit& edit : edits.entries()) {
        const std::optional<PendingEdit> before = m_pending.find(edit.layer, edit.id, edit.field);
        m_stack->push(new PendingEditCommand<PendingEdit>(*this, edit, before, edit));
    }
    for (const PendingLinkEdit& edit : edits.links()) {
        m_stack->push(new PendingEditCommand<PendingLinkEdit>(
            *this, edit, m_pending.findLink(edit.project_id, edit.site_id), edit));
    }
    m_stack->endMacro();
}

void EditSession::dropJournal() {
    if (m_journal) {
        m_journal->remove();
    }
}

QString EditSession::journalPath() const {
    return m_journal ? m_journal->filePath() : QString();
}

void EditSession::journal() {
    if (!m_journal) {
        return;
    }
    try {
        if (m_pending.empty()) {
            m_journal->remove();
        } else {
            m_journal->write(m_pending);
        }
    } catch (const std::exception& error) {
        emit journalFailed(QString::fromUtf8(error.what()));
    }
}

}  // namespace sitefit::gui
