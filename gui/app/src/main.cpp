// sitefit-gui [WORKSPACE] [--as-of DATE] [--language en|zh_CN]: the map window.
// sitefit-gui --investor WORKSPACE: the read-only investor preview.

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

#include "investor_window.hpp"
#include "main_window.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/version.hpp"
#include "ui_language.hpp"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("sitefit"));
    QCoreApplication::setApplicationName(QStringLiteral("sitefit"));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(
        sitefit::kVersion.data(), static_cast<qsizetype>(sitefit::kVersion.size())));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("sitefit"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("sitefit: land and carrier-capacity planning on a map"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QStringLiteral("Workspace GeoPackage to open"),
                                 QStringLiteral("[WORKSPACE]"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Date for readiness (YYYY-MM-DD; default today)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("User interface language for this run: en or zh_CN (default: the one "
                       "chosen in Settings, else the system's)"),
        QStringLiteral("LANGUAGE"));
    const QCommandLineOption investor(
        QStringLiteral("investor"),
        QStringLiteral("Open WORKSPACE read-only in the investor preview: the sites on offer, "
                       "ranked for your requirements, with site cards and a proposal package; "
                       "no project of the workspace is shown"));
    parser.addOption(asOf);
    parser.addOption(language);
    parser.addOption(investor);
    parser.process(app);

    std::optional<sitefit::core::Date> date;
    if (parser.isSet(asOf)) {
        date = sitefit::core::parseIsoDate(parser.value(asOf).toStdString());
        if (!date) {
            std::fprintf(stderr, "sitefit-gui: --as-of '%s' is not a date (YYYY-MM-DD)\n",
                         qPrintable(parser.value(asOf)));
            return 2;
        }
    }
    sitefit::gui::UiLanguage::apply(parser.isSet(language)
                                        ? parser.value(language)
                                        : sitefit::gui::UiLanguage::startupLanguage());

    const QStringList arguments = parser.positionalArguments();
    if (parser.isSet(investor)) {
        if (arguments.isEmpty()) {
            std::fprintf(stderr, "sitefit-gui: --investor needs a WORKSPACE to preview\n");
            return 2;
        }
        sitefit::gui::InvestorWindow window(date);
        window.show();
        const QString& path = arguments.first();
        QTimer::singleShot(0, &window, [&window, path] { window.openWorkspace(path); });
        return QApplication::exec();
    }
    sitefit::gui::MainWindow window(date);
    window.show();
    if (!arguments.isEmpty()) {
        const QString& path = arguments.first();
        QTimer::singleShot(0, &window, [&window, path] { window.openWorkspace(path); });
    }
    return QApplication::exec();
}
