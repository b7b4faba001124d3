// The investor preview (`sitefit-gui --investor`) on a copy of the committed sample: it is
// read-only (every edit path absent from the window and refused by the document), ranks
// sites for the investor's own requirement with the planners' matcher, shows site cards,
// exports a proposal package, and never shows anything confidential of the workspace's
// projects. Set SITEFIT_SCREENSHOTS_DIR to keep screenshots of the window.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <memory>
#include <set>

#include "background_task.hpp"
#include "investor_window.hpp"
#include "map_canvas.hpp"
#include "requirement_editor.hpp"
#include "site_card_widget.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/matcher.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/gis/matching_session.hpp"
#include "sitefit/gis/workspace_edit.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "ui_language.hpp"
#include "workspace_document.hpp"

using namespace sitefit;
using namespace sitefit::gui;

namespace {

constexpr int kTimeout_ms = 60000;
const char* const kAsOf = "2025-03-01";

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every text a user can see or reach in a widget tree: labels, buttons, edits, combo items,
// tool tips, window titles, actions and menus, and every cell (display and tool tip) of
// every item view's model.
QStringList visibleTexts(QWidget* root) {
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        texts << widget->windowTitle() << widget->toolTip() << widget->statusTip()
              << widget->whatsThis();
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts << button->text();
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            texts << edit->text();
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i) << combo->itemData(i).toString();
            }
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            texts << box->title();
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                texts << model->headerData(c, Qt::Horizontal).toString();
            }
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex index = model->index(r, c);
                    texts << model->data(index, Qt::DisplayRole).toString()
                          << model->data(index, Qt::ToolTipRole).toString();
                }
            }
        }
        for (QAction* action : widget->actions()) {
            texts << action->text() << action->toolTip();
        }
    }
    for (QAction* action : root->findChildren<QAction*>()) {
        texts << action->text() << action->toolTip() << action->statusTip();
    }
    for (QMenu* menu : root->findChildren<QMenu*>()) {
        texts << menu->title();
    }
    texts.removeAll(QString());
    return texts;
}

}  // namespace

class InvestorPreviewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensReadOnlyWithoutProjects();
    void windowHasNoEditPath();
    void documentRefusesEveryWrite();
    void requirementRanksSitesWithTheMatcher();
    void changingTheRequirementRematchesLive();
    void siteCardShowsTheFigures();
    void shortlistExportsAProposalPackage();
    void neverShowsConfidentialFields();
    void screenshots();

private:
    void waitForRender();
    void selectRow(int row);
    void saveShot(const QString& name);
    // The workspace's own projects, read as a planner would (the window never sees them).
    [[nodiscard]] const core::District& plannerDistrict();

    QTemporaryDir m_dir;
    QString m_workspace;
    QByteArray m_hashBefore;
    std::unique_ptr<InvestorWindow> m_window;
    std::unique_ptr<gis::MatchingSession> m_planner;
};

void InvestorPreviewTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("sitefit-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("sitefit-investor-tests"));
    m_workspace = m_dir.filePath(QStringLiteral("haizhou.gpkg"));
    QVERIFY(QFile::copy(QStringLiteral(SITEFIT_SAMPLE), m_workspace));
    QFile::setPermissions(m_workspace, QFile::ReadOwner | QFile::WriteOwner);
    // A planner's stored pin, which the investor must never see.
    gis::EditRequest pin;
    pin.links.push_back({"P024", "JP-0044", gis::PlanLinkChange::Action::Pin, "园区已同意", 0});
    QVERIFY(gis::WorkspaceEditor::save(m_workspace.toStdString(), pin).rows.size() == 1);
    m_hashBefore = fileHash(m_workspace);

    UiLanguage::apply(QStringLiteral("en"));
    m_window = std::make_unique<InvestorWindow>(core::parseIsoDate(kAsOf));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openWorkspace(m_workspace);
    QVERIFY(m_window->task().waitForFinished(kTimeout_ms));
    QVERIFY(m_window->document().isOpen());
    // Precision parts (EQP02, land use M1 or M2): a trade with many parcels on offer.
    auto* chain = m_window->findChild<QComboBox*>(QStringLiteral("industryChain"));
    auto* category = m_window->findChild<QComboBox*>(QStringLiteral("trade"));
    QVERIFY(chain != nullptr && category != nullptr);
    chain->setCurrentIndex(chain->findData(QStringLiteral("EQP")));
    category->setCurrentIndex(category->findData(QStringLiteral("EQP02")));
    QCOMPARE(m_window->document().previewedRequirement()->category_code, std::string("EQP02"));
    waitForRender();
}

void InvestorPreviewTest::cleanupTestCase() {
    m_window.reset();
    // Nothing the investor did changed the workspace.
    QCOMPARE(fileHash(m_workspace), m_hashBefore);
}

void InvestorPreviewTest::waitForRender() {
    MapCanvas* canvas = m_window->canvas();
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering() && !canvas->renderedImage().isNull() &&
                                 canvas->renderedSettings() == canvas->settings(),
                             kTimeout_ms);
}

void InvestorPreviewTest::selectRow(int row) {
    QTableView* view = m_window->sitesView();
    view->setCurrentIndex(view->model()->index(row, 0));
    QVERIFY(m_window->siteCard()->card().has_value());
}

void InvestorPreviewTest::saveShot(const QString& name) {
    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    const QString dir = qEnvironmentVariable("SITEFIT_SCREENSHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(shot.save(QDir(dir).filePath(name)));
    }
}

const core::District& InvestorPreviewTest::plannerDistrict() {
    if (!m_planner) {
        core::SilentProgress progress;
        m_planner = std::make_unique<gis::MatchingSession>(
            QStringLiteral(SITEFIT_SAMPLE).toStdString(), core::defaultRulePack(),
            *core::parseIsoDate(kAsOf), progress);
    }
    return m_planner->district();
}

void InvestorPreviewTest::opensReadOnlyWithoutProjects() {
    const WorkspaceDocument& document = m_window->document();
    QVERIFY(document.isReadOnly());
    QVERIFY(document.access() == WorkspaceDocument::Access::Investor);
    // The sample has 48 projects; the investor's document and map hold none of them.
    QCOMPARE(plannerDistrict().projects.size(), std::size_t{48});
    QVERIFY(document.district().projects.empty());
    QVERIFY(document.mapData()->district.projects.empty());
    QVERIFY(!document.selectedProject().has_value());
    QCOMPARE(document.district().zones.size(), std::size_t{8});
    // Nor any enterprise's own figure (annual output), which the planner's reading has.
    QCOMPARE(document.district().enterprises.size(), plannerDistrict().enterprises.size());
    const auto hasFigure = [](const core::Enterprise& e) { return e.annual_output_yi.has_value(); };
    QVERIFY(std::any_of(plannerDistrict().enterprises.begin(), plannerDistrict().enterprises.end(),
                        hasFigure));
    QVERIFY(std::none_of(document.district().enterprises.begin(),
                         document.district().enterprises.end(), hasFigure));
    QVERIFY(std::none_of(document.mapData()->district.enterprises.begin(),
                         document.mapData()->district.enterprises.end(), hasFigure));
}

void InvestorPreviewTest::windowHasNoEditPath() {
    // None of the planner's panels or actions exists in the investor window.
    for (const char* name : {"projectsDock", "candidatesDock", "allocationDock", "capacityDock",
                             "layersDock", "identifyDock"}) {
        QVERIFY2(m_window->findChild<QDockWidget*>(QLatin1String(name)) == nullptr, name);
    }
    for (const char* name : {"actionOpen", "actionClose", "actionRunAllocation", "actionCancelTask",
                             "actionExportPng", "actionExportPdf"}) {
        QVERIFY2(m_window->findChild<QAction*>(QLatin1String(name)) == nullptr, name);
    }
    // The requirement editor is the investor's: no project's fields, no reset to the
    // workspace's values.
    QCOMPARE(m_window->requirementEditor()->fieldSet().reader,
             RequirementFieldSet::Reader::Investor);
    for (const char* name : {"resetRequirements", "preferredZone", "neededBy", "pollutionClass"}) {
        QVERIFY2(m_window->findChild<QWidget*>(QLatin1String(name)) == nullptr, name);
    }
    // The menus read, export and navigate only.
    QStringList menus;
    for (QAction* action : m_window->menuBar()->actions()) {
        menus << action->text();
    }
    QCOMPARE(menus,
             QStringList({QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Map"),
                          QStringLiteral("&Settings"), QStringLiteral("&Help")}));
    // No table can be edited in place.
    for (QAbstractItemView* view : m_window->findChildren<QAbstractItemView*>()) {
        if (qobject_cast<QHeaderView*>(view) != nullptr) {
            continue;  // sorts and sizes columns, edits nothing
        }
        bool inCombo = false;  // a combo box's popup list only chooses
        for (QObject* up = view->parent(); up != nullptr; up = up->parent()) {
            inCombo = inCombo || qobject_cast<QComboBox*>(up) != nullptr;
        }
        if (!inCombo) {
            QVERIFY2(view->editTriggers() == QAbstractItemView::NoEditTriggers,
                     view->metaObject()->className());
        }
    }
}

void InvestorPreviewTest::documentRefusesEveryWrite() {
    WorkspaceDocument& document = m_window->document();
    const core::Project anyProject = plannerDistrict().projects.front();
    const auto refused = [](const std::function<void()>& write) {
        try {
            write();
        } catch (const Error& error) {
            return error.kind() == Error::Kind::Usage &&
                   std::string(error.what()).find("read-only") != std::string::npos;
        }
        return false;
    };
    QVERIFY(refused([&] { document.editProject(0, anyProject); }));
    QVERIFY(refused([&] { document.resetProject(0); }));
    QVERIFY(refused([&] { document.setPlan(nullptr); }));
    QVERIFY(refused([&] {
        document.setPlanLinks({{"P001", "GX-0010", core::PlanLinkKind::Pin, ""}});
    }));
    QVERIFY(refused([&] { document.setClosedSites({"GX-0010"}); }));
    QVERIFY(document.district().projects.empty());
    QVERIFY(document.plan() == nullptr);
    QVERIFY(document.planRequest().request.pins.empty());
    QVERIFY(document.planRequest().request.exclusions.empty());
    // The planners' tables are confidential: an investor's session never reads them, so
    // nothing built on it can show them (the planner's session of the same file holds them).
    QVERIFY(!document.session().holdsProjects());
    QVERIFY(document.session().district().plan_links.empty());
    QVERIFY(document.session().district().projects.empty());
    QVERIFY(!plannerDistrict().projects.empty());
    {
        // The same file read for a planner holds the pin stored in it.
        core::SilentProgress progress;
        const planning::PlanningSession planner(document.path().toStdString(),
                                                core::defaultRulePack(), document.asOf(), progress);
        QCOMPARE(planner.district().plan_links.size(), std::size_t{1});
    }
    QVERIFY(refused([&] { (void)document.plannerSession(); }));
    QVERIFY(document.planLinks().empty());
    QVERIFY(document.district().plan_links.empty());
    QVERIFY(document.mapData()->district.plan_links.empty());
    // The control: a planner's document takes the same calls.
    WorkspaceDocument planner;
    QVERIFY(!planner.isReadOnly());
    planner.setPlanLinks({});
    planner.setClosedSites({});
}

void InvestorPreviewTest::requirementRanksSitesWithTheMatcher() {
    const core::Project requirement = m_window->requirementEditor()->requirement();
    QVERIFY(requirement.need == core::ProjectNeed::Land);
    QCOMPARE(*requirement.land_m2, 20000.0);
    // The same matcher, run here on the planner's session with the requirement as its
    // only project.
    static_cast<void>(plannerDistrict());
    core::District district = m_planner->district();
    district.projects = {requirement};
    const core::Matcher matcher(district, m_planner->catalogue(), m_planner->rules(),
                                m_planner->sites(), *core::parseIsoDate(kAsOf));
    const core::ProjectMatch expected = matcher.match(0);
    std::vector<std::string> onOffer;
    for (const core::Candidate& candidate : expected.candidates) {
        const core::SiteFacts& site = m_planner->sites()[candidate.site];
        if (site.status == core::ParcelStatus::Available) {
            onOffer.push_back(site.site_id);
        }
    }
    QVERIFY(!onOffer.empty());
    const QAbstractItemModel* model = m_window->sitesView()->model();
    QCOMPARE(model->rowCount(), static_cast<int>(onOffer.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 1).data().toString().toStdString(), onOffer[row]);
    }
    // The map shades the same candidates.
    QCOMPARE(m_window->document().results()->candidates.size(), expected.candidates.size());
}

void InvestorPreviewTest::changingTheRequirementRematchesLive() {
    RequirementEditor* form = m_window->requirementEditor();
    auto* need = form->findChild<QComboBox*>(QStringLiteral("need"));
    auto* floor = form->findChild<QDoubleSpinBox*>(QStringLiteral("floorM2"));
    auto* load = form->findChild<QDoubleSpinBox*>(QStringLiteral("floorLoad"));
    QVERIFY(need && floor && load);
    need->setCurrentIndex(need->findData(static_cast<int>(core::ProjectNeed::Space)));
    QCOMPARE(floor->value(), 2000.0);  // floor space is asked for by its area
    floor->setValue(3000.0);
    const int looser = m_window->sitesView()->model()->rowCount();
    QVERIFY(looser > 0);
    for (const CandidateMark& mark : m_window->document().results()->candidates) {
        QVERIFY(m_window->document().sites().at(mark.site).type == core::SiteType::Space);
    }
    // A heavy floor load leaves fewer buildings, each strong enough.
    load->setValue(20.0);
    const int stricter = m_window->sitesView()->model()->rowCount();
    QVERIFY(stricter < looser);
    for (const CandidateMark& mark : m_window->document().results()->candidates) {
        const core::SiteFacts& site = m_window->document().sites().at(mark.site);
        QVERIFY(site.floor_load_kn_m2.value_or(0.0) >= 20.0);
        QVERIFY(site.vacant_m2 >= 3000.0);
    }
    load->setValue(0.0);
    floor->setValue(0.0);
    need->setCurrentIndex(need->findData(static_cast<int>(core::ProjectNeed::Land)));
    QVERIFY(m_window->document().previewedRequirement()->need == core::ProjectNeed::Land);
}

void InvestorPreviewTest::siteCardShowsTheFigures() {
    selectRow(0);
    const SiteCard& card = *m_window->siteCard()->card();
    const core::SiteFacts& facts = m_window->document().sites().at(card.site.site);
    QCOMPARE(card.site.site_id, facts.site_id);
    QVERIFY(card.rank == std::optional<int>(1));
    // The selection follows on the map.
    QCOMPARE(m_window->document().selection().size(), std::size_t{1});
    const QStringList texts = visibleTexts(m_window->siteCard());
    QVERIFY(texts.contains(landAreaText(facts.area_m2)));
    QVERIFY(texts.contains(QStringLiteral("Floor area ratio (FAR)")));
    QVERIFY(texts.contains(QStringLiteral("Land price")));
    QVERIFY(texts.contains(QStringLiteral("Power supply")));
    QVERIFY(texts.contains(QStringLiteral("Chain partners around this site")));
    auto* map = m_window->siteCard()->findChild<QLabel*>(QStringLiteral("siteCardMap"));
    QVERIFY(map != nullptr && !map->pixmap().isNull());
    // Chain partners: the investor's category first, with its count in the district.
    QVERIFY(!card.partners.empty());
    QVERIFY(card.partners.front().relation == core::ChainPartner::Relation::SameCategory);
}

void InvestorPreviewTest::shortlistExportsAProposalPackage() {
    const QAbstractItemModel* model = m_window->sitesView()->model();
    QVERIFY(model->rowCount() >= 2);
    selectRow(0);
    auto* add = m_window->siteCard()->findChild<QAbstractButton*>(QStringLiteral("addToShortlist"));
    QVERIFY(add != nullptr && add->isEnabled());
    add->click();
    QVERIFY(!add->isEnabled());
    selectRow(1);
    add->click();
    QCOMPARE(m_window->shortlist().size(), std::size_t{2});
    const std::string first = m_window->shortlist()[0].site.site_id;
    const std::string second = m_window->shortlist()[1].site.site_id;

    const QString pdf = m_dir.filePath(QStringLiteral("proposal.pdf"));
    QVERIFY(m_window->exportProposalTo(pdf));
    if (const QString keep = qEnvironmentVariable("SITEFIT_SCREENSHOTS_DIR"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(QDir(keep).filePath(QStringLiteral("proposal-en.pdf")));
        QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("proposal-en.pdf")));
    }
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(kTimeout_ms));
    const QString pdfInfo = QString::fromUtf8(info.readAllStandardOutput());
    // A cover and one card per site.
    QVERIFY2(pdfInfo.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))),
             qPrintable(pdfInfo));
    // Its text names no enterprise figure (annual output, in 亿元), only counts and distances.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(kTimeout_ms));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdfText.contains(QString::fromStdString(first)), qPrintable(pdfText));
    QVERIFY2(!pdfText.contains(QStringLiteral("亿元")), qPrintable(pdfText));

    const QString gpkg = m_dir.filePath(QStringLiteral("proposal.gpkg"));
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(dataset != nullptr);
    OGRLayer* layer = dataset->GetLayerByName("proposal_sites");
    QVERIFY(layer != nullptr);
    QCOMPARE(layer->GetFeatureCount(), GIntBig{2});
    std::vector<std::string> ids;
    for (const auto& feature : *layer) {
        ids.emplace_back(feature->GetFieldAsString("site_id"));
        QVERIFY(feature->GetGeometryRef() != nullptr);
        QCOMPARE(feature->GetFieldAsInteger("rank") > 0, true);
    }
    QCOMPARE(ids, (std::vector<std::string>{first, second}));
    // No confidential column travels with the sites.
    const OGRFeatureDefn* definition = layer->GetLayerDefn();
    QCOMPARE(definition->GetFieldIndex("investor"), -1);
    QCOMPARE(definition->GetFieldIndex("investment"), -1);
}

void InvestorPreviewTest::neverShowsConfidentialFields() {
    // Exercise the window: a card, the shortlist, a space requirement with a budget.
    selectRow(0);
    auto* budget = m_window->findChild<QDoubleSpinBox*>(QStringLiteral("investment"));
    QVERIFY(budget != nullptr);
    budget->setValue(12345.0);  // the investor's own figure, unlike any in the sample
    selectRow(0);
    QStringList needles;
    for (const core::Project& project : plannerDistrict().projects) {
        needles << QString::fromStdString(project.investor);
        needles << QString::fromStdString(project.name);
        const double investment = project.investment_wan.value_or(0.0);
        // The figure as the app would write it, with its unit (bare numbers like "2,000"
        // also occur as floor areas and power).
        const auto whole = static_cast<qlonglong>(investment);
        needles << QStringLiteral("%1 万元").arg(whole)
                << QStringLiteral("%1 万元").arg(QLocale(QLocale::English).toString(whole));
    }
    // The planners' stored link (initTestCase): its note and its label.
    needles << QStringLiteral("园区已同意") << QStringLiteral("P024=JP-0044");
    // An enterprise's output is written in 亿元, a unit nothing else an investor sees uses.
    needles << QStringLiteral("亿元");
    const QStringList texts = visibleTexts(m_window.get());
    QVERIFY(texts.size() > 100);
    for (const QString& needle : needles) {
        for (const QString& text : texts) {
            QVERIFY2(!text.contains(needle),
                     qPrintable(QStringLiteral("'%1' shows '%2'").arg(text, needle)));
        }
    }
    // The largest investments also never appear as bare numbers: they are not floor areas.
    for (const core::Project& project : plannerDistrict().projects) {
        const double investment = project.investment_wan.value_or(0.0);
        if (investment < 20000.0) {
            continue;
        }
        const QRegularExpression bare(
            QStringLiteral("(^|[^0-9,.])(%1|%2)([^0-9,.]|$)")
                .arg(static_cast<qlonglong>(investment))
                .arg(QLocale(QLocale::English).toString(static_cast<qlonglong>(investment))));
        for (const QString& text : texts) {
            QVERIFY2(!bare.match(text).hasMatch(), qPrintable(text));
        }
    }
    budget->setValue(0.0);
}

void InvestorPreviewTest::screenshots() {
    selectRow(0);
    m_window->canvas()->zoomToLayer(MapLayerId::Candidates);
    waitForRender();
    saveShot(QStringLiteral("investor-en.png"));
    UiLanguage::apply(QStringLiteral("zh_CN"));
    QTRY_COMPARE(m_window->findChild<QAction*>(QStringLiteral("actionQuit"))->text(),
                 QStringLiteral("退出(&Q)"));
    // The same trade in the other language, and the same sites.
    QCOMPARE(m_window->requirementEditor()->requirement().category_code, std::string("EQP02"));
    QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("trade"))->currentText(),
             QStringLiteral("精密零部件"));
    selectRow(0);
    waitForRender();
    saveShot(QStringLiteral("investor-zh.png"));
    UiLanguage::apply(QStringLiteral("en"));
}

QTEST_MAIN(InvestorPreviewTest)
#include "investor_preview_test.moc"
