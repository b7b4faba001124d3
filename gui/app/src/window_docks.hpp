#pragma once

#include <QString>

#include "sitefit/core/date.hpp"

class QDockWidget;
class QMainWindow;
class QWidget;

namespace sitefit::gui {

// What the map window and the investor window build alike.

// A dock holding `content`, named `name` (saved layouts find it by that name), movable,
// floatable and closable; the window adds it where it wants.
[[nodiscard]] QDockWidget* makeDock(QMainWindow* window, const char* name, QWidget* content);

// Today's date in UTC: "today" for readiness when no --as-of is given.
[[nodiscard]] core::Date todayUtc();

}  // namespace sitefit::gui
