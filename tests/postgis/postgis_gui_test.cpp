// The map window on a team's shared PostGIS workspace: File ▸ Open Database Workspace opens
// it, and an attribute edited in the window is saved into the database, versioned and
// logged, as `sitefit edit` would. Offscreen Qt, this run's PostgreSQL server.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <array>
#include <filesystem>
#include <memory>

#include "attribute_editor.hpp"
#include "background_task.hpp"
#include "edit_session.hpp"
#include "main_window.hpp"
#include "map_status_bar.hpp"
#include "postgis_test_support.hpp"
#include "sitefit/core/date.hpp"
#include "ui_language.hpp"
#include "workspace_document.hpp"

namespace sitefit::test {
namespace {

namespace fs = std::filesystem;
using gui::MainWindow;

constexpr int kTimeout_ms = 120000;

// Waits until the window's background work (opening, reopening after a save) is done.
bool settle(MainWindow& window) {
    return window.task().waitForFinished(kTimeout_ms);
}

class PostgisGuiTest : public ::testing::Test {
protected:
    // A QApplication for this suite (the support library's main runs the tests); widgets on
    // the offscreen platform, no display needed. Destroyed when the suite ends, not at exit,
    // where it would outlive Qt's own globals.
    static void SetUpTestSuite() {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        s_application = std::make_unique<QApplication>(s_argc, s_argv.data());
        QCoreApplication::setOrganizationName(QStringLiteral("sitefit-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("sitefit-postgis-gui-tests"));
    }
    static void TearDownTestSuite() { s_application.reset(); }

    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        gui::UiLanguage::apply(QStringLiteral("en"));
        // The sample into the test's database, as a team would put it there.
        const fs::path sample = fs::path(m_dir.path().toStdString()) / "haizhou.gpkg";
        fs::copy_file(SITEFIT_SAMPLE, sample);
        const ProcessResult copied = runSitefit({"copy", sample.string(), m_db.workspace(), "-q"});
        ASSERT_EQ(copied.exit_code, 0) << copied.err;
    }

    [[nodiscard]] std::unique_ptr<MainWindow> windowAnswering(const QString& connection) {
        auto window = std::make_unique<MainWindow>(core::parseIsoDate("2025-01-01"));
        window->setDatabasePrompt([connection](QWidget*) { return connection; });
        window->setUnsavedEditsPrompt([](int) { return gui::UnsavedEditsChoice::Discard; });
        window->setRecoveryPrompt([](int, const QString&) { return false; });
        window->resize(1200, 800);
        window->show();
        return window;
    }

    static QAction* openDatabaseAction(MainWindow& window) {
        return window.findChild<QAction*>(QStringLiteral("actionOpenDatabase"));
    }

    static inline int s_argc = 1;
    static inline char s_name[] = "sitefit_postgis_gui_tests";
    static inline std::array<char*, 2> s_argv{s_name, nullptr};
    static inline std::unique_ptr<QApplication> s_application;

    QTemporaryDir m_dir;
    TestDatabase m_db;
};

TEST_F(PostgisGuiTest, OpensADatabaseWorkspaceAndSavesAnEditIntoIt) {
    const QString connection = QString::fromStdString(m_db.workspace());
    auto window = windowAnswering(connection);
    QAction* open = openDatabaseAction(*window);
    ASSERT_NE(open, nullptr);
    open->trigger();
    ASSERT_TRUE(settle(*window));
    ASSERT_TRUE(window->document().isOpen());
    EXPECT_EQ(window->document().path(), connection);
    EXPECT_EQ(window->document().district().parcels.size(), 552U);
    EXPECT_EQ(window->document().district().buildings.size(), 6326U);
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("PG:")))
        << window->windowTitle().toStdString();

    // B000001 has 0 m² vacant of 3,264 m² (as in the GeoPackage tests); 1,200 is allowed.
    gui::AttributeEditor* editor = window->attributeEditor();
    editor->showRow("buildings", "B000001");
    ASSERT_TRUE(editor->row().has_value());
    const int row = editor->rowOf("vacant_m2");
    ASSERT_GE(row, 0);
    EXPECT_EQ(editor->table()->item(row, 1)->text(), QStringLiteral("0"));
    editor->table()->item(row, 2)->setText(QStringLiteral("1200"));
    QCoreApplication::processEvents();
    ASSERT_EQ(window->edits().pendingCount(), 1U);
    ASSERT_TRUE(window->saveEdits());
    ASSERT_TRUE(settle(*window));

    const std::vector<Row> saved =
        m_db.sql("SELECT vacant_m2::text, version::text FROM buildings WHERE building_id = $1",
                 {std::string("B000001")});
    ASSERT_EQ(saved.size(), 1U);
    EXPECT_EQ(saved[0][0], std::optional<std::string>("1200"));
    EXPECT_EQ(saved[0][1], std::optional<std::string>("1"));
    const std::vector<Row> logged = m_db.sql(
        "SELECT old_value, new_value FROM edit_log WHERE object_id = $1 AND field = 'vacant_m2'",
        {std::string("B000001")});
    ASSERT_EQ(logged.size(), 1U);
    EXPECT_EQ(logged[0][0], std::optional<std::string>("0"));
    EXPECT_EQ(logged[0][1], std::optional<std::string>("1200"));
    // The window reopened the workspace from the database and shows the saved value.
    ASSERT_TRUE(window->document().isOpen());
    EXPECT_EQ(window->document().path(), connection);
}

TEST_F(PostgisGuiTest, ACancelledConnectionPromptOpensNothing) {
    auto window = windowAnswering(QString());
    openDatabaseAction(*window)->trigger();
    ASSERT_TRUE(settle(*window));
    EXPECT_FALSE(window->document().isOpen());
}

TEST_F(PostgisGuiTest, AConnectionWithAPasswordIsRefusedAndNothingOpens) {
    auto window = windowAnswering(QString::fromStdString(m_db.workspace()) +
                                  QStringLiteral(" password=secret"));
    openDatabaseAction(*window)->trigger();
    ASSERT_TRUE(settle(*window));
    EXPECT_FALSE(window->document().isOpen());
    EXPECT_TRUE(window->mapStatusBar()->currentMessage().startsWith(QStringLiteral("Failed")))
        << window->mapStatusBar()->currentMessage().toStdString();
}

}  // namespace
}  // namespace sitefit::test
