#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/gis/workspace_edit.hpp"

namespace sitefit::gui {

// One field of one row changed in the map window and not saved yet.
struct PendingEdit {
    std::string layer;        // "buildings", "parcels" or "projects"
    std::string id;           // the row's id
    std::string field;        // a schema field other than the id
    std::string value;        // as the workspace reader accepts it; "" clears the field
    std::string saved_value;  // the value as read from the workspace ("" for none)
    // The row's version when it was read: the save is refused if the row has moved on.
    std::int64_t expected_version = 0;

    [[nodiscard]] bool sameField(const std::string& l, const std::string& i,
                                 const std::string& f) const {
        return layer == l && id == i && field == f;
    }
    bool operator==(const PendingEdit&) const = default;
};

// The unsaved edits of a workspace, at most one per field of a row, in the order the fields
// were first changed (which is the order the save applies and logs them). A value class.
class PendingEdits {
public:
    [[nodiscard]] const std::vector<PendingEdit>& entries() const noexcept { return m_entries; }
    [[nodiscard]] std::size_t size() const noexcept { return m_entries.size(); }
    [[nodiscard]] bool empty() const noexcept { return m_entries.empty(); }

    [[nodiscard]] std::optional<PendingEdit> find(const std::string& layer, const std::string& id,
                                                  const std::string& field) const;
    // The version the pending edits of a row were made against, if the row has any.
    [[nodiscard]] std::optional<std::int64_t> versionOf(const std::string& layer,
                                                        const std::string& id) const;
    // Adds the edit or replaces the one of the same field (keeping its place).
    void set(const PendingEdit& edit);
    void remove(const std::string& layer, const std::string& id, const std::string& field);
    // The row was read again at `version` with these values: its edits now expect that version
    // and know the new saved values, so a save applies them to the row as it is now.
    void rebase(const std::string& layer, const std::string& id, std::int64_t version,
                const std::vector<std::pair<std::string, std::string>>& saved_fields);
    void clear() noexcept { m_entries.clear(); }

    // All edits as one save request, each with the version its row was read at.
    [[nodiscard]] gis::EditRequest toRequest(const std::string& editor) const;

private:
    std::vector<PendingEdit> m_entries;
};

}  // namespace sitefit::gui
