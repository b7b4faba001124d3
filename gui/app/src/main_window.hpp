#pragma once

#include <optional>
#include <string>
#include <utility>

#include "map_window_base.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "unsaved_edits_prompt.hpp"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoView;

namespace sitefit::gui {

class AllocationPanel;
class AttributeEditor;
class CandidatesPanel;
class CapacityDashboard;
class EditLogView;
class EditSession;
class IdentifyPanel;
class ImportDialog;
class LayerPanel;
class ProblemsPanel;
class ProjectsPanel;
class RecentWorkspaces;
struct WorkspaceRefusal;

// The sitefit map window: the map in the middle, panels in docks around it (layers and
// legend, identify, projects with the requirement editor, candidates, allocation, capacity,
// the data's problems), toolbars, menus and the status bar. It only creates the parts and
// wires them together: the document holds the state, the panels show it.
class MainWindow : public MapWindowBase {
    Q_OBJECT
public:
    // `as_of` is "today" for readiness (default: the current date).
    explicit MainWindow(std::optional<core::Date> as_of = std::nullopt, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace in the background (the window stays responsive). With unsaved edits
    // it first asks to save or discard them; Cancel (or a failed save) opens nothing.
    // Refused for its flawed features (`flaws` Refuse), the workspace is not opened and a
    // FlawedWorkspaceDialog offers to open it without them (SetAside).
    void openWorkspace(const QString& path, gis::FlawHandling flaws = gis::FlawHandling::Refuse);
    // File ▸ Import: shows the import dialog (one per window, kept with its entries); when
    // it has imported, the new workspace opens here and its report is shown.
    ImportDialog& showImportDialog();
    // Writes the current map view with title, legend, scale bar and north arrow: PNG at the
    // map's pixel size or PDF (A4), by extension. Returns false (and says why) on failure.
    bool exportMapTo(const QString& path);

    [[nodiscard]] LayerPanel* layerPanel() const { return m_layerPanel; }
    [[nodiscard]] IdentifyPanel* identifyPanel() const { return m_identify; }
    [[nodiscard]] ProjectsPanel* projectsPanel() const { return m_projects; }
    [[nodiscard]] CandidatesPanel* candidatesPanel() const { return m_candidates; }
    [[nodiscard]] AllocationPanel* allocationPanel() const { return m_allocation; }
    [[nodiscard]] CapacityDashboard* capacityDashboard() const { return m_capacity; }
    [[nodiscard]] ProblemsPanel* problemsPanel() const { return m_problemsPanel; }
    [[nodiscard]] EditSession& edits() const { return *m_edits; }
    [[nodiscard]] AttributeEditor* attributeEditor() const { return m_attributeEditor; }
    [[nodiscard]] EditLogView* editLogView() const { return m_editLog; }

    // Saves the pending edits in one transaction and, when saved, reopens the workspace so
    // the map and figures show them. A stale row or a refused value is shown in a message
    // box and every edit stays pending. Returns whether nothing is pending any more.
    bool saveEdits();
    // The questions about unsaved edits (default: message boxes); tests answer them.
    void setUnsavedEditsPrompt(UnsavedEditsPrompt prompt) { m_unsavedPrompt = std::move(prompt); }
    void setRecoveryPrompt(RecoveryPrompt prompt) { m_recoveryPrompt = std::move(prompt); }
    // The question File ▸ Open Database Workspace asks: a PostgreSQL connection, as the CLI
    // takes it ("PG:service=NAME"), or "" when cancelled. Default: an input dialog.
    using DatabasePrompt = std::function<QString(QWidget* parent)>;
    void setDatabasePrompt(DatabasePrompt prompt) { m_databasePrompt = std::move(prompt); }

protected:
    void closeEvent(QCloseEvent* event) override;
    void retranslateUi() override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void wire();
    void readSettings();
    void writeSettings() const;
    void chooseWorkspace();
    void chooseDatabaseWorkspace();
    void chooseExport(const QString& extension);
    void onOpened();
    void onClosed();
    void updateActions();
    // A task failed: the offer to open without the flawed features when the task was an
    // open refused for them, else the error.
    void onTaskFailed(const QString& title, const QString& message);
    void offerToOpenWithoutFlaws(const WorkspaceRefusal& refusal);
    // The open workspace's problems on the map while the Problems panel is open.
    void updateProblemMarks();
    [[nodiscard]] QString mapTitle() const;
    // Editing: the pending edits changed, a save without reopening, the question before the
    // workspace goes away (true: go on), the recovery offer after opening.
    void onEditsChanged();
    bool savePendingEdits();
    bool settleUnsavedEdits();
    void offerRecovery();

    LayerPanel* m_layerPanel = nullptr;
    IdentifyPanel* m_identify = nullptr;
    ProjectsPanel* m_projects = nullptr;
    CandidatesPanel* m_candidates = nullptr;
    AllocationPanel* m_allocation = nullptr;
    CapacityDashboard* m_capacity = nullptr;
    ProblemsPanel* m_problemsPanel = nullptr;
    RecentWorkspaces* m_recent = nullptr;
    EditSession* m_edits = nullptr;
    AttributeEditor* m_attributeEditor = nullptr;
    EditLogView* m_editLog = nullptr;
    QUndoView* m_undoView = nullptr;
    ImportDialog* m_importDialog = nullptr;
    QLabel* m_unsavedLabel = nullptr;
    // The row the Edit panel showed when a save reopened the workspace: shown again after.
    std::optional<std::pair<std::string, std::string>> m_rowToReshow;
    UnsavedEditsPrompt m_unsavedPrompt;
    RecoveryPrompt m_recoveryPrompt;
    DatabasePrompt m_databasePrompt;

    QDockWidget* m_layersDock = nullptr;
    QDockWidget* m_identifyDock = nullptr;
    QDockWidget* m_projectsDock = nullptr;
    QDockWidget* m_candidatesDock = nullptr;
    QDockWidget* m_allocationDock = nullptr;
    QDockWidget* m_capacityDock = nullptr;
    QDockWidget* m_editDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QDockWidget* m_editLogDock = nullptr;
    QDockWidget* m_problemsDock = nullptr;

    QMenu* m_editMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QMenu* m_toolbarsMenu = nullptr;
    QMenu* m_analysisMenu = nullptr;
    QToolBar* m_fileToolBar = nullptr;
    QToolBar* m_navigationToolBar = nullptr;
    QToolBar* m_analysisToolBar = nullptr;

    QAction* m_open = nullptr;
    QAction* m_openDatabase = nullptr;
    QAction* m_import = nullptr;
    QAction* m_close = nullptr;
    QAction* m_save = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_discard = nullptr;
    QAction* m_exportPng = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_pan = nullptr;
    QAction* m_zoomBox = nullptr;
    QAction* m_identifyTool = nullptr;
    QAction* m_zoomLayer = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_runAllocation = nullptr;
    QAction* m_cancelTask = nullptr;
};

}  // namespace sitefit::gui
