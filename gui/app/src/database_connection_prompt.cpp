#include "database_connection_prompt.hpp"

#include <QCoreApplication>
#include <QInputDialog>
#include <QSettings>

namespace sitefit::gui {
namespace {

constexpr const char* kLastConnectionKey = "workspaces/lastDatabase";

}  // namespace

QString askDatabaseConnection(QWidget* parent) {
    QSettings settings;
    const QString last =
        settings.value(QLatin1String(kLastConnectionKey), QStringLiteral("PG:service=")).toString();
    bool accepted = false;
    const QString connection = QInputDialog::getText(
        parent,
        QCoreApplication::translate("sitefit::gui::DatabaseConnectionPrompt",
                                    "Open Database Workspace"),
        QCoreApplication::translate(
            "sitefit::gui::DatabaseConnectionPrompt",
            "PostgreSQL connection, as in the command line (e.g. PG:service=sitefit).\n"
            "Passwords go in ~/.pgpass or PGPASSWORD, not here."),
        QLineEdit::Normal, last, &accepted);
    if (!accepted) {
        return {};
    }
    settings.setValue(QLatin1String(kLastConnectionKey), connection.trimmed());
    return connection.trimmed();
}

}  // namespace sitefit::gui
