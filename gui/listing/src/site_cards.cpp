#include "sitefit/gui/site_cards.hpp"

#include <QCoreApplication>
#include <QPainter>

#include "page_canvas.hpp"
#include "pdf_pages.hpp"
#include "plural.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/gui/listing_maps.hpp"

namespace sitefit::gui {
namespace {

using namespace detail::brochure_colours;
using detail::kPdfDpi;
using detail::PageCanvas;

constexpr double kLeft = PageCanvas::kLeftMm;
constexpr double kWidth = PageCanvas::kTextWidthMm;

QString zoneOf(const core::ListedSite& site, const core::District& district,
               ListingLanguage language) {
    if (site.zone && *site.zone < district.zones.size()) {
        return localName(district.zones[*site.zone].name, language);
    }
    return QCoreApplication::translate("sitefit::gui::Listing", "outside the parks");
}

QString priceOf(const core::ListedSite& site) {
    if (site.type == core::SiteType::Parcel) {
        return site.land_price_wan_per_mu
                   ? QString::fromStdString(core::grouped(*site.land_price_wan_per_mu)) +
                         QStringLiteral(" 万元/亩")
                   : QStringLiteral("—");
    }
    return site.rent_yuan_m2_month
               ? QString::fromStdString(core::decimal(*site.rent_yuan_m2_month, 1)) +
                     QStringLiteral(" 元/m²·月")
               : QStringLiteral("—");
}

void heading(PageCanvas& canvas, double y, double x, double width, const QString& text) {
    canvas.text(QRectF(x, y, width, 6.0), text, canvas.font(10.5, true), kPrimary,
                Qt::AlignLeft | Qt::AlignVCenter);
    canvas.fill(QRectF(x, y + 6.3, 12.0, 0.7), kAccent);
}

void drawCover(PageCanvas& canvas, const std::vector<SiteCard>& cards,
               const std::shared_ptr<const MapData>& map, ListingLanguage language,
               const ProposalDetails& details) {
    canvas.fill(QRectF(0, 0, PageCanvas::kPageWidthMm, 48.0), kPrimary);
    canvas.fill(QRectF(0, 48.0, PageCanvas::kPageWidthMm, 1.5), kAccent);
    canvas.text(QRectF(kLeft, 10.0, kWidth, 7.0),
                QCoreApplication::translate("sitefit::gui::Listing", "Site proposal"),
                canvas.font(11.0, true), kBandText, Qt::AlignLeft | Qt::AlignVCenter);
    canvas.text(QRectF(kLeft, 18.0, kWidth, 14.0), details.title, canvas.font(21.0, true),
                Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
    canvas.text(QRectF(kLeft, 34.0, kWidth, 7.0),
                detail::resolvePlural(
                    QCoreApplication::translate("sitefit::gui::Listing", "%n site(s)  ·  issued %1",
                                                nullptr, static_cast<int>(cards.size())),
                    static_cast<int>(cards.size()))
                    .arg(QString::fromStdString(core::formatIsoDate(details.freshness.as_of))),
                canvas.font(10.0, false), kBandText, Qt::AlignLeft | Qt::AlignVCenter);
    heading(canvas, 56.0, kLeft, kWidth,
            QCoreApplication::translate("sitefit::gui::Listing", "Your requirements"));
    canvas.text(QRectF(kLeft, 65.0, kWidth, 16.0), details.requirements, canvas.font(9.0, false),
                kInk, Qt::AlignLeft | Qt::AlignTop, true);
    heading(canvas, 84.0, kLeft, kWidth,
            QCoreApplication::translate("sitefit::gui::Listing", "Sites on the shortlist"));
    const std::vector<detail::TableColumn> columns{
        {QCoreApplication::translate("sitefit::gui::Listing", "No."), 5.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Site"), 11.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Zone"), 24.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Size"), 16.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Price or rent"), 14.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Rank"), 6.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Score"), 6.0, true},
    };
    std::vector<std::vector<QString>> rows;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const core::ListedSite& site = cards[i].site;
        rows.push_back(
            {QString::number(i + 1), QString::fromStdString(site.site_id),
             zoneOf(site, map->district, language),
             site.type == core::SiteType::Parcel
                 ? landAreaText(site.area_m2)
                 : groupedFigure(site.area_m2) + QStringLiteral(" m²"),
             priceOf(site), cards[i].rank ? QString::number(*cards[i].rank) : QStringLiteral("—"),
             cards[i].score ? QString::number(*cards[i].score, 'f', 0) : QStringLiteral("—")});
    }
    const double tableHeight = canvas.table(kLeft, 93.0, kWidth, columns, rows, 8.5, 5.8);
    // Where the sites lie, numbered as in the table (1 = the first card).
    const double mapTop = 93.0 + tableHeight + 7.0;
    const double mapHeight = PageCanvas::kPageHeightMm - 36.0 - (mapTop + 9.0);
    if (mapHeight > 50.0 && !cards.empty()) {
        heading(canvas, mapTop, kLeft, kWidth,
                QCoreApplication::translate("sitefit::gui::Listing", "Where they are"));
        std::vector<std::size_t> sites;
        sites.reserve(cards.size());
        for (const SiteCard& card : cards) {
            sites.push_back(card.site.site);
        }
        canvas.map(QRectF(kLeft, mapTop + 9.0, kWidth, std::min(mapHeight, 150.0)),
                   sitesMap(map, sites, QSize(1, 1), kPdfDpi));
    }
    canvas.text(QRectF(kLeft, PageCanvas::kPageHeightMm - 30.0, kWidth, 16.0),
                freshnessNote(details.freshness) + QLatin1Char(' ') +
                    QCoreApplication::translate(
                        "sitefit::gui::Listing",
                        "Rank and score: how well each site meets your requirements, by the "
                        "district's published matching rules (100 = best)."),
                canvas.font(7.0, false), kMuted, Qt::AlignLeft | Qt::AlignBottom, true);
}

void drawCard(PageCanvas& canvas, const SiteCard& card, const std::shared_ptr<const MapData>& map,
              ListingLanguage language, const ProposalDetails& details) {
    const core::ListedSite& site = card.site;
    canvas.fill(QRectF(0, 0, PageCanvas::kPageWidthMm, 30.0), kPrimary);
    canvas.fill(QRectF(0, 30.0, PageCanvas::kPageWidthMm, 1.2), kAccent);
    canvas.text(QRectF(kLeft, 6.0, kWidth - 40.0, 12.0), siteHeadline(site),
                canvas.font(17.0, true), Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
    canvas.text(QRectF(kLeft, 19.0, kWidth - 40.0, 7.0), zoneOf(site, map->district, language),
                canvas.font(10.0, false), kBandText, Qt::AlignLeft | Qt::AlignVCenter);
    if (card.score) {
        canvas.fill(QRectF(kLeft + kWidth - 34.0, 6.0, 34.0, 19.0), kAccent);
        canvas.text(QRectF(kLeft + kWidth - 34.0, 7.0, 34.0, 10.0),
                    QString::number(*card.score, 'f', 0), canvas.font(18.0, true), Qt::white,
                    Qt::AlignCenter);
        canvas.text(QRectF(kLeft + kWidth - 34.0, 17.0, 34.0, 7.0),
                    card.rank
                        ? QCoreApplication::translate("sitefit::gui::Listing", "score · rank %1")
                              .arg(*card.rank)
                        : QCoreApplication::translate("sitefit::gui::Listing", "score"),
                    canvas.font(7.5, false), Qt::white, Qt::AlignCenter);
    }
    heading(canvas, 37.0, kLeft, 100.0,
            QCoreApplication::translate("sitefit::gui::Listing", "Figures"));
    const std::vector<SiteFigure> figures =
        siteFigures(site, map->district, language, details.freshness);
    double y = 46.0;
    const QFont label = canvas.font(8.0, false);
    const QFont value = canvas.font(8.5, true);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        if (i % 2 == 0) {
            canvas.fill(QRectF(kLeft, y, 98.0, 7.6), kZebra);
        }
        canvas.text(QRectF(kLeft + 1.5, y, 38.0, 7.6), figures[i].label, label, kMuted,
                    Qt::AlignLeft | Qt::AlignVCenter);
        canvas.text(QRectF(kLeft + 40.0, y, 57.0, 7.6), figures[i].value, value, kInk,
                    Qt::AlignLeft | Qt::AlignVCenter, figures[i].value.size() > 26);
        y += 7.6;
    }
    const double mapLeft = kLeft + 104.0;
    heading(canvas, 37.0, mapLeft, kWidth - 104.0,
            QCoreApplication::translate("sitefit::gui::Listing", "Location"));
    canvas.map(QRectF(mapLeft, 46.0, kWidth - 104.0, 96.0),
               siteMap(map, site.site, QSize(1, 1), kPdfDpi));
    const double partnersTop = std::max(y, 146.0) + 6.0;
    heading(
        canvas, partnersTop, kLeft, kWidth,
        QCoreApplication::translate("sitefit::gui::Listing", "Chain partners around this site"));
    const std::vector<detail::TableColumn> columns{
        {QCoreApplication::translate("sitefit::gui::Listing", "Category"), 30.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Relation"), 18.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Enterprises\nin the district"), 12.0,
         true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Nearest"), 12.0, true},
    };
    std::vector<std::vector<QString>> rows =
        partnerRows(card.partners, map->district.catalogue, language);
    const double room = PageCanvas::kPageHeightMm - 20.0 - (partnersTop + 9.0 + 8.5);
    const auto fit = static_cast<std::size_t>(std::max(0.0, room / 5.6));
    if (rows.size() > fit) {
        rows.resize(fit);
    }
    canvas.table(kLeft, partnersTop + 9.0, kWidth, columns, rows, 8.5, 5.6);
}

}  // namespace

std::vector<std::vector<QString>> partnerRows(const std::vector<core::ChainPartner>& partners,
                                              const core::CatalogueTables& catalogue,
                                              ListingLanguage language) {
    std::vector<std::vector<QString>> rows;
    rows.reserve(partners.size());
    for (const core::ChainPartner& partner : partners) {
        rows.push_back({categoryName(catalogue, partner.category_code, language),
                        partnerRelationLabel(partner.relation),
                        QString::number(partner.enterprises),
                        partner.nearest_enterprise_m ? distanceText(*partner.nearest_enterprise_m)
                                                     : QStringLiteral("—")});
    }
    return rows;
}

int writeSiteCardsPdf(const std::vector<SiteCard>& cards, const std::shared_ptr<const MapData>& map,
                      ListingLanguage language, const ProposalDetails& details,
                      const std::filesystem::path& out) {
    const int pages = 1 + static_cast<int>(cards.size());
    const QString footer = QCoreApplication::translate("sitefit::gui::Listing", "Site proposal") +
                           QStringLiteral("  ·  ") + details.title;
    detail::writeListingPdf(
        out, details.title, "the site cards", pages, [&](PageCanvas& canvas, int page) {
            if (page == 0) {
                drawCover(canvas, cards, map, language, details);
            } else {
                drawCard(canvas, cards[static_cast<std::size_t>(page - 1)], map, language, details);
            }
            canvas.footer(footer, page + 1, pages);
        });
    return pages;
}

}  // namespace sitefit::gui
