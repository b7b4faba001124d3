#include "investor_window.hpp"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>

#include "background_task.hpp"
#include "figure_text.hpp"
#include "map_canvas.hpp"
#include "map_status_bar.hpp"
#include "proposal_package.hpp"
#include "requirement_editor.hpp"
#include "site_card_widget.hpp"
#include "sitefit/core/listing.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "window_docks.hpp"
#include "workspace_document.hpp"
#include "workspace_name.hpp"

namespace sitefit::gui {
namespace {

constexpr int kSiteRole = Qt::UserRole + 1;

// What an investor's map shows: the parks, the parcels by status, the buildings, the
// enterprises by chain and the matching sites by score with their rank. No plan.
std::vector<LayerSettings> investorLayers() {
    std::vector<LayerSettings> layers = defaultLayerSettings();
    for (LayerSettings& layer : layers) {
        switch (layer.layer) {
            case MapLayerId::Zones:
                layer.theme = Theme::ZoneKind;
                layer.labels = true;
                break;
            case MapLayerId::Parcels:
                layer.theme = Theme::ParcelStatus;
                break;
            case MapLayerId::Enterprises:
                layer.theme = Theme::Chain;
                break;
            case MapLayerId::Candidates:
                layer.theme = Theme::MatchScore;
                layer.labels = true;
                break;
            case MapLayerId::Capacity:
            case MapLayerId::Allocation:
                layer.visible = false;
                break;
            default:
                break;
        }
    }
    return layers;
}

QStandardItem* figureItem(const QString& text) {
    auto* item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

InvestorWindow::InvestorWindow(std::optional<core::Date> as_of, QWidget* parent)
    : MapWindowBase(WorkspaceDocument::Access::Investor, as_of, parent) {
    setObjectName(QStringLiteral("investorWindow"));
    m_canvas->setLayers(investorLayers());
    createActions();
    createDocks();
    createMenus();
    wire();
    retranslateUi();
    resize(1500, 950);
}

InvestorWindow::~InvestorWindow() = default;

void InvestorWindow::createActions() {
    const auto action = [this](const char* name) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    m_exportProposal = action("actionExportProposal");
    m_exportProposal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
}

void InvestorWindow::createDocks() {
    m_form = new RequirementEditor(RequirementFieldSet::investor(), this);
    QScrollArea* legendScroll = makeLegendScrollArea();

    m_sites = new QStandardItemModel(this);
    m_sitesView = new QTableView(this);
    m_sitesView->setObjectName(QStringLiteral("matchingSites"));
    m_sitesView->setModel(m_sites);
    m_sitesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sitesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sitesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sitesView->verticalHeader()->hide();
    m_sitesView->horizontalHeader()->setStretchLastSection(true);

    m_card = new SiteCardWidget(this);
    auto* cardScroll = new QScrollArea(this);
    cardScroll->setWidget(m_card);
    cardScroll->setWidgetResizable(true);

    auto* shortlist = new QWidget(this);
    m_shortlistView = new QListWidget(shortlist);
    m_shortlistView->setObjectName(QStringLiteral("shortlist"));
    m_shortlistView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_remove = new QPushButton(shortlist);
    m_remove->setObjectName(QStringLiteral("removeFromShortlist"));
    m_export = new QPushButton(shortlist);
    m_export->setObjectName(QStringLiteral("exportProposal"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* shortlistLayout = new QVBoxLayout(shortlist);
    shortlistLayout->setContentsMargins(4, 4, 4, 4);
    shortlistLayout->addWidget(m_shortlistView, 1);
    shortlistLayout->addLayout(buttons);

    m_formDock = makeDock(this, "requirementDock", m_form);
    m_legendDock = makeDock(this, "legendDock", legendScroll);
    m_sitesDock = makeDock(this, "sitesDock", m_sitesView);
    m_cardDock = makeDock(this, "siteCardDock", cardScroll);
    m_shortlistDock = makeDock(this, "shortlistDock", shortlist);
    addDockWidget(Qt::LeftDockWidgetArea, m_formDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_legendDock);
    splitDockWidget(m_formDock, m_legendDock, Qt::Vertical);
    addDockWidget(Qt::LeftDockWidgetArea, m_shortlistDock);
    splitDockWidget(m_legendDock, m_shortlistDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_sitesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_cardDock);
    splitDockWidget(m_sitesDock, m_cardDock, Qt::Vertical);
    resizeDocks({m_formDock, m_sitesDock}, {320, 480}, Qt::Horizontal);
    resizeDocks({m_sitesDock, m_cardDock}, {300, 600}, Qt::Vertical);
    resizeDocks({m_formDock, m_legendDock, m_shortlistDock}, {380, 260, 260}, Qt::Vertical);
}

void InvestorWindow::createMenus() {
    // Reading and exporting only: no open-for-editing, no projects, no allocation.
    m_fileMenu->addAction(m_exportProposal);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    for (QDockWidget* dock : {m_formDock, m_sitesDock, m_cardDock, m_shortlistDock, m_legendDock}) {
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    m_mapMenu->addActions({m_zoomIn, m_zoomOut, m_zoomFull, m_zoomSelection});
    for (QMenu* menu : {m_fileMenu, m_viewMenu, m_mapMenu, m_settingsMenu, m_helpMenu}) {
        menuBar()->addMenu(menu);
    }
}

void InvestorWindow::wire() {
    connect(m_exportProposal, &QAction::triggered, this, &InvestorWindow::chooseExport);
    connect(m_export, &QPushButton::clicked, this, &InvestorWindow::chooseExport);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About the investor preview"),
                           tr("<b>sitefit %1</b> — investor preview<p>The sites on offer in the "
                              "district's parks, ranked for your requirements by the same "
                              "rules the investment bureau uses. Read-only: nothing you do "
                              "here changes the data.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    connect(m_task, &BackgroundTask::failed, this, &InvestorWindow::showError);
    connect(m_canvas, &MapCanvas::featureClicked, this, [this](std::optional<FeatureRef> feature) {
        const std::optional<std::size_t> site =
            feature ? m_document->siteOfFeature(*feature) : std::nullopt;
        if (site && isOnOffer(*site)) {
            for (int row = 0; row < m_sites->rowCount(); ++row) {
                if (m_sites->item(row, 0)->data(kSiteRole).toULongLong() == *site) {
                    m_sitesView->selectRow(row);
                    return;
                }
            }
        }
        m_sitesView->clearSelection();
        showSite(site && isOnOffer(*site) ? site : std::nullopt);
    });
    connect(m_document, &WorkspaceDocument::opened, this, &InvestorWindow::onOpened);
    connect(m_form, &RequirementEditor::requirementChanged, this, &InvestorWindow::rematch);
    connect(m_sitesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid()) {
                    return;
                }
                showSite(static_cast<std::size_t>(
                    m_sites->item(current.row(), 0)->data(kSiteRole).toULongLong()));
            });
    connect(m_sitesView, &QTableView::doubleClicked, this,
            [this] { m_canvas->zoomToFeatures(m_document->selection()); });
    connect(m_card, &SiteCardWidget::shortlistRequested, this, [this] {
        if (m_card->card()) {
            addToShortlist(m_card->card()->site.site);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_shortlistView->currentRow();
        if (row >= 0 && row < static_cast<int>(m_shortlist.size())) {
            m_shortlist.erase(m_shortlist.begin() + row);
            fillShortlist();
            if (m_card->card()) {
                m_card->setShortlisted(false);
            }
        }
    });
}

void InvestorWindow::retranslateUi() {
    setWindowTitle(m_document->isOpen() ? tr("%1 — sites on offer (investor preview)")
                                              .arg(workspaceDisplayName(m_document->path()))
                                        : tr("sitefit — investor preview"));
    retranslateMapWindow();
    m_exportProposal->setText(tr("Export &Proposal Package…"));
    m_exportProposal->setToolTip(
        tr("Write the shortlist as PDF site cards and a GeoPackage of the sites"));
    m_about->setText(tr("&About the Investor Preview"));
    m_formDock->setWindowTitle(tr("Your Requirements"));
    m_legendDock->setWindowTitle(tr("Legend"));
    m_sitesDock->setWindowTitle(tr("Matching Sites"));
    m_cardDock->setWindowTitle(tr("Site Card"));
    m_shortlistDock->setWindowTitle(tr("Shortlist"));
    m_remove->setText(tr("Remove"));
    m_export->setText(tr("Export Proposal…"));
    fillSites();
    fillShortlist();
}

void InvestorWindow::closeEvent(QCloseEvent* event) {
    m_task->cancel();
    event->accept();
}

void InvestorWindow::openWorkspace(const QString& path) {
    m_document->openInBackground(*m_task, path, m_asOf);
}

void InvestorWindow::onOpened() {
    showOpenedMap();
    m_shortlist.clear();
    m_form->setCatalogue(m_document->district().catalogue);
    int onOffer = 0;
    for (std::size_t s = 0; s < m_document->sites().size(); ++s) {
        onOffer += isOnOffer(s) ? 1 : 0;
    }
    m_statusBar->showMessage(tr("Opened %1: %2 zones, %3 sites on offer")
                                 .arg(workspaceDisplayName(m_document->path()))
                                 .arg(m_document->district().zones.size())
                                 .arg(onOffer),
                             8000);
    retranslateUi();
    rematch();
}

void InvestorWindow::rematch() {
    if (!m_document->isOpen()) {
        return;
    }
    try {
        m_document->previewRequirement(m_form->requirement());
    } catch (const std::exception& error) {
        m_statusBar->showMessage(QString::fromUtf8(error.what()), 8000);
    }
    fillSites();
    showSite(std::nullopt);
}

void InvestorWindow::fillSites() {
    const QSignalBlocker block(m_sitesView->selectionModel());
    m_sites->clear();
    m_sites->setHorizontalHeaderLabels({tr("Rank"), tr("Site"), tr("Score"), tr("Size"),
                                        tr("Price or rent"), tr("Available"), tr("Zone")});
    if (!m_document->isOpen() || m_document->currentMatch() == nullptr) {
        return;
    }
    const core::District& district = m_document->district();
    const std::vector<core::SiteFacts>& sites = m_document->sites();
    const ListingLanguage language = uiListingLanguage();
    for (const core::Candidate& candidate : m_document->currentMatch()->candidates) {
        const core::SiteFacts& site = sites.at(candidate.site);
        if (!isOnOffer(candidate.site)) {
            continue;
        }
        auto* rank = new QStandardItem(QString::number(candidate.rank));
        rank->setData(static_cast<qulonglong>(candidate.site), kSiteRole);
        rank->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const bool land = site.type == core::SiteType::Parcel;
        QString price = noValue();
        if (land && site.land_price_wan_per_mu) {
            price = groupedText(*site.land_price_wan_per_mu) + QStringLiteral(" 万元/亩");
        } else if (!land && site.rent_yuan_m2_month) {
            price = decimalText(*site.rent_yuan_m2_month, 1) + QStringLiteral(" 元/m²·月");
        }
        const QString zone =
            site.zone ? gui::localName(district.zones.at(*site.zone).name, language) : noValue();
        const bool now = !site.available_from || *site.available_from <= m_document->asOf();
        m_sites->appendRow(
            {rank, new QStandardItem(QString::fromStdString(site.site_id)),
             figureItem(QString::number(candidate.score, 'f', 0)),
             figureItem(land ? areaBoth(site.area_m2) : squareMetres(site.vacant_m2)),
             figureItem(price), new QStandardItem(now ? tr("now") : dateText(site.available_from)),
             new QStandardItem(zone)});
    }
    m_sitesView->resizeColumnsToContents();
    m_sitesDock->setWindowTitle(
        tr("Matching Sites (%1)").arg(static_cast<int>(m_sites->rowCount())));
}

bool InvestorWindow::isOnOffer(std::size_t site) const {
    if (!m_document->isOpen() || site >= m_document->sites().size()) {
        return false;
    }
    const core::SiteFacts& facts = m_document->sites()[site];
    return facts.type == core::SiteType::Space || facts.status == core::ParcelStatus::Available;
}

Freshness InvestorWindow::freshness() const {
    const core::DataFreshness& log = m_document->listingSources().freshness;
    return Freshness{log.edit_log_present, log.file_modified, m_document->asOf()};
}

std::optional<SiteCard> InvestorWindow::cardOf(std::size_t site) const {
    if (!isOnOffer(site)) {
        return std::nullopt;
    }
    const planning::WorkspaceSession& session = m_document->session();
    const core::District& district = m_document->district();
    const std::optional<core::Project>& requirement = m_document->previewedRequirement();
    const std::string category = requirement ? requirement->category_code : std::string();
    // The investor's own chain first, then the zone's leading chains.
    std::vector<std::string> chains;
    const std::string own = session.catalogue().chainOf(category);
    if (!own.empty()) {
        chains.push_back(own);
    }
    const core::SiteFacts& facts = m_document->sites().at(site);
    if (facts.zone) {
        for (const std::string& chain : district.zones.at(*facts.zone).leading_chains) {
            if (std::find(chains.begin(), chains.end(), chain) == chains.end()) {
                chains.push_back(chain);
            }
        }
    }
    SiteCard card;
    card.site = core::ListingBuilder::site(district, session.catalogue(), m_document->sites(), site,
                                           chains, m_document->listingSources().freshness);
    card.partners = core::ListingBuilder::partners(session.catalogue(), facts, category);
    if (const core::ProjectMatch* match = m_document->currentMatch()) {
        for (const core::Candidate& candidate : match->candidates) {
            if (candidate.site == site) {
                card.rank = candidate.rank;
                card.score = candidate.score;
            }
        }
    }
    return card;
}

void InvestorWindow::showSite(std::optional<std::size_t> site) {
    const std::optional<SiteCard> card = site ? cardOf(*site) : std::nullopt;
    m_card->showCard(card, m_document->mapData(), freshness());
    if (card) {
        const bool listed = std::any_of(m_shortlist.begin(), m_shortlist.end(),
                                        [&](const SiteCard& c) { return c.site.site == *site; });
        m_card->setShortlisted(listed);
        m_document->setSelection({m_document->featureOfSite(*site)});
    } else if (m_document->isOpen()) {
        m_document->setSelection({});
    }
}

bool InvestorWindow::addToShortlist(std::size_t site) {
    if (std::any_of(m_shortlist.begin(), m_shortlist.end(),
                    [site](const SiteCard& c) { return c.site.site == site; })) {
        return false;
    }
    std::optional<SiteCard> card = cardOf(site);
    if (!card) {
        return false;
    }
    m_shortlist.push_back(std::move(*card));
    fillShortlist();
    if (m_card->card() && m_card->card()->site.site == site) {
        m_card->setShortlisted(true);
    }
    return true;
}

void InvestorWindow::fillShortlist() {
    m_shortlistView->clear();
    for (const SiteCard& card : m_shortlist) {
        m_shortlistView->addItem(siteHeadline(card.site));
    }
    m_export->setEnabled(!m_shortlist.empty());
    m_exportProposal->setEnabled(!m_shortlist.empty());
    m_remove->setEnabled(!m_shortlist.empty());
    m_shortlistDock->setWindowTitle(tr("Shortlist (%1)").arg(m_shortlist.size()));
}

void InvestorWindow::chooseExport() {
    if (m_shortlist.empty()) {
        return;
    }
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Proposal Package"),
                                     QStringLiteral("proposal.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    exportProposalTo(path);
}

bool InvestorWindow::exportProposalTo(const QString& pdf_path) {
    if (m_shortlist.empty() || !m_document->isOpen()) {
        return false;
    }
    ProposalDetails details;
    details.title = tr("Sites for your project");
    details.requirements = m_form->summary();
    details.freshness = freshness();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const ProposalFiles files =
            writeProposalPackage(*m_document, m_shortlist, details, pdf_path);
        QApplication::restoreOverrideCursor();
        m_statusBar->showMessage(tr("Exported the proposal: %1 (%2 pages) and %3")
                                     .arg(files.pdf)
                                     .arg(files.pages)
                                     .arg(files.geopackage),
                                 8000);
        return true;
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_statusBar->showMessage(
            tr("Exporting the proposal failed: %1").arg(QString::fromUtf8(error.what())), 8000);
        return false;
    }
}

}  // namespace sitefit::gui
