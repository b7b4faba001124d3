#pragma once

#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "edit_journal.hpp"
#include "pending_edits.hpp"

class QUndoStack;

namespace sitefit::gui {

// The outcome of saving the pending edits, for the window to show.
struct EditSaveResult {
    enum class Status {
        Saved,    // every pending edit is in the workspace; none is pending any more
        Nothing,  // there was nothing to save
        Stale,    // a row moved on since it was read (gis::EditConflict): nothing saved
        Refused,  // a value the reader's rules refuse, or the workspace cannot be written
    };
    Status status = Status::Nothing;
    QString message;         // what happened, for a dialog or the status bar
    std::size_t fields = 0;  // fields saved
    std::string layer;       // for Stale: the row that moved on
    std::string id;
};

// The planner's unsaved edits to the open workspace's buildings, parcels and projects and to
// its stored pins and exclusions (plan_links): each change a command on an undo stack, all of them
// saved at once in one transaction (gis::WorkspaceEditor::save) with the version each row was read
// at, journaled for crash recovery after every change (EditJournal). The investor preview has none
// (it never edits). Thread rules: a GUI-thread object; saving runs on the GUI thread (one short
// transaction).
class EditSession : public QObject {
    Q_OBJECT
public:
    explicit EditSession(QObject* parent = nullptr);
    ~EditSession() override;

    // Starts editing `workspace`, whose plan_links were read as `stored_links`, with no
    // pending edits (its journal, if any, is left as it is: see journaledEdits()). end()
    // stops without touching the journal.
    void begin(const QString& workspace, std::vector<core::PlanLink> stored_links = {});
    void end();
    [[nodiscard]] const QString& workspace() const noexcept { return m_workspace; }
    [[nodiscard]] bool isActive() const noexcept { return !m_workspace.isEmpty(); }

    [[nodiscard]] QUndoStack& undoStack() const { return *m_stack; }
    [[nodiscard]] const PendingEdits& pending() const noexcept { return m_pending; }
    [[nodiscard]] std::size_t pendingCount() const noexcept { return m_pending.size(); }
    [[nodiscard]] bool isModified() const noexcept { return !m_pending.empty(); }

    // Sets a field of a row read at `version`, whose value as read is `saved_value`: pushes an
    // undoable command unless the field already has that value (pending or saved).
    void setValue(const std::string& layer, const std::string& id, const std::string& field,
                  const std::string& value, const std::string& saved_value, std::int64_t version);
    // Makes the pair (project, site) hold `kind` (nullopt: no link) as one undoable command,
    // unless it already does. Pinning a project moves its pin: the project's pin to another
    // site is removed in the same command (a project has one pin). Whether the workspace
    // takes the link is known at the save (an unknown site, a pin stored meanwhile).
    void setLink(const std::string& project, const std::string& site,
                 std::optional<core::PlanLinkKind> kind);
    // Removes every pin and exclusion (stored or pending) as one undoable command.
    void clearLinks();
    // The plan_links as read, and as they are with the pending link edits.
    [[nodiscard]] const std::vector<core::PlanLink>& storedLinks() const noexcept {
        return m_storedLinks;
    }
    [[nodiscard]] std::vector<core::PlanLink> links() const;

    // The row was read again (after a stale save): its pending edits now expect `version`.
    void rebaseRow(const std::string& layer, const std::string& id, std::int64_t version,
                   const std::vector<std::pair<std::string, std::string>>& saved_fields);

    // Saves every pending edit in one transaction as `editor` ("" for the login name). On
    // success the pending edits, the undo history and the journal are gone; otherwise all
    // stay as they were.
    EditSaveResult save(const std::string& editor);
    // Drops every pending edit, the undo history and the journal.
    void discard();

    // The edits journaled for this workspace by an earlier run that did not save them.
    [[nodiscard]] std::optional<PendingEdits> journaledEdits() const;
    // Pushes `edits` as one undoable command (still unsaved, journaled again).
    void restore(const PendingEdits& edits);
    void dropJournal();
    [[nodiscard]] QString journalPath() const;

    // For PendingEditCommand: makes `edit` the pending edit of the field named by `key`
    // (removes it for nullopt), journals and announces the change.
    void applyPending(const PendingEdit& key, const std::optional<PendingEdit>& edit);
    // The same for the link edit of the pair named by `key`.
    void applyPending(const PendingLinkEdit& key, const std::optional<PendingLinkEdit>& edit);

signals:
    // The pending edits changed (an edit, undo, redo, save, discard, restore, rebase).
    void changed();
    // Writing the recovery journal failed; the edits are still pending in memory.
    void journalFailed(const QString& message);

private:
    void journal();
    void pushLink(const std::string& project, const std::string& site,
                  std::optional<core::PlanLinkKind> kind);

    QString m_workspace;
    QUndoStack* m_stack = nullptr;
    PendingEdits m_pending;
    std::vector<core::PlanLink> m_storedLinks;
    std::unique_ptr<EditJournal> m_journal;
};

}  // namespace sitefit::gui
