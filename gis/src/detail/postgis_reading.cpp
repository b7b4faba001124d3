#include "detail/postgis_reading.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "detail/gdal_error_capture.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

bool isPostgisDataset(GDALDataset& dataset) {
    return dataset.GetDriver() != nullptr &&
           std::string_view(dataset.GetDriver()->GetDescription()) == "PostgreSQL";
}

namespace {

// A table whose confidential columns carriers and investors may not read, and the view that
// is the table without them (migrations 0002_roles and 0006_confidential_figures).
struct ConfidentialTable {
    std::string_view table;
    std::string_view public_view;
    std::string_view check;  // true when the user may not read every confidential column
};

constexpr std::array<ConfidentialTable, 2> kConfidentialTables{{
    {"projects", "projects_public",
     "NOT (has_column_privilege('projects', 'investor', 'SELECT') AND "
     "has_column_privilege('projects', 'investment', 'SELECT'))"},
    {"enterprises", "enterprises_public",
     "NOT has_column_privilege('enterprises', 'annual_output', 'SELECT')"},
}};

// The one boolean a query of ours answers; false where the query fails (its error is kept
// from the user: the caller decides what a failed check means).
bool answersTrue(GDALDataset& dataset, const std::string& sql) {
    GdalErrorCapture quiet;
    OGRLayer* answer = dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (answer == nullptr) {
        return false;
    }
    const OGRFeatureUniquePtr row(answer->GetNextFeature());
    const bool yes = row && row->GetFieldAsInteger(0) != 0;
    dataset.ReleaseResultSet(answer);
    return yes;
}

// Whether the connection's user must read `table` through its public view. A fixed query, no
// user input. Where the check itself fails (no such table), the table is read as it is and
// any refusal reported by the read.
bool readsPublicView(GDALDataset& dataset, const ConfidentialTable& table) {
    return answersTrue(dataset, "SELECT to_regclass('" + std::string(table.public_view) +
                                    "') IS NOT NULL AND to_regclass('" + std::string(table.table) +
                                    "') IS NOT NULL AND " + std::string(table.check) +
                                    " AS restricted");
}

}  // namespace

bool hasPublicView(std::string_view table) {
    return std::any_of(kConfidentialTables.begin(), kConfidentialTables.end(),
                       [table](const ConfidentialTable& t) { return t.table == table; });
}

OGRLayer* workspaceLayer(GDALDataset& dataset, std::string_view name) {
    const std::string layer(name);
    if (isPostgisDataset(dataset)) {
        for (const ConfidentialTable& table : kConfidentialTables) {
            if (table.table == name && readsPublicView(dataset, table)) {
                return dataset.GetLayerByName(std::string(table.public_view).c_str());
            }
        }
    }
    return dataset.GetLayerByName(layer.c_str());
}

bool mayReadTable(GDALDataset& dataset, std::string_view table) {
    // Only schema table names come here, never user input; still, keep the name a literal
    // the query cannot be broken out of.
    const std::string name(table);
    if (name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos) {
        return false;
    }
    // CASE, not AND: has_table_privilege fails on a table that does not exist.
    return answersTrue(dataset, "SELECT CASE WHEN to_regclass('" + name +
                                    "') IS NULL THEN false ELSE has_table_privilege('" + name +
                                    "', 'SELECT') END AS readable");
}

}  // namespace sitefit::gis::detail
