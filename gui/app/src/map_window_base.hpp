#pragma once

#include <QMainWindow>
#include <optional>

#include "sitefit/core/date.hpp"
#include "workspace_document.hpp"

class QAction;
class QMenu;
class QScrollArea;

namespace sitefit::gui {

class BackgroundTask;
class LanguageMenu;
class LegendWidget;
class MapCanvas;
class MapStatusBar;

// What the planner's map window and the investor preview have alike: a workspace document
// (planner's or investor's access), the background task, the map in the middle with the
// status bar below it, the legend, the zoom, quit and about actions, and the File, View,
// Map, Settings (with the language) and Help menus. The menus are made empty and left out of
// the menu bar: each window fills them and adds them in its own order, with its own menus
// in between.
class MapWindowBase : public QMainWindow {
    Q_OBJECT
public:
    // Cancels a running task. A window whose own slots listen to the task cancels it in its
    // destructor first, before the slots are gone.
    ~MapWindowBase() override;

    [[nodiscard]] WorkspaceDocument& document() const { return *m_document; }
    [[nodiscard]] BackgroundTask& task() const { return *m_task; }
    [[nodiscard]] MapCanvas* canvas() const { return m_canvas; }
    [[nodiscard]] LegendWidget* legend() const { return m_legend; }
    [[nodiscard]] MapStatusBar* mapStatusBar() const { return m_statusBar; }
    [[nodiscard]] LanguageMenu* languageMenu() const { return m_languageMenu; }

protected:
    // `as_of` is "today" for readiness (default: the current date).
    MapWindowBase(WorkspaceDocument::Access access, std::optional<core::Date> as_of,
                  QWidget* parent);

    // The window's words in the current language; called on a language change.
    virtual void retranslateUi() = 0;
    // The shared menus' titles and actions' texts: a window's retranslateUi calls it.
    void retranslateMapWindow();
    void changeEvent(QEvent* event) override;

    // The legend in a scroll area, for a dock.
    [[nodiscard]] QScrollArea* makeLegendScrollArea();
    // The opened workspace on the map: its features, the results shaded and its CRS below.
    void showOpenedMap();
    // The legend of what the map shows (empty when nothing is open).
    void updateLegend();
    // A failed task: said in the status bar and in a message box that does not block.
    void showError(const QString& title, const QString& message);

    core::Date m_asOf;
    WorkspaceDocument* m_document = nullptr;
    BackgroundTask* m_task = nullptr;
    MapCanvas* m_canvas = nullptr;
    MapStatusBar* m_statusBar = nullptr;
    LegendWidget* m_legend = nullptr;
    LanguageMenu* m_languageMenu = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_mapMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    QAction* m_quit = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_zoomFull = nullptr;
    QAction* m_zoomSelection = nullptr;
    QAction* m_about = nullptr;

private:
    void createActions();
    void createMenus();
    void wire();
};

}  // namespace sitefit::gui
