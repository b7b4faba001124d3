#include "detail/postgis_results.hpp"

#include <array>
#include <string_view>

#include "detail/postgis_table.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {
namespace {

constexpr std::array<std::string_view, 7> kOtherTables{
    "edit_log",        "result_layers",      "carrier_accounts", "schema_migrations",
    "projects_public", "enterprises_public", "spatial_ref_sys"};
constexpr std::array<std::string_view, 2> kPublicResults{"parcel_capacity", "zone_capacity"};

}  // namespace

bool isWorkspaceTable(const std::string& name) {
    for (const LayerSpec& spec : workspaceLayers()) {
        if (spec.name == name) {
            return true;
        }
    }
    for (const std::string_view other : kOtherTables) {
        if (other == name) {
            return true;
        }
    }
    return false;
}

std::vector<std::string> resultTableNames(PgConnection& connection) {
    std::vector<std::string> names;
    if (connection.exec("SELECT to_regclass('result_layers') IS NOT NULL").text(0, 0) != "t") {
        return names;
    }
    const PgResult result = connection.exec("SELECT name FROM result_layers ORDER BY name");
    for (int r = 0; r < result.rows(); ++r) {
        names.push_back(result.text(r, 0));
    }
    return names;
}

void replaceResultTable(PgConnection& connection, const LayerTable& table, int srid) {
    if (isWorkspaceTable(table.name)) {
        throw Error(Error::Kind::Internal, "a result layer cannot be named like a workspace table",
                    {"", table.name});
    }
    const std::string name = connection.identifier(table.name);
    connection.exec("DROP TABLE IF EXISTS " + name, Error::Kind::Output);
    createTable(connection, table, srid);
    insertRows(connection, table, srid);
    connection.exec("ALTER TABLE " + name + " OWNER TO sitefit_planner", Error::Kind::Output);
    for (const std::string_view open : kPublicResults) {
        if (open == table.name) {
            connection.exec("GRANT SELECT ON " + name + " TO sitefit_carrier, sitefit_investor",
                            Error::Kind::Output);
        }
    }
    connection.exec(
        "INSERT INTO result_layers (name) VALUES ($1) ON CONFLICT (name) DO UPDATE "
        "SET written_at = now(), written_by = session_user",
        {table.name}, Error::Kind::Output);
}

void dropResultTables(PgConnection& connection) {
    for (const std::string& name : resultTableNames(connection)) {
        if (!isWorkspaceTable(name)) {
            connection.exec("DROP TABLE IF EXISTS " + connection.identifier(name),
                            Error::Kind::Output);
        }
    }
    connection.exec("DELETE FROM result_layers", Error::Kind::Output);
}

}  // namespace sitefit::gis::detail
