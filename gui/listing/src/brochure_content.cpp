#include "brochure_content.hpp"

#include "figure_text.hpp"
#include "plural.hpp"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <optional>

#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::gui::detail {
namespace {

using namespace brochure_layout;

QString dash() {
    return QStringLiteral("—");
}

QString optionalFigure(const std::optional<double>& value, int decimals) {
    if (!value) {
        return dash();
    }
    return decimals == 0 ? groupedFigure(*value) : decimalText(*value, decimals);
}

QString availableCell(const std::optional<core::Date>& date, core::Date as_of) {
    if (!date || *date <= as_of) {
        return QCoreApplication::translate("sitefit::gui::Listing", "now");
    }
    return fromStd(core::formatIsoDate(*date));
}

std::optional<double> nearestLeader(const core::ListedSite& site) {
    std::optional<double> nearest;
    for (const core::ChainProximity& chain : site.chains) {
        if (chain.nearest_leader_m && (!nearest || *chain.nearest_leader_m < *nearest)) {
            nearest = chain.nearest_leader_m;
        }
    }
    return nearest;
}

QString farText(const core::ListedSite& site) {
    if (site.far_min && site.far_max) {
        return ratioText(*site.far_min) + QStringLiteral("–") + ratioText(*site.far_max);
    }
    if (site.far_max) {
        return QStringLiteral("≤ ") + ratioText(*site.far_max);
    }
    if (site.far_min) {
        return QStringLiteral("≥ ") + ratioText(*site.far_min);
    }
    return dash();
}

std::string chainOfCategory(const core::CatalogueTables& catalogue, const std::string& code) {
    for (const core::Category& category : catalogue.categories) {
        if (category.category_code == code) {
            return category.chain_code;
        }
    }
    return {};
}

QString zoneTitle(const core::ListedZone& zone, const core::District& district,
                  ListingLanguage language) {
    if (!zone.zone) {
        return QCoreApplication::translate("sitefit::gui::Listing", "Outside the parks");
    }
    return localName(district.zones.at(*zone.zone).name, language);
}

QString chainList(const std::vector<std::string>& chains, const core::CatalogueTables& catalogue,
                  ListingLanguage language) {
    QStringList names;
    for (const std::string& chain : chains) {
        names << chainName(catalogue, chain, language);
    }
    return names.join(QStringLiteral(" · "));
}

// Who of the zone's chains is there: enterprises in the zone, and each chain leader, inside
// the zone or how far from the nearest site listed here.
QString networkText(const core::ListedZone& zone, const core::Listing& listing,
                    const core::District& district, ListingLanguage language) {
    QString text = detail::resolvePlural(
        QCoreApplication::translate("sitefit::gui::Listing",
                                    "%n enterprise(s) of these chains in the zone.", nullptr,
                                    zone.chain_enterprises_in_zone),
        zone.chain_enterprises_in_zone);
    // A total only, and only where enough enterprises make it up (ListedZone): no one
    // enterprise's figure is printed.
    if (zone.chain_output_yi) {
        const QString total = decimalText(*zone.chain_output_yi, 1);
        text += QLatin1Char(' ');
        if (zone.chain_enterprises_with_output == zone.chain_enterprises_in_zone) {
            text += QCoreApplication::translate("sitefit::gui::Listing",
                                                "Their annual output: %1 亿元 in all.")
                        .arg(total);
        } else {
            text += QCoreApplication::translate(
                        "sitefit::gui::Listing",
                        "Annual output of the %1 of them with a figure: %2 亿元 in all.")
                        .arg(QString::number(zone.chain_enterprises_with_output), total);
        }
    }
    QStringList leaders;
    for (const std::size_t leader : zone.chain_leaders) {
        const core::Enterprise& enterprise = district.enterprises.at(leader);
        const std::string chain = chainOfCategory(district.catalogue, enterprise.category_code);
        const QString name = localName(enterprise.name, language);
        const QString chainText = chainName(district.catalogue, chain, language);
        const bool inside =
            std::find(zone.chain_leaders_in_zone.begin(), zone.chain_leaders_in_zone.end(),
                      leader) != zone.chain_leaders_in_zone.end();
        if (inside) {
            leaders << QCoreApplication::translate("sitefit::gui::Listing", "%1 (%2, in the zone)")
                           .arg(name, chainText);
            continue;
        }
        std::optional<double> nearest;
        for (const std::size_t index : zone.sites) {
            for (const core::ChainProximity& proximity : listing.sites.at(index).chains) {
                if (proximity.chain_code == chain && proximity.nearest_leader_m &&
                    (!nearest || *proximity.nearest_leader_m < *nearest)) {
                    nearest = proximity.nearest_leader_m;
                }
            }
        }
        if (nearest) {
            leaders << QCoreApplication::translate("sitefit::gui::Listing",
                                                   "%1 (%2, %3 from the nearest site here)")
                           .arg(name, chainText, distanceText(*nearest));
        } else {
            leaders << QCoreApplication::translate("sitefit::gui::Listing", "%1 (%2)")
                           .arg(name, chainText);
        }
    }
    if (leaders.isEmpty()) {
        text += QLatin1Char(' ') + QCoreApplication::translate(
                                       "sitefit::gui::Listing",
                                       "These chains have no chain leader in the district yet.");
    } else {
        text += QLatin1Char(' ') +
                QCoreApplication::translate("sitefit::gui::Listing", "Chain leaders: %1.")
                    .arg(leaders.join(QStringLiteral("; ")));
    }
    return text;
}

std::vector<TableColumn> landColumns() {
    return {
        {QCoreApplication::translate("sitefit::gui::Listing", "No."), 5.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Parcel"), 11.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Land use"), 7.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Area\n亩"), 8.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Area\nm²"), 10.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "FAR"), 8.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Height\nm"), 6.5, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Price\n万元/亩"), 8.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Power\nkVA"), 8.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Available"), 10.5, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "To chain\nleader"), 9.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Updated"), 9.0, false},
    };
}

std::vector<TableColumn> spaceColumns() {
    return {
        {QCoreApplication::translate("sitefit::gui::Listing", "No."), 5.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Building"), 11.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Type"), 12.5, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Floors"), 5.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Vacant\nm²"), 9.5, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Floor load\nkN/m²"), 8.5, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Clear height\nm"), 8.5, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Rent\n元/m²·月"), 8.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Available"), 10.5, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "To chain\nleader"), 9.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Updated"), 9.0, false},
    };
}

std::vector<QString> landRow(const core::ListedSite& site, const Freshness& freshness) {
    const std::optional<double> leader = nearestLeader(site);
    return {QString::number(site.number),
            fromStd(site.site_id),
            fromStd(site.land_use),
            decimalText(site.areaMu(), 1),
            groupedFigure(site.area_m2),
            farText(site),
            optionalFigure(site.height_max_m, 0),
            optionalFigure(site.land_price_wan_per_mu, 0),
            optionalFigure(site.power_kva, 0),
            availableCell(site.available_from, freshness.as_of),
            leader ? distanceText(*leader) : dash(),
            freshnessShort(site.last_edit, freshness)};
}

std::vector<QString> spaceRow(const core::ListedSite& site, const Freshness& freshness) {
    const std::optional<double> leader = nearestLeader(site);
    return {QString::number(site.number),
            fromStd(site.site_id),
            buildingKindLabel(site.building_kind),
            QString::number(site.floors),
            groupedFigure(site.area_m2),
            optionalFigure(site.floor_load_kn_m2, 1),
            optionalFigure(site.clear_height_m, 1),
            optionalFigure(site.rent_yuan_m2_month, 1),
            availableCell(site.available_from, freshness.as_of),
            leader ? distanceText(*leader) : dash(),
            freshnessShort(site.last_edit, freshness)};
}

ZoneContent zoneContent(const core::ListedZone& zone, const core::Listing& listing,
                        const core::District& district, ListingLanguage language) {
    const Freshness freshness = freshnessOf(listing);
    ZoneContent content;
    content.zone = &zone;
    content.title = zoneTitle(zone, district, language);
    if (zone.zone) {
        const core::Zone& z = district.zones.at(*zone.zone);
        content.zone_id = fromStd(z.zone_id);
        content.subtitle = zoneKindLabel(z.kind);
        if (!z.carrier.empty()) {
            content.subtitle +=
                QStringLiteral("  ·  ") +
                QCoreApplication::translate("sitefit::gui::Listing", "operated by %1")
                    .arg(fromStd(z.carrier));
        }
        const core::ZoneCapacity& capacity = zone.capacity;
        content.tiles = {
            {decimalText(capacity.available_land_mu, 1), QStringLiteral("亩"),
             QCoreApplication::translate("sitefit::gui::Listing", "Available land in the zone")},
            {groupedFigure(capacity.vacant_m2), QStringLiteral("m²"),
             QCoreApplication::translate("sitefit::gui::Listing",
                                         "Vacant floor space in the zone")},
            {decimalText(100.0 * capacity.occupancy, 1), QStringLiteral("%"),
             QCoreApplication::translate("sitefit::gui::Listing", "Occupancy of floor space")},
            {QString::number(capacity.enterprises), QString(),
             capacity.places_left
                 ? detail::resolvePlural(
                       QCoreApplication::translate("sitefit::gui::Listing",
                                                   "Enterprises; %n place(s) left", nullptr,
                                                   *capacity.places_left),
                       *capacity.places_left)
                 : QCoreApplication::translate("sitefit::gui::Listing", "Enterprises in the zone")},
        };
        content.chains =
            zone.leading_chains.empty()
                ? QCoreApplication::translate("sitefit::gui::Listing", "No leading chain set.")
                : QCoreApplication::translate("sitefit::gui::Listing", "Leading chains: %1")
                      .arg(chainList(zone.leading_chains, district.catalogue, language));
        content.network = networkText(zone, listing, district, language);
    }
    content.land.columns = landColumns();
    content.space.columns = spaceColumns();
    for (const std::size_t index : zone.sites) {
        const core::ListedSite& site = listing.sites.at(index);
        if (site.type == core::SiteType::Parcel) {
            content.land.rows.push_back(landRow(site, freshness));
        } else {
            content.space.rows.push_back(spaceRow(site, freshness));
        }
    }
    content.land.title =
        detail::resolvePlural(
            QCoreApplication::translate("sitefit::gui::Listing", "Land on offer: %n parcel(s), %1",
                                        nullptr, zone.listed_parcels),
            zone.listed_parcels)
            .arg(landAreaText(zone.listed_land_m2));
    content.space.title =
        detail::resolvePlural(
            QCoreApplication::translate("sitefit::gui::Listing",
                                        "Floor space to let: %n building(s), %1 m² in all", nullptr,
                                        zone.listed_buildings),
            zone.listed_buildings)
            .arg(groupedFigure(zone.listed_floor_m2));
    content.nothing = QCoreApplication::translate(
        "sitefit::gui::Listing", "Nothing of this listing is on offer here at the moment.");
    return content;
}

QString contactDetails(const core::CarrierContact& contact) {
    QStringList parts;
    if (!contact.contact_name.empty()) {
        parts << fromStd(contact.contact_name);
    }
    if (!contact.phone.empty()) {
        parts << QCoreApplication::translate("sitefit::gui::Listing", "Tel. %1")
                     .arg(fromStd(contact.phone));
    }
    if (!contact.email.empty()) {
        parts << fromStd(contact.email);
    }
    if (!contact.address.empty()) {
        parts << fromStd(contact.address);
    }
    return parts.join(QStringLiteral("  ·  "));
}

}  // namespace

BrochureContent makeBrochureContent(const core::Listing& listing, const MapData& map,
                                    ListingLanguage language) {
    const core::District& district = map.district;
    BrochureContent content;
    content.kicker = QCoreApplication::translate("sitefit::gui::Listing", "Sites on offer");
    if (!listing.scope.carrier.empty()) {
        content.title = fromStd(listing.scope.carrier);
    } else if (!listing.scope.zone_id.empty() && !listing.zones.empty() &&
               listing.zones.front().zone) {
        content.title = localName(district.zones.at(*listing.zones.front().zone).name, language);
    } else {
        content.title =
            QCoreApplication::translate("sitefit::gui::Listing", "All carriers of the district");
    }
    int zones = 0;
    int enterprises = 0;
    for (const core::ListedZone& zone : listing.zones) {
        if (zone.zone) {
            ++zones;
            enterprises += zone.capacity.enterprises;
        }
    }
    content.subtitle =
        detail::resolvePlural(
            QCoreApplication::translate("sitefit::gui::Listing", "%n zone(s)", nullptr, zones),
            zones) +
        QStringLiteral("  ·  ") +
        QCoreApplication::translate("sitefit::gui::Listing", "issued %1")
            .arg(fromStd(core::formatIsoDate(listing.as_of)));
    content.tiles = {
        {decimalText(core::muFromSquareMetres(listing.listedLandM2()), 1), QStringLiteral("亩"),
         detail::resolvePlural(
             QCoreApplication::translate("sitefit::gui::Listing", "Land on offer: %n parcel(s)",
                                         nullptr, listing.listedParcels()),
             listing.listedParcels())},
        {groupedFigure(listing.listedFloorM2()), QStringLiteral("m²"),
         detail::resolvePlural(QCoreApplication::translate("sitefit::gui::Listing",
                                                           "Floor space to let: %n building(s)",
                                                           nullptr, listing.listedBuildings()),
                               listing.listedBuildings())},
        {QString::number(zones), QString(),
         QCoreApplication::translate("sitefit::gui::Listing", "Zones and parks")},
        {QString::number(enterprises), QString(),
         QCoreApplication::translate("sitefit::gui::Listing", "Enterprises in these zones")},
    };
    content.summary_columns = {
        {QCoreApplication::translate("sitefit::gui::Listing", "Zone"), 30.0, false},
        {QCoreApplication::translate("sitefit::gui::Listing", "Land on offer\n亩"), 11.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Floor space\nm²"), 12.0, true},
        {QCoreApplication::translate("sitefit::gui::Listing", "Page"), 6.0, true},
    };
    std::vector<QString> carriers;
    const auto addCarrier = [&carriers](const std::string& carrier) {
        const QString name = fromStd(carrier);
        if (!name.isEmpty() &&
            std::find(carriers.begin(), carriers.end(), name) == carriers.end()) {
            carriers.push_back(name);
        }
    };
    if (!listing.scope.carrier.empty()) {
        addCarrier(listing.scope.carrier);
    }
    for (const core::ListedZone& zone : listing.zones) {
        content.zones.push_back(zoneContent(zone, listing, district, language));
        content.summary_rows.push_back(
            {content.zones.back().title,
             decimalText(core::muFromSquareMetres(zone.listed_land_m2), 1),
             groupedFigure(zone.listed_floor_m2), QString()});
        if (zone.zone) {
            addCarrier(district.zones.at(*zone.zone).carrier);
        }
        for (const std::string& carrier : zone.carriers) {
            addCarrier(carrier);
        }
    }
    for (const QString& carrier : carriers) {
        const auto found = std::find_if(
            listing.contacts.begin(), listing.contacts.end(),
            [&carrier](const core::CarrierContact& c) { return fromStd(c.carrier) == carrier; });
        ContactLine line{carrier, {}};
        if (found != listing.contacts.end()) {
            line.details = contactDetails(*found);
        }
        if (line.details.isEmpty()) {
            line.details = QCoreApplication::translate("sitefit::gui::Listing",
                                                       "no contact details on record");
        }
        content.contacts.push_back(std::move(line));
    }
    content.freshness = freshnessNote(freshnessOf(listing));
    if (listing.set_aside > 0) {
        const int setAside = static_cast<int>(listing.set_aside);
        const QString note = QCoreApplication::translate(
            "sitefit::gui::Listing",
            "%n flawed feature(s) of the workspace set aside: sites on them are not listed.",
            nullptr, setAside);
        content.freshness += QLatin1Char(' ') + note;
    }
    content.footer = content.kicker + QStringLiteral("  ·  ") + content.title;
    return content;
}

std::vector<BrochurePage> paginate(BrochureContent& content) {
    std::vector<BrochurePage> pages{BrochurePage{}};
    for (std::size_t z = 0; z < content.zones.size(); ++z) {
        const ZoneContent& zone = content.zones[z];
        pages.push_back({BrochurePage::Kind::ZoneFirst, z, {}});
        content.summary_rows[z].back() = QString::number(pages.size());
        double top = kZoneTablesTopMm;
        for (const bool land : {true, false}) {
            const std::size_t rows = land ? zone.land.rows.size() : zone.space.rows.size();
            std::size_t first = 0;
            while (first < rows) {
                const double room = kTablesBottomMm - top - kTableTitleMm - kTableHeaderMm;
                if (room < kRowMm) {
                    pages.push_back({BrochurePage::Kind::ZoneContinued, z, {}});
                    top = kContinuedTablesTopMm;
                    continue;
                }
                const auto fit = static_cast<std::size_t>(std::floor(room / kRowMm));
                const std::size_t count = std::min(fit, rows - first);
                pages.back().slices.push_back({land, first, count});
                top += kTableTitleMm + kTableHeaderMm + static_cast<double>(count) * kRowMm +
                       kTableGapMm;
                first += count;
            }
        }
    }
    return pages;
}

}  // namespace sitefit::gui::detail
