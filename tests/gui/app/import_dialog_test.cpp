// File ▸ Import in the map window, offscreen: the dialog suggests a mapping for a planner's
// files with Chinese headers (tests/data/import), takes an edit, imports in the background,
// and the window opens the new workspace with its map drawn.
// Set SITEFIT_SCREENSHOTS_DIR to keep screenshots of the dialog and the map.

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "background_task.hpp"
#include "import_dialog.hpp"
#include "main_window.hpp"
#include "map_canvas.hpp"
#include "sitefit/core/district.hpp"
#include "ui_language.hpp"
#include "workspace_document.hpp"

using namespace sitefit;
using namespace sitefit::gui;

namespace {

constexpr int kTimeout_ms = 60000;

QString importData(const char* name) {
    return QDir(QStringLiteral(SITEFIT_TEST_DATA "/import")).filePath(QLatin1String(name));
}

// The row of a schema field in a suggested layer's field table; -1 when absent.
int rowOf(QTableWidget* table, const QString& field) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == field) {
            return row;
        }
    }
    return -1;
}

QComboBox* sourceCombo(QTableWidget* table, const QString& field) {
    const int row = rowOf(table, field);
    return row < 0 ? nullptr : qobject_cast<QComboBox*>(table->cellWidget(row, 1));
}

bool writeText(const QString& path, const QByteArray& text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

void saveShot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("SITEFIT_SCREENSHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        widget.grab().save(QDir(dir).filePath(name));
    }
}

}  // namespace

class ImportDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aSourceThatCannotBeReadIsNamed();
    void aMissingRequiredFieldStopsTheImportBeforeItStarts();
    void suggestsImportsAndTheMapOpens();

private:
    ImportDialog& freshDialog();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void ImportDialogTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("sitefit-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("sitefit-gui-import-tests"));
    // A catalogue, so the workspace opens whether or not the window needs one (a workspace of
    // zones, parcels and buildings alone is valid; the catalogue is an optional source here).
    QVERIFY(writeText(m_dir.filePath("chains.csv"), "chain_code,name_zh\nMED,生物医药\n"));
    QVERIFY(writeText(m_dir.filePath("categories.csv"),
                      "category_code,chain_code,name_zh\nMED01,MED,化学药品制剂\n"));
    UiLanguage::apply(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(core::parseIsoDate("2025-01-01"));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ImportDialogTest::cleanupTestCase() {
    m_window.reset();
}

ImportDialog& ImportDialogTest::freshDialog() {
    ImportDialog& dialog = m_window->showImportDialog();
    dialog.setSource("zones", importData("zones_lonlat.geojson"));
    dialog.setSource("parcels", importData("parcels_lonlat.geojson"));
    dialog.setSource("buildings", importData("buildings_lonlat.geojson"));
    dialog.setSource("chains", m_dir.filePath("chains.csv"));
    dialog.setSource("categories", m_dir.filePath("categories.csv"));
    dialog.setOutput(m_dir.filePath("district.gpkg"));
    return dialog;
}

void ImportDialogTest::aSourceThatCannotBeReadIsNamed() {
    ImportDialog& dialog = freshDialog();
    const QString missing = m_dir.filePath("nowhere.shp");
    dialog.setSource("parcels", missing);
    QVERIFY(!dialog.suggest());
    QVERIFY2(dialog.message().contains(missing), qPrintable(dialog.message()));
    QVERIFY2(dialog.message().contains(QStringLiteral("no such file")),
             qPrintable(dialog.message()));
}

void ImportDialogTest::aMissingRequiredFieldStopsTheImportBeforeItStarts() {
    ImportDialog& dialog = freshDialog();
    QVERIFY(dialog.suggest());
    QComboBox* parcelId = sourceCombo(dialog.fieldTable("parcels"), QStringLiteral("parcel_id"));
    QVERIFY(parcelId != nullptr);
    parcelId->setCurrentText(QString());
    QVERIFY(!dialog.startImport());
    QVERIFY(!m_window->task().isRunning());
    QVERIFY2(dialog.message().contains(
                 QStringLiteral("parcels.parcel_id: required, but no source field")),
             qPrintable(dialog.message()));
    QVERIFY(!QFile::exists(m_dir.filePath("district.gpkg")));
}

void ImportDialogTest::suggestsImportsAndTheMapOpens() {
    ImportDialog& dialog = freshDialog();
    QVERIFY(dialog.suggest());

    // The suggestion: Chinese headers guessed, marked, required fields flagged.
    QTableWidget* parcels = dialog.fieldTable("parcels");
    QVERIFY(parcels != nullptr);
    QCOMPARE(parcels->rowCount(), 12);
    const int parcelId = rowOf(parcels, QStringLiteral("parcel_id"));
    QCOMPARE(sourceCombo(parcels, QStringLiteral("parcel_id"))->currentText(),
             QStringLiteral("地块编号"));
    QCOMPARE(parcels->item(parcelId, 2)->text(), QStringLiteral("guess: check"));
    QCOMPARE(parcels->item(parcelId, 3)->text(), QStringLiteral("required"));
    QCOMPARE(sourceCombo(parcels, QStringLiteral("status"))->currentText(),
             QStringLiteral("供地状态"));
    QCOMPARE(sourceCombo(parcels, QStringLiteral("far_max"))->currentText(),
             QStringLiteral("容积率上限"));
    QCOMPARE(sourceCombo(parcels, QStringLiteral("land_price"))->currentText(), QString());
    // The combo offers every source field.
    QCOMPARE(sourceCombo(parcels, QStringLiteral("land_price"))->count(), 1 + 7);
    QTableWidget* buildings = dialog.fieldTable("buildings");
    QCOMPARE(sourceCombo(buildings, QStringLiteral("floors"))->currentText(),
             QStringLiteral("层数"));
    QCOMPARE(sourceCombo(buildings, QStringLiteral("clear_height_m"))->currentText(),
             QStringLiteral("层高"));
    // Values already in the schema's codes: nothing to translate.
    QCOMPARE(dialog.valueTable("parcels")->rowCount(), 0);

    // The planner decides the zone's operator is not to be imported: no longer a guess.
    QTableWidget* zones = dialog.fieldTable("zones");
    QComboBox* carrier = sourceCombo(zones, QStringLiteral("carrier"));
    QCOMPARE(carrier->currentText(), QStringLiteral("运营主体"));
    carrier->setCurrentText(QString());
    QCOMPARE(zones->item(rowOf(zones, QStringLiteral("carrier")), 2)->text(), QString());
    saveShot(dialog, QStringLiteral("import-dialog.png"));

    QVERIFY2(dialog.startImport(), qPrintable(dialog.message()));
    QVERIFY(m_window->task().isRunning());
    QVERIFY(m_window->task().waitForFinished(kTimeout_ms));
    // The import's completion opens the workspace: a second task.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->document().isOpen(), kTimeout_ms);
    QVERIFY(m_window->task().waitForFinished(kTimeout_ms));
    QCOMPARE(m_window->document().path(), m_dir.filePath("district.gpkg"));
    QVERIFY(!dialog.isVisible());

    // The mapping written beside the workspace, as reviewed.
    QCOMPARE(dialog.mappingPath(), m_dir.filePath("district.mapping.toml"));
    QFile mapping(dialog.mappingPath());
    QVERIFY(mapping.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(mapping.readAll());
    QVERIFY2(text.contains(QStringLiteral("parcel_id = \"地块编号\"  # guess: check\n")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("carrier = \"运营主体\"")), qPrintable(text));

    // The workspace holds the data as mapped: the operator left out, the rest read.
    const core::District& district = m_window->document().district();
    QCOMPARE(district.zones.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(district.zones[0].name), QStringLiteral("海州经济开发区"));
    QCOMPARE(QString::fromStdString(district.zones[0].carrier), QString());
    QCOMPARE(district.parcels.size(), std::size_t{2});
    QCOMPARE(district.buildings.size(), std::size_t{1});
    QCOMPARE(district.buildings[0].floors, 3);

    // The map is drawn: zoomed to the data, far from blank.
    MapCanvas* canvas = m_window->canvas();
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering() && !canvas->renderedImage().isNull() &&
                                 canvas->renderedSettings() == canvas->settings(),
                             kTimeout_ms);
    const QImage image = canvas->renderedImage().convertToFormat(QImage::Format_RGB32);
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            drawn += (image.pixel(x, y) & 0xffffffU) != 0xffffffU ? 1 : 0;
        }
    }
    saveShot(*m_window, QStringLiteral("imported-map.png"));
    QVERIFY2(drawn > image.width() * image.height() / 20,
             qPrintable(QStringLiteral("only %1 of %2 pixels drawn")
                            .arg(drawn)
                            .arg(image.width() * image.height())));
}

QTEST_MAIN(ImportDialogTest)
#include "import_dialog_test.moc"
