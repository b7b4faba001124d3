#include "sitefit/gis/postgis_migrator.hpp"

#include <set>

#include "detail/pg_connection.hpp"
#include "detail/postgis_migration_scripts.hpp"
#include "detail/postgis_schema.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis {
namespace detail {
namespace {

// Any fixed number: the advisory lock that makes concurrent migrations take turns.
constexpr const char* kMigrationLock = "7301001";

bool hasMigrationTable(PgConnection& connection) {
    return connection.exec("SELECT to_regclass('schema_migrations') IS NOT NULL").text(0, 0) == "t";
}

}  // namespace

int workspaceSchemaVersion(PgConnection& connection) {
    if (!hasMigrationTable(connection)) {
        return 0;
    }
    const PgResult result =
        connection.exec("SELECT coalesce(max(version), 0) FROM schema_migrations");
    return static_cast<int>(result.integer(0, 0));
}

void requireCurrentSchema(PgConnection& connection) {
    const int version = workspaceSchemaVersion(connection);
    const int latest = PostgisMigrator::latestVersion();
    if (version == latest) {
        return;
    }
    if (version == 0) {
        throw Error(Error::Kind::Input,
                    "the database holds no sitefit workspace; create one with `sitefit copy "
                    "WORKSPACE.gpkg PG:...` or `sitefit import --to PG:...`",
                    {connection.name()});
    }
    if (version < latest) {
        throw Error(Error::Kind::Input,
                    "the workspace schema is at version " + std::to_string(version) +
                        ", this sitefit needs version " + std::to_string(latest) +
                        ": upgrade it with `sitefit migrate` (as a database administrator)",
                    {connection.name()});
    }
    throw Error(Error::Kind::Input,
                "the workspace schema is at version " + std::to_string(version) +
                    ", newer than this sitefit knows (" + std::to_string(latest) +
                    "): use a newer sitefit",
                {connection.name()});
}

}  // namespace detail

int PostgisMigrator::latestVersion() {
    const auto& scripts = detail::postgisMigrationScripts();
    return scripts.empty() ? 0 : scripts.back().version;
}

MigrationReport PostgisMigrator::migrate(const std::string& workspace) {
    detail::PgConnection connection(workspace);
    connection.exec(std::string("SELECT pg_advisory_lock(") + detail::kMigrationLock + ")");
    struct Unlock {
        detail::PgConnection& connection;
        ~Unlock() {
            try {
                connection.exec(std::string("SELECT pg_advisory_unlock(") + detail::kMigrationLock +
                                ")");
            } catch (...) {  // NOLINT(bugprone-empty-catch): the session's end releases it too
            }
        }
    } unlock{connection};

    connection.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version integer PRIMARY KEY,"
        " name text NOT NULL,"
        " applied_at timestamptz NOT NULL DEFAULT now(),"
        " applied_by text NOT NULL DEFAULT session_user)",
        Error::Kind::Output);
    std::set<int> applied;
    {
        const detail::PgResult rows = connection.exec("SELECT version FROM schema_migrations");
        for (int r = 0; r < rows.rows(); ++r) {
            applied.insert(static_cast<int>(rows.integer(r, 0)));
        }
    }
    MigrationReport report;
    report.version_before = applied.empty() ? 0 : *applied.rbegin();
    if (report.version_before > latestVersion()) {
        detail::requireCurrentSchema(connection);  // throws: newer than this sitefit
    }
    for (const detail::MigrationScript& script : detail::postgisMigrationScripts()) {
        if (applied.count(script.version) != 0) {
            continue;
        }
        detail::PgTransaction transaction(connection);
        try {
            connection.exec(std::string(script.sql), Error::Kind::Output);
        } catch (const detail::DatabaseError& error) {
            throw Error(Error::Kind::Output,
                        "migration " + std::string(script.name) +
                            " failed, the schema stays at version " +
                            std::to_string(report.version_before) + ": " + error.serverMessage() +
                            (error.isPermissionDenied()
                                 ? " (run `sitefit migrate` as a database administrator, "
                                   "e.g. the postgres user)"
                                 : ""),
                        {workspace});
        }
        connection.exec("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                        {std::to_string(script.version), std::string(script.name)},
                        Error::Kind::Output);
        transaction.commit();
        report.applied.emplace_back(script.name);
        applied.insert(script.version);
    }
    report.version_after = *applied.rbegin();
    return report;
}

}  // namespace sitefit::gis
