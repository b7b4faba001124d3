#include "ui_language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

#include "sitefit/gui/translation_catalogue.hpp"

namespace sitefit::gui {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

struct Translators {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QString::fromLatin1(UiLanguage::kEnglish);
};

Translators& translators() {
    static Translators instance;
    return instance;
}

}  // namespace

QString UiLanguage::systemLanguage() {
    return QLocale::system().language() == QLocale::Chinese ? QString::fromLatin1(kChinese)
                                                            : QString::fromLatin1(kEnglish);
}

QString UiLanguage::storedChoice() {
    return QSettings().value(kSettingsKey).toString();
}

void UiLanguage::storeChoice(const QString& language) {
    QSettings settings;
    if (language.isEmpty()) {
        settings.remove(kSettingsKey);
    } else {
        settings.setValue(kSettingsKey, language);
    }
}

QString UiLanguage::startupLanguage() {
    const QString stored = storedChoice();
    return stored.isEmpty() ? systemLanguage() : stored;
}

void UiLanguage::apply(const QString& language) {
    Translators& t = translators();
    if (t.app) {
        QCoreApplication::removeTranslator(t.app.get());
        t.app.reset();
    }
    if (t.qt) {
        QCoreApplication::removeTranslator(t.qt.get());
        t.qt.reset();
    }
    if (language == QLatin1String(kChinese)) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto app = std::make_unique<QTranslator>();
        if (app->load(translationCatalogue(language))) {
            QCoreApplication::installTranslator(app.get());
            t.app = std::move(app);
        }
        // Qt's own dialogs and buttons, when the system has Qt's translations.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_zh_CN"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            t.qt = std::move(qt);
        }
        t.language = language;
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The source texts are English; the English catalogue only gives the plural forms
        // of counted messages ("1 unsaved change", "3 unsaved changes").
        auto app = std::make_unique<QTranslator>();
        if (app->load(translationCatalogue(QString::fromLatin1(kEnglish)))) {
            QCoreApplication::installTranslator(app.get());
            t.app = std::move(app);
        }
        t.language = QString::fromLatin1(kEnglish);
    }
}

QString UiLanguage::current() {
    return translators().language;
}

}  // namespace sitefit::gui
