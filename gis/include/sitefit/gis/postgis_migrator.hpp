#pragma once

#include <string>
#include <vector>

#include "sitefit/core/data_problem.hpp"

namespace sitefit::gis {

struct MigrationReport {
    int version_before = 0;  // 0: the database held no sitefit schema
    int version_after = 0;
    std::vector<std::string> applied;  // e.g. "0002_roles", in the order applied
    // With MigrationOptions::rules_not_valid: the rows that broke a value rule when the rules
    // were added NOT VALID, as "layer feature field = value: rule".
    std::vector<std::string> rules_not_valid;
};

struct MigrationOptions {
    // The value rules' vacancy bound (the rule pack's [data_quality]).
    core::DataTolerances tolerances;
    // Rows that already break a value rule do not stop the migration: the rules are added
    // NOT VALID (new writes are checked, old rows stay until they are fixed).
    bool rules_not_valid = false;
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
    // Where rows already break a value rule and `options` does not allow NOT VALID, throws an
    // Input error listing them before the value rules' migration changes anything.
    static MigrationReport migrate(const std::string& workspace,
                                   const MigrationOptions& options = {});

    // The version the newest script brings a workspace to.
    [[nodiscard]] static int latestVersion();
};

}  // namespace sitefit::gis
