#include "recent_workspaces.hpp"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>

#include "workspace_name.hpp"

namespace sitefit::gui {
namespace {

const QString kSettingsKey = QStringLiteral("workspaces/recent");

}  // namespace

RecentWorkspaces::RecentWorkspaces(QWidget* parent) : QMenu(parent) {
    setObjectName(QStringLiteral("recentMenu"));
    rebuild();
}

QStringList RecentWorkspaces::paths() const {
    return QSettings().value(kSettingsKey).toStringList();
}

void RecentWorkspaces::add(const QString& path) {
    // A connection ("PG:service=…") is kept as given; a file by its absolute path.
    const QString absolute = isDatabaseWorkspace(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum) {
        list.removeLast();
    }
    QSettings().setValue(kSettingsKey, list);
    rebuild();
}

void RecentWorkspaces::clear() {
    QSettings().remove(kSettingsKey);
    rebuild();
}

void RecentWorkspaces::rebuild() {
    QMenu::clear();
    setTitle(tr("Open &Recent"));
    const QStringList list = paths();
    int number = 1;
    for (const QString& path : list) {
        const bool database = isDatabaseWorkspace(path);
        const QString label =
            database ? QStringLiteral("&%1 %2").arg(number++).arg(path)
                     : QStringLiteral("&%1 %2  (%3)")
                           .arg(number++)
                           .arg(QFileInfo(path).fileName(),
                                QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        QAction* action = addAction(label, this, [this, path] { emit openRequested(path); });
        // A file that is gone cannot be opened; a server is only known to be down by trying.
        action->setEnabled(database || QFileInfo::exists(path));
    }
    if (list.isEmpty()) {
        addAction(tr("No recent workspaces"))->setEnabled(false);
    } else {
        addSeparator();
        addAction(tr("Clear List"), this, [this] { clear(); });
    }
    setEnabled(true);
}

void RecentWorkspaces::changeEvent(QEvent* event) {
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
}

}  // namespace sitefit::gui
