#include "sitefit/core/listing.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include "sitefit/core/error.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::core {
namespace {

bool isListed(const SiteFacts& site) {
    // Reserved parcels are sites for the matcher (so a planner sees why they are refused),
    // but nothing a carrier can offer.
    return site.type == SiteType::Space || site.status == ParcelStatus::Available;
}

std::optional<double> smallest(std::optional<double> a, std::optional<double> b) {
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    return std::min(*a, *b);
}

std::optional<double> distanceTo(const std::map<std::string, double>& distances,
                                 const std::string& key) {
    const auto found = distances.find(key);
    return found == distances.end() ? std::nullopt : std::optional<double>(found->second);
}

ChainProximity proximity(const IndustryCatalogue& catalogue, const SiteFacts& site,
                         const std::string& chain) {
    ChainProximity result;
    result.chain_code = chain;
    for (const std::string& category : catalogue.categoriesOf(chain)) {
        result.nearest_enterprise_m =
            smallest(result.nearest_enterprise_m,
                     distanceTo(site.nearest_enterprise_m_by_category, category));
    }
    result.nearest_leader_m = distanceTo(site.nearest_chain_leader_m_by_chain, chain);
    return result;
}

bool carrierExists(const District& district, const std::string& carrier) {
    const auto named = [&carrier](const auto& item) { return item.carrier == carrier; };
    return std::any_of(district.zones.begin(), district.zones.end(), named) ||
           std::any_of(district.parcels.begin(), district.parcels.end(), named) ||
           std::any_of(district.buildings.begin(), district.buildings.end(), named);
}

std::optional<std::size_t> zoneIndex(const District& district, const std::string& zone_id) {
    for (std::size_t z = 0; z < district.zones.size(); ++z) {
        if (district.zones[z].zone_id == zone_id) {
            return z;
        }
    }
    return std::nullopt;
}

void checkScope(const District& district, const ListingScope& scope) {
    if (!scope.zone_id.empty() && !zoneIndex(district, scope.zone_id)) {
        std::vector<std::string> ids;
        for (const Zone& zone : district.zones) {
            ids.push_back(zone.zone_id);
        }
        std::string list;
        for (const std::string& id : ids) {
            list += (list.empty() ? "" : ", ") + id;
        }
        throw Error(Error::Kind::Usage,
                    "no zone '" + scope.zone_id + "' in the workspace; its zones: " + list);
    }
    if (!scope.carrier.empty() && !carrierExists(district, scope.carrier)) {
        std::set<std::string> carriers;
        for (const Zone& zone : district.zones) {
            if (!zone.carrier.empty()) {
                carriers.insert(zone.carrier);
            }
        }
        std::string list;
        for (const std::string& carrier : carriers) {
            list += (list.empty() ? "" : ", ") + carrier;
        }
        throw Error(Error::Kind::Usage, "no carrier '" + scope.carrier +
                                            "' operates a zone, parcel or building of the "
                                            "workspace; the zones' carriers: " +
                                            list);
    }
}

void addUnique(std::vector<std::string>& items, const std::string& item) {
    if (!item.empty() && std::find(items.begin(), items.end(), item) == items.end()) {
        items.push_back(item);
    }
}

ListedZone describeZone(const District& district, const CapacityReport& capacity,
                        const SpatialFacts& facts, const IndustryCatalogue& catalogue,
                        std::optional<std::size_t> zone, const DisclosureRules& disclosure) {
    ListedZone listed;
    listed.zone = zone;
    if (!zone) {
        return listed;
    }
    if (*zone < capacity.zones.size()) {
        listed.capacity = capacity.zones[*zone];
    }
    listed.leading_chains = district.zones[*zone].leading_chains;
    const auto leading = [&listed](const std::string& chain) {
        return std::find(listed.leading_chains.begin(), listed.leading_chains.end(), chain) !=
               listed.leading_chains.end();
    };
    std::vector<double> outputs;
    for (std::size_t e = 0; e < district.enterprises.size() && e < facts.enterprises.size(); ++e) {
        const std::vector<std::size_t>& holders = facts.enterprises[e].zones;
        const bool inside = std::find(holders.begin(), holders.end(), *zone) != holders.end();
        if (inside && leading(catalogue.chainOf(district.enterprises[e].category_code))) {
            ++listed.chain_enterprises_in_zone;
            if (const std::optional<double> output = district.enterprises[e].annual_output_yi) {
                outputs.push_back(*output);
            }
        }
    }
    listed.chain_enterprises_with_output = static_cast<int>(outputs.size());
    listed.chain_output_yi = disclosedTotal(outputs, disclosure);
    for (const std::string& chain : listed.leading_chains) {
        for (const std::size_t leader : catalogue.chainLeadersOf(chain)) {
            if (std::find(listed.chain_leaders.begin(), listed.chain_leaders.end(), leader) !=
                listed.chain_leaders.end()) {
                continue;
            }
            listed.chain_leaders.push_back(leader);
            if (leader < facts.enterprises.size()) {
                const std::vector<std::size_t>& holders = facts.enterprises[leader].zones;
                if (std::find(holders.begin(), holders.end(), *zone) != holders.end()) {
                    listed.chain_leaders_in_zone.push_back(leader);
                }
            }
        }
    }
    return listed;
}

}  // namespace

double ListedSite::areaMu() const {
    return muFromSquareMetres(area_m2);
}

double Listing::listedLandM2() const {
    double total = 0.0;
    for (const ListedZone& zone : zones) {
        total += zone.listed_land_m2;
    }
    return total;
}

double Listing::listedFloorM2() const {
    double total = 0.0;
    for (const ListedZone& zone : zones) {
        total += zone.listed_floor_m2;
    }
    return total;
}

int Listing::listedParcels() const {
    int total = 0;
    for (const ListedZone& zone : zones) {
        total += zone.listed_parcels;
    }
    return total;
}

int Listing::listedBuildings() const {
    int total = 0;
    for (const ListedZone& zone : zones) {
        total += zone.listed_buildings;
    }
    return total;
}

int daysBetween(const Date& from, const Date& to) {
    return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

ListedSite ListingBuilder::site(const District& district, const IndustryCatalogue& catalogue,
                                const std::vector<SiteFacts>& sites, std::size_t site,
                                const std::vector<std::string>& chains,
                                const DataFreshness& freshness) {
    const SiteFacts& facts = sites.at(site);
    ListedSite listed;
    listed.site = site;
    listed.type = facts.type;
    listed.feature = facts.index;
    listed.site_id = facts.site_id;
    listed.zone = facts.zone;
    listed.carrier = facts.carrier;
    listed.available_from = facts.available_from;
    std::string layer;
    if (facts.type == SiteType::Parcel) {
        layer = "parcels";
        listed.land_use = facts.land_use;
        listed.area_m2 = facts.area_m2;
        listed.far_min = facts.far_min;
        listed.far_max = facts.far_max;
        if (facts.index < district.parcels.size()) {
            listed.height_max_m = district.parcels[facts.index].height_max_m;
        }
        listed.land_price_wan_per_mu = facts.land_price_wan_per_mu;
        if (facts.land_price_wan_per_mu) {
            listed.land_cost_wan = *facts.land_price_wan_per_mu * muFromSquareMetres(facts.area_m2);
        }
        listed.power_kva = facts.power_kva;
    } else {
        layer = "buildings";
        listed.area_m2 = facts.vacant_m2;
        listed.building_kind = facts.building_kind;
        listed.floors = facts.floors;
        if (facts.index < district.buildings.size()) {
            listed.floor_area_m2 = district.buildings[facts.index].floor_area_m2;
        }
        listed.floor_load_kn_m2 = facts.floor_load_kn_m2;
        listed.clear_height_m = facts.clear_height_m;
        listed.rent_yuan_m2_month = facts.rent_yuan_m2_month;
    }
    for (const std::string& chain : chains) {
        listed.chains.push_back(proximity(catalogue, facts, chain));
    }
    const auto edit = freshness.last_edit.find({layer, facts.site_id});
    if (edit != freshness.last_edit.end()) {
        listed.last_edit = edit->second;
    }
    return listed;
}

std::vector<ChainPartner> ListingBuilder::partners(const IndustryCatalogue& catalogue,
                                                   const SiteFacts& site,
                                                   const std::string& category) {
    std::vector<ChainPartner> result;
    std::set<std::string> seen;
    const auto add = [&](const std::string& code, ChainPartner::Relation relation) {
        if (!seen.insert(code).second) {
            return;
        }
        result.push_back(ChainPartner{code, relation, catalogue.enterpriseCount(code),
                                      distanceTo(site.nearest_enterprise_m_by_category, code)});
    };
    if (catalogue.category(category) == nullptr) {
        return result;
    }
    add(category, ChainPartner::Relation::SameCategory);
    for (const std::string& supplier : catalogue.suppliersOf(category)) {
        add(supplier, ChainPartner::Relation::Supplier);
    }
    for (const std::string& customer : catalogue.customersOf(category)) {
        add(customer, ChainPartner::Relation::Customer);
    }
    for (const std::string& other : catalogue.categoriesOf(catalogue.chainOf(category))) {
        add(other, ChainPartner::Relation::SameChain);
    }
    return result;
}

namespace {

// The listed sites in scope by zone, in workspace order; index zones.size() stands for
// "outside every zone".
std::vector<std::vector<std::size_t>> sitesByZone(const District& district,
                                                  const std::vector<SiteFacts>& sites,
                                                  const ListingScope& scope,
                                                  std::optional<std::size_t> scopeZone) {
    const std::size_t outside = district.zones.size();
    std::vector<std::vector<std::size_t>> byZone(outside + 1);
    for (std::size_t s = 0; s < sites.size(); ++s) {
        const SiteFacts& site = sites[s];
        if (!isListed(site) || (!scope.carrier.empty() && site.carrier != scope.carrier) ||
            (scopeZone && site.zone != scopeZone) || (scope.admits && !scope.admits(site))) {
            continue;
        }
        byZone[site.zone.value_or(outside)].push_back(s);
    }
    return byZone;
}

// The zones listed even with no site in them.
std::vector<bool> namedZones(const District& district, const ListingScope& scope,
                             std::optional<std::size_t> scopeZone) {
    const std::size_t outside = district.zones.size();
    std::vector<bool> named(outside + 1, false);
    for (std::size_t z = 0; z < outside; ++z) {
        const bool inScope = !scopeZone || *scopeZone == z;
        if (scope.carrier.empty()) {
            // A filtered district listing shows the zones that hold a match, not every zone
            // with nothing in it.
            named[z] = inScope && (!scope.admits || scopeZone.has_value());
        } else {
            named[z] = inScope && district.zones[z].carrier == scope.carrier;
        }
    }
    return named;
}

// Land first, then floor space; each by id, so the numbering is stable.
void sortForListing(std::vector<std::size_t>& members, const std::vector<SiteFacts>& sites) {
    std::sort(members.begin(), members.end(), [&sites](std::size_t a, std::size_t b) {
        if (sites[a].type != sites[b].type) {
            return sites[a].type == SiteType::Parcel;
        }
        return sites[a].site_id < sites[b].site_id;
    });
}

// The contact of each carrier that has one, in the carriers' order.
std::vector<CarrierContact> contactsOf(const std::vector<std::string>& carriers,
                                       const std::vector<CarrierContact>& contacts) {
    std::vector<CarrierContact> found;
    for (const std::string& carrier : carriers) {
        for (const CarrierContact& contact : contacts) {
            if (contact.carrier == carrier) {
                found.push_back(contact);
                break;
            }
        }
    }
    return found;
}

}  // namespace

Listing ListingBuilder::build(const District& district, const CapacityReport& capacity,
                              const SpatialFacts& facts, const IndustryCatalogue& catalogue,
                              const std::vector<SiteFacts>& sites, const ListingScope& scope,
                              const ListingSources& sources, Date as_of,
                              const DisclosureRules& disclosure) {
    checkScope(district, scope);
    const std::optional<std::size_t> scopeZone =
        scope.zone_id.empty() ? std::nullopt : zoneIndex(district, scope.zone_id);

    const std::size_t outside = district.zones.size();
    std::vector<std::vector<std::size_t>> byZone = sitesByZone(district, sites, scope, scopeZone);
    const std::vector<bool> named = namedZones(district, scope, scopeZone);

    Listing listing;
    listing.scope = scope;
    listing.as_of = as_of;
    listing.edit_log_present = sources.freshness.edit_log_present;
    listing.file_modified = sources.freshness.file_modified;
    std::vector<std::string> carriers;
    if (!scope.carrier.empty()) {
        carriers.push_back(scope.carrier);
    }
    for (std::size_t z = 0; z <= outside; ++z) {
        std::vector<std::size_t>& members = byZone[z];
        if (members.empty() && !named[z]) {
            continue;
        }
        const std::optional<std::size_t> zone = z < outside ? std::optional(z) : std::nullopt;
        ListedZone listed = describeZone(district, capacity, facts, catalogue, zone, disclosure);
        if (zone) {
            addUnique(carriers, district.zones[*zone].carrier);
        }
        sortForListing(members, sites);
        int number = 0;
        for (const std::size_t s : members) {
            ListedSite site = ListingBuilder::site(district, catalogue, sites, s,
                                                   listed.leading_chains, sources.freshness);
            site.number = ++number;
            if (site.type == SiteType::Parcel) {
                listed.listed_land_m2 += site.area_m2;
                ++listed.listed_parcels;
            } else {
                listed.listed_floor_m2 += site.area_m2;
                ++listed.listed_buildings;
            }
            addUnique(listed.carriers, site.carrier);
            addUnique(carriers, site.carrier);
            listed.sites.push_back(listing.sites.size());
            listing.sites.push_back(std::move(site));
        }
        listing.zones.push_back(std::move(listed));
    }
    listing.contacts = contactsOf(carriers, sources.contacts);
    return listing;
}

}  // namespace sitefit::core
