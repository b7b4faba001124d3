#pragma once

#include <QString>
#include <cstddef>
#include <vector>

#include "page_canvas.hpp"
#include "sitefit/core/listing.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/site_figures.hpp"

namespace sitefit::gui::detail {

// A table of sites as both outputs show it.
struct SiteTable {
    QString title;  // "Land available: 5 parcels, 123.4 亩"
    std::vector<TableColumn> columns;
    std::vector<std::vector<QString>> rows;
};

struct ZoneContent {
    const core::ListedZone* zone = nullptr;
    QString title;     // the zone's name in the brochure's language
    QString subtitle;  // kind · carrier
    QString zone_id;
    std::vector<FigureTile> tiles;
    QString chains;   // "Leading chains: …"
    QString network;  // chain enterprises in the zone, chain leaders and their distance
    SiteTable land;   // empty rows: none listed
    SiteTable space;
    QString nothing;  // shown when the zone lists no site
};

struct ContactLine {
    QString carrier;
    QString details;  // name · phone · email · address, or an honest "none on record"
};

// The words and figures of a brochure, made once and laid out by the PDF and the HTML.
struct BrochureContent {
    QString kicker;    // "SITES ON OFFER"
    QString title;     // the carrier, the zone or "All carriers"
    QString subtitle;  // "3 zones · issued 2025-03-01"
    std::vector<FigureTile> tiles;
    std::vector<TableColumn> summary_columns;
    std::vector<std::vector<QString>> summary_rows;  // one per zone; the last cell its page
    std::vector<ContactLine> contacts;
    QString freshness;  // the note on where "updated" comes from
    QString footer;     // left part of every page's footer
    std::vector<ZoneContent> zones;
};

[[nodiscard]] BrochureContent makeBrochureContent(const core::Listing& listing, const MapData& map,
                                                  ListingLanguage language);

// A page of the PDF: the cover, or a zone's first page, or a continuation, with the rows of
// the zone's tables it holds.
struct TableSlice {
    bool land = true;  // the land table, else the floor-space table
    std::size_t first = 0;
    std::size_t count = 0;
};

struct BrochurePage {
    enum class Kind { Cover, ZoneFirst, ZoneContinued };
    Kind kind = Kind::Cover;
    std::size_t zone = 0;  // into BrochureContent::zones
    std::vector<TableSlice> slices;
};

// The pages of the PDF, tables split to fit; the cover's summary gets each zone's page.
[[nodiscard]] std::vector<BrochurePage> paginate(BrochureContent& content);

// Layout constants shared by pagination and drawing (mm).
namespace brochure_layout {
inline constexpr double kZoneTablesTopMm = 198.0;
inline constexpr double kContinuedTablesTopMm = 32.0;
inline constexpr double kTablesBottomMm = 280.0;
inline constexpr double kTableTitleMm = 7.0;
inline constexpr double kTableHeaderMm = 8.5;
inline constexpr double kRowMm = 5.6;
inline constexpr double kTableGapMm = 4.0;
}  // namespace brochure_layout

}  // namespace sitefit::gui::detail
