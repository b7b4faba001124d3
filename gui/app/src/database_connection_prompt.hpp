#pragma once

#include <QString>

class QWidget;

namespace sitefit::gui {

// Asks for a PostgreSQL + PostGIS workspace's connection ("PG:service=sitefit"), offering
// the last one given. Passwords belong in ~/.pgpass or PGPASSWORD, never here (the reader
// refuses a connection string holding one). Returns "" when cancelled.
[[nodiscard]] QString askDatabaseConnection(QWidget* parent);

}  // namespace sitefit::gui
