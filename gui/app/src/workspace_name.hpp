#pragma once

#include <QString>

namespace sitefit::gui {

// A workspace is a GeoPackage's path or a PostgreSQL connection written as the CLI takes it
// ("PG:service=sitefit"). The window names either in titles, menus and messages; a
// connection is never made into a file path.

// Whether `workspace` is a PostgreSQL connection ("PG:…"), not a file.
[[nodiscard]] bool isDatabaseWorkspace(const QString& workspace);

// What the window calls it: "haizhou.gpkg", or the connection as given.
[[nodiscard]] QString workspaceDisplayName(const QString& workspace);

// A name to build file names from: "haizhou", or the connection's words joined by '-'
// ("service-sitefit").
[[nodiscard]] QString workspaceBaseName(const QString& workspace);

}  // namespace sitefit::gui
