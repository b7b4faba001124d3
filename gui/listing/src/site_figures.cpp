#include "sitefit/gui/site_figures.hpp"

#include "figure_text.hpp"
#include "plural.hpp"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::gui {
namespace {

using detail::decimalText;
using detail::fromStd;
using detail::ratioText;

bool isCjk(QChar c) {
    return c.unicode() >= 0x2E80;
}

QString orDash(const std::optional<double>& value, const QString& suffix, int decimals = 1) {
    if (!value) {
        return QStringLiteral("—");
    }
    return (decimals == 0 ? groupedFigure(*value) : decimalText(*value, decimals)) + suffix;
}

QString availableText(const std::optional<core::Date>& date, core::Date as_of) {
    if (!date || *date <= as_of) {
        return QCoreApplication::translate("sitefit::gui::Listing", "now");
    }
    return fromStd(core::formatIsoDate(*date));
}

}  // namespace

QString localName(const std::string& name, ListingLanguage language) {
    QString text = fromStd(name).trimmed();
    // The boundary: the first Latin letter after some Chinese, preceded by a space or by
    // Chinese text (names like "天明机械（天明装备）Tianming Machinery" have no space).
    bool seenCjk = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isCjk(c)) {
            seenCjk = true;
            continue;
        }
        if (seenCjk && c.isLetter() && c.unicode() < 0x80 && i > 0 &&
            (text[i - 1].isSpace() || isCjk(text[i - 1]))) {
            // "MEMS传感器" keeps its Latin prefix: only split after the Chinese part.
            const QString chinese = text.left(i).trimmed();
            const QString english = text.mid(i).trimmed();
            return language == ListingLanguage::Chinese ? chinese : english;
        }
    }
    return text;
}

QString chainName(const core::CatalogueTables& catalogue, const std::string& code,
                  ListingLanguage language) {
    for (const core::Chain& chain : catalogue.chains) {
        if (chain.chain_code == code) {
            const std::string& name =
                language == ListingLanguage::Chinese ? chain.name_zh : chain.name_en;
            return name.empty() ? fromStd(code) : fromStd(name);
        }
    }
    return fromStd(code);
}

QString categoryName(const core::CatalogueTables& catalogue, const std::string& code,
                     ListingLanguage language) {
    for (const core::Category& category : catalogue.categories) {
        if (category.category_code == code) {
            const std::string& name =
                language == ListingLanguage::Chinese ? category.name_zh : category.name_en;
            return name.empty() ? fromStd(code) : fromStd(name);
        }
    }
    return fromStd(code);
}

QString zoneKindLabel(core::ZoneKind kind) {
    switch (kind) {
        case core::ZoneKind::HighTechZone:
            return QCoreApplication::translate("sitefit::gui::Listing", "High-tech zone");
        case core::ZoneKind::IndustrialPark:
            return QCoreApplication::translate("sitefit::gui::Listing", "Industrial park");
        case core::ZoneKind::TownshipCluster:
            return QCoreApplication::translate("sitefit::gui::Listing",
                                               "Township industrial cluster");
        case core::ZoneKind::SpecialtyPark:
            return QCoreApplication::translate("sitefit::gui::Listing", "Specialty park");
    }
    return {};
}

QString buildingKindLabel(core::BuildingKind kind) {
    switch (kind) {
        case core::BuildingKind::StandardFactory:
            return QCoreApplication::translate("sitefit::gui::Listing", "Standard factory");
        case core::BuildingKind::RndOffice:
            return QCoreApplication::translate("sitefit::gui::Listing", "R&D office");
        case core::BuildingKind::Warehouse:
            return QCoreApplication::translate("sitefit::gui::Listing", "Warehouse");
        case core::BuildingKind::Incubator:
            return QCoreApplication::translate("sitefit::gui::Listing", "Incubator");
        case core::BuildingKind::Residential:
            return QCoreApplication::translate("sitefit::gui::Listing", "Residential");
        case core::BuildingKind::PublicService:
            return QCoreApplication::translate("sitefit::gui::Listing", "Public service");
        case core::BuildingKind::Other:
            return QCoreApplication::translate("sitefit::gui::Listing", "Other");
    }
    return {};
}

QString partnerRelationLabel(core::ChainPartner::Relation relation) {
    switch (relation) {
        case core::ChainPartner::Relation::SameCategory:
            return QCoreApplication::translate("sitefit::gui::Listing", "same trade");
        case core::ChainPartner::Relation::Supplier:
            return QCoreApplication::translate("sitefit::gui::Listing", "supplier (upstream)");
        case core::ChainPartner::Relation::Customer:
            return QCoreApplication::translate("sitefit::gui::Listing", "customer (downstream)");
        case core::ChainPartner::Relation::SameChain:
            return QCoreApplication::translate("sitefit::gui::Listing", "same chain");
    }
    return {};
}

QString distanceText(double metres) {
    if (metres < 1000.0) {
        return groupedFigure(std::round(metres / 10.0) * 10.0) + QStringLiteral(" m");
    }
    return decimalText(metres / 1000.0, 1) + QStringLiteral(" km");
}

QString groupedFigure(double value) {
    return fromStd(core::grouped(value));
}

QString landAreaText(double m2) {
    return decimalText(core::muFromSquareMetres(m2), 1) + QStringLiteral(" 亩 (") +
           groupedFigure(m2) + QStringLiteral(" m²)");
}

Freshness freshnessOf(const core::Listing& listing) {
    return Freshness{listing.edit_log_present, listing.file_modified, listing.as_of};
}

QString freshnessText(const std::optional<core::Date>& last_edit, const Freshness& freshness) {
    if (last_edit) {
        const int days = std::max(0, core::daysBetween(*last_edit, freshness.as_of));
        const QString date = fromStd(core::formatIsoDate(*last_edit));
        if (days == 0) {
            return QCoreApplication::translate("sitefit::gui::Listing", "updated today (%1)")
                .arg(date);
        }
        return detail::resolvePlural(
                   QCoreApplication::translate("sitefit::gui::Listing",
                                               "updated %n day(s) ago (%1)", nullptr, days),
                   days)
            .arg(date);
    }
    if (!freshness.edit_log_present && freshness.file_modified) {
        return QCoreApplication::translate(
                   "sitefit::gui::Listing",
                   "no edit record (the workspace has no edit log; its file was modified %1)")
            .arg(fromStd(core::formatIsoDate(*freshness.file_modified)));
    }
    return QCoreApplication::translate("sitefit::gui::Listing", "no edit record");
}

QString freshnessShort(const std::optional<core::Date>& last_edit, const Freshness& freshness) {
    if (!last_edit) {
        return QStringLiteral("—");
    }
    const int days = std::max(0, core::daysBetween(*last_edit, freshness.as_of));
    return QCoreApplication::translate("sitefit::gui::Listing", "%n d ago", nullptr, days);
}

QString freshnessNote(const Freshness& freshness) {
    const QString asOf = fromStd(core::formatIsoDate(freshness.as_of));
    if (freshness.edit_log_present) {
        return QCoreApplication::translate(
                   "sitefit::gui::Listing",
                   "Figures as of %1. \"Updated\" is the last change of a site in the workspace's "
                   "edit log; \"—\" means the log has no record of it.")
            .arg(asOf);
    }
    if (freshness.file_modified) {
        return QCoreApplication::translate(
                   "sitefit::gui::Listing",
                   "Figures as of %1. The workspace keeps no edit log, so when each site was last "
                   "updated is not known; the workspace file was last modified on %2.")
            .arg(asOf, fromStd(core::formatIsoDate(*freshness.file_modified)));
    }
    return QCoreApplication::translate("sitefit::gui::Listing",
                                       "Figures as of %1. The workspace keeps no edit log, so "
                                       "when each site was last updated is not known.")
        .arg(asOf);
}

std::vector<SiteFigure> siteFigures(const core::ListedSite& site, const core::District& district,
                                    ListingLanguage language, const Freshness& freshness) {
    std::vector<SiteFigure> figures;
    if (site.type == core::SiteType::Parcel) {
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Land area"),
                           landAreaText(site.area_m2)});
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Land use"),
                           fromStd(site.land_use)});
        QString far = QStringLiteral("—");
        if (site.far_min && site.far_max) {
            far = ratioText(*site.far_min) + QStringLiteral("–") + ratioText(*site.far_max);
        } else if (site.far_max) {
            far = QStringLiteral("≤ ") + ratioText(*site.far_max);
        } else if (site.far_min) {
            far = QStringLiteral("≥ ") + ratioText(*site.far_min);
        }
        figures.push_back(
            {QCoreApplication::translate("sitefit::gui::Listing", "Floor area ratio (FAR)"), far});
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Height limit"),
                           orDash(site.height_max_m, QStringLiteral(" m"), 0)});
        QString price = orDash(site.land_price_wan_per_mu, QStringLiteral(" 万元/亩"), 0);
        if (site.land_cost_wan) {
            price += QCoreApplication::translate("sitefit::gui::Listing", " (about %1 万元 in all)")
                         .arg(groupedFigure(*site.land_cost_wan));
        }
        figures.push_back(
            {QCoreApplication::translate("sitefit::gui::Listing", "Land price"), price});
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Power supply"),
                           orDash(site.power_kva, QStringLiteral(" kVA"), 0)});
    } else {
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Building type"),
                           buildingKindLabel(site.building_kind)});
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Floors"),
                           QString::number(site.floors)});
        QString vacant = groupedFigure(site.area_m2) + QStringLiteral(" m²");
        if (site.floor_area_m2) {
            vacant += QCoreApplication::translate("sitefit::gui::Listing", " (of %1 m²)")
                          .arg(groupedFigure(*site.floor_area_m2));
        }
        figures.push_back(
            {QCoreApplication::translate("sitefit::gui::Listing", "Vacant floor space"), vacant});
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Floor load"),
                           orDash(site.floor_load_kn_m2, QStringLiteral(" kN/m²"))});
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Clear height"),
                           orDash(site.clear_height_m, QStringLiteral(" m"))});
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Rent"),
                           orDash(site.rent_yuan_m2_month, QStringLiteral(" 元/m²·月"))});
    }
    figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Available from"),
                       availableText(site.available_from, freshness.as_of)});
    if (site.zone && *site.zone < district.zones.size()) {
        const core::Zone& zone = district.zones[*site.zone];
        figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Zone"),
                           localName(zone.name, language)});
    } else {
        figures.push_back(
            {QCoreApplication::translate("sitefit::gui::Listing", "Zone"),
             QCoreApplication::translate("sitefit::gui::Listing", "outside the parks")});
    }
    figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Carrier"),
                       site.carrier.empty() ? QStringLiteral("—") : fromStd(site.carrier)});
    for (const core::ChainProximity& chain : site.chains) {
        const QString name = chainName(district.catalogue, chain.chain_code, language);
        QString value;
        if (chain.nearest_leader_m) {
            value = QCoreApplication::translate("sitefit::gui::Listing", "chain leader %1")
                        .arg(distanceText(*chain.nearest_leader_m));
        }
        if (chain.nearest_enterprise_m) {
            if (!value.isEmpty()) {
                value += QStringLiteral(" · ");
            }
            value += QCoreApplication::translate("sitefit::gui::Listing", "nearest firm %1")
                         .arg(distanceText(*chain.nearest_enterprise_m));
        }
        figures.push_back(
            {QCoreApplication::translate("sitefit::gui::Listing", "Chain: %1").arg(name),
             value.isEmpty()
                 ? QCoreApplication::translate("sitefit::gui::Listing", "no enterprise yet")
                 : value});
    }
    figures.push_back({QCoreApplication::translate("sitefit::gui::Listing", "Updated"),
                       freshnessText(site.last_edit, freshness)});
    return figures;
}

QString siteHeadline(const core::ListedSite& site) {
    if (site.type == core::SiteType::Parcel) {
        return QCoreApplication::translate("sitefit::gui::Listing", "%1 · land, %2 亩")
            .arg(fromStd(site.site_id), decimalText(site.areaMu(), 1));
    }
    return QCoreApplication::translate("sitefit::gui::Listing", "%1 · floor space, %2 m²")
        .arg(fromStd(site.site_id), groupedFigure(site.area_m2));
}

}  // namespace sitefit::gui
