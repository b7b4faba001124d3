#pragma once

#include <string>
#include <vector>

#include "detail/layer_table.hpp"
#include "detail/pg_connection.hpp"

namespace sitefit::gis::detail {

// The result layers a PostGIS workspace holds (its result_layers register), by name.
std::vector<std::string> resultTableNames(PgConnection& connection);

// Replaces a result table inside the caller's transaction: drops it, creates it again,
// fills it, gives it to sitefit_planner, lets carriers and investors read the public ones
// (parcel_capacity, zone_capacity) and records it in result_layers. Refuses (Internal) a
// name that is a workspace table.
void replaceResultTable(PgConnection& connection, const LayerTable& table, int srid);

// Drops every registered result table and empties the register (for a replacing copy).
void dropResultTables(PgConnection& connection);

// The names of the tables of the schema (layers, edit_log, registers), which no result
// layer may take.
bool isWorkspaceTable(const std::string& name);

}  // namespace sitefit::gis::detail
