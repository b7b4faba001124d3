#include "workspace_name.hpp"

#include <QFileInfo>
#include <QRegularExpression>

namespace sitefit::gui {

bool isDatabaseWorkspace(const QString& workspace) {
    return workspace.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

QString workspaceDisplayName(const QString& workspace) {
    return isDatabaseWorkspace(workspace) ? workspace : QFileInfo(workspace).fileName();
}

QString workspaceBaseName(const QString& workspace) {
    if (!isDatabaseWorkspace(workspace)) {
        return QFileInfo(workspace).completeBaseName();
    }
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9_]+"));
    QStringList words = workspace.mid(3).split(separators, Qt::SkipEmptyParts);
    return words.isEmpty() ? QStringLiteral("postgis") : words.join(QLatin1Char('-'));
}

}  // namespace sitefit::gui
