#pragma once

#include <string>
#include <vector>

namespace sitefit::gis {

struct MigrationReport {
    int version_before = 0;  // 0: the database held no sitefit schema
    int version_after = 0;
    std::vector<std::string> applied;  // e.g. "0002_roles", in the order applied
};

// Creates and upgrades the schema of a PostGIS workspace with the versioned scripts of
// gis/migrations/postgis/ (built into sitefit). Each script runs in a transaction of its own
// together with its row in `schema_migrations`, so a failed script leaves the schema at
// the previous version; concurrent runs wait for each other (an advisory lock). Needs a
// user that may create roles and extensions (a superuser, e.g. postgres) for the first run.
class PostgisMigrator {
public:
    // `workspace` is a PG: connection. Throws sitefit::Error: Usage for a password in it,
    // Input when the connection fails or the schema is newer than this sitefit knows,
    // Output when a script fails (with the database's message).
    static MigrationReport migrate(const std::string& workspace);

    // The version the newest script brings a workspace to.
    [[nodiscard]] static int latestVersion();
};

}  // namespace sitefit::gis
