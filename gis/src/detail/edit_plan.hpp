#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/gis/workspace_edit.hpp"

namespace sitefit::gis::detail {

// The changes of one save to one row, checked against the schema (editable layer, known
// field other than the id, each field set once).
struct RowChanges {
    std::string layer;  // "buildings", "parcels" or "projects"
    std::string id;
    std::map<std::string, std::string> values;  // schema field → text as typed
    std::optional<std::int64_t> expected_version;
    std::string origin;  // the first change's origin, for messages
};

// Groups a request's changes by row, in the order rows are first named. Throws Usage for
// an unknown layer or field, a field set twice with different values or two expected
// versions for one row; Input instead when the change has an origin (a batch file line).
std::vector<RowChanges> planEdit(const EditRequest& request);

// The current time in UTC as ISO 8601 with seconds: "2025-03-01T08:15:00Z".
std::string utcNow();

// The login name of the process's user ("unknown" when it has none).
std::string loginName();

// The edit log table and its columns (the same in a GeoPackage and in PostGIS).
inline constexpr const char* kEditLogTable = "edit_log";
inline constexpr const char* kVersionField = "version";

// Throws the EditConflict for a row found at `actual` when `expected` was asked for.
[[noreturn]] void throwConflict(const std::string& file, const std::string& layer,
                                const std::string& id, std::int64_t expected, std::int64_t actual,
                                const std::optional<LastEdit>& last);

// The id field of an editable layer.
std::string idFieldOf(const std::string& layer);

}  // namespace sitefit::gis::detail
