#include "map_window_base.hpp"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>

#include "background_task.hpp"
#include "language_menu.hpp"
#include "legend_widget.hpp"
#include "map_canvas.hpp"
#include "map_status_bar.hpp"
#include "sitefit/gui/legend.hpp"
#include "window_docks.hpp"

namespace sitefit::gui {

MapWindowBase::MapWindowBase(WorkspaceDocument::Access access, std::optional<core::Date> as_of,
                             QWidget* parent)
    : QMainWindow(parent), m_asOf(as_of.value_or(todayUtc())) {
    m_document = new WorkspaceDocument(access, this);
    m_task = new BackgroundTask(this);
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    setCentralWidget(m_canvas);
    m_statusBar = new MapStatusBar(*m_task, this);
    setStatusBar(m_statusBar);
    m_legend = new LegendWidget(this);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createActions();
    createMenus();
    wire();
}

MapWindowBase::~MapWindowBase() {
    m_task->cancel();
}

void MapWindowBase::createActions() {
    const auto action = [this](const char* name) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    m_quit = action("actionQuit");
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_zoomIn = action("actionZoomIn");
    // Ctrl+= too: on most keyboards "+" needs Shift.
    m_zoomIn->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = action("actionZoomOut");
    m_zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_zoomFull = action("actionZoomFull");
    m_zoomFull->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_zoomSelection = action("actionZoomSelection");
    m_zoomSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_about = action("actionAbout");
    m_about->setMenuRole(QAction::AboutRole);
}

void MapWindowBase::createMenus() {
    m_fileMenu = new QMenu(this);
    m_viewMenu = new QMenu(this);
    m_mapMenu = new QMenu(this);
    m_settingsMenu = new QMenu(this);
    m_languageMenu = new LanguageMenu(this);
    m_settingsMenu->addMenu(m_languageMenu);
    m_helpMenu = new QMenu(this);
    m_helpMenu->addAction(m_about);
}

void MapWindowBase::wire() {
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_zoomIn, &QAction::triggered, m_canvas, &MapCanvas::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_canvas, &MapCanvas::zoomOut);
    connect(m_zoomFull, &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
    connect(m_zoomSelection, &QAction::triggered, this,
            [this] { m_canvas->zoomToFeatures(m_document->selection()); });
    connect(m_canvas, &MapCanvas::cursorMoved, m_statusBar, &MapStatusBar::showCursor);
    connect(m_canvas, &MapCanvas::cursorLeft, m_statusBar, &MapStatusBar::clearCursor);
    connect(m_canvas, &MapCanvas::viewChanged, this,
            [this] { m_statusBar->showScale(m_canvas->scaleDenominator()); });
    connect(m_canvas, &MapCanvas::renderStarted, this, [this] { m_statusBar->setRendering(true); });
    connect(m_canvas, &MapCanvas::renderFinished, this,
            [this] { m_statusBar->setRendering(m_canvas->isRendering()); });
    connect(m_document, &WorkspaceDocument::resultsChanged, this, [this] {
        m_canvas->setResults(m_document->results());
        updateLegend();
    });
}

void MapWindowBase::retranslateMapWindow() {
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_mapMenu->setTitle(tr("&Map"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomFull->setText(tr("Zoom &Full"));
    m_zoomSelection->setText(tr("Zoom to &Selection"));
}

void MapWindowBase::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateLegend();
    }
}

QScrollArea* MapWindowBase::makeLegendScrollArea() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_legend);
    scroll->setWidgetResizable(true);
    return scroll;
}

void MapWindowBase::showOpenedMap() {
    m_canvas->setMapData(m_document->mapData());
    m_canvas->setResults(m_document->results());
    m_statusBar->setCrs(m_document->mapData()->crs_wkt);
}

void MapWindowBase::updateLegend() {
    if (!m_document->isOpen()) {
        m_legend->setLegend({});
        return;
    }
    m_legend->setLegend(
        legendOf(*m_document->mapData(), *m_document->results(), m_canvas->settings()));
}

void MapWindowBase::showError(const QString& title, const QString& message) {
    m_statusBar->showMessage(tr("Failed: %1").arg(title), 8000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("sitefit"), tr("%1 failed.").arg(title),
                                QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // not exec(): the window keeps running
}

}  // namespace sitefit::gui
