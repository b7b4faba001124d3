#include "sitefit/gis/postgis_migrator.hpp"

#include <set>

#include "detail/capped_list.hpp"
#include "detail/pg_connection.hpp"
#include "detail/postgis_migration_scripts.hpp"
#include "detail/postgis_schema.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/value_rule_sql.hpp"

namespace sitefit::gis {
namespace detail {
namespace {

// Any fixed number: the advisory lock that makes concurrent migrations take turns.
constexpr const char* kMigrationLock = "7301001";

bool hasMigrationTable(PgConnection& connection) {
    return connection.exec("SELECT to_regclass('schema_migrations') IS NOT NULL").text(0, 0) == "t";
}

// The line of a migration script that sitefit replaces with the SQL it generates from the
// value rules' declaration (postgisValueRules).
constexpr std::string_view kValueRulesMarker = "-- sitefit:value-rules";

// The rows that break a value rule, as "layer feature field = value: rule".
std::vector<std::string> valueRuleViolations(PgConnection& connection,
                                             const core::DataTolerances& tolerances) {
    const PgResult rows = connection.exec(postgisValueRuleViolations(tolerances));
    std::vector<std::string> found;
    found.reserve(static_cast<std::size_t>(rows.rows()));
    for (int r = 0; r < rows.rows(); ++r) {
        found.push_back(rows.text(r, 0) + " " + rows.text(r, 1) + " " + rows.text(r, 2) + " = " +
                        rows.optionalText(r, 3).value_or("NULL") + ": " + rows.text(r, 4));
    }
    return found;
}

// The script as it runs: a value-rules script gets the generated SQL, once the rows were
// checked against the rules (throws, changing nothing, when some break one).
std::string scriptSql(PgConnection& connection, const MigrationScript& script,
                      const MigrationOptions& options, MigrationReport& report) {
    std::string sql(script.sql);
    const auto marker = sql.find(kValueRulesMarker);
    if (marker == std::string::npos) {
        return sql;
    }
    const std::vector<std::string> broken = valueRuleViolations(connection, options.tolerances);
    if (!broken.empty() && !options.rules_not_valid) {
        throw Error(Error::Kind::Input,
                    std::to_string(broken.size()) + " rows break the value rules that migration " +
                        std::string(script.name) +
                        " adds; nothing was changed. Fix them (`sitefit check` lists every "
                        "problem), or add the rules NOT VALID with `sitefit migrate "
                        "--not-valid` (new writes are checked, these rows stay as they are):" +
                        cappedList(broken),
                    {connection.name()});
    }
    report.rules_not_valid = broken;
    sql.replace(marker, kValueRulesMarker.size(),
                postgisValueRules(options.tolerances, !broken.empty()));
    return sql;
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

MigrationReport PostgisMigrator::migrate(const std::string& workspace,
                                         const MigrationOptions& options) {
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
        const std::string sql = detail::scriptSql(connection, script, options, report);
        try {
            connection.exec(sql, Error::Kind::Output);
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
