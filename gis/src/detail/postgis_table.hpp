#pragma once

#include <set>
#include <string>

#include "detail/layer_table.hpp"
#include "detail/pg_connection.hpp"

namespace sitefit::gis::detail {

// The SRID PostGIS knows a workspace CRS by: its EPSG code (spatial_ref_sys holds them
// all). Throws Input naming `file` for a CRS without one.
int sridOf(const std::string& crs_wkt, const std::string& file);

std::string sqlTypeOf(ColumnKind kind);

// The columns of a table in the connection's schema.
std::set<std::string> tableColumns(PgConnection& connection, const std::string& table);

// CREATE TABLE with fid bigserial PRIMARY KEY, the columns and, for a spatial layer, a
// geometry column "geom" of its type and SRID with a GiST index.
void createTable(PgConnection& connection, const LayerTable& table, int srid);

// Adds the table's columns that `existing` lacks (a GeoPackage layer with a column of the
// user's own), so that a copy keeps them.
void addMissingColumns(PgConnection& connection, const LayerTable& table,
                       const std::set<std::string>& existing);

// Inserts every row, FIDs kept, values and geometry as bound parameters (a few hundred
// rows a statement), then moves the fid sequence past the largest FID.
void insertRows(PgConnection& connection, const LayerTable& table, int srid);

}  // namespace sitefit::gis::detail
