#pragma once

#include <QString>
#include <optional>

#include "pending_edits.hpp"

namespace sitefit::gui {

// The crash-recovery journal of a workspace's unsaved edits: a small JSON file in the user's
// application data (QStandardPaths::AppDataLocation, "recovery/<hash of the workspace
// path>.json"), rewritten atomically (QSaveFile: a temporary file renamed over) on every
// change, so a crash leaves the last complete set of edits. It never touches the workspace
// itself. Thread rules: GUI thread (QStandardPaths, files).
class EditJournal {
public:
    // `workspace` as the document holds it (a file path or a PG: connection string).
    explicit EditJournal(QString workspace);

    [[nodiscard]] const QString& workspace() const noexcept { return m_workspace; }
    // Where the journal of this workspace lives (whether or not it exists).
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] bool exists() const;

    // Replaces the journal with `edits`. Throws sitefit::Error (Output) naming the journal
    // when it cannot be written.
    void write(const PendingEdits& edits) const;
    // The edits journaled for this workspace; nullopt when there is no journal, or when it
    // is unreadable or belongs to another workspace (a hash collision).
    [[nodiscard]] std::optional<PendingEdits> read() const;
    void remove() const;

private:
    QString m_workspace;
};

}  // namespace sitefit::gui
