#include "sitefit/gis/result_store.hpp"

#include <variant>

#include "detail/geometry_checks.hpp"
#include "detail/layer_table.hpp"
#include "detail/pg_connection.hpp"
#include "detail/postgis_results.hpp"
#include "detail/postgis_schema.hpp"
#include "detail/postgis_table.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/gis/workspace_location.hpp"

namespace sitefit::gis {
namespace {

std::optional<std::string> cellText(const core::Cell& cell) {
    struct Visitor {
        std::optional<std::string> operator()(std::monostate) const { return std::nullopt; }
        std::optional<std::string> operator()(const std::string& text) const { return text; }
        std::optional<std::string> operator()(std::int64_t value) const {
            return std::to_string(value);
        }
        std::optional<std::string> operator()(double value) const { return core::shortest(value); }
    };
    return std::visit(Visitor{}, cell);
}

// The same columns and types ResultLayerWriter gives a GeoPackage.
detail::LayerTable tableOf(const ResultLayer& layer) {
    detail::LayerTable table;
    table.name = layer.name;
    for (const core::Column& column : layer.table.columns) {
        detail::ColumnKind kind = detail::ColumnKind::Text;
        if (column.type == core::ColumnType::Integer) {
            kind = detail::ColumnKind::Integer64;
        } else if (column.type == core::ColumnType::Real) {
            kind = detail::ColumnKind::Real;
        }
        table.columns.push_back({column.name, kind, true});
    }
    if (!layer.geometries.empty()) {
        if (layer.geometries.size() != layer.table.rows.size()) {
            throw Error(Error::Kind::Internal, "result layer has a geometry count unlike its rows",
                        {"", layer.name});
        }
        table.geometry_type = detail::commonLayerType(detail::fromWkb(layer.geometries));
    }
    for (std::size_t r = 0; r < layer.table.rows.size(); ++r) {
        detail::TableRow row;
        row.fid = static_cast<long long>(r) + 1;
        for (const core::Cell& cell : layer.table.rows[r]) {
            row.values.push_back(cellText(cell));
        }
        if (!layer.geometries.empty()) {
            row.geometry = layer.geometries[r];
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

void storeInPostgis(const std::string& workspace, const std::string& crs_wkt,
                    const std::vector<ResultLayer>& layers) {
    detail::PgConnection connection(workspace);
    detail::requireCurrentSchema(connection);
    const bool planner = connection
                             .exec(
                                 "SELECT pg_has_role(session_user, 'sitefit_planner', 'MEMBER') OR "
                                 "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user)")
                             .text(0, 0) == "t";
    if (!planner) {
        throw Error(Error::Kind::Output,
                    "database user '" + connection.sessionUser() +
                        "' may not store results: only planners (members of sitefit_planner) "
                        "may",
                    {workspace});
    }
    const int srid = detail::sridOf(crs_wkt, workspace);
    std::vector<detail::LayerTable> tables;
    tables.reserve(layers.size());
    for (const ResultLayer& layer : layers) {
        tables.push_back(tableOf(layer));
    }
    detail::PgTransaction transaction(connection);
    for (const detail::LayerTable& table : tables) {
        try {
            detail::replaceResultTable(connection, table, srid);
        } catch (const detail::DatabaseError& error) {
            throw Error(Error::Kind::Output,
                        "cannot store the result layer: " + error.serverMessage(),
                        {workspace, table.name});
        }
    }
    transaction.commit();
}

}  // namespace

void storeResultLayers(const std::string& workspace, const std::string& crs_wkt,
                       const std::vector<ResultLayer>& layers) {
    if (isPostgisWorkspace(workspace)) {
        storeInPostgis(workspace, crs_wkt, layers);
        return;
    }
    ResultLayerWriter::write(workspace, crs_wkt, layers);
}

}  // namespace sitefit::gis
