#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitefit/core/error.hpp"

namespace sitefit::gis {

// One field of one row to set, as the user typed it. `value` is text in the form the
// workspace reader accepts ("3200", "2025-03-01", "available"); "" clears the field.
struct FieldChange {
    std::string layer;  // "buildings", "parcels" or "projects"
    std::string id;     // the row's building_id, parcel_id or project_id
    std::string field;  // a schema field of the layer other than its id
    std::string value;
    // The row's version the change was made against; the save is refused when the row has
    // moved on since (optimistic locking). nullopt: whatever version the row has.
    std::optional<std::int64_t> expected_version;
    std::string origin;  // where the change came from, for messages ("line 7"); may be ""
};

// A planner's stored what-if (table plan_links): pin the project to the site, exclude it
// from the site, or remove whichever of the two is stored for the pair. A pair is a pin or
// an exclusion, never both; a project has at most one pin.
struct PlanLinkChange {
    enum class Action { Pin, Exclude, Unlink };
    std::string project_id;  // a project_id of the workspace
    std::string site_id;     // a parcel_id or building_id of the workspace
    Action action = Action::Pin;
    // Why, for the other planners. nullopt keeps the stored note (none for a new link); ""
    // clears it. Not for Unlink.
    std::optional<std::string> note;
    // As FieldChange::expected_version; an absent link is at version 0.
    std::optional<std::int64_t> expected_version;
};

// Changes to save together: all of them or none.
struct EditRequest {
    std::vector<FieldChange> changes;
    // Who edits, for the edit log. A GeoPackage records it as given (empty: the login
    // name); PostGIS records the database user, and refuses a different name here.
    std::string editor;
    // Saved after `changes`, in the same transaction, in this order (so that one request
    // can move a pin: unlink P=S1, then pin P=S2). Initialised so that a request written
    // as {changes, editor} stays complete.
    std::vector<PlanLinkChange> links = {};
};

struct FieldEdit {
    std::string field;
    std::string old_value;  // "" for null; numbers in their shortest exact form
    std::string new_value;
};

// For a plan link: layer "plan_links", id "P=S", fields kind and note; a removed link's
// new_version is the one its removal was logged with.
struct SavedRow {
    std::string layer;
    std::string id;
    std::int64_t old_version = 0;
    std::int64_t new_version = 0;
    std::vector<FieldEdit> fields;  // only fields whose value changed
};

struct EditOutcome {
    std::string editor;
    std::string edited_at;           // UTC, ISO 8601 ("2025-03-01T08:15:00Z")
    std::vector<SavedRow> rows;      // rows that changed, in the order first named
    std::size_t unchanged_rows = 0;  // named rows whose values were already as asked
    [[nodiscard]] std::size_t fieldCount() const;
};

// One row as the edit log and the version column see it.
struct LastEdit {
    std::string editor;
    std::string edited_at;
};

struct EditableRow {
    std::string layer;
    std::string id;
    std::int64_t version = 0;
    std::vector<std::pair<std::string, std::string>> fields;  // schema order; "" = null
    std::optional<LastEdit> last_edit;
};

// A save refused because a row is no longer at the version the change was made against.
// Nothing of the save was stored. Kind Input (the expectation no longer holds).
class EditConflict : public Error {
public:
    EditConflict(const std::string& message, ErrorContext context, std::string layer,
                 std::string id, std::int64_t expected_version, std::int64_t actual_version,
                 std::optional<LastEdit> last_edit);

    [[nodiscard]] const std::string& layer() const noexcept { return m_layer; }
    [[nodiscard]] const std::string& id() const noexcept { return m_id; }
    [[nodiscard]] std::int64_t expectedVersion() const noexcept { return m_expected; }
    [[nodiscard]] std::int64_t actualVersion() const noexcept { return m_actual; }
    [[nodiscard]] const std::optional<LastEdit>& lastEdit() const noexcept { return m_last; }

private:
    std::string m_layer;
    std::string m_id;
    std::int64_t m_expected;
    std::int64_t m_actual;
    std::optional<LastEdit> m_last;
};

// Edits rows of a workspace in place: carriers' buildings and parcels, planners' projects
// and their stored pins and exclusions (plan_links, created at the first link saved).
// Each save is one transaction (a GeoPackage's SQLite transaction, a PostgreSQL
// transaction): a crash or kill at any moment leaves the rows and the edit log as they
// were before or as they are after, never between. New values are checked by the rules of
// WorkspaceReader (a vacancy above the floor area is refused as reading would refuse it).
// Every changed field is logged in the workspace's `edit_log` table (who, when in UTC,
// layer, id, field, old and new value) and each changed row's `version` goes up by one.
// Thread rules: reentrant; each call opens its own connection or dataset.
class WorkspaceEditor {
public:
    // The layers that can be edited and their id fields.
    [[nodiscard]] static bool isEditableLayer(std::string_view layer);

    // Accepts "building"/"buildings" etc.; returns the layer name or throws Usage.
    [[nodiscard]] static std::string layerNamed(std::string_view name);

    // Saves the request. Throws EditConflict for a stale row, sitefit::Error: Usage for an
    // unknown layer or field, or a pair both pinned and excluded in one request; Input for a
    // value the reader would refuse, an unknown id (a link's project or site included), a
    // pin or exclusion over the other kind stored for the pair, a second pin for a project,
    // or the removal of a link that is not stored; Output when the workspace cannot be
    // written (or the database refuses the change: in PostGIS only planners may link).
    static EditOutcome save(const std::string& workspace, const EditRequest& request);

    // Reads a batch of changes from a CSV file with the columns layer, id, field, value and
    // optionally version (the expected version of the row; empty for none), one change a
    // line, as any spreadsheet writes it (UTF-8, quoted values may hold commas). Each
    // change's origin names the file and line. Throws Input naming the file and line.
    [[nodiscard]] static std::vector<FieldChange> readBatch(const std::string& csvPath);

    // The row's current values, version and last edit. Throws Input for an unknown id.
    [[nodiscard]] static EditableRow fetch(const std::string& workspace, std::string_view layer,
                                           const std::string& id);
};

}  // namespace sitefit::gis
