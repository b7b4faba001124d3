#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/site_cards.hpp"

class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sitefit::gui {

// The card of one site for an investor: the figures that matter (area in 亩 and m², FAR,
// floor load, clear height, price or rent, power, availability, chain neighbours, when the
// figures were updated), the chain partners around it and a small map of it, with a button
// to put it on the shortlist. Shows only what gui::siteFigures gives: nothing of the
// workspace's projects.
class SiteCardWidget : public QWidget {
    Q_OBJECT
public:
    explicit SiteCardWidget(QWidget* parent = nullptr);

    // Shows `card` (nullopt: an invitation to choose a site). `map` draws its small map.
    void showCard(const std::optional<SiteCard>& card, std::shared_ptr<const MapData> map,
                  const Freshness& freshness);
    [[nodiscard]] const std::optional<SiteCard>& card() const noexcept { return m_card; }
    void setShortlisted(bool shortlisted);

signals:
    void shortlistRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refill();

    std::optional<SiteCard> m_card;
    std::shared_ptr<const MapData> m_map;
    Freshness m_freshness;
    QLabel* m_title = nullptr;
    QLabel* m_score = nullptr;
    QGridLayout* m_figures = nullptr;
    QLabel* m_mapImage = nullptr;
    QLabel* m_partnersTitle = nullptr;
    QTableWidget* m_partners = nullptr;
    QPushButton* m_add = nullptr;
    bool m_shortlisted = false;
};

// The language of the brochure texts that follows the UI language.
[[nodiscard]] ListingLanguage uiListingLanguage();

}  // namespace sitefit::gui
