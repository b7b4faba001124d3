#pragma once

#include <QString>
#include <filesystem>
#include <memory>

#include "sitefit/core/listing.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/site_figures.hpp"

namespace sitefit::gui {

namespace detail {
struct BrochureContent;
struct BrochurePage;
}  // namespace detail

// A carrier's listing brochure (招商载体推介): a cover with the location of its zones in the
// district, the key figures and how to get in touch, then for each zone its figures, its
// leading chains and chain neighbours, a map with the listed sites numbered and the tables
// of land and floor space on offer, continued on further pages as needed.
//
// Fixed texts come from the installed Qt translator (install the catalogue of the chosen
// language first, e.g. translationCatalogue("zh_CN")); names follow `language`.
// Thread rules: build and write on one thread; needs a QGuiApplication (fonts).
class ListingBrochure {
public:
    // `map` must be the map data of the workspace `listing` was made from.
    ListingBrochure(core::Listing listing, std::shared_ptr<const MapData> map,
                    ListingLanguage language);
    ListingBrochure(const ListingBrochure&) = delete;
    ListingBrochure& operator=(const ListingBrochure&) = delete;
    ListingBrochure(ListingBrochure&&) noexcept;
    ListingBrochure& operator=(ListingBrochure&&) noexcept;
    ~ListingBrochure();

    [[nodiscard]] const core::Listing& listing() const noexcept { return m_listing; }
    // Pages of the PDF: the cover, then at least one per zone.
    [[nodiscard]] int pageCount() const;

    // A4 portrait, vector maps, the CJK font embedded, page numbers in the footer. The file
    // is replaced atomically. Throws sitefit::Error (Output).
    void writePdf(const std::filesystem::path& out) const;

    // One self-contained HTML file: styles inline, maps as PNG data: URIs, no reference to
    // anything outside it, so it can be mailed or copied to a USB stick. Replaced
    // atomically. Throws sitefit::Error (Output).
    void writeHtml(const std::filesystem::path& out) const;

private:
    core::Listing m_listing;
    std::shared_ptr<const MapData> m_map;
    ListingLanguage m_language;
    std::unique_ptr<detail::BrochureContent> m_content;
    std::vector<detail::BrochurePage> m_pages;
};

}  // namespace sitefit::gui
