#pragma once

#include <string>
#include <string_view>

namespace sitefit::gis {

// Whether a workspace name is a PostgreSQL connection in GDAL's syntax
// ("PG:service=sitefit", "PG:host=db.example port=5432 dbname=haizhou user=planner")
// rather than a GeoPackage file.
[[nodiscard]] bool isPostgisWorkspace(std::string_view workspace);

// Refuses (Usage) a PG: connection that carries a password (password=..., or a URI with
// user:password@): it would be seen in the process list, the shell history and logs.
// Passwords come from the password file (~/.pgpass, PGPASSFILE), a service file
// (PGSERVICEFILE) or PGPASSWORD. Also refuses a connection string libpq cannot parse.
// Anything that is not a PG: string passes.
void refuseInlinePassword(std::string_view workspace);

}  // namespace sitefit::gis
