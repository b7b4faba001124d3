#include "detail/postgis_table.hpp"

#include <ogr_spatialref.h>

#include <algorithm>

#include "detail/gdal_dataset.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis::detail {
namespace {

// Parameters a statement may bind (PostgreSQL allows 65535).
constexpr std::size_t kParametersPerStatement = 30000;

std::string geometryTypeName(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
        case wkbPoint:
            return "Point";
        case wkbMultiPoint:
            return "MultiPoint";
        case wkbLineString:
            return "LineString";
        case wkbMultiLineString:
            return "MultiLineString";
        case wkbPolygon:
            return "Polygon";
        case wkbMultiPolygon:
            return "MultiPolygon";
        default:
            return "Geometry";
    }
}

std::string hex(const Wkb& bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const std::uint8_t byte : bytes) {
        out += kDigits[byte >> 4];
        out += kDigits[byte & 0x0F];
    }
    return out;
}

}  // namespace

int sridOf(const std::string& crs_wkt, const std::string& file) {
    OGRSpatialReference crs = spatialReferenceFrom(crs_wkt, file);
    const char* authority = crs.GetAuthorityName(nullptr);
    const char* code = crs.GetAuthorityCode(nullptr);
    if (authority == nullptr || code == nullptr || std::string_view(authority) != "EPSG") {
        crs.AutoIdentifyEPSG();
        authority = crs.GetAuthorityName(nullptr);
        code = crs.GetAuthorityCode(nullptr);
    }
    if (authority == nullptr || code == nullptr || std::string_view(authority) != "EPSG") {
        throw Error(Error::Kind::Input,
                    std::string("the workspace CRS '") + crs.GetName() +
                        "' has no EPSG code, which a PostGIS workspace needs; import the data "
                        "again with `sitefit import --crs EPSG:NNNN`",
                    {file});
    }
    return std::stoi(code);
}

std::string sqlTypeOf(ColumnKind kind) {
    switch (kind) {
        case ColumnKind::Integer:
            return "integer";
        case ColumnKind::Integer64:
            return "bigint";
        case ColumnKind::Real:
            return "double precision";
        case ColumnKind::Date:
            return "date";
        case ColumnKind::Text:
            break;
    }
    return "text";
}

std::set<std::string> tableColumns(PgConnection& connection, const std::string& table) {
    const PgResult result = connection.exec(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = $1",
        {table});
    std::set<std::string> columns;
    for (int r = 0; r < result.rows(); ++r) {
        columns.insert(result.text(r, 0));
    }
    return columns;
}

void createTable(PgConnection& connection, const LayerTable& table, int srid) {
    const std::string name = connection.identifier(table.name);
    std::string sql = "CREATE TABLE " + name + " (fid bigserial PRIMARY KEY";
    for (const TableColumn& column : table.columns) {
        if (column.name == "fid" || column.name == "geom") {
            continue;
        }
        sql += ", " + connection.identifier(column.name) + " " + sqlTypeOf(column.kind);
        if (!column.nullable) {
            sql += " NOT NULL";
        }
    }
    if (table.geometry_type != wkbNone) {
        sql += ", geom geometry(" + geometryTypeName(table.geometry_type) + ", " +
               std::to_string(srid) + ")";
    }
    sql += ")";
    connection.exec(sql, Error::Kind::Output);
    if (table.geometry_type != wkbNone) {
        connection.exec("CREATE INDEX ON " + name + " USING gist (geom)", Error::Kind::Output);
    }
}

void addMissingColumns(PgConnection& connection, const LayerTable& table,
                       const std::set<std::string>& existing) {
    for (const TableColumn& column : table.columns) {
        if (existing.count(column.name) != 0) {
            continue;
        }
        connection.exec("ALTER TABLE " + connection.identifier(table.name) + " ADD COLUMN " +
                            connection.identifier(column.name) + " " + sqlTypeOf(column.kind),
                        Error::Kind::Output);
    }
}

void insertRows(PgConnection& connection, const LayerTable& table, int srid) {
    const bool spatial = table.geometry_type != wkbNone;
    std::string head = "INSERT INTO " + connection.identifier(table.name) + " (fid";
    for (const TableColumn& column : table.columns) {
        head += ", " + connection.identifier(column.name);
    }
    head += spatial ? ", geom) VALUES " : ") VALUES ";
    const std::size_t perRow = table.columns.size() + (spatial ? 2 : 1);
    const std::size_t rowsPerStatement = std::max<std::size_t>(1, kParametersPerStatement / perRow);
    for (std::size_t first = 0; first < table.rows.size(); first += rowsPerStatement) {
        const std::size_t last = std::min(table.rows.size(), first + rowsPerStatement);
        std::string sql = head;
        std::vector<PgParam> params;
        params.reserve((last - first) * perRow);
        for (std::size_t r = first; r < last; ++r) {
            const TableRow& row = table.rows[r];
            sql += r == first ? "(" : ", (";
            params.emplace_back(std::to_string(row.fid));
            sql += "$" + std::to_string(params.size()) + "::bigint";
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                params.push_back(row.values[c]);
                sql +=
                    ", $" + std::to_string(params.size()) + "::" + sqlTypeOf(table.columns[c].kind);
            }
            if (spatial) {
                params.push_back(row.geometry.empty() ? PgParam{} : PgParam{hex(row.geometry)});
                sql += ", ST_GeomFromWKB(decode($" + std::to_string(params.size()) + ", 'hex'), " +
                       std::to_string(srid) + ")";
            }
            sql += ")";
        }
        connection.exec(sql, params, Error::Kind::Output);
    }
    const std::string name = connection.identifier(table.name);
    connection.exec(
        "SELECT setval(pg_get_serial_sequence($1, 'fid'), "
        "coalesce((SELECT max(fid) FROM " +
            name + "), 0) + 1, false)",
        {name}, Error::Kind::Output);
}

}  // namespace sitefit::gis::detail
