// The map window on a workspace of zones, parcels and buildings alone (the sample with every
// other layer dropped, in a temporary directory): it opens, draws the three layers in their
// legend's colours, and the projects panel says there are none instead of failing.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "background_task.hpp"
#include "capacity_dashboard.hpp"
#include "main_window.hpp"
#include "map_canvas.hpp"
#include "projects_panel.hpp"
#include "sitefit/gis/matching_session.hpp"
#include "sitefit/gui/legend.hpp"
#include "ui_language.hpp"
#include "workspace_document.hpp"

using namespace sitefit;
using namespace sitefit::gui;

namespace {

constexpr int kTimeout_ms = 60000;

// Pixels of exactly this colour (alpha ignored) in the image.
int countColour(const QImage& image, const QColor& colour) {
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb wanted = colour.rgb() & 0xffffffU;
    int count = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            count += (line[x] & 0xffffffU) == wanted ? 1 : 0;
        }
    }
    return count;
}

}  // namespace

class ThreeLayerWindowTest : public QObject {
    Q_OBJECT

private slots:
    void opensAndDrawsZonesParcelsAndBuildings();
};

void ThreeLayerWindowTest::opensAndDrawsZonesParcelsAndBuildings() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath("settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("sitefit-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("sitefit-gui-three-layer-tests"));

    const QString workspace = dir.filePath(QStringLiteral("three-layers.gpkg"));
    QVERIFY(QFile::copy(QStringLiteral(SITEFIT_SAMPLE), workspace));
    QFile::setPermissions(workspace, QFile::ReadOwner | QFile::WriteOwner);
    {
        GDALAllRegister();
        const GDALDatasetUniquePtr dataset(
            GDALDataset::Open(workspace.toStdString().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        QVERIFY(dataset != nullptr);
        for (int i = dataset->GetLayerCount() - 1; i >= 0; --i) {
            const std::string name = dataset->GetLayer(i)->GetName();
            if (name != "zones" && name != "parcels" && name != "buildings") {
                QCOMPARE(dataset->DeleteLayer(i), OGRERR_NONE);
            }
        }
        QCOMPARE(dataset->GetLayerCount(), 3);
    }

    UiLanguage::apply(QStringLiteral("en"));
    MainWindow window(core::parseIsoDate("2025-01-01"));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkspace(workspace);
    QVERIFY(window.task().waitForFinished(kTimeout_ms));
    QVERIFY(window.document().isOpen());
    MapCanvas* canvas = window.canvas();
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering() && !canvas->renderedImage().isNull() &&
                                 canvas->renderedSettings() == canvas->settings(),
                             kTimeout_ms);

    // The built-in catalogue stands in for the missing one; nothing to match is no error.
    QCOMPARE(window.document().session().catalogue().origin(), core::CatalogueOrigin::BuiltIn);
    QCOMPARE(window.projectsPanel()->model()->rowCount(), 0);
    QVERIFY(window.projectsPanel()->emptyNote()->isVisibleTo(window.projectsPanel()));
    QVERIFY(window.projectsPanel()->emptyNote()->text().startsWith(
        QStringLiteral("No projects in the workspace.")));
    QCOMPARE(window.capacityDashboard()->model()->rowCount(), 9);  // 8 zones + district

    // Each of the three layers shows in its legend's colours on the map.
    const QImage image = canvas->renderedImage();
    const WorkspaceDocument& document = window.document();
    int zonePixels = 0;
    int parcelPixels = 0;
    for (const LegendGroup& group :
         legendOf(*document.mapData(), *document.results(), canvas->settings())) {
        for (const LegendEntry& entry : group.entries) {
            if (entry.symbol != LegendEntry::Symbol::Fill) {
                continue;
            }
            const int pixels = countColour(image, entry.fill);
            if (group.title.startsWith(QStringLiteral("Zones"))) {
                zonePixels += pixels;
            } else if (group.title.startsWith(QStringLiteral("Parcels"))) {
                parcelPixels += pixels;
            }
        }
    }
    if (const QString shots = qEnvironmentVariable("SITEFIT_SCREENSHOTS_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        image.save(QDir(shots).filePath(QStringLiteral("three-layer-canvas.png")));
    }
    // At the full extent the parcels cover most of each zone; the zones' own fill shows
    // between them (a few hundred pixels), the parcels' in thousands.
    QVERIFY2(zonePixels > 100, qPrintable(QString::number(zonePixels)));
    QVERIFY2(parcelPixels > 1000, qPrintable(QString::number(parcelPixels)));
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            drawn += (image.pixel(x, y) & 0xffffffU) != 0xffffffU ? 1 : 0;
        }
    }
    QVERIFY2(drawn > image.width() * image.height() / 40, "the map is (nearly) blank");
    QCOMPARE(document.mapData()->buildings->size(), document.district().buildings.size());
    QVERIFY(!document.district().buildings.empty());
}

QTEST_MAIN(ThreeLayerWindowTest)
#include "three_layer_window_test.moc"
