#include "detail/postgis_reading.hpp"

#include <string>

#include "detail/gdal_error_capture.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

bool isPostgisDataset(GDALDataset& dataset) {
    return dataset.GetDriver() != nullptr &&
           std::string_view(dataset.GetDriver()->GetDescription()) == "PostgreSQL";
}

OGRLayer* workspaceLayer(GDALDataset& dataset, std::string_view name) {
    const std::string layer(name);
    if (name != layer_names::kProjects || !isPostgisDataset(dataset)) {
        return dataset.GetLayerByName(layer.c_str());
    }
    bool confidential = true;
    {
        // A fixed query, no user input. Where the check itself fails (no such table), the
        // table is read as it is and any refusal reported by the read.
        GdalErrorCapture quiet;
        OGRLayer* answer = dataset.ExecuteSQL(
            "SELECT to_regclass('projects_public') IS NOT NULL AND to_regclass('projects') IS "
            "NOT NULL AND NOT (has_column_privilege('projects', 'investor', 'SELECT') AND "
            "has_column_privilege('projects', 'investment', 'SELECT')) AS restricted",
            nullptr, nullptr);
        if (answer != nullptr) {
            const OGRFeatureUniquePtr row(answer->GetNextFeature());
            confidential = row && row->GetFieldAsInteger(0) != 0;
            dataset.ReleaseResultSet(answer);
        } else {
            confidential = false;
        }
    }
    return dataset.GetLayerByName(confidential ? "projects_public" : layer.c_str());
}

bool mayReadTable(GDALDataset& dataset, std::string_view table) {
    // Only schema table names come here, never user input; still, keep the name a literal
    // the query cannot be broken out of.
    const std::string name(table);
    if (name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos) {
        return false;
    }
    GdalErrorCapture quiet;
    // CASE, not AND: has_table_privilege fails on a table that does not exist.
    const std::string sql = "SELECT CASE WHEN to_regclass('" + name +
                            "') IS NULL THEN false ELSE has_table_privilege('" + name +
                            "', 'SELECT') END AS readable";
    OGRLayer* answer = dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (answer == nullptr) {
        return false;
    }
    const OGRFeatureUniquePtr row(answer->GetNextFeature());
    const bool readable = row && row->GetFieldAsInteger(0) != 0;
    dataset.ReleaseResultSet(answer);
    return readable;
}

}  // namespace sitefit::gis::detail
