#pragma once

#include "detail/pg_connection.hpp"

namespace sitefit::gis::detail {

// The schema version of the workspace the connection is in (0: none).
int workspaceSchemaVersion(PgConnection& connection);

// Throws Input unless the workspace's schema is the one this sitefit writes, saying how
// to upgrade it.
void requireCurrentSchema(PgConnection& connection);

}  // namespace sitefit::gis::detail
