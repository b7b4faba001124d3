#pragma once

#include <string_view>
#include <vector>

namespace sitefit::gis::detail {

// One schema migration of a PostGIS workspace (gis/migrations/postgis/NNNN_name.sql).
struct MigrationScript {
    int version;            // NNNN
    std::string_view name;  // "0001_schema"
    std::string_view sql;
};

// Every migration, in version order (generated at build time from the .sql files).
const std::vector<MigrationScript>& postgisMigrationScripts();

}  // namespace sitefit::gis::detail
