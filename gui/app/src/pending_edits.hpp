#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/core/plan_link.hpp"
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

// A planner's pin or exclusion (table plan_links) added, changed or removed in the map
// window and not saved yet: what the pair (project, site) holds after the edit, against what
// the workspace held when it was read.
struct PendingLinkEdit {
    std::string project_id;
    std::string site_id;
    std::optional<core::PlanLinkKind> kind;        // after the edit; nullopt: no link
    std::optional<core::PlanLinkKind> saved_kind;  // as read; nullopt: nothing stored

    [[nodiscard]] bool samePair(const std::string& project, const std::string& site) const {
        return project_id == project && site_id == site;
    }
    [[nodiscard]] std::string label() const { return project_id + "=" + site_id; }
    bool operator==(const PendingLinkEdit&) const = default;
};

// The unsaved edits of a workspace: at most one per field of a row, in the order the fields
// were first changed (which is the order the save applies and logs them), and at most one
// per plan link pair. A value class.
class PendingEdits {
public:
    [[nodiscard]] const std::vector<PendingEdit>& entries() const noexcept { return m_entries; }
    [[nodiscard]] const std::vector<PendingLinkEdit>& links() const noexcept { return m_links; }
    // Field edits and link edits: what the window counts as unsaved changes.
    [[nodiscard]] std::size_t size() const noexcept { return m_entries.size() + m_links.size(); }
    [[nodiscard]] bool empty() const noexcept { return m_entries.empty() && m_links.empty(); }

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
    [[nodiscard]] std::optional<PendingLinkEdit> findLink(const std::string& project,
                                                          const std::string& site) const;
    // Adds the link edit or replaces the one of the same pair (keeping its place).
    void setLink(const PendingLinkEdit& edit);
    void removeLink(const std::string& project, const std::string& site);

    // The links as they are with the pending link edits applied to `stored` (the workspace's
    // plan_links as read): stored order, changed kinds in place, new links at the end in the
    // order they were first edited.
    [[nodiscard]] std::vector<core::PlanLink> linksAfter(
        const std::vector<core::PlanLink>& stored) const;

    void clear() noexcept {
        m_entries.clear();
        m_links.clear();
    }

    // All edits as one save request: the field edits, each with the version its row was read
    // at, then the link edits, removals first (so that a pin can move from one site to
    // another in one save).
    [[nodiscard]] gis::EditRequest toRequest(const std::string& editor) const;

private:
    std::vector<PendingEdit> m_entries;
    std::vector<PendingLinkEdit> m_links;
};

}  // namespace sitefit::gui
