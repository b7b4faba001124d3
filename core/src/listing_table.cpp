#include "sitefit/core/listing_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "sitefit/core/text.hpp"

namespace sitefit::core {
namespace {

Cell real(const std::optional<double>& value) {
    return value ? Cell(*value) : Cell();
}

// Measured figures to what they are worth: 0.1 m², 0.01 亩, 1 m of distance.
double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

Cell roundedCell(const std::optional<double>& value, int decimals) {
    return value ? Cell(rounded(*value, decimals)) : Cell();
}

Cell text(const std::string& value) {
    return value.empty() ? Cell() : Cell(value);
}

Cell date(const std::optional<Date>& value) {
    return value ? Cell(formatIsoDate(*value)) : Cell();
}

const CarrierContact* contactOf(const std::vector<CarrierContact>& contacts,
                                const std::string& carrier) {
    const auto found =
        std::find_if(contacts.begin(), contacts.end(),
                     [&carrier](const CarrierContact& c) { return c.carrier == carrier; });
    return found == contacts.end() ? nullptr : &*found;
}

}  // namespace

Table listingTable(const Listing& listing, const District& district) {
    // Listing::sites is in zone order already: the order of the brochure.
    return listingTable(listing.sites, district, listing.contacts);
}

Table listingTable(const std::vector<ListedSite>& sites, const District& district,
                   const std::vector<CarrierContact>& contacts) {
    Table table;
    table.columns = {{"site_id", ColumnType::Text},
                     {"site_type", ColumnType::Text},
                     {"zone_id", ColumnType::Text},
                     {"zone_name", ColumnType::Text},
                     {"carrier", ColumnType::Text},
                     {"number", ColumnType::Integer},
                     {"land_use", ColumnType::Text},
                     {"area_m2", ColumnType::Real},
                     {"area_mu", ColumnType::Real},
                     {"far_min", ColumnType::Real},
                     {"far_max", ColumnType::Real},
                     {"height_max_m", ColumnType::Real},
                     {"land_price_wan_per_mu", ColumnType::Real},
                     {"land_cost_wan", ColumnType::Real},
                     {"power_kva", ColumnType::Real},
                     {"building_kind", ColumnType::Text},
                     {"floors", ColumnType::Integer},
                     {"vacant_m2", ColumnType::Real},
                     {"floor_load_kn_m2", ColumnType::Real},
                     {"clear_height_m", ColumnType::Real},
                     {"rent_yuan_m2_month", ColumnType::Real},
                     {"available_from", ColumnType::Text},
                     {"leading_chains", ColumnType::Text},
                     {"nearest_chain_leader_m", ColumnType::Real},
                     {"last_edit", ColumnType::Text},
                     {"contact_name", ColumnType::Text},
                     {"phone", ColumnType::Text},
                     {"email", ColumnType::Text}};
    for (const ListedSite& site : sites) {
        const bool land = site.type == SiteType::Parcel;
        std::vector<std::string> chains;
        std::optional<double> leader;
        for (const ChainProximity& chain : site.chains) {
            chains.push_back(chain.chain_code);
            if (chain.nearest_leader_m && (!leader || *chain.nearest_leader_m < *leader)) {
                leader = chain.nearest_leader_m;
            }
        }
        const Zone* z =
            site.zone && *site.zone < district.zones.size() ? &district.zones[*site.zone] : nullptr;
        const CarrierContact* contact = contactOf(contacts, site.carrier);
        table.rows.push_back({
            site.site_id,
            std::string(toString(site.type)),
            z != nullptr ? text(z->zone_id) : Cell(),
            z != nullptr ? text(z->name) : Cell(),
            text(site.carrier),
            static_cast<std::int64_t>(site.number),
            land ? text(site.land_use) : Cell(),
            land ? Cell(rounded(site.area_m2, 1)) : Cell(),
            land ? Cell(rounded(site.areaMu(), 2)) : Cell(),
            land ? real(site.far_min) : Cell(),
            land ? real(site.far_max) : Cell(),
            land ? real(site.height_max_m) : Cell(),
            land ? real(site.land_price_wan_per_mu) : Cell(),
            land ? roundedCell(site.land_cost_wan, 1) : Cell(),
            land ? real(site.power_kva) : Cell(),
            land ? Cell() : Cell(std::string(toString(site.building_kind))),
            land ? Cell() : Cell(static_cast<std::int64_t>(site.floors)),
            land ? Cell() : Cell(rounded(site.area_m2, 1)),
            land ? Cell() : real(site.floor_load_kn_m2),
            land ? Cell() : real(site.clear_height_m),
            land ? Cell() : real(site.rent_yuan_m2_month),
            date(site.available_from),
            text(joined(chains)),
            roundedCell(leader, 0),
            date(site.last_edit),
            contact != nullptr ? text(contact->contact_name) : Cell(),
            contact != nullptr ? text(contact->phone) : Cell(),
            contact != nullptr ? text(contact->email) : Cell(),
        });
    }
    return table;
}

}  // namespace sitefit::core
