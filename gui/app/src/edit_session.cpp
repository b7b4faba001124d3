#include "edit_session.hpp"

#include <QUndoStack>

#include "attribute_edit_command.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_edit.hpp"

namespace sitefit::gui {

EditSession::EditSession(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this)) {}

EditSession::~EditSession() {
    // Destroying the stack must not undo anything into a journal: a window destroyed with
    // pending edits (a crash, as far as the journal can tell) leaves the journal as it was.
    m_journal.reset();
}

void EditSession::begin(const QString& workspace) {
    end();
    m_workspace = workspace;
    m_journal = std::make_unique<EditJournal>(workspace);
    emit changed();
}

void EditSession::end() {
    m_journal.reset();
    m_stack->clear();
    m_pending.clear();
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
    m_stack->push(new AttributeEditCommand(*this, change, before, after));
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
        m_stack->push(new AttributeEditCommand(*this, edit, before, edit));
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
