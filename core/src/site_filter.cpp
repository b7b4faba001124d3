#include "sitefit/core/site_filter.hpp"

#include <array>
#include <iterator>
#include <optional>

#include "sitefit/core/units.hpp"

namespace sitefit::core {
namespace {

// Each field of the whitelist with the one place its value comes from. The names are the
// columns of the listing feed (docs/listings.md), so what a user sees is what a user types.
struct SiteField {
    FilterField field;
    FilterValue (*value)(const SiteFacts& site, const District& district);
};

FilterValue number(const std::optional<double>& value) {
    return value ? FilterValue(*value) : FilterValue();
}

FilterValue text(const std::string& value) {
    return value.empty() ? FilterValue() : FilterValue(value);
}

bool isParcel(const SiteFacts& site) {
    return site.type == SiteType::Parcel;
}

const Zone* zoneOf(const SiteFacts& site, const District& district) {
    return site.zone && *site.zone < district.zones.size() ? &district.zones[*site.zone] : nullptr;
}

template <typename Enum, std::size_t N>
std::vector<std::string> spellings(const std::array<Enum, N>& values) {
    std::vector<std::string> out;
    out.reserve(N);
    for (const Enum value : values) {
        out.emplace_back(toString(value));
    }
    return out;
}

// What every site has: its id and type, its zone, its carrier.
std::vector<SiteField> siteIdentityFields() {
    using Type = FilterFieldType;
    const auto siteTypes = spellings(std::array{SiteType::Parcel, SiteType::Space});
    const auto zoneKinds =
        spellings(std::array{ZoneKind::HighTechZone, ZoneKind::IndustrialPark,
                             ZoneKind::TownshipCluster, ZoneKind::SpecialtyPark});
    return {
        {{"site_id", Type::Text, {}, "parcel_id or building_id"},
         [](const SiteFacts& s, const District&) { return text(s.site_id); }},
        {{"site_type", Type::Enumeration, siteTypes, "parcel (land) or space (floor space)"},
         [](const SiteFacts& s, const District&) {
             return FilterValue(std::string(toString(s.type)));
         }},
        {{"zone_id", Type::Text, {}, "the zone holding the site; missing outside every zone"},
         [](const SiteFacts& s, const District& d) {
             const Zone* zone = zoneOf(s, d);
             return zone != nullptr ? text(zone->zone_id) : FilterValue();
         }},
        {{"zone_name", Type::Text, {}, "that zone's name"},
         [](const SiteFacts& s, const District& d) {
             const Zone* zone = zoneOf(s, d);
             return zone != nullptr ? text(zone->name) : FilterValue();
         }},
        {{"zone_kind", Type::Enumeration, zoneKinds, "that zone's kind"},
         [](const SiteFacts& s, const District& d) {
             const Zone* zone = zoneOf(s, d);
             return zone != nullptr ? FilterValue(std::string(toString(zone->kind)))
                                    : FilterValue();
         }},
        {{"chain", Type::TextSet, {}, "a leading chain code of that zone (= tests membership)"},
         [](const SiteFacts& s, const District& d) {
             const Zone* zone = zoneOf(s, d);
             return zone != nullptr ? FilterValue(zone->leading_chains) : FilterValue();
         }},
        {{"carrier", Type::Text, {}, "the operator of the parcel or building"},
         [](const SiteFacts& s, const District&) { return text(s.carrier); }},
    };
}

// A parcel's: missing for floor space.
std::vector<SiteField> parcelFields() {
    using Type = FilterFieldType;
    const auto statuses = spellings(std::array{ParcelStatus::Available, ParcelStatus::Reserved,
                                               ParcelStatus::Transferred, ParcelStatus::Built});
    return {
        {{"status", Type::Enumeration, statuses, "parcels only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? FilterValue(std::string(toString(s.status))) : FilterValue();
         }},
        {{"land_use", Type::Text, {}, "planning class, e.g. M1; parcels only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? text(s.land_use) : FilterValue();
         }},
        {{"area_m2", Type::Number, {}, "parcel area, m²; parcels only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? FilterValue(s.area_m2) : FilterValue();
         }},
        {{"area_mu", Type::Number, {}, "parcel area, 亩 (1 亩 = 10000/15 m²); parcels only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? FilterValue(muFromSquareMetres(s.area_m2)) : FilterValue();
         }},
        {{"far_min", Type::Number, {}, "minimum floor area ratio; parcels only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? number(s.far_min) : FilterValue();
         }},
        {{"far_max", Type::Number, {}, "maximum floor area ratio; parcels only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? number(s.far_max) : FilterValue();
         }},
        {{"height_max_m", Type::Number, {}, "height limit, m; parcels only"},
         [](const SiteFacts& s, const District& d) {
             return isParcel(s) && s.index < d.parcels.size()
                        ? number(d.parcels[s.index].height_max_m)
                        : FilterValue();
         }},
        {{"land_price_wan_per_mu", Type::Number, {}, "land price, 万元/亩; parcels only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? number(s.land_price_wan_per_mu) : FilterValue();
         }},
        {{"power_kva", Type::Number, {}, "power supply, kVA; parcels only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? number(s.power_kva) : FilterValue();
         }},
    };
}

// Floor space's: missing for a parcel.
std::vector<SiteField> spaceFields() {
    using Type = FilterFieldType;
    const auto buildingKinds = spellings(
        std::array{BuildingKind::StandardFactory, BuildingKind::RndOffice, BuildingKind::Warehouse,
                   BuildingKind::Incubator, BuildingKind::Residential, BuildingKind::PublicService,
                   BuildingKind::Other});
    return {
        {{"building_kind", Type::Enumeration, buildingKinds, "space only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? FilterValue()
                                : FilterValue(std::string(toString(s.building_kind)));
         }},
        {{"floors", Type::Number, {}, "storeys of the building; space only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? FilterValue() : FilterValue(static_cast<double>(s.floors));
         }},
        {{"vacant_m2", Type::Number, {}, "vacant floor space, m²; space only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? FilterValue() : FilterValue(s.vacant_m2);
         }},
        {{"floor_load_kn_m2", Type::Number, {}, "floor load, kN/m²; space only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? FilterValue() : number(s.floor_load_kn_m2);
         }},
        {{"clear_height_m", Type::Number, {}, "clear height, m; space only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? FilterValue() : number(s.clear_height_m);
         }},
        {{"rent_yuan_m2_month", Type::Number, {}, "rent, 元/m²/month; space only"},
         [](const SiteFacts& s, const District&) {
             return isParcel(s) ? FilterValue() : number(s.rent_yuan_m2_month);
         }},
    };
}

// Every field a site filter may name, in the order they are listed.
std::vector<SiteField> makeSiteFields() {
    using Type = FilterFieldType;
    std::vector<SiteField> fields = siteIdentityFields();
    for (std::vector<SiteField> part : {parcelFields(), spaceFields()}) {
        fields.insert(fields.end(), std::make_move_iterator(part.begin()),
                      std::make_move_iterator(part.end()));
    }
    fields.push_back(
        {{"available_from", Type::Date, {}, "the date the site can be taken, 'YYYY-MM-DD'"},
         [](const SiteFacts& s, const District&) {
             return s.available_from ? FilterValue(*s.available_from) : FilterValue();
         }});
    return fields;
}

const std::vector<SiteField>& siteFields() {
    static const std::vector<SiteField> fields = makeSiteFields();
    return fields;
}

}  // namespace

const FilterFieldWhitelist& siteFilterFields() {
    static const FilterFieldWhitelist whitelist = [] {
        std::vector<FilterField> fields;
        for (const SiteField& field : siteFields()) {
            fields.push_back(field.field);
        }
        return FilterFieldWhitelist(std::move(fields));
    }();
    return whitelist;
}

FilterValue siteFilterValue(std::size_t field, const SiteFacts& site, const District& district) {
    return siteFields().at(field).value(site, district);
}

SiteFilter SiteFilter::parse(std::string_view text) {
    return SiteFilter(AttributeFilter::parse(text, siteFilterFields()));
}

bool SiteFilter::admits(const SiteFacts& site, const District& district) const {
    return m_filter.matches(
        [&](std::size_t field) { return siteFilterValue(field, site, district); });
}

SitePredicate SiteFilter::predicate(const District& district) const {
    return [filter = *this, &district](const SiteFacts& site) {
        return filter.admits(site, district);
    };
}

}  // namespace sitefit::core
