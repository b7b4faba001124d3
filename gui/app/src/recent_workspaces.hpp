#pragma once

#include <QMenu>
#include <QStringList>

namespace sitefit::gui {

// File ▸ Open Recent: the last workspaces opened, newest first, kept in QSettings.
class RecentWorkspaces : public QMenu {
    Q_OBJECT
public:
    static constexpr int kMaximum = 8;

    explicit RecentWorkspaces(QWidget* parent = nullptr);

    void add(const QString& path);
    [[nodiscard]] QStringList paths() const;
    void clear();

signals:
    void openRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
};

}  // namespace sitefit::gui
