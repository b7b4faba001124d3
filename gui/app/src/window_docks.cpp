#include "window_docks.hpp"

#include <QDockWidget>
#include <QMainWindow>
#include <chrono>

namespace sitefit::gui {

QDockWidget* makeDock(QMainWindow* window, const char* name, QWidget* content) {
    auto* dock = new QDockWidget(window);
    dock->setObjectName(QLatin1String(name));
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    return dock;
}

core::Date todayUtc() {
    return core::Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

}  // namespace sitefit::gui
