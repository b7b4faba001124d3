#include "main_window.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <chrono>

#include "allocation_panel.hpp"
#include "attribute_editor.hpp"
#include "background_task.hpp"
#include "candidates_panel.hpp"
#include "capacity_dashboard.hpp"
#include "database_connection_prompt.hpp"
#include "edit_log_view.hpp"
#include "edit_session.hpp"
#include "flawed_workspace_dialog.hpp"
#include "identify_panel.hpp"
#include "import_dialog.hpp"
#include "layer_panel.hpp"
#include "map_canvas.hpp"
#include "map_status_bar.hpp"
#include "map_tool_icons.hpp"
#include "problem_marks.hpp"
#include "problems_panel.hpp"
#include "projects_panel.hpp"
#include "recent_workspaces.hpp"
#include "sitefit/gui/map_export.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "window_docks.hpp"
#include "workspace_document.hpp"
#include "workspace_name.hpp"
#include "workspace_refusal.hpp"

namespace sitefit::gui {
namespace {

// Bump when docks or toolbars change, so an old saved layout is not restored onto them.
constexpr int kStateVersion = 3;
// Around a problem's location when the Problems panel shows it on the map: a parcel and its
// neighbours, so the place can be recognised (an invalid parcel set aside is not drawn).
constexpr double kProblemViewM = 400.0;

}  // namespace

MainWindow::MainWindow(std::optional<core::Date> as_of, QWidget* parent)
    : MapWindowBase(WorkspaceDocument::Access::Planner, as_of, parent) {
    setObjectName(QStringLiteral("mainWindow"));
    m_edits = new EditSession(this);
    m_unsavedPrompt = [this](int pending) {
        return UnsavedEditsQuestions::askBeforeLeaving(this, pending);
    };
    m_recoveryPrompt = [this](int pending, const QString& workspace) {
        return UnsavedEditsQuestions::askToRestore(this, pending, workspace);
    };
    setDockOptions(dockOptions() | QMainWindow::AllowNestedDocks);

    createActions();
    createDocks();
    createMenus();
    createToolBars();
    wire();
    retranslateUi();
    resize(1500, 950);
    readSettings();
    updateActions();
}

MainWindow::~MainWindow() {
    m_task->cancel();
    // The children outlive this destructor: QWidget's deletes them after the MainWindow part
    // of this object is gone. The edit session's undo stack empties itself as it goes and
    // signals that, so nothing of the session may still call a slot of this window then
    // (UBSan: a MainWindow member called on what is by then only a QWidget).
    disconnect(&m_edits->undoStack(), nullptr, this, nullptr);
    disconnect(m_edits, nullptr, this, nullptr);
    // Likewise the Problems dock's action, unchecked as the dock goes.
    disconnect(m_problemsDock->toggleViewAction(), nullptr, this, nullptr);
}

void MainWindow::createActions() {
    const auto action = [this](const char* name, const QIcon& icon = {}) {
        auto* a = new QAction(icon, QString(), this);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    QStyle* s = style();
    m_open = action("actionOpen", s->standardIcon(QStyle::SP_DialogOpenButton));
    m_open->setShortcut(QKeySequence::Open);
    m_openDatabase = action("actionOpenDatabase");
    m_import = action("actionImport");
    m_close = action("actionClose", s->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setShortcut(QKeySequence::Close);
    m_save = action("actionSave", s->standardIcon(QStyle::SP_DialogSaveButton));
    m_save->setShortcut(QKeySequence::Save);
    m_undo = action("actionUndo");
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = action("actionRedo");
    // Ctrl+Shift+Z everywhere (QKeySequence::Redo is Ctrl+Y on Windows only), and Ctrl+Y.
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_discard = action("actionDiscardEdits");
    m_exportPng = action("actionExportPng", mapToolIcon(MapToolIcon::ExportImage));
    m_exportPng->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportPdf = action("actionExportPdf", mapToolIcon(MapToolIcon::ExportPdf));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    m_pan = action("actionPan", mapToolIcon(MapToolIcon::Pan));
    m_pan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_zoomBox = action("actionZoomBox", mapToolIcon(MapToolIcon::ZoomBox));
    m_zoomBox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_identifyTool = action("actionIdentify", mapToolIcon(MapToolIcon::Identify));
    m_identifyTool->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    auto* tools = new QActionGroup(this);
    for (QAction* tool : {m_pan, m_zoomBox, m_identifyTool}) {
        tool->setCheckable(true);
        tools->addAction(tool);
    }
    m_pan->setChecked(true);

    // The shared zoom actions, with the icons of the navigation toolbar.
    m_zoomIn->setIcon(mapToolIcon(MapToolIcon::ZoomIn));
    m_zoomOut->setIcon(mapToolIcon(MapToolIcon::ZoomOut));
    m_zoomFull->setIcon(mapToolIcon(MapToolIcon::ZoomFull));
    m_zoomLayer = action("actionZoomLayer", mapToolIcon(MapToolIcon::ZoomLayer));
    m_zoomSelection->setIcon(mapToolIcon(MapToolIcon::ZoomSelection));
    m_refresh = action("actionRefresh", s->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));  // not ::Refresh: GNOME adds Ctrl+R

    m_runAllocation = action("actionRunAllocation", mapToolIcon(MapToolIcon::Allocate));
    m_runAllocation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancelTask = action("actionCancelTask", s->standardIcon(QStyle::SP_BrowserStop));
}

void MainWindow::createDocks() {
    m_layerPanel = new LayerPanel(this);
    QScrollArea* legendScroll = makeLegendScrollArea();
    legendScroll->setFrameShape(QFrame::StyledPanel);
    auto* layers = new QSplitter(Qt::Vertical, this);
    layers->addWidget(m_layerPanel);
    layers->addWidget(legendScroll);
    layers->setStretchFactor(0, 2);
    layers->setStretchFactor(1, 3);
    layers->setSizes({230, 320});
    layers->setChildrenCollapsible(false);

    m_identify = new IdentifyPanel(*m_document, this);
    m_projects = new ProjectsPanel(*m_document, this);
    m_candidates = new CandidatesPanel(*m_document, this);
    m_allocation = new AllocationPanel(*m_document, *m_task, this);
    m_capacity = new CapacityDashboard(*m_document, this);
    m_attributeEditor = new AttributeEditor(*m_document, *m_edits, this);
    m_attributeEditor->setObjectName(QStringLiteral("attributeEditor"));
    m_undoView = new QUndoView(&m_edits->undoStack(), this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_editLog = new EditLogView(this);
    m_editLog->setObjectName(QStringLiteral("editLogView"));
    m_problemsPanel = new ProblemsPanel(*m_document, this);
    m_problemsPanel->setObjectName(QStringLiteral("problemsPanel"));

    m_layersDock = makeDock(this, "layersDock", layers);
    m_identifyDock = makeDock(this, "identifyDock", m_identify);
    m_projectsDock = makeDock(this, "projectsDock", m_projects);
    m_candidatesDock = makeDock(this, "candidatesDock", m_candidates);
    m_allocationDock = makeDock(this, "allocationDock", m_allocation);
    m_capacityDock = makeDock(this, "capacityDock", m_capacity);
    m_editDock = makeDock(this, "editDock", m_attributeEditor);
    m_historyDock = makeDock(this, "editHistoryDock", m_undoView);
    m_editLogDock = makeDock(this, "editLogDock", m_editLog);
    m_problemsDock = makeDock(this, "problemsDock", m_problemsPanel);

    addDockWidget(Qt::LeftDockWidgetArea, m_layersDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_identifyDock);
    splitDockWidget(m_layersDock, m_identifyDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_projectsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_candidatesDock);
    splitDockWidget(m_projectsDock, m_candidatesDock, Qt::Vertical);
    addDockWidget(Qt::BottomDockWidgetArea, m_allocationDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_capacityDock);
    tabifyDockWidget(m_allocationDock, m_capacityDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_editLogDock);
    tabifyDockWidget(m_capacityDock, m_editLogDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    tabifyDockWidget(m_editLogDock, m_problemsDock);
    m_allocationDock->raise();
    // Editing sits with Identify: click a feature, read its figures, change its attributes.
    addDockWidget(Qt::LeftDockWidgetArea, m_editDock);
    tabifyDockWidget(m_identifyDock, m_editDock);
    m_identifyDock->raise();
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_candidatesDock, m_historyDock);
    m_candidatesDock->raise();
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_layersDock, m_projectsDock}, {270, 470}, Qt::Horizontal);
    resizeDocks({m_layersDock, m_identifyDock}, {420, 330}, Qt::Vertical);
    resizeDocks({m_projectsDock, m_candidatesDock}, {420, 330}, Qt::Vertical);
    resizeDocks({m_allocationDock}, {290}, Qt::Vertical);
}

void MainWindow::createMenus() {
    menuBar()->addMenu(m_fileMenu);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addAction(m_openDatabase);
    m_fileMenu->addAction(m_import);
    m_recent = new RecentWorkspaces(this);
    m_fileMenu->addMenu(m_recent);
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_save);
    m_fileMenu->addSeparator();
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addAction(m_exportPng);
    m_exportMenu->addAction(m_exportPdf);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undo, m_redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_save, m_discard});

    menuBar()->addMenu(m_viewMenu);
    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget* dock :
         {m_layersDock, m_identifyDock, m_editDock, m_projectsDock, m_candidatesDock, m_historyDock,
          m_allocationDock, m_capacityDock, m_editLogDock, m_problemsDock}) {
        m_panelsMenu->addAction(dock->toggleViewAction());
    }
    m_toolbarsMenu = m_viewMenu->addMenu(QString());

    menuBar()->addMenu(m_mapMenu);
    m_mapMenu->addActions({m_pan, m_zoomBox, m_identifyTool});
    m_mapMenu->addSeparator();
    m_mapMenu->addActions({m_zoomIn, m_zoomOut, m_zoomFull, m_zoomLayer, m_zoomSelection});
    m_mapMenu->addSeparator();
    m_mapMenu->addAction(m_refresh);

    m_analysisMenu = menuBar()->addMenu(QString());
    m_analysisMenu->addAction(m_runAllocation);
    m_analysisMenu->addAction(m_cancelTask);

    menuBar()->addMenu(m_settingsMenu);
    menuBar()->addMenu(m_helpMenu);
}

void MainWindow::createToolBars() {
    m_fileToolBar = addToolBar(QString());
    m_fileToolBar->setObjectName(QStringLiteral("fileToolBar"));
    m_fileToolBar->addActions({m_open, m_save, m_exportPng, m_exportPdf});
    m_navigationToolBar = addToolBar(QString());
    m_navigationToolBar->setObjectName(QStringLiteral("navigationToolBar"));
    m_navigationToolBar->addActions({m_pan, m_zoomBox, m_identifyTool});
    m_navigationToolBar->addSeparator();
    m_navigationToolBar->addActions(
        {m_zoomIn, m_zoomOut, m_zoomFull, m_zoomLayer, m_zoomSelection, m_refresh});
    m_analysisToolBar = addToolBar(QString());
    m_analysisToolBar->setObjectName(QStringLiteral("analysisToolBar"));
    m_analysisToolBar->addAction(m_runAllocation);
    for (QToolBar* bar : {m_fileToolBar, m_navigationToolBar, m_analysisToolBar}) {
        bar->setIconSize(QSize(24, 24));
        m_toolbarsMenu->addAction(bar->toggleViewAction());
    }
}

void MainWindow::wire() {
    // File
    connect(m_open, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    connect(m_openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabaseWorkspace);
    connect(m_import, &QAction::triggered, this, [this] { (void)showImportDialog(); });
    connect(m_recent, &RecentWorkspaces::openRequested, this,
            [this](const QString& path) { openWorkspace(path); });
    connect(m_close, &QAction::triggered, this, [this] {
        if (settleUnsavedEdits()) {
            m_document->close();
        }
    });
    connect(m_exportPng, &QAction::triggered, this,
            [this] { chooseExport(QStringLiteral("png")); });
    connect(m_exportPdf, &QAction::triggered, this,
            [this] { chooseExport(QStringLiteral("pdf")); });
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About sitefit"),
            tr("<b>sitefit %1</b><p>Land and carrier-capacity planning for industrial "
               "investment attraction: where an incoming project can land, how much land and "
               "floor space is still free, and one plan for all projects at once.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });

    // Editing
    connect(m_save, &QAction::triggered, this, &MainWindow::saveEdits);
    connect(m_undo, &QAction::triggered, &m_edits->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, &m_edits->undoStack(), &QUndoStack::redo);
    connect(m_discard, &QAction::triggered, this, [this] {
        m_edits->discard();
        m_statusBar->showMessage(tr("Discarded the unsaved changes"), 5000);
    });
    connect(&m_edits->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_edits, &EditSession::changed, this, &MainWindow::onEditsChanged);
    connect(m_edits, &EditSession::journalFailed, this, [this](const QString& message) {
        m_statusBar->showMessage(
            tr("The unsaved changes cannot be kept for recovery: %1").arg(message), 10000);
    });
    // Pins and exclusions are pending edits like attribute values, and the allocation uses
    // them at once (a what-if), saved or not.
    const auto requestLink = [this](const std::string& project, const std::string& site,
                                    std::optional<core::PlanLinkKind> kind) {
        m_edits->setLink(project, site, kind);
    };
    connect(m_allocation, &AllocationPanel::planLinkRequested, this, requestLink);
    connect(m_candidates, &CandidatesPanel::planLinkRequested, this, requestLink);
    connect(m_allocation, &AllocationPanel::clearLinksRequested, m_edits, &EditSession::clearLinks);
    connect(m_document, &WorkspaceDocument::projectSelected, this,
            [this](std::optional<std::size_t> project) {
                if (project) {
                    m_attributeEditor->showRow(
                        "projects", m_document->district().projects.at(*project).project_id);
                }
            });

    // Map navigation
    connect(m_pan, &QAction::triggered, this, [this] { m_canvas->setTool(MapCanvas::Tool::Pan); });
    connect(m_zoomBox, &QAction::triggered, this,
            [this] { m_canvas->setTool(MapCanvas::Tool::ZoomBox); });
    connect(m_identifyTool, &QAction::triggered, this,
            [this] { m_canvas->setTool(MapCanvas::Tool::Identify); });
    connect(m_zoomLayer, &QAction::triggered, this, [this] {
        if (const auto layer = m_layerPanel->currentLayer()) {
            m_canvas->zoomToLayer(*layer);
        }
    });
    connect(m_refresh, &QAction::triggered, m_canvas, &MapCanvas::refresh);

    // Analysis
    connect(m_runAllocation, &QAction::triggered, m_allocation, [this] {
        m_allocationDock->show();
        m_allocationDock->raise();
        m_allocation->run();
    });
    connect(m_cancelTask, &QAction::triggered, m_task, &BackgroundTask::cancel);
    connect(m_task, &BackgroundTask::started, this, &MainWindow::updateActions);
    connect(m_task, &BackgroundTask::finished, this, &MainWindow::updateActions);
    connect(m_task, &BackgroundTask::failed, this, &MainWindow::onTaskFailed);
    connect(m_task, &BackgroundTask::cancelled, this, [this](const QString& title) {
        m_statusBar->showMessage(tr("Cancelled: %1").arg(title), 5000);
    });
    connect(m_task, &BackgroundTask::succeeded, this, [this](const QString& title) {
        m_statusBar->showMessage(tr("Done: %1").arg(title), 4000);
    });

    // Layers, legend
    connect(m_layerPanel, &LayerPanel::layersChanged, this,
            [this](const std::vector<LayerSettings>& layers) {
                m_canvas->setLayers(layers);
                updateLegend();
            });
    connect(m_layerPanel, &LayerPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToLayer);

    // Identify and selection
    connect(m_canvas, &MapCanvas::featureClicked, this, [this](std::optional<FeatureRef> feature) {
        m_document->setSelection(feature ? std::vector<FeatureRef>{*feature}
                                         : std::vector<FeatureRef>{});
        m_identify->showFeature(feature);
        if (feature && feature->layer == MapLayerId::Buildings) {
            m_attributeEditor->showRow(
                "buildings", m_document->district().buildings.at(feature->feature).building_id);
        } else if (feature && feature->layer == MapLayerId::Parcels) {
            m_attributeEditor->showRow(
                "parcels", m_document->district().parcels.at(feature->feature).parcel_id);
        }
        if (feature && !m_identifyDock->isVisible()) {
            m_identifyDock->show();
        }
    });
    connect(m_document, &WorkspaceDocument::selectionChanged, this, [this] {
        const std::vector<FeatureRef>& selection = m_document->selection();
        if (selection.size() == 1) {
            m_identify->showFeature(selection.front());
        }
        updateActions();
    });
    connect(m_document, &WorkspaceDocument::matchChanged, this,
            [this] { m_identify->showFeature(m_identify->feature()); });
    connect(m_candidates, &CandidatesPanel::zoomToFeaturesRequested, m_canvas,
            &MapCanvas::zoomToFeatures);
    connect(m_allocation, &AllocationPanel::zoomToFeaturesRequested, m_canvas,
            &MapCanvas::zoomToFeatures);
    connect(m_problemsPanel, &ProblemsPanel::locationRequested, m_canvas,
            [this](double x, double y) {
                constexpr double half = kProblemViewM / 2.0;
                m_canvas->setExtent({x - half, y - half, x + half, y + half});
            });
    connect(m_problemsDock->toggleViewAction(), &QAction::toggled, this,
            &MainWindow::updateProblemMarks);

    // Document → map
    connect(m_document, &WorkspaceDocument::opened, this, &MainWindow::onOpened);
    connect(m_document, &WorkspaceDocument::closed, this, &MainWindow::onClosed);
}

void MainWindow::retranslateUi() {
    // "[*]": Qt shows a '*' there while the window is modified (edits are pending).
    setWindowTitle(m_document->isOpen()
                       ? tr("%1 — sitefit")
                             .arg(workspaceDisplayName(m_document->path()) + QStringLiteral("[*]"))
                       : tr("sitefit"));
    retranslateMapWindow();
    m_editMenu->setTitle(tr("&Edit"));
    m_exportMenu->setTitle(tr("&Export Map"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_toolbarsMenu->setTitle(tr("&Toolbars"));
    m_analysisMenu->setTitle(tr("&Analysis"));

    m_open->setText(tr("&Open Workspace…"));
    m_open->setToolTip(tr("Open a workspace (GeoPackage) (Ctrl+O)"));
    m_openDatabase->setText(tr("Open &Database Workspace…"));
    m_openDatabase->setToolTip(
        tr("Open a team's shared workspace on PostgreSQL + PostGIS (PG:service=NAME)"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(
        tr("Build a workspace from your own GIS files (Shapefile, GeoPackage, GeoJSON, CSV…): "
           "review the suggested mapping of their fields, import, and open it"));
    m_close->setText(tr("&Close Workspace"));
    m_save->setText(tr("&Save Changes"));
    m_save->setToolTip(
        tr("Save every unsaved change to the workspace at once (Ctrl+S); refused as a whole "
           "if someone else changed one of the rows since you read it"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_discard->setText(tr("&Discard Unsaved Changes"));
    m_exportPng->setText(tr("As &Image (PNG)…"));
    m_exportPng->setToolTip(
        tr("Export the map with title, legend, scale bar and north arrow "
           "as a PNG image"));
    m_exportPdf->setText(tr("As &PDF…"));
    m_exportPdf->setToolTip(
        tr("Export the map with title, legend, scale bar and north arrow "
           "as an A4 PDF"));
    m_pan->setText(tr("&Pan"));
    m_pan->setToolTip(tr("Pan the map: drag to move, click to identify (Ctrl+1)"));
    m_zoomBox->setText(tr("Zoom to &Box"));
    m_zoomBox->setToolTip(
        tr("Drag a box to zoom into; Shift+drag does the same with any "
           "tool (Ctrl+2)"));
    m_identifyTool->setText(tr("&Identify Features"));
    m_identifyTool->setToolTip(tr("Click a feature to see its figures (Ctrl+Shift+I)"));
    m_zoomFull->setToolTip(tr("Show the whole district (Ctrl+Shift+F, or Home on the map)"));
    m_zoomLayer->setText(tr("Zoom to &Layer"));
    m_zoomLayer->setToolTip(tr("Show the whole of the layer selected in the Layers panel"));
    m_refresh->setText(tr("&Refresh"));
    m_runAllocation->setText(tr("Run &Allocation"));
    m_runAllocation->setToolTip(tr("Place every project at once, conflict-free (Ctrl+R)"));
    m_cancelTask->setText(tr("&Cancel Running Task"));
    m_about->setText(tr("&About sitefit"));

    m_layersDock->setWindowTitle(tr("Layers"));
    m_identifyDock->setWindowTitle(tr("Identify"));
    m_projectsDock->setWindowTitle(tr("Projects"));
    m_candidatesDock->setWindowTitle(tr("Candidate Sites"));
    m_allocationDock->setWindowTitle(tr("Allocation"));
    m_capacityDock->setWindowTitle(tr("Capacity"));
    m_editDock->setWindowTitle(tr("Edit"));
    m_historyDock->setWindowTitle(tr("Edit History"));
    m_editLogDock->setWindowTitle(tr("Edit Log"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_undoView->setEmptyLabel(tr("<no unsaved change>"));
    onEditsChanged();
    m_fileToolBar->setWindowTitle(tr("File"));
    m_navigationToolBar->setWindowTitle(tr("Map Navigation"));
    m_analysisToolBar->setWindowTitle(tr("Analysis"));
}

void MainWindow::readSettings() {
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
    const QStringList layers = settings.value(QStringLiteral("map/layers")).toStringList();
    if (!layers.isEmpty()) {
        const std::vector<LayerSettings> decoded = LayerPanel::decode(layers);
        m_layerPanel->setLayers(decoded);
        m_canvas->setLayers(decoded);
    }
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    settings.setValue(QStringLiteral("map/layers"), LayerPanel::encode(m_layerPanel->layers()));
    if (m_document->isOpen()) {
        settings.setValue(QStringLiteral("workspaces/last"), m_document->path());
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!settleUnsavedEdits()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_task->cancel();
    event->accept();
}

void MainWindow::chooseWorkspace() {
    QSettings settings;
    const QString start = settings.value(QStringLiteral("workspaces/last")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"),
        start.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                        : QFileInfo(start).absolutePath(),
        tr("Workspaces (*.gpkg);;All files (*)"));
    if (!path.isEmpty()) {
        openWorkspace(path);
    }
}

void MainWindow::chooseDatabaseWorkspace() {
    const QString connection =
        m_databasePrompt ? m_databasePrompt(this) : askDatabaseConnection(this);
    if (!connection.trimmed().isEmpty()) {
        openWorkspace(connection.trimmed());
    }
}

ImportDialog& MainWindow::showImportDialog() {
    if (m_importDialog == nullptr) {
        m_importDialog = new ImportDialog(*m_task, this);
        connect(m_importDialog, &ImportDialog::imported, this,
                [this](const QString& workspace, const QString& summary) {
                    m_statusBar->showMessage(tr("Imported %1").arg(workspace), 8000);
                    auto* box =
                        new QMessageBox(QMessageBox::Information, tr("sitefit"),
                                        tr("Imported %1.").arg(workspace), QMessageBox::Ok, this);
                    box->setObjectName(QStringLiteral("importReport"));
                    box->setInformativeText(summary);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();  // not exec(): the workspace opens meanwhile
                    openWorkspace(workspace);
                });
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
    return *m_importDialog;
}

void MainWindow::openWorkspace(const QString& path, gis::FlawHandling flaws) {
    if (!settleUnsavedEdits()) {
        return;
    }
    m_document->openInBackground(*m_task, path, m_asOf, flaws);
}

void MainWindow::onOpened() {
    showOpenedMap();
    m_statusBar->showScale(m_canvas->scaleDenominator());
    m_recent->add(m_document->path());
    m_identify->showFeature(std::nullopt);
    m_edits->begin(m_document->path(), m_document->session().district().plan_links);
    if (m_rowToReshow) {
        m_attributeEditor->showRow(m_rowToReshow->first, m_rowToReshow->second);
        m_rowToReshow.reset();
    } else {
        m_attributeEditor->clear();
    }
    m_editLog->refresh(m_document->path());
    if (!m_document->problems().empty()) {
        m_problemsDock->show();
        m_problemsDock->raise();
    }
    updateProblemMarks();
    const core::District& district = m_document->district();
    m_statusBar->showMessage(tr("Opened %1: %2 zones, %3 parcels, %4 buildings, %5 sites on "
                                "offer, %6 projects")
                                 .arg(workspaceDisplayName(m_document->path()))
                                 .arg(district.zones.size())
                                 .arg(district.parcels.size())
                                 .arg(district.buildings.size())
                                 .arg(m_document->sites().size())
                                 .arg(district.projects.size()),
                             8000);
    retranslateUi();
    updateLegend();
    updateActions();
    offerRecovery();
}

void MainWindow::onClosed() {
    m_canvas->setMapData(nullptr);
    m_statusBar->setCrs({});
    m_statusBar->showScale(0.0);
    m_identify->showFeature(std::nullopt);
    m_edits->end();
    m_attributeEditor->clear();
    m_editLog->refresh({});
    retranslateUi();
    updateLegend();
    updateActions();
}

void MainWindow::updateActions() {
    const bool open = m_document->isOpen();
    for (QAction* action : {m_close, m_exportPng, m_exportPdf, m_zoomIn, m_zoomOut, m_zoomFull,
                            m_zoomLayer, m_refresh}) {
        action->setEnabled(open);
    }
    m_exportMenu->setEnabled(open);
    m_zoomSelection->setEnabled(open && !m_document->selection().empty());
    m_runAllocation->setEnabled(open && !m_task->isRunning());
    m_cancelTask->setEnabled(m_task->isRunning());
    m_save->setEnabled(open && m_edits->isModified());
    m_discard->setEnabled(open && m_edits->isModified());
    const QUndoStack& stack = m_edits->undoStack();
    m_undo->setEnabled(stack.canUndo());
    m_redo->setEnabled(stack.canRedo());
    m_undo->setToolTip(stack.canUndo() ? tr("Undo %1").arg(stack.undoText()) : QString());
    m_redo->setToolTip(stack.canRedo() ? tr("Redo %1").arg(stack.redoText()) : QString());
}

void MainWindow::onEditsChanged() {
    if (m_document->isOpen() && m_edits->isActive()) {
        m_document->setPlanLinks(m_edits->links());
    }
    const int pending = static_cast<int>(m_edits->pendingCount());
    setWindowModified(pending > 0);
    if (m_unsavedLabel == nullptr) {
        m_unsavedLabel = new QLabel(this);
        m_unsavedLabel->setObjectName(QStringLiteral("unsavedChangesLabel"));
        m_statusBar->addPermanentWidget(m_unsavedLabel);
    }
    m_unsavedLabel->setText(pending > 0 ? tr("%n unsaved change(s)", "", pending) : QString());
    m_unsavedLabel->setVisible(pending > 0);
    updateActions();
}

bool MainWindow::savePendingEdits() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const EditSaveResult result = m_edits->save({});
    QApplication::restoreOverrideCursor();
    switch (result.status) {
        case EditSaveResult::Status::Nothing:
            return true;
        case EditSaveResult::Status::Saved:
            m_statusBar->showMessage(result.message, 8000);
            return true;
        case EditSaveResult::Status::Stale:
        case EditSaveResult::Status::Refused:
            break;
    }
    m_statusBar->showMessage(tr("Nothing was saved"), 8000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("sitefit"),
                                result.status == EditSaveResult::Status::Stale
                                    ? tr("Someone else changed a row you edited.")
                                    : tr("The changes cannot be saved."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("saveProblemBox"));
    box->setInformativeText(result.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // not exec(): the window keeps running, the edits stay pending
    if (result.status == EditSaveResult::Status::Stale && m_attributeEditor->row() &&
        m_attributeEditor->row()->layer == result.layer &&
        m_attributeEditor->row()->id == result.id) {
        m_editDock->show();
        m_editDock->raise();
    }
    return false;
}

bool MainWindow::saveEdits() {
    if (!m_edits->isModified()) {
        return true;
    }
    if (!savePendingEdits()) {
        return false;
    }
    // Reopen so that the map, the tables and the capacity show the saved values.
    if (const auto& row = m_attributeEditor->row()) {
        m_rowToReshow = std::make_pair(row->layer, row->id);
    }
    // As it was opened: without its flawed features, if so.
    openWorkspace(m_document->path(), m_document->flawHandling());
    return true;
}

bool MainWindow::settleUnsavedEdits() {
    if (!m_edits->isModified()) {
        return true;
    }
    switch (m_unsavedPrompt(static_cast<int>(m_edits->pendingCount()))) {
        case UnsavedEditsChoice::Save:
            return savePendingEdits();
        case UnsavedEditsChoice::Discard:
            m_edits->discard();
            return true;
        case UnsavedEditsChoice::Cancel:
            break;
    }
    return false;
}

void MainWindow::offerRecovery() {
    const std::optional<PendingEdits> journaled = m_edits->journaledEdits();
    if (!journaled) {
        return;
    }
    if (m_recoveryPrompt(static_cast<int>(journaled->size()), m_document->path())) {
        m_edits->restore(*journaled);
        m_editDock->show();
        m_historyDock->show();
        m_historyDock->raise();
        m_statusBar->showMessage(
            tr("Restored %n unsaved change(s)", "", static_cast<int>(journaled->size())), 8000);
    } else {
        m_edits->dropJournal();
    }
}

void MainWindow::onTaskFailed(const QString& title, const QString& message) {
    if (const std::optional<WorkspaceRefusal> refusal = refusalOf(m_task->failure())) {
        offerToOpenWithoutFlaws(*refusal);
        return;
    }
    showError(title, message);
}

void MainWindow::offerToOpenWithoutFlaws(const WorkspaceRefusal& refusal) {
    m_statusBar->showMessage(tr("Not opened: %1 has %n feature(s) with errors", "", refusal.errors)
                                 .arg(workspaceDisplayName(refusal.path)),
                             8000);
    auto* dialog = new FlawedWorkspaceDialog(refusal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FlawedWorkspaceDialog::openWithoutFlawsRequested, this,
            [this](const QString& path) { openWorkspace(path, gis::FlawHandling::SetAside); });
    dialog->open();  // not exec(): the window keeps running
}

void MainWindow::updateProblemMarks() {
    if (!m_document->isOpen() || !m_problemsDock->toggleViewAction()->isChecked()) {
        m_canvas->setMarks({});
        return;
    }
    m_canvas->setMarks(problemMarks(m_document->problems(), ProblemLocator(m_document->mapData())));
}

QString MainWindow::mapTitle() const {
    QString name = workspaceBaseName(m_document->path());
    if (const auto project = m_document->selectedProject()) {
        const core::Project& p = m_document->district().projects.at(*project);
        return tr("%1 — candidate sites for %2 %3")
            .arg(name, QString::fromStdString(p.project_id), QString::fromStdString(p.name));
    }
    if (m_document->plan() != nullptr) {
        return tr("%1 — allocation plan").arg(name);
    }
    return name;
}

void MainWindow::chooseExport(const QString& extension) {
    if (!m_document->isOpen()) {
        return;
    }
    // Beside a GeoPackage; a database workspace has no folder, so the user's documents.
    const QString folder = isDatabaseWorkspace(m_document->path())
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_document->path()).absolutePath();
    const QString suggested = folder + QLatin1Char('/') + workspaceBaseName(m_document->path()) +
                              QStringLiteral("-map.") + extension;
    const QString filter =
        extension == QLatin1String("pdf") ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), suggested, filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + extension;
    }
    exportMapTo(path);
}

bool MainWindow::exportMapTo(const QString& path) {
    if (!m_document->isOpen()) {
        return false;
    }
    MapLayout layout;
    layout.title = mapTitle();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        exportMap(m_canvas->snapshot(), layout, path.toStdString());
        QApplication::restoreOverrideCursor();
        m_statusBar->showMessage(tr("Exported the map to %1").arg(path), 6000);
        return true;
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        showError(tr("Exporting the map"), QString::fromUtf8(error.what()));
        return false;
    }
}

}  // namespace sitefit::gui
