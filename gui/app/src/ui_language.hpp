#pragma once

#include <QString>
#include <QStringList>

namespace sitefit::gui {

// The language of the user interface: English (the source texts) or Simplified Chinese
// (the catalogue compiled into the program from gui/translations/sitefit_zh_CN.ts, which
// covers the app and the map renderer). Switching installs the translators, so every
// widget receives QEvent::LanguageChange and retranslates itself on the fly.
class UiLanguage {
public:
    // "en" or "zh_CN".
    static constexpr const char* kEnglish = "en";
    static constexpr const char* kChinese = "zh_CN";

    // The language of the system locale, among ours (Chinese for any zh locale).
    [[nodiscard]] static QString systemLanguage();
    // The planner's choice stored in QSettings ("" = follow the system).
    [[nodiscard]] static QString storedChoice();
    static void storeChoice(const QString& language);
    // The stored choice, or the system's language.
    [[nodiscard]] static QString startupLanguage();

    // Installs (or removes) the translators and sets the default QLocale. Main thread only.
    static void apply(const QString& language);
    [[nodiscard]] static QString current();
};

}  // namespace sitefit::gui
