#pragma once

#include <optional>
#include <vector>

#include "map_window_base.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/gui/site_cards.hpp"

class QAction;
class QDockWidget;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sitefit::gui {

class RequirementEditor;
class SiteCardWidget;

// The investor preview (`sitefit-gui --investor WORKSPACE`): a read-only map of the sites
// on offer. The investor types a requirement, the sites that meet it are ranked and shaded
// on the map at once by the planners' own matcher, a site card shows the figures that
// matter, and chosen sites go on a shortlist exported as a proposal package (PDF site cards
// and a GeoPackage). There is no project panel, no allocation and no edit of any kind; the
// document refuses writes (WorkspaceDocument::Access::Investor) and holds no project of the
// workspace, so nothing confidential can show.
class InvestorWindow : public MapWindowBase {
    Q_OBJECT
public:
    explicit InvestorWindow(std::optional<core::Date> as_of = std::nullopt,
                            QWidget* parent = nullptr);
    ~InvestorWindow() override;

    void openWorkspace(const QString& path);
    // Puts a site (index into the document's sites) on the shortlist; false if it is not on
    // offer or already there.
    bool addToShortlist(std::size_t site);
    // Writes the shortlist as `pdf_path` plus a GeoPackage of the same name. Returns false
    // (and says why) on failure or an empty shortlist.
    bool exportProposalTo(const QString& pdf_path);

    [[nodiscard]] RequirementEditor* requirementEditor() const { return m_form; }
    [[nodiscard]] QTableView* sitesView() const { return m_sitesView; }
    [[nodiscard]] SiteCardWidget* siteCard() const { return m_card; }
    [[nodiscard]] const std::vector<SiteCard>& shortlist() const { return m_shortlist; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void retranslateUi() override;

private:
    void createActions();
    void createDocks();
    void createMenus();
    void wire();
    void onOpened();
    void rematch();
    void fillSites();
    void showSite(std::optional<std::size_t> site);
    void fillShortlist();
    void chooseExport();
    [[nodiscard]] std::optional<SiteCard> cardOf(std::size_t site) const;
    [[nodiscard]] bool isOnOffer(std::size_t site) const;
    [[nodiscard]] Freshness freshness() const;

    RequirementEditor* m_form = nullptr;
    QTableView* m_sitesView = nullptr;
    QStandardItemModel* m_sites = nullptr;
    SiteCardWidget* m_card = nullptr;
    QListWidget* m_shortlistView = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_export = nullptr;
    std::vector<SiteCard> m_shortlist;

    QDockWidget* m_formDock = nullptr;
    QDockWidget* m_legendDock = nullptr;
    QDockWidget* m_sitesDock = nullptr;
    QDockWidget* m_cardDock = nullptr;
    QDockWidget* m_shortlistDock = nullptr;
    QAction* m_exportProposal = nullptr;
};

}  // namespace sitefit::gui
