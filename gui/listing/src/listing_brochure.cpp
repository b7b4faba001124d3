#include "sitefit/gui/listing_brochure.hpp"

#include <QCoreApplication>
#include <QPainter>

#include "brochure_content.hpp"
#include "page_canvas.hpp"
#include "pdf_pages.hpp"
#include "sitefit/gui/legend.hpp"
#include "sitefit/gui/listing_maps.hpp"

namespace sitefit::gui {
namespace {

using namespace detail::brochure_colours;
using namespace detail::brochure_layout;
using detail::BrochureContent;
using detail::BrochurePage;
using detail::kPdfDpi;
using detail::PageCanvas;
using detail::ZoneContent;

constexpr double kLeft = PageCanvas::kLeftMm;
constexpr double kWidth = PageCanvas::kTextWidthMm;
const QColor kSelection(0x00, 0xb4, 0xe6);  // the renderer's selection outline

void heading(PageCanvas& canvas, double y, double x, double width, const QString& text) {
    canvas.text(QRectF(x, y, width, 6.0), text, canvas.font(10.5, true), kPrimary,
                Qt::AlignLeft | Qt::AlignVCenter);
    canvas.fill(QRectF(x, y + 6.3, 12.0, 0.7), kAccent);
}

// The legend under a zone map: the listed sites first, then what the map shows around them.
std::vector<LegendGroup> zoneLegend(const MapSnapshot& snapshot) {
    std::vector<LegendGroup> groups =
        legendOf(*snapshot.data, *snapshot.results, snapshot.settings);
    std::vector<LegendGroup> shown;
    for (LegendGroup& group : groups) {
        if (group.entries.empty()) {
            continue;
        }
        if (group.entries.size() == 1 &&
            group.entries.front().symbol == LegendEntry::Symbol::Fill &&
            &group == &groups.front()) {
            // The candidates layer: here it marks the sites of the brochure.
            group.title = QCoreApplication::translate("sitefit::gui::Listing", "Listed sites");
            group.entries.front().label =
                QCoreApplication::translate("sitefit::gui::Listing", "numbered as in the tables");
        }
        shown.push_back(std::move(group));
    }
    // The zones' kinds are on the cover; here they only tint the background.
    if (!shown.empty() && shown.size() > 1) {
        shown.pop_back();
    }
    return shown;
}

std::vector<LegendGroup> overviewLegend(const MapSnapshot& snapshot) {
    std::vector<LegendGroup> groups =
        legendOf(*snapshot.data, *snapshot.results, snapshot.settings);
    std::vector<LegendGroup> shown;
    if (!groups.empty()) {
        shown.push_back(groups.back());  // the zones, by kind
    }
    LegendGroup listed;
    listed.title = QCoreApplication::translate("sitefit::gui::Listing", "This brochure");
    listed.entries.push_back(
        {QCoreApplication::translate("sitefit::gui::Listing", "zones with sites on offer"),
         Qt::transparent, kSelection, LegendEntry::Symbol::Outline});
    shown.push_back(std::move(listed));
    return shown;
}

// The overview takes what the zone table below it leaves of the page.
double overviewHeight(std::size_t zones) {
    const double height = 124.0 - 6.0 * static_cast<double>(zones > 2 ? zones - 2 : 0);
    return std::max(height, 62.0);
}

void drawCover(PageCanvas& canvas, const BrochureContent& content, const core::Listing& listing,
               const std::shared_ptr<const MapData>& map, ListingLanguage language) {
    canvas.fill(QRectF(0, 0, PageCanvas::kPageWidthMm, 60.0), kPrimary);
    canvas.fill(QRectF(0, 60.0, PageCanvas::kPageWidthMm, 1.6), kAccent);
    canvas.text(QRectF(kLeft, 11.0, kWidth, 7.0), content.kicker, canvas.font(11.0, true),
                kBandText, Qt::AlignLeft | Qt::AlignVCenter);
    canvas.text(QRectF(kLeft, 19.0, kWidth, 24.0), content.title, canvas.font(24.0, true),
                Qt::white, Qt::AlignLeft | Qt::AlignVCenter, true);
    canvas.text(QRectF(kLeft, 46.0, kWidth, 7.0), content.subtitle, canvas.font(10.5, false),
                kBandText, Qt::AlignLeft | Qt::AlignVCenter);
    canvas.tiles(QRectF(kLeft, 68.0, kWidth, 23.0), content.tiles);

    heading(canvas, 97.0, kLeft, kWidth,
            QCoreApplication::translate("sitefit::gui::Listing", "Location in the district"));
    const double mapTop = 106.0;
    const double mapHeight = overviewHeight(listing.zones.size());
    const MapSnapshot overview = overviewMap(map, listing, QSize(1, 1), kPdfDpi);
    canvas.map(QRectF(kLeft, mapTop, kWidth, mapHeight), overview,
               [&listing, language](QPainter& painter, const MapSnapshot& shown) {
                   paintZoneNames(painter, shown, listing, language);
               });
    const double legendHeight = canvas.legendStrip(
        QRectF(kLeft, mapTop + mapHeight + 1.5, kWidth, 10.0), overviewLegend(overview));

    const double top = mapTop + mapHeight + legendHeight + 5.0;
    const double leftWidth = 110.0;
    heading(canvas, top, kLeft, leftWidth,
            QCoreApplication::translate("sitefit::gui::Listing", "Zones in this brochure"));
    canvas.table(kLeft, top + 9.0, leftWidth, content.summary_columns, content.summary_rows, 8.5,
                 kRowMm);

    const double right = kLeft + leftWidth + 6.0;
    const double rightWidth = kWidth - leftWidth - 6.0;
    heading(canvas, top, right, rightWidth,
            QCoreApplication::translate("sitefit::gui::Listing", "Contact"));
    double y = top + 9.0;
    const double bottom = PageCanvas::kPageHeightMm - 34.0;
    for (const detail::ContactLine& contact : content.contacts) {
        if (y > bottom) {
            break;
        }
        y += canvas.text(QRectF(right, y, rightWidth, 5.0), contact.carrier, canvas.font(8.5, true),
                         kInk, Qt::AlignLeft | Qt::AlignTop);
        y += canvas.text(QRectF(right, y, rightWidth, 12.0), contact.details,
                         canvas.font(7.5, false), kInk, Qt::AlignLeft | Qt::AlignTop, true) +
             2.0;
    }
    canvas.text(QRectF(kLeft, PageCanvas::kPageHeightMm - 27.0, kWidth, 14.0), content.freshness,
                canvas.font(7.0, false), kMuted, Qt::AlignLeft | Qt::AlignBottom, true);
}

void drawTables(PageCanvas& canvas, const ZoneContent& zone, const BrochurePage& page, double top) {
    double y = top;
    for (const detail::TableSlice& slice : page.slices) {
        const detail::SiteTable& table = slice.land ? zone.land : zone.space;
        QString title = table.title;
        if (slice.first > 0) {
            title += QCoreApplication::translate("sitefit::gui::Listing", " (continued)");
        }
        canvas.text(QRectF(kLeft, y, kWidth, kTableTitleMm - 1.0), title, canvas.font(9.0, true),
                    kPrimary, Qt::AlignLeft | Qt::AlignVCenter);
        const auto first = table.rows.begin() + static_cast<std::ptrdiff_t>(slice.first);
        const std::vector<std::vector<QString>> rows(
            first, first + static_cast<std::ptrdiff_t>(slice.count));
        y += kTableTitleMm;
        y += canvas.table(kLeft, y, kWidth, table.columns, rows, kTableHeaderMm, kRowMm);
        y += kTableGapMm;
    }
}

void drawZoneFirst(PageCanvas& canvas, const ZoneContent& zone, const BrochurePage& page,
                   const core::Listing& listing, const std::shared_ptr<const MapData>& map) {
    canvas.fill(QRectF(0, 0, PageCanvas::kPageWidthMm, 32.0), kPrimary);
    canvas.fill(QRectF(0, 32.0, PageCanvas::kPageWidthMm, 1.2), kAccent);
    canvas.text(QRectF(kLeft, 7.0, kWidth - 30.0, 13.0), zone.title, canvas.font(19.0, true),
                Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
    canvas.text(QRectF(kLeft + kWidth - 30.0, 7.0, 30.0, 13.0), zone.zone_id,
                canvas.font(9.0, true), kBandText, Qt::AlignRight | Qt::AlignVCenter);
    canvas.text(QRectF(kLeft, 21.0, kWidth, 7.0), zone.subtitle, canvas.font(9.5, false), kBandText,
                Qt::AlignLeft | Qt::AlignVCenter);
    if (!zone.tiles.empty()) {
        canvas.tiles(QRectF(kLeft, 38.0, kWidth, 21.0), zone.tiles);
        canvas.fill(QRectF(kLeft, 63.0, kWidth, 19.0), kPrimaryLight);
        canvas.text(QRectF(kLeft + 3.0, 64.2, kWidth - 6.0, 5.5), zone.chains,
                    canvas.font(9.0, true), kPrimary, Qt::AlignLeft | Qt::AlignVCenter);
        canvas.text(QRectF(kLeft + 3.0, 70.0, kWidth - 6.0, 11.5), zone.network,
                    canvas.font(7.6, false), kInk, Qt::AlignLeft | Qt::AlignTop, true);
    }
    const MapSnapshot snapshot = zoneMap(map, listing, *zone.zone, QSize(1, 1), kPdfDpi);
    canvas.map(QRectF(kLeft, 86.0, kWidth, 96.0), snapshot);
    canvas.legendStrip(QRectF(kLeft, 183.5, kWidth, 10.0), zoneLegend(snapshot));
    if (zone.zone->sites.empty()) {
        canvas.text(QRectF(kLeft, kZoneTablesTopMm, kWidth, 8.0), zone.nothing,
                    canvas.font(9.5, false), kMuted, Qt::AlignLeft | Qt::AlignVCenter);
    }
    drawTables(canvas, zone, page, kZoneTablesTopMm);
}

void drawZoneContinued(PageCanvas& canvas, const ZoneContent& zone, const BrochurePage& page) {
    canvas.fill(QRectF(0, 0, PageCanvas::kPageWidthMm, 20.0), kPrimary);
    canvas.fill(QRectF(0, 20.0, PageCanvas::kPageWidthMm, 1.0), kAccent);
    canvas.text(QRectF(kLeft, 5.5, kWidth - 30.0, 10.0),
                zone.title + QCoreApplication::translate("sitefit::gui::Listing", " (continued)"),
                canvas.font(14.0, true), Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
    canvas.text(QRectF(kLeft + kWidth - 30.0, 5.5, 30.0, 10.0), zone.zone_id,
                canvas.font(9.0, true), kBandText, Qt::AlignRight | Qt::AlignVCenter);
    drawTables(canvas, zone, page, kContinuedTablesTopMm);
}

}  // namespace

ListingBrochure::ListingBrochure(core::Listing listing, std::shared_ptr<const MapData> map,
                                 ListingLanguage language)
    : m_listing(std::move(listing)),
      m_map(std::move(map)),
      m_language(language),
      m_content(std::make_unique<detail::BrochureContent>(
          detail::makeBrochureContent(m_listing, *m_map, m_language))),
      m_pages(detail::paginate(*m_content)) {}

ListingBrochure::ListingBrochure(ListingBrochure&&) noexcept = default;
ListingBrochure& ListingBrochure::operator=(ListingBrochure&&) noexcept = default;
ListingBrochure::~ListingBrochure() = default;

int ListingBrochure::pageCount() const {
    return static_cast<int>(m_pages.size());
}

void ListingBrochure::writePdf(const std::filesystem::path& out) const {
    const int total = pageCount();
    detail::writeListingPdf(
        out, m_content->kicker + QStringLiteral(" — ") + m_content->title, "the brochure", total,
        [&](PageCanvas& canvas, int p) {
            const BrochurePage& page = m_pages[static_cast<std::size_t>(p)];
            switch (page.kind) {
                case BrochurePage::Kind::Cover:
                    drawCover(canvas, *m_content, m_listing, m_map, m_language);
                    break;
                case BrochurePage::Kind::ZoneFirst:
                    drawZoneFirst(canvas, m_content->zones.at(page.zone), page, m_listing, m_map);
                    break;
                case BrochurePage::Kind::ZoneContinued:
                    drawZoneContinued(canvas, m_content->zones.at(page.zone), page);
                    break;
            }
            canvas.footer(m_content->footer, p + 1, total);
        });
}

}  // namespace sitefit::gui
