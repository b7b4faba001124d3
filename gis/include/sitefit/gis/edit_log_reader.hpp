#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sitefit::gis {

// One changed field of one save, as `WorkspaceEditor::save` logs it (docs/shared-workspace.md,
// "The edit log"). Values are text as logged; nullopt where the log holds NULL (no value).
struct EditLogEntry {
    std::string edited_at;  // UTC, ISO 8601 ("2025-03-01T08:15:00Z")
    std::string editor;
    std::string layer;      // "buildings", "parcels" or "projects"
    std::string object_id;  // the row's id
    std::string field;
    std::optional<std::string> old_value;
    std::optional<std::string> new_value;
    std::int64_t version = 0;  // the row's version after the save
};

// Reads a workspace's `edit_log` table (GeoPackage or PostGIS, through GDAL) for people to
// look at: the map window's edit log view. The listing's freshness (ListingSourceReader) only
// needs the date of the latest edit per row; this reader keeps every column. Never modifies
// the dataset. Thread rules: reentrant; each call opens its own dataset.
class EditLogReader {
public:
    // The entries newest first (in the order saves appended them, reversed), at most `limit`
    // of them (0: all). A workspace without an edit log (never edited) has none. Throws
    // sitefit::Error (Input) when the dataset cannot be opened or the table lacks a column.
    [[nodiscard]] static std::vector<EditLogEntry> read(const std::string& workspace,
                                                        std::size_t limit = 0);
};

}  // namespace sitefit::gis
