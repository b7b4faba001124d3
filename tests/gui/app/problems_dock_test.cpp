// The map window on a workspace with flawed features (a copy of the sample with one
// building's floors set to 0 and one parcel's far_min above its far_max, two errors, and one
// building's vacant space 0.5 % above its floor area, a warning): opening it is refused with
// an offer to open it without the two; accepted, it opens with them left out, the Problems
// dock lists every problem by rule and marks them on the map, and a click on a problem
// centres the map on it.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "background_task.hpp"
#include "flawed_workspace_dialog.hpp"
#include "main_window.hpp"
#include "map_canvas.hpp"
#include "problem_marks.hpp"
#include "problems_panel.hpp"
#include "sitefit/core/error.hpp"
#include "ui_language.hpp"
#include "workspace_document.hpp"
#include "workspace_refusal.hpp"

using namespace sitefit;
using namespace sitefit::gui;

namespace {

constexpr int kTimeout_ms = 60000;

// Sets `set` on the first row (by fid) of `layer` where `where` holds; returns its `id`.
std::string breakFirst(GDALDataset& dataset, const std::string& layer, const std::string& id,
                       const std::string& set, const std::string& where) {
    const std::string first = "(SELECT min(fid) FROM " + layer + " WHERE " + where + ")";
    OGRLayer* found = dataset.ExecuteSQL(
        ("SELECT " + id + " FROM " + layer + " WHERE fid = " + first).c_str(), nullptr, nullptr);
    if (found == nullptr) {
        return {};
    }
    std::string value;
    if (const OGRFeatureUniquePtr feature(found->GetNextFeature()); feature) {
        value = feature->GetFieldAsString(0);
    }
    dataset.ReleaseResultSet(found);
    // GeoPackage: statements other than SELECT go to SQLite as they are.
    dataset.ExecuteSQL(("UPDATE " + layer + " SET " + set + " WHERE fid = " + first).c_str(),
                       nullptr, nullptr);
    return value;
}

}  // namespace

class ProblemsDockTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusalsAreRecognised();
    void refusedOpenOffersToOpenWithoutTheFlawedFeatures();
    void problemsDockListsTheProblemsByRule();
    void problemsAreMarkedOnTheMap();
    void clickingAProblemCentresTheMap();
    void aSoundWorkspaceHasNoProblems();

private:
    void waitForRender();
    // The middle of a building's bounding box on the map.
    [[nodiscard]] QPointF buildingCentre(const std::string& id) const;
    // The Problems panel's row of `feature` under `rule`, or nullptr.
    [[nodiscard]] QTreeWidgetItem* problemRow(const QString& rule, const std::string& feature);
    // Clicks `row` on a map at its full extent: the map is then centred on `at`.
    void clickAndExpectCentre(QTreeWidgetItem* row, QPointF at);

    QTemporaryDir m_dir;
    QString m_workspace;
    std::string m_building;  // floors 0
    std::string m_parcel;    // far_min above far_max
    std::string m_clamped;   // vacant_m2 0.5 % above floor_area_m2: a warning
    std::unique_ptr<MainWindow> m_window;
};

void ProblemsDockTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("sitefit-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("sitefit-gui-problems-tests"));

    m_workspace = m_dir.filePath(QStringLiteral("flawed.gpkg"));
    QVERIFY(QFile::copy(QStringLiteral(SITEFIT_SAMPLE), m_workspace));
    QFile::setPermissions(m_workspace, QFile::ReadOwner | QFile::WriteOwner);
    {
        GDALAllRegister();
        const GDALDatasetUniquePtr dataset(
            GDALDataset::Open(m_workspace.toStdString().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        QVERIFY(dataset != nullptr);
        m_building = breakFirst(*dataset, "buildings", "building_id", "floors = 0", "1 = 1");
        m_parcel = breakFirst(*dataset, "parcels", "parcel_id", "far_min = far_max + 1",
                              "far_max IS NOT NULL");
        m_clamped =
            breakFirst(*dataset, "buildings", "building_id", "vacant_m2 = floor_area_m2 * 1.005",
                       "floor_area_m2 > 0 AND building_id <> '" + m_building + "'");
    }
    QVERIFY(!m_building.empty());
    QVERIFY(!m_parcel.empty());
    QVERIFY(!m_clamped.empty());

    UiLanguage::apply(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(core::parseIsoDate("2025-01-01"));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ProblemsDockTest::cleanupTestCase() {
    m_window.reset();
}

void ProblemsDockTest::waitForRender() {
    MapCanvas* canvas = m_window->canvas();
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering() && !canvas->renderedImage().isNull() &&
                                 canvas->renderedSettings() == canvas->settings(),
                             kTimeout_ms);
}

void ProblemsDockTest::refusalsAreRecognised() {
    const QString path = QStringLiteral("/data/w.gpkg");
    // The listing of several errors: the command line's advice is left out.
    const Error several(Error::Kind::Input,
                        "the workspace has 2 errors (features that would make figures wrong):\n"
                        "value: 2 errors\n  error: parcels P1 far_min: far_min 4 is above "
                        "far_max 3\n  error: buildings B1 floors: must be between 1 and 200\n"
                        "Run `sitefit check /data/w.gpkg` for every problem with its location",
                        {"/data/w.gpkg"});
    const std::optional<WorkspaceRefusal> listed = refusalOf(path, several);
    QVERIFY(listed.has_value());
    QCOMPARE(listed->path, path);
    QCOMPARE(listed->errors, 2);
    QVERIFY(listed->problems.startsWith(QStringLiteral("value: 2 errors")));
    QVERIFY(listed->problems.contains(QStringLiteral("buildings B1 floors")));
    QVERIFY(!listed->problems.contains(QStringLiteral("sitefit check")));
    // The only error: a feature's.
    const Error one(Error::Kind::Input, "must be between 1 and 200 (found 0)",
                    {"/data/w.gpkg", "buildings", "B1", "floors"});
    const std::optional<WorkspaceRefusal> single = refusalOf(path, one);
    QVERIFY(single.has_value());
    QCOMPARE(single->errors, 1);
    QCOMPARE(single->problems, QStringLiteral("buildings B1 floors: must be between 1 and 200 "
                                              "(found 0)"));
    // Anything else keeps its plain error box.
    QVERIFY(!refusalOf(path, Error(Error::Kind::Input, "not a GeoPackage", {"/data/w.gpkg"})));
    QVERIFY(!refusalOf(path, Error(Error::Kind::Usage, "the workspace has 2 errors")));
    QVERIFY(!refusalOf(std::exception_ptr{}));
    QVERIFY(!refusalOf(std::make_exception_ptr(one)));  // not thrown by an open
    QVERIFY(refusalOf(std::make_exception_ptr(WorkspaceRefusedError(one, *single))));
}

void ProblemsDockTest::refusedOpenOffersToOpenWithoutTheFlawedFeatures() {
    m_window->openWorkspace(m_workspace);  // FlawHandling::Refuse
    QVERIFY(m_window->task().waitForFinished(kTimeout_ms));
    QVERIFY(!m_window->document().isOpen());
    // The offer, not the plain error box.
    FlawedWorkspaceDialog* offer = nullptr;
    QTRY_VERIFY((offer = m_window->findChild<FlawedWorkspaceDialog*>()) != nullptr &&
                offer->isVisible());
    for (const QMessageBox* box : m_window->findChildren<QMessageBox*>()) {
        QVERIFY2(!box->isVisible(), qPrintable(box->text()));
    }
    QCOMPARE(offer->refusal().path, m_workspace);
    QCOMPARE(offer->refusal().errors, 2);
    QVERIFY(offer->heading()->text().contains(QStringLiteral("2 features")));
    const QString problems = offer->problemsView()->toPlainText();
    QVERIFY2(problems.contains(QString::fromStdString("buildings " + m_building + " floors")),
             qPrintable(problems));
    QVERIFY2(problems.contains(QString::fromStdString("parcels " + m_parcel + " far_min")),
             qPrintable(problems));
    QCOMPARE(offer->openWithoutButton()->text(),
             QStringLiteral("Open without the flawed features"));
    if (const QString shots = qEnvironmentVariable("SITEFIT_SCREENSHOTS_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        offer->grab().save(QDir(shots).filePath(QStringLiteral("flawed-workspace-offer.png")));
    }

    // Accepted: the same path opens without the two features.
    QTest::mouseClick(offer->openWithoutButton(), Qt::LeftButton);
    QVERIFY(m_window->task().isRunning());
    QVERIFY(m_window->task().waitForFinished(kTimeout_ms));
    const WorkspaceDocument& document = m_window->document();
    QVERIFY(document.isOpen());
    QCOMPARE(document.path(), m_workspace);
    QCOMPARE(document.flawHandling(), gis::FlawHandling::SetAside);
    QCOMPARE(document.problems().errorCount(), std::size_t{2});
    const core::District& district = document.district();
    QVERIFY(std::none_of(district.buildings.begin(), district.buildings.end(),
                         [&](const core::Building& b) { return b.building_id == m_building; }));
    QVERIFY(std::none_of(district.parcels.begin(), district.parcels.end(),
                         [&](const core::Parcel& p) { return p.parcel_id == m_parcel; }));
    waitForRender();
}

void ProblemsDockTest::problemsDockListsTheProblemsByRule() {
    QVERIFY(m_window->document().isOpen());
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("problemsDock"));
    QVERIFY(dock != nullptr);
    QTRY_VERIFY(dock->isVisible());  // shown and raised in front of its tabs
    QCOMPARE(dock->windowTitle(), QStringLiteral("Problems"));
    ProblemsPanel* panel = m_window->problemsPanel();
    QVERIFY(panel->tree()->isVisibleTo(panel));
    QVERIFY2(panel->summary()->text().startsWith(QStringLiteral(
                 "Left out of the map, the capacity and the matching: 2 features with errors.")),
             qPrintable(panel->summary()->text()));

    // One group a rule, in the report's order, with its counts and one row a problem.
    const core::ProblemReport& report = m_window->document().problems();
    const auto counts = report.countsByRule();
    QTreeWidget* tree = panel->tree();
    QCOMPARE(tree->topLevelItemCount(), static_cast<int>(counts.size()));
    int rows = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = tree->topLevelItem(g);
        const auto& expected = counts[static_cast<std::size_t>(g)];
        QCOMPARE(group->data(0, ProblemsPanel::kRuleRole).toString().toStdString(), expected.rule);
        QCOMPARE(group->data(0, ProblemsPanel::kErrorsRole).toULongLong(), expected.errors);
        QCOMPARE(group->data(0, ProblemsPanel::kWarningsRole).toULongLong(), expected.warnings);
        QCOMPARE(group->childCount(), static_cast<int>(expected.count));
        rows += group->childCount();
    }
    QCOMPARE(rows, static_cast<int>(report.problems().size()));

    // The two broken features: errors under "value", nothing else there.
    const QList<QTreeWidgetItem*> value =
        tree->findItems(QStringLiteral("value — "), Qt::MatchStartsWith, 0);
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.front()->text(0), QStringLiteral("value — 2 errors"));
    std::map<QString, QString> fields;  // feature → field
    for (int r = 0; r < value.front()->childCount(); ++r) {
        const QTreeWidgetItem* row = value.front()->child(r);
        QCOMPARE(row->text(ProblemsPanel::Severity), QStringLiteral("Error"));
        fields[row->text(ProblemsPanel::Feature)] = row->text(ProblemsPanel::Field);
        QVERIFY(!row->text(ProblemsPanel::Message).isEmpty());
    }
    const std::map<QString, QString> expected{
        {QString::fromStdString(m_building), QStringLiteral("floors")},
        {QString::fromStdString(m_parcel), QStringLiteral("far_min")}};
    QCOMPARE(fields, expected);

    // The clamped vacant space: a warning of its own rule, its building still on the map.
    const QList<QTreeWidgetItem*> clamped =
        tree->findItems(QStringLiteral("vacant_over_floor_area — "), Qt::MatchStartsWith, 0);
    QCOMPARE(clamped.size(), 1);
    QCOMPARE(clamped.front()->text(0), QStringLiteral("vacant_over_floor_area — 1 warning"));
    QCOMPARE(clamped.front()->childCount(), 1);
    const QTreeWidgetItem* warning = clamped.front()->child(0);
    QCOMPARE(warning->text(ProblemsPanel::Severity), QStringLiteral("Warning"));
    QCOMPARE(warning->text(ProblemsPanel::Feature).toStdString(), m_clamped);
    QCOMPARE(warning->text(ProblemsPanel::Field), QStringLiteral("vacant_m2"));
    const core::District& district = m_window->document().district();
    QVERIFY(std::any_of(district.buildings.begin(), district.buildings.end(),
                        [&](const core::Building& b) { return b.building_id == m_clamped; }));
}

void ProblemsDockTest::problemsAreMarkedOnTheMap() {
    // The two errors have their own locations; the warning (a value, which the reader does
    // not locate) shows at the middle of its building, which is still on the map.
    const core::ProblemReport& report = m_window->document().problems();
    QCOMPARE(std::count_if(report.problems().begin(), report.problems().end(),
                           [](const core::DataProblem& p) {
                               return p.severity == core::Severity::Error && p.location;
                           }),
             2);
    const std::vector<MapMark>& marks = m_window->canvas()->marks();
    QCOMPARE(marks.size(), std::size_t{3});
    // Errors red, drawn last (over the warnings' orange).
    QCOMPARE(marks[0].colour, problemColour(core::Severity::Warning));
    QCOMPARE(marks[1].colour, problemColour(core::Severity::Error));
    QCOMPARE(marks[2].colour, problemColour(core::Severity::Error));
    QVERIFY(problemColour(core::Severity::Error) != problemColour(core::Severity::Warning));
    const QPointF clamped = buildingCentre(m_clamped);
    QCOMPARE(marks[0].x, clamped.x());
    QCOMPARE(marks[0].y, clamped.y());
    // Closing the panel takes its marks off the map; opening it puts them back.
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("problemsDock"));
    dock->close();
    QVERIFY(m_window->canvas()->marks().empty());
    dock->show();
    QCOMPARE(m_window->canvas()->marks().size(), std::size_t{3});
}

QPointF ProblemsDockTest::buildingCentre(const std::string& id) const {
    const WorkspaceDocument& document = m_window->document();
    const std::vector<core::Building>& buildings = document.district().buildings;
    const auto found = std::find_if(buildings.begin(), buildings.end(),
                                    [&](const core::Building& b) { return b.building_id == id; });
    if (found == buildings.end()) {
        return {};
    }
    const gis::Envelope box =
        document.mapData()
            ->buildings->feature(static_cast<std::size_t>(found - buildings.begin()))
            .envelope;
    return {(box.min_x + box.max_x) / 2.0, (box.min_y + box.max_y) / 2.0};
}

QTreeWidgetItem* ProblemsDockTest::problemRow(const QString& rule, const std::string& feature) {
    QTreeWidget* tree = m_window->problemsPanel()->tree();
    for (QTreeWidgetItem* group :
         tree->findItems(rule + QStringLiteral(" — "), Qt::MatchStartsWith, 0)) {
        for (int r = 0; r < group->childCount(); ++r) {
            if (group->child(r)->text(ProblemsPanel::Feature).toStdString() == feature) {
                return group->child(r);
            }
        }
    }
    return nullptr;
}

void ProblemsDockTest::clickAndExpectCentre(QTreeWidgetItem* row, QPointF at) {
    MapCanvas* canvas = m_window->canvas();
    canvas->zoomToFullExtent();
    const gis::Envelope before = canvas->extent();
    QVERIFY(std::abs((before.min_x + before.max_x) / 2.0 - at.x()) > 1.0 ||
            std::abs((before.min_y + before.max_y) / 2.0 - at.y()) > 1.0);

    QTreeWidget* tree = m_window->problemsPanel()->tree();
    tree->scrollToItem(row);
    const QRect rect = tree->visualItemRect(row);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    const gis::Envelope after = canvas->extent();
    const QPointF centre((after.min_x + after.max_x) / 2.0, (after.min_y + after.max_y) / 2.0);
    QVERIFY2(std::abs(centre.x() - at.x()) < 1e-6 && std::abs(centre.y() - at.y()) < 1e-6,
             qPrintable(QStringLiteral("centre %1 %2, problem at %3 %4")
                            .arg(centre.x(), 0, 'f', 3)
                            .arg(centre.y(), 0, 'f', 3)
                            .arg(at.x(), 0, 'f', 3)
                            .arg(at.y(), 0, 'f', 3)));
    // About 400 m around it: a parcel and its neighbours, not the district.
    QVERIFY(std::min(after.width(), after.height()) >= 400.0);
    QVERIFY(std::min(after.width(), after.height()) < 1000.0);
}

void ProblemsDockTest::clickingAProblemCentresTheMap() {
    // An error at its own location (the building left out of the map).
    QTreeWidgetItem* error = problemRow(QStringLiteral("value"), m_building);
    QVERIFY(error != nullptr);
    QVERIFY(error->data(0, ProblemsPanel::kLocatedRole).toBool());
    clickAndExpectCentre(error, QPointF(error->data(0, ProblemsPanel::kXRole).toDouble(),
                                        error->data(0, ProblemsPanel::kYRole).toDouble()));
    const core::ProblemReport& report = m_window->document().problems();
    const auto problem =
        std::find_if(report.problems().begin(), report.problems().end(),
                     [&](const core::DataProblem& p) { return p.feature == m_building; });
    QVERIFY(problem != report.problems().end() && problem->location);
    QCOMPARE(error->data(0, ProblemsPanel::kXRole).toDouble(), problem->location->x);
    QCOMPARE(error->data(0, ProblemsPanel::kYRole).toDouble(), problem->location->y);

    // The warning at the middle of its building.
    QTreeWidgetItem* warning = problemRow(QStringLiteral("vacant_over_floor_area"), m_clamped);
    QVERIFY(warning != nullptr);
    clickAndExpectCentre(warning, buildingCentre(m_clamped));

    // Back to the error for the picture: its red mark over the gap the building left.
    clickAndExpectCentre(error, QPointF(problem->location->x, problem->location->y));
    waitForRender();
    if (const QString shots = qEnvironmentVariable("SITEFIT_SCREENSHOTS_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        m_window->grab().save(QDir(shots).filePath(QStringLiteral("problems-dock.png")));
    }
}

void ProblemsDockTest::aSoundWorkspaceHasNoProblems() {
    const QString sound = m_dir.filePath(QStringLiteral("sound.gpkg"));
    QVERIFY(QFile::copy(QStringLiteral(SITEFIT_SAMPLE), sound));
    m_window->openWorkspace(sound);
    QVERIFY(m_window->task().waitForFinished(kTimeout_ms));
    QCOMPARE(m_window->document().path(), sound);
    QCOMPARE(m_window->document().flawHandling(), gis::FlawHandling::Refuse);
    QVERIFY(m_window->document().problems().empty());
    ProblemsPanel* panel = m_window->problemsPanel();
    QCOMPARE(panel->summary()->text(), QStringLiteral("No problems found"));
    QVERIFY(!panel->tree()->isVisibleTo(panel));
    QCOMPARE(panel->tree()->topLevelItemCount(), 0);
    QVERIFY(m_window->canvas()->marks().empty());
}

QTEST_MAIN(ProblemsDockTest)
#include "problems_dock_test.moc"
