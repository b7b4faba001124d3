#pragma once

#include <QString>

namespace sitefit::gui {

// The compiled catalogue of the user-interface texts of the app and the renderer for a
// language ("zh_CN"), embedded in the program by the sitefit_translations target; "" when
// there is none. English ("en") is the source language: its catalogue holds only the plural
// forms of the messages counted with %n. Load it into a
// QTranslator and install that before creating widgets or rendering labels:
//   QTranslator t; if (t.load(translationCatalogue("zh_CN"))) app.installTranslator(&t);
[[nodiscard]] QString translationCatalogue(const QString& language);

}  // namespace sitefit::gui
