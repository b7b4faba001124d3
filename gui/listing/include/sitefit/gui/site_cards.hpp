#pragma once

#include <QString>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/core/listing.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/site_figures.hpp"

namespace sitefit::gui {

// A site as an investor's shortlist holds it: its figures, the chain around the investor's
// trade seen from it, and how it ranked for the investor's requirements.
struct SiteCard {
    core::ListedSite site;
    std::vector<core::ChainPartner> partners;
    std::optional<int> rank;
    std::optional<double> score;  // 0..100
};

// What the proposal says about whom it is for. Nothing confidential of the workspace's
// projects goes into it: only what the investor entered.
struct ProposalDetails {
    QString title;         // e.g. "Site proposal"
    QString requirements;  // the investor's requirements in one line
    Freshness freshness;
};

// The chain partners as rows: category, relation, enterprises in the district, nearest.
[[nodiscard]] std::vector<std::vector<QString>> partnerRows(
    const std::vector<core::ChainPartner>& partners, const core::CatalogueTables& catalogue,
    ListingLanguage language);

// The proposal's site cards: a cover listing the shortlist, then one A4 page per site with
// its figures, a map of it and its surroundings and its chain partners. Replaced
// atomically; returns the number of pages. Throws sitefit::Error (Output).
int writeSiteCardsPdf(const std::vector<SiteCard>& cards, const std::shared_ptr<const MapData>& map,
                      ListingLanguage language, const ProposalDetails& details,
                      const std::filesystem::path& out);

}  // namespace sitefit::gui
