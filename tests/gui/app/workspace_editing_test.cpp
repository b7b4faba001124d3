// Editing in the map window (docs/shared-workspace.md, "Editing in the map window"), end to
// end on copies of the committed sample: an attribute change is an undoable command, all
// pending changes are saved in one WorkspaceEditor transaction with the versions as read, a
// stale row or a refused value keeps them pending, leaving asks Save / Discard / Cancel, and
// the recovery journal brings them back after a crash. Values are read back through gis.
// Pins and exclusions (plan_links) are workspace data too: the allocation applies the
// stored ones as `sitefit allocate` does, and adding or removing one is a pending edit like
// a value (docs/shared-workspace.md, "Pins and exclusions").

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <map>
#include <memory>

#include "allocation_panel.hpp"
#include "attribute_editor.hpp"
#include "background_task.hpp"
#include "candidates_panel.hpp"
#include "edit_log_view.hpp"
#include "edit_session.hpp"
#include "investor_window.hpp"
#include "main_window.hpp"
#include "map_canvas.hpp"
#include "projects_panel.hpp"
#include "sitefit/gis/edit_log_reader.hpp"
#include "sitefit/gis/matching_session.hpp"
#include "sitefit/gis/workspace_edit.hpp"
#include "ui_language.hpp"
#include "workspace_document.hpp"

using namespace sitefit;
using namespace sitefit::gui;

namespace {

constexpr int kTimeout_ms = 60000;
const char* const kAsOf = "2025-01-01";
// A research-and-office building of the sample: 3264 m² of floor area, none of it vacant,
// no rent set (docs/shared-workspace.md shows the same row).
const char* const kBuilding = "B000001";

std::string fieldOf(const gis::EditableRow& row, const std::string& field) {
    for (const auto& [name, value] : row.fields) {
        if (name == field) {
            return value;
        }
    }
    return "<no such field>";
}

std::size_t buildingIndex(const WorkspaceDocument& document, const std::string& id) {
    const std::vector<core::Building>& all = document.district().buildings;
    for (std::size_t b = 0; b < all.size(); ++b) {
        if (all[b].building_id == id) {
            return b;
        }
    }
    return all.size();
}

gis::EditableRow fetchBuilding(const QString& workspace) {
    return gis::WorkspaceEditor::fetch(workspace.toStdString(), "buildings", kBuilding);
}

// project_id → site_id of the plan the allocation panel shows.
std::map<std::string, std::string> guiPlan(const WorkspaceDocument& document) {
    std::map<std::string, std::string> out;
    if (document.plan() == nullptr) {
        return out;
    }
    for (const AllocationPlan::Row& row : document.plan()->rows()) {
        out[document.district().projects.at(row.project).project_id] =
            document.sites().at(row.site).site_id;
    }
    return out;
}

// "P=S kind" of the document's links, in their order.
QStringList linkTexts(const std::vector<core::PlanLink>& links) {
    QStringList out;
    for (const core::PlanLink& link : links) {
        out << QString::fromStdString(link.label() + " " + std::string(core::toString(link.kind)));
    }
    return out;
}

// "object_id field old→new" of the edit log's plan_links lines, oldest first.
QStringList linkLog(const QString& workspace) {
    QStringList out;
    for (const gis::EditLogEntry& entry : gis::EditLogReader::read(workspace.toStdString())) {
        if (entry.layer == "plan_links") {
            out.prepend(QString::fromStdString(entry.object_id + " " + entry.field + " " +
                                               entry.old_value.value_or("") + "→" +
                                               entry.new_value.value_or("")));
        }
    }
    return out;
}

// Runs the sitefit command: its standard output, or nullopt (and a warning naming its
// error) when it fails.
std::optional<QByteArray> runSitefit(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(SITEFIT_BINARY), arguments);
    if (!process.waitForFinished(kTimeout_ms) || process.exitCode() != 0) {
        qWarning("sitefit %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

}  // namespace

class WorkspaceEditingTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void editUndoRedoSaveAndReadBack();
    void projectAndParcelEditsSaveTogether();
    void staleSaveIsRefusedAndKeptUntilReloaded();
    void refusedValueStaysPending();
    void leavingWithPendingEditsAsks();
    void journalRestoresEditsAfterACrash();
    void storedLinksAreShownAndAppliedAsTheCliDoes();
    void linkIsAPendingEditSavedWithValues();
    void refusedSecondPinStaysPending();
    void journalRestoresLinkEdits();
    void investorPreviewHasNoEditing();
    void editingSpeaksChinese();

private:
    QString freshCopy(const QString& name);
    std::unique_ptr<MainWindow> openWindow(const QString& workspace);
    void setValue(MainWindow& window, const std::string& layer, const std::string& id,
                  const std::string& field, const QString& value);
    static QAction* action(MainWindow& window, const char* name);
    static QMessageBox* takeSaveProblem(MainWindow& window);
    // Runs the allocation and waits for its plan.
    static bool allocate(MainWindow& window);

    QTemporaryDir m_dir;
    // What the windows' prompts answer and how often they were asked.
    UnsavedEditsChoice m_leaveAnswer = UnsavedEditsChoice::Cancel;
    int m_leaveAsked = 0;
    int m_leavePending = 0;
    bool m_restoreAnswer = false;
    int m_restoreAsked = 0;
    int m_restorePending = 0;
};

void WorkspaceEditingTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The recovery journals go to a test location, never the user's own application data.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("sitefit-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("sitefit-editing-tests"));
    UiLanguage::apply(QStringLiteral("en"));
}

QString WorkspaceEditingTest::freshCopy(const QString& name) {
    // Never write to the committed sample: every test edits its own copy.
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(SITEFIT_SAMPLE), path)) {
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

std::unique_ptr<MainWindow> WorkspaceEditingTest::openWindow(const QString& workspace) {
    auto window = std::make_unique<MainWindow>(core::parseIsoDate(kAsOf));
    window->setUnsavedEditsPrompt([this](int pending) {
        ++m_leaveAsked;
        m_leavePending = pending;
        return m_leaveAnswer;
    });
    window->setRecoveryPrompt([this](int pending, const QString&) {
        ++m_restoreAsked;
        m_restorePending = pending;
        return m_restoreAnswer;
    });
    window->resize(1400, 900);
    window->show();
    window->openWorkspace(workspace);
    if (!window->task().waitForFinished(kTimeout_ms) || !window->document().isOpen()) {
        return nullptr;
    }
    return window;
}

QAction* WorkspaceEditingTest::action(MainWindow& window, const char* name) {
    return window.findChild<QAction*>(QLatin1String(name));
}

QMessageBox* WorkspaceEditingTest::takeSaveProblem(MainWindow& window) {
    return window.findChild<QMessageBox*>(QStringLiteral("saveProblemBox"));
}

void WorkspaceEditingTest::setValue(MainWindow& window, const std::string& layer,
                                    const std::string& id, const std::string& field,
                                    const QString& value) {
    AttributeEditor* editor = window.attributeEditor();
    if (!editor->row() || editor->row()->layer != layer || editor->row()->id != id) {
        editor->showRow(layer, id);
    }
    QVERIFY2(editor->row().has_value(), qPrintable(editor->titleText()));
    const int row = editor->rowOf(field);
    QVERIFY2(row >= 0, field.c_str());
    QTableWidgetItem* item = editor->table()->item(row, 2);
    QVERIFY(item->flags().testFlag(Qt::ItemIsEditable));
    const int before = window.edits().undoStack().count();
    item->setText(value);  // as typing into the cell does
    QTRY_COMPARE(window.edits().undoStack().count(), before + 1);
}

void WorkspaceEditingTest::editUndoRedoSaveAndReadBack() {
    const QString workspace = freshCopy(QStringLiteral("edit.gpkg"));
    QVERIFY(!workspace.isEmpty());
    const gis::EditableRow before = fetchBuilding(workspace);
    QCOMPARE(fieldOf(before, "floor_area_m2"), std::string("3264"));
    QCOMPARE(fieldOf(before, "vacant_m2"), std::string("0"));
    QCOMPARE(before.version, 0);

    auto window = openWindow(workspace);
    QVERIFY(window);
    QVERIFY(!window->isWindowModified());
    QVERIFY(!action(*window, "actionSave")->isEnabled());
    QVERIFY(!action(*window, "actionUndo")->isEnabled());
    QVERIFY(action(*window, "actionUndo")->shortcuts().contains(QKeySequence::Undo));
    QVERIFY(action(*window, "actionRedo")
                ->shortcuts()
                .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QCOMPARE(action(*window, "actionSave")->shortcut(), QKeySequence(QKeySequence::Save));
    const std::size_t building = buildingIndex(window->document(), kBuilding);
    QVERIFY(building < window->document().district().buildings.size());
    QCOMPARE(window->document().district().buildings[building].vacant_m2, 0.0);

    setValue(*window, "buildings", kBuilding, "vacant_m2", QStringLiteral("1200"));
    EditSession& edits = window->edits();
    QCOMPARE(edits.pendingCount(), std::size_t{1});
    const PendingEdit pending = edits.pending().entries().front();
    QCOMPARE(pending.value, std::string("1200"));
    QCOMPARE(pending.saved_value, std::string("0"));
    QCOMPARE(pending.expected_version, 0);
    // Shown as unsaved: the window title's '*', the status text, the bold cell.
    QVERIFY(window->isWindowModified());
    auto* unsaved = window->findChild<QLabel*>(QStringLiteral("unsavedChangesLabel"));
    QVERIFY(unsaved != nullptr);
    QCOMPARE(unsaved->text(), QStringLiteral("1 unsaved change"));
    AttributeEditor* editor = window->attributeEditor();
    const int row = editor->rowOf("vacant_m2");
    QCOMPARE(editor->table()->item(row, 1)->text(), QStringLiteral("0"));
    QCOMPARE(editor->table()->item(row, 2)->text(), QStringLiteral("1200"));
    QVERIFY(editor->table()->item(row, 2)->font().bold());
    QVERIFY(!editor->table()->item(editor->rowOf("rent"), 2)->font().bold());
    if (const QString dir = qEnvironmentVariable("SITEFIT_SCREENSHOTS_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(window->grab().toImage().save(QDir(dir).filePath(QStringLiteral("editing.png"))));
    }
    QVERIFY(QFile::exists(edits.journalPath()));
    QVERIFY(action(*window, "actionSave")->isEnabled());

    // Undo: nothing pending, the saved value back, no journal left to restore.
    QVERIFY(action(*window, "actionUndo")->isEnabled());
    action(*window, "actionUndo")->trigger();
    QCOMPARE(edits.pendingCount(), std::size_t{0});
    QVERIFY(!window->isWindowModified());
    QCOMPARE(editor->table()->item(row, 2)->text(), QStringLiteral("0"));
    QVERIFY(!editor->table()->item(row, 2)->font().bold());
    QVERIFY(!QFile::exists(edits.journalPath()));
    QVERIFY(!action(*window, "actionSave")->isEnabled());

    // Redo: pending again.
    action(*window, "actionRedo")->trigger();
    QCOMPARE(edits.pendingCount(), std::size_t{1});
    QCOMPARE(editor->table()->item(row, 2)->text(), QStringLiteral("1200"));
    QVERIFY(window->isWindowModified());

    // A second field of the same row, then undo it: the first stays.
    setValue(*window, "buildings", kBuilding, "rent", QStringLiteral("28.5"));
    QCOMPARE(edits.pendingCount(), std::size_t{2});
    QCOMPARE(unsaved->text(), QStringLiteral("2 unsaved changes"));
    action(*window, "actionUndo")->trigger();
    QCOMPARE(edits.pendingCount(), std::size_t{1});
    QCOMPARE(edits.undoStack().count(), 2);  // the rent edit can still be redone

    // Save: one transaction, then the document reopens with the saved value.
    action(*window, "actionSave")->trigger();
    QVERIFY(takeSaveProblem(*window) == nullptr);
    QCOMPARE(edits.pendingCount(), std::size_t{0});
    QVERIFY(!window->isWindowModified());
    QVERIFY(!QFile::exists(edits.journalPath()));
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    QVERIFY(window->document().isOpen());
    QCOMPARE(window->document().district().buildings[building].vacant_m2, 1200.0);
    QCOMPARE(edits.undoStack().count(), 0);
    // The Edit panel shows the row as saved now.
    QVERIFY(editor->row().has_value());
    QCOMPARE(editor->row()->version, 1);
    QCOMPARE(editor->table()->item(editor->rowOf("vacant_m2"), 1)->text(), QStringLiteral("1200"));
    QVERIFY(!editor->table()->item(editor->rowOf("vacant_m2"), 2)->font().bold());

    const gis::EditableRow after = fetchBuilding(workspace);
    QCOMPARE(fieldOf(after, "vacant_m2"), std::string("1200"));
    QCOMPARE(fieldOf(after, "rent"), std::string(""));  // undone before the save
    QCOMPARE(after.version, 1);

    const std::vector<gis::EditLogEntry> log = gis::EditLogReader::read(workspace.toStdString());
    QCOMPARE(log.size(), std::size_t{1});
    QCOMPARE(log[0].layer, std::string("buildings"));
    QCOMPARE(log[0].object_id, std::string(kBuilding));
    QCOMPARE(log[0].field, std::string("vacant_m2"));
    QCOMPARE(log[0].old_value, std::optional<std::string>("0"));
    QCOMPARE(log[0].new_value, std::optional<std::string>("1200"));
    QCOMPARE(log[0].version, 1);
    QVERIFY(!log[0].editor.empty());
    QCOMPARE(log[0].edited_at.size(), std::size_t{20});  // 2025-03-01T08:15:00Z

    // The edit log view shows the same row.
    QTableWidget* logTable = window->editLogView()->table();
    QCOMPARE(logTable->rowCount(), 1);
    QCOMPARE(logTable->item(0, 3)->text(), QString::fromLatin1(kBuilding));
    QCOMPARE(logTable->item(0, 4)->text(), QStringLiteral("vacant_m2"));
    QCOMPARE(logTable->item(0, 5)->text(), QStringLiteral("0"));
    QCOMPARE(logTable->item(0, 6)->text(), QStringLiteral("1200"));

    // A second save is newer: it comes first in the log.
    setValue(*window, "buildings", kBuilding, "vacant_m2", QStringLiteral("800"));
    QCOMPARE(edits.pending().entries().front().expected_version, 1);
    QVERIFY(window->saveEdits());
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    const std::vector<gis::EditLogEntry> log2 = gis::EditLogReader::read(workspace.toStdString());
    QCOMPARE(log2.size(), std::size_t{2});
    QCOMPARE(log2[0].new_value, std::optional<std::string>("800"));
    QCOMPARE(log2[0].old_value, std::optional<std::string>("1200"));
    QCOMPARE(log2[0].version, 2);
    QCOMPARE(window->editLogView()->table()->item(0, 6)->text(), QStringLiteral("800"));
}

void WorkspaceEditingTest::projectAndParcelEditsSaveTogether() {
    const QString workspace = freshCopy(QStringLiteral("project.gpkg"));
    auto window = openWindow(workspace);
    QVERIFY(window);
    AttributeEditor* editor = window->attributeEditor();

    // Selecting a project shows it in the Edit panel.
    window->projectsPanel()->selectProject(
        window->document().plannerSession().projectIndex("P002"));
    QVERIFY(editor->row().has_value());
    QCOMPARE(editor->row()->layer, std::string("projects"));
    QCOMPARE(editor->row()->id, std::string("P002"));
    QCOMPARE(editor->table()->item(editor->rowOf("jobs"), 1)->text(), QStringLiteral("95"));
    setValue(*window, "projects", "P002", "jobs", QStringLiteral("140"));

    // Clicking a parcel on the map shows it (the first parcel of the sample is GX-0001).
    QCOMPARE(window->document().district().parcels.at(0).parcel_id, std::string("GX-0001"));
    emit window->canvas()->featureClicked(FeatureRef{MapLayerId::Parcels, 0});
    QVERIFY(editor->row().has_value());
    QCOMPARE(editor->row()->id, std::string("GX-0001"));
    QCOMPARE(editor->rowOf("parcel_id"), -1);  // the id is never editable
    setValue(*window, "parcels", "GX-0001", "power_kva", QStringLiteral("5000"));
    QCOMPARE(window->edits().pendingCount(), std::size_t{2});

    QVERIFY(window->saveEdits());
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    const gis::EditableRow project =
        gis::WorkspaceEditor::fetch(workspace.toStdString(), "projects", "P002");
    QCOMPARE(fieldOf(project, "jobs"), std::string("140"));
    QCOMPARE(project.version, 1);
    const gis::EditableRow parcel =
        gis::WorkspaceEditor::fetch(workspace.toStdString(), "parcels", "GX-0001");
    QCOMPARE(fieldOf(parcel, "power_kva"), std::string("5000"));
    QCOMPARE(parcel.version, 1);
    // One save: both log rows carry the same time.
    const std::vector<gis::EditLogEntry> log = gis::EditLogReader::read(workspace.toStdString());
    QCOMPARE(log.size(), std::size_t{2});
    QCOMPARE(log[0].edited_at, log[1].edited_at);
    QCOMPARE(window->document().district().parcels.at(0).power_kva, std::optional(5000.0));
}

void WorkspaceEditingTest::staleSaveIsRefusedAndKeptUntilReloaded() {
    const QString workspace = freshCopy(QStringLiteral("stale.gpkg"));
    auto window = openWindow(workspace);
    QVERIFY(window);
    setValue(*window, "buildings", kBuilding, "vacant_m2", QStringLiteral("1000"));

    // Another editor saves the same row in between.
    gis::EditRequest other;
    other.editor = "wang";
    other.changes.push_back({"buildings", kBuilding, "vacant_m2", "500", 0, ""});
    const gis::EditOutcome saved = gis::WorkspaceEditor::save(workspace.toStdString(), other);
    QCOMPARE(saved.rows.size(), std::size_t{1});

    action(*window, "actionSave")->trigger();
    QMessageBox* box = takeSaveProblem(*window);
    QVERIFY(box != nullptr);
    QVERIFY2(box->informativeText().contains(QLatin1String(kBuilding)),
             qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(QLatin1String("wang")),
             qPrintable(box->informativeText()));
    delete box;
    // Nothing of ours was saved, nothing pending was lost.
    QCOMPARE(window->edits().pendingCount(), std::size_t{1});
    QVERIFY(window->isWindowModified());
    gis::EditableRow row = fetchBuilding(workspace);
    QCOMPARE(fieldOf(row, "vacant_m2"), std::string("500"));
    QCOMPARE(row.version, 1);

    // Reload the row: the pending value now applies to version 1, and saves.
    window->attributeEditor()->showRow("buildings", kBuilding);
    window->attributeEditor()->reloadRow();
    const PendingEdit rebased = window->edits().pending().entries().front();
    QCOMPARE(rebased.expected_version, 1);
    QCOMPARE(rebased.saved_value, std::string("500"));
    QCOMPARE(rebased.value, std::string("1000"));
    QVERIFY(window->attributeEditor()->titleText().contains(QLatin1String("wang")));
    QVERIFY(window->saveEdits());
    QVERIFY(takeSaveProblem(*window) == nullptr);
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    row = fetchBuilding(workspace);
    QCOMPARE(fieldOf(row, "vacant_m2"), std::string("1000"));
    QCOMPARE(row.version, 2);
}

void WorkspaceEditingTest::refusedValueStaysPending() {
    const QString workspace = freshCopy(QStringLiteral("refused.gpkg"));
    auto window = openWindow(workspace);
    QVERIFY(window);
    // More vacant space than the building's 3264 m² of floor area: the reader refuses it.
    setValue(*window, "buildings", kBuilding, "rent", QStringLiteral("30"));
    setValue(*window, "buildings", kBuilding, "vacant_m2", QStringLiteral("5000"));
    QVERIFY(!window->saveEdits());
    QMessageBox* box = takeSaveProblem(*window);
    QVERIFY(box != nullptr);
    QVERIFY2(box->informativeText().contains(QLatin1String("vacant")),
             qPrintable(box->informativeText()));
    delete box;
    QCOMPARE(window->edits().pendingCount(), std::size_t{2});
    QVERIFY(window->isWindowModified());
    const gis::EditableRow row = fetchBuilding(workspace);
    QCOMPARE(fieldOf(row, "vacant_m2"), std::string("0"));
    QCOMPARE(fieldOf(row, "rent"), std::string(""));  // one transaction: none of them
    QCOMPARE(row.version, 0);

    // Correct the value: both save.
    setValue(*window, "buildings", kBuilding, "vacant_m2", QStringLiteral("3000"));
    QVERIFY(window->saveEdits());
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    const gis::EditableRow saved = fetchBuilding(workspace);
    QCOMPARE(fieldOf(saved, "vacant_m2"), std::string("3000"));
    QCOMPARE(fieldOf(saved, "rent"), std::string("30"));
    QCOMPARE(saved.version, 1);
}

void WorkspaceEditingTest::leavingWithPendingEditsAsks() {
    const QString workspace = freshCopy(QStringLiteral("leave.gpkg"));
    const QString other = freshCopy(QStringLiteral("other.gpkg"));
    auto window = openWindow(workspace);
    QVERIFY(window);
    setValue(*window, "buildings", kBuilding, "vacant_m2", QStringLiteral("700"));
    m_leaveAsked = 0;

    // Cancel keeps the window, the workspace and the edit.
    m_leaveAnswer = UnsavedEditsChoice::Cancel;
    QVERIFY(!window->close());
    QCOMPARE(m_leaveAsked, 1);
    QCOMPARE(m_leavePending, 1);
    QVERIFY(window->isVisible());
    QCOMPARE(window->edits().pendingCount(), std::size_t{1});

    // Opening another workspace asks too; Cancel opens nothing.
    window->openWorkspace(other);
    QCOMPARE(m_leaveAsked, 2);
    QVERIFY(!window->task().isRunning());
    QCOMPARE(window->document().path(), workspace);

    // Close Workspace asks; Cancel keeps it open.
    action(*window, "actionClose")->trigger();
    QCOMPARE(m_leaveAsked, 3);
    QVERIFY(window->document().isOpen());

    // Save on closing: saved, then the window closes.
    m_leaveAnswer = UnsavedEditsChoice::Save;
    QVERIFY(window->close());
    QCOMPARE(m_leaveAsked, 4);
    QCOMPARE(fieldOf(fetchBuilding(workspace), "vacant_m2"), std::string("700"));

    // Discard on closing: nothing saved, no journal left.
    auto second = openWindow(other);
    QVERIFY(second);
    setValue(*second, "buildings", kBuilding, "vacant_m2", QStringLiteral("900"));
    const QString journal = second->edits().journalPath();
    QVERIFY(QFile::exists(journal));
    m_leaveAnswer = UnsavedEditsChoice::Discard;
    QVERIFY(second->close());
    QCOMPARE(m_leaveAsked, 5);
    QVERIFY(!QFile::exists(journal));
    QCOMPARE(fieldOf(fetchBuilding(other), "vacant_m2"), std::string("0"));
    QCOMPARE(fetchBuilding(other).version, 0);
}

void WorkspaceEditingTest::journalRestoresEditsAfterACrash() {
    const QString workspace = freshCopy(QStringLiteral("crash.gpkg"));
    const QByteArray original = [&] {
        QFile file(workspace);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!original.isEmpty());
    auto window = openWindow(workspace);
    QVERIFY(window);
    setValue(*window, "buildings", kBuilding, "vacant_m2", QStringLiteral("1500"));
    setValue(*window, "buildings", kBuilding, "rent", QStringLiteral("26"));
    const QString journalPath = window->edits().journalPath();
    QVERIFY(
        journalPath.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

    // The journal holds both edits with the version they were made against.
    QFile journal(journalPath);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QJsonArray changes =
        QJsonDocument::fromJson(journal.readAll()).object().value("changes").toArray();
    journal.close();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].toObject().value("field").toString(), QStringLiteral("vacant_m2"));
    QCOMPARE(changes[0].toObject().value("value").toString(), QStringLiteral("1500"));
    QCOMPARE(changes[0].toObject().value("expected_version").toInteger(), 0);
    QCOMPARE(changes[1].toObject().value("field").toString(), QStringLiteral("rent"));

    // "Crash": the window goes away without closing (no prompt, no save, no discard).
    m_leaveAsked = 0;
    window.reset();
    QCOMPARE(m_leaveAsked, 0);
    QVERIFY(QFile::exists(journalPath));
    // The journal never touched the workspace.
    {
        QFile file(workspace);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == original);
    }

    // The next window offers them back; they are restored unsaved and undoable.
    m_restoreAsked = 0;
    m_restoreAnswer = true;
    auto restored = openWindow(workspace);
    QVERIFY(restored);
    QCOMPARE(m_restoreAsked, 1);
    QCOMPARE(m_restorePending, 2);
    EditSession& edits = restored->edits();
    QCOMPARE(edits.pendingCount(), std::size_t{2});
    QVERIFY(restored->isWindowModified());
    QCOMPARE(edits.undoStack().count(), 1);
    action(*restored, "actionUndo")->trigger();
    QCOMPARE(edits.pendingCount(), std::size_t{0});
    action(*restored, "actionRedo")->trigger();
    QCOMPARE(edits.pendingCount(), std::size_t{2});
    QCOMPARE(fetchBuilding(workspace).version, 0);  // still unsaved

    QVERIFY(restored->saveEdits());
    QVERIFY(restored->task().waitForFinished(kTimeout_ms));
    const gis::EditableRow row = fetchBuilding(workspace);
    QCOMPARE(fieldOf(row, "vacant_m2"), std::string("1500"));
    QCOMPARE(fieldOf(row, "rent"), std::string("26"));
    QCOMPARE(row.version, 1);
    QVERIFY(!QFile::exists(journalPath));
    // Reopened after the save: no journal, no question.
    QCOMPARE(m_restoreAsked, 1);

    // Declining a restore drops the journal.
    setValue(*restored, "buildings", kBuilding, "rent", QStringLiteral("27"));
    QVERIFY(QFile::exists(journalPath));
    restored.reset();
    m_restoreAnswer = false;
    auto declined = openWindow(workspace);
    QVERIFY(declined);
    QCOMPARE(m_restoreAsked, 2);
    QCOMPARE(declined->edits().pendingCount(), std::size_t{0});
    QVERIFY(!QFile::exists(journalPath));
    QCOMPARE(fieldOf(fetchBuilding(workspace), "rent"), std::string("26"));
}

bool WorkspaceEditingTest::allocate(MainWindow& window) {
    window.allocationPanel()->run();
    return window.task().waitForFinished(kTimeout_ms) && window.document().plan() != nullptr;
}

void WorkspaceEditingTest::storedLinksAreShownAndAppliedAsTheCliDoes() {
    const QString workspace = freshCopy(QStringLiteral("stored-links.gpkg"));
    // As of kAsOf, left alone, P024 takes YY-0009 and P017 its best site JP-0044 (the CLI's
    // plan, checked before the pin); the stored pin moves P024 to JP-0044.
    const QStringList allocateArgs{QStringLiteral("allocate"), workspace,
                                   QStringLiteral("--json"),   QStringLiteral("--as-of"),
                                   QString::fromLatin1(kAsOf), QStringLiteral("-q")};
    const QJsonObject before =
        QJsonDocument::fromJson(runSitefit(allocateArgs).value_or(QByteArray())).object();
    QVERIFY(!before.isEmpty());
    const auto sites = [](const QJsonObject& result) {
        std::map<std::string, std::string> out;
        for (const QJsonValue& a : result.value("assignments").toArray()) {
            out[a.toObject().value("project_id").toString().toStdString()] =
                a.toObject().value("site_id").toString().toStdString();
        }
        return out;
    };
    QCOMPARE(sites(before).at("P024"), std::string("YY-0009"));
    QCOMPARE(sites(before).at("P017"), std::string("JP-0044"));
    QVERIFY(runSitefit({QStringLiteral("edit"), workspace, QStringLiteral("--pin"),
                        QStringLiteral("P024=JP-0044"), QStringLiteral("--note"),
                        QStringLiteral("园区已同意"), QStringLiteral("-q")})
                .has_value());
    const QJsonObject cli =
        QJsonDocument::fromJson(runSitefit(allocateArgs).value_or(QByteArray())).object();
    QCOMPARE(cli.value("stored_links").toObject().value("applied").toArray().size(), 1);
    const std::map<std::string, std::string> cliPlan = sites(cli);
    QCOMPARE(cliPlan.at("P024"), std::string("JP-0044"));

    auto window = openWindow(workspace);
    QVERIFY(window);
    // Shown as stored: not pending, not bold, with the note.
    QCOMPARE(linkTexts(window->document().planLinks()), QStringList{"P024=JP-0044 pin"});
    QCOMPARE(window->edits().pendingCount(), std::size_t{0});
    QVERIFY(!window->isWindowModified());
    QListWidget* list = window->allocationPanel()->requestList();
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Pin P024 → JP-0044"));
    QVERIFY(!list->item(0)->font().bold());
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("园区已同意")));

    // The plan is the CLI's, project for project.
    QVERIFY(allocate(*window));
    const std::map<std::string, std::string> gui = guiPlan(window->document());
    QCOMPARE(gui.at("P024"), std::string("JP-0044"));
    QCOMPARE(gui.size(), cliPlan.size());
    QVERIFY(gui == cliPlan);
    QCOMPARE(window->document().plan()->result.objective, cli.value("objective").toDouble());
}

void WorkspaceEditingTest::linkIsAPendingEditSavedWithValues() {
    const QString workspace = freshCopy(QStringLiteral("link-edit.gpkg"));
    auto window = openWindow(workspace);
    QVERIFY(window);
    QVERIFY(window->document().planLinks().empty());
    QVERIFY(allocate(*window));
    QCOMPARE(guiPlan(window->document()).at("P024"), std::string("YY-0009"));
    EditSession& edits = window->edits();
    AllocationPanel* panel = window->allocationPanel();
    QListWidget* list = panel->requestList();

    // Pin from the plan's context menu (the menu's action emits this): a pending edit, and
    // the plan is made again with it at once, before any save.
    emit panel->planLinkRequested("P024", "JP-0044", core::PlanLinkKind::Pin);
    QCOMPARE(edits.pendingCount(), std::size_t{1});
    QCOMPARE(edits.undoStack().count(), 1);
    QCOMPARE(edits.undoStack().undoText(), QStringLiteral("Pin P024 → JP-0044"));
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("unsavedChangesLabel"))->text(),
             QStringLiteral("1 unsaved change"));
    QVERIFY(action(*window, "actionSave")->isEnabled());
    QCOMPARE(linkTexts(window->document().planLinks()), QStringList{"P024=JP-0044 pin"});
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Pin P024 → JP-0044 *"));
    QVERIFY(list->item(0)->font().bold());
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    QCOMPARE(guiPlan(window->document()).at("P024"), std::string("JP-0044"));
    QVERIFY(QFile::exists(edits.journalPath()));

    // Undo: no link, the plan back as it was; redo: pending again.
    action(*window, "actionUndo")->trigger();
    QCOMPARE(edits.pendingCount(), std::size_t{0});
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->document().planLinks().empty());
    QCOMPARE(list->count(), 0);
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    QCOMPARE(guiPlan(window->document()).at("P024"), std::string("YY-0009"));
    action(*window, "actionRedo")->trigger();
    QCOMPARE(edits.pendingCount(), std::size_t{1});
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    QCOMPARE(guiPlan(window->document()).at("P024"), std::string("JP-0044"));

    // An exclusion from the candidates panel, and a value: three changes, one save.
    emit window->candidatesPanel()->planLinkRequested("P001", "YY-0021",
                                                      core::PlanLinkKind::Exclude);
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    const std::map<std::string, std::string> excluded = guiPlan(window->document());
    QVERIFY(!excluded.contains("P001") || excluded.at("P001") != "YY-0021");
    setValue(*window, "buildings", kBuilding, "rent", QStringLiteral("31"));
    QCOMPARE(edits.pendingCount(), std::size_t{3});
    QVERIFY(window->saveEdits());
    QVERIFY(takeSaveProblem(*window) == nullptr);
    QCOMPARE(edits.pendingCount(), std::size_t{0});
    QVERIFY(window->task().waitForFinished(kTimeout_ms));

    // Read back: the reopened workspace holds both links, stored; one save in the log.
    QCOMPARE(linkTexts(window->document().session().district().plan_links),
             (QStringList{"P024=JP-0044 pin", "P001=YY-0021 exclude"}));
    QCOMPARE(linkTexts(window->document().planLinks()),
             (QStringList{"P024=JP-0044 pin", "P001=YY-0021 exclude"}));
    QCOMPARE(list->count(), 2);
    QVERIFY(!list->item(0)->font().bold());
    QCOMPARE(linkLog(workspace),
             (QStringList{"P024=JP-0044 kind →pin", "P001=YY-0021 kind →exclude"}));
    const std::vector<gis::EditLogEntry> log = gis::EditLogReader::read(workspace.toStdString());
    QCOMPARE(log.size(), std::size_t{3});
    QCOMPARE(log[0].edited_at, log[2].edited_at);
    QCOMPARE(fieldOf(fetchBuilding(workspace), "rent"), std::string("31"));

    // Moving the pin is one command (the old pin goes), saved as unlink + pin.
    emit panel->planLinkRequested("P024", "YY-0009", core::PlanLinkKind::Pin);
    QCOMPARE(edits.pendingCount(), std::size_t{2});
    QCOMPARE(edits.undoStack().count(), 1);
    QCOMPARE(linkTexts(window->document().planLinks()),
             (QStringList{"P001=YY-0021 exclude", "P024=YY-0009 pin"}));
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    // Removing the exclusion from the list (its menu's Remove).
    emit panel->planLinkRequested("P001", "YY-0021", std::nullopt);
    QCOMPARE(edits.pendingCount(), std::size_t{3});
    QVERIFY(window->saveEdits());
    QVERIFY(window->task().waitForFinished(kTimeout_ms));
    QCOMPARE(linkTexts(window->document().session().district().plan_links),
             QStringList{"P024=YY-0009 pin"});
    QCOMPARE(linkLog(workspace).mid(2),
             (QStringList{"P024=JP-0044 kind pin→", "P001=YY-0021 kind exclude→",
                          "P024=YY-0009 kind →pin"}));
}

void WorkspaceEditingTest::refusedSecondPinStaysPending() {
    const QString workspace = freshCopy(QStringLiteral("second-pin.gpkg"));
    auto window = openWindow(workspace);
    QVERIFY(window);
    // Another planner pins P001 after this window read the workspace.
    gis::EditRequest other;
    other.editor = "wang";
    other.links.push_back({"P001", "GX-0101", gis::PlanLinkChange::Action::Pin, std::nullopt, 0});
    QCOMPARE(gis::WorkspaceEditor::save(workspace.toStdString(), other).rows.size(),
             std::size_t{1});

    emit window->allocationPanel()->planLinkRequested("P001", "YY-0021", core::PlanLinkKind::Pin);
    setValue(*window, "buildings", kBuilding, "rent", QStringLiteral("29"));
    QVERIFY(!window->saveEdits());
    QMessageBox* box = takeSaveProblem(*window);
    QVERIFY(box != nullptr);
    // The editor's message names the pin the project has.
    QVERIFY2(box->informativeText().contains(QLatin1String("GX-0101")),
             qPrintable(box->informativeText()));
    delete box;
    QCOMPARE(window->edits().pendingCount(), std::size_t{2});
    QVERIFY(window->isWindowModified());
    QCOMPARE(linkTexts(window->document().planLinks()), QStringList{"P001=YY-0021 pin"});
    // One transaction: neither the link nor the value was saved.
    QCOMPARE(linkLog(workspace), QStringList{"P001=GX-0101 kind →pin"});
    QCOMPARE(fieldOf(fetchBuilding(workspace), "rent"), std::string(""));
}

void WorkspaceEditingTest::journalRestoresLinkEdits() {
    const QString workspace = freshCopy(QStringLiteral("link-crash.gpkg"));
    auto window = openWindow(workspace);
    QVERIFY(window);
    emit window->allocationPanel()->planLinkRequested("P024", "JP-0044", core::PlanLinkKind::Pin);
    setValue(*window, "buildings", kBuilding, "rent", QStringLiteral("25"));
    const QString journalPath = window->edits().journalPath();
    QFile journal(journalPath);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(journal.readAll()).object();
    journal.close();
    const QJsonArray links = saved.value("links").toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].toObject().value("project_id").toString(), QStringLiteral("P024"));
    QCOMPARE(links[0].toObject().value("site_id").toString(), QStringLiteral("JP-0044"));
    QCOMPARE(links[0].toObject().value("kind").toString(), QStringLiteral("pin"));
    QCOMPARE(saved.value("changes").toArray().size(), 1);

    window.reset();  // a crash
    m_restoreAsked = 0;
    m_restoreAnswer = true;
    auto restored = openWindow(workspace);
    QVERIFY(restored);
    QCOMPARE(m_restoreAsked, 1);
    QCOMPARE(m_restorePending, 2);
    QCOMPARE(restored->edits().pendingCount(), std::size_t{2});
    QCOMPARE(linkTexts(restored->document().planLinks()), QStringList{"P024=JP-0044 pin"});
    action(*restored, "actionUndo")->trigger();
    QVERIFY(restored->document().planLinks().empty());
    action(*restored, "actionRedo")->trigger();
    QVERIFY(restored->saveEdits());
    QVERIFY(restored->task().waitForFinished(kTimeout_ms));
    QCOMPARE(linkLog(workspace), QStringList{"P024=JP-0044 kind →pin"});
    QCOMPARE(linkTexts(restored->document().planLinks()), QStringList{"P024=JP-0044 pin"});
    QVERIFY(!QFile::exists(journalPath));
}

void WorkspaceEditingTest::investorPreviewHasNoEditing() {
    const QString workspace = freshCopy(QStringLiteral("investor.gpkg"));
    InvestorWindow window(core::parseIsoDate(kAsOf));
    window.show();
    window.openWorkspace(workspace);
    QVERIFY(window.task().waitForFinished(kTimeout_ms));
    QVERIFY(window.document().isOpen());
    QVERIFY(window.document().isReadOnly());
    for (const char* name : {"actionSave", "actionUndo", "actionRedo", "actionDiscardEdits"}) {
        QVERIFY2(window.findChild<QAction*>(QLatin1String(name)) == nullptr, name);
    }
    QVERIFY(window.findChildren<QUndoStack*>().isEmpty());
    QVERIFY(window.findChildren<AttributeEditor*>().isEmpty());
    QVERIFY(window.findChildren<EditSession*>().isEmpty());
    for (const QAction* a : window.findChildren<QAction*>()) {
        QVERIFY2(!a->shortcuts().contains(QKeySequence(QKeySequence::Save)),
                 qPrintable(a->objectName()));
        QVERIFY2(!a->shortcuts().contains(QKeySequence(QKeySequence::Undo)),
                 qPrintable(a->objectName()));
    }
}

void WorkspaceEditingTest::editingSpeaksChinese() {
    MainWindow window(core::parseIsoDate(kAsOf));
    UiLanguage::apply(QStringLiteral("zh_CN"));
    QTRY_COMPARE(action(window, "actionUndo")->text(), QStringLiteral("撤销(&U)"));
    QCOMPARE(action(window, "actionRedo")->text(), QStringLiteral("重做(&R)"));
    QCOMPARE(action(window, "actionSave")->text(), QStringLiteral("保存修改(&S)"));
    auto* logDock = window.findChild<QDockWidget*>(QStringLiteral("editLogDock"));
    QVERIFY(logDock != nullptr);
    QCOMPARE(logDock->windowTitle(), QStringLiteral("编辑记录"));
    QCOMPARE(AttributeEditor::fieldLabel("rent"), QStringLiteral("租金（元/m²/月）"));
    UiLanguage::apply(QStringLiteral("en"));
    QTRY_COMPARE(action(window, "actionUndo")->text(), QStringLiteral("&Undo"));
}

QTEST_MAIN(WorkspaceEditingTest)
#include "workspace_editing_test.moc"
