#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sitefit/core/building.hpp"
#include "sitefit/core/capacity_report.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/disclosure.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/industry_catalogue.hpp"
#include "sitefit/core/site_facts.hpp"
#include "sitefit/core/site_predicate.hpp"
#include "sitefit/core/spatial_facts.hpp"

namespace sitefit::core {

// Which sites a listing offers: those of one carrier, of one zone, or (both empty) every
// site of the district. Both set: the carrier's sites in that zone. `admits`, when set,
// narrows any of these further (a user's `--where` filter).
struct ListingScope {
    std::string carrier;  // the `carrier` of the parcel or building
    std::string zone_id;  // the zone holding the site (largest-share rule)
    SitePredicate admits{};
};

// How to reach a carrier (optional `carriers` table of the workspace, docs/listings.md).
struct CarrierContact {
    std::string carrier;
    std::string contact_name;
    std::string phone;
    std::string email;
    std::string address;
};

// When the figures of the district's parcels and buildings last changed: the workspace's
// `edit_log` where it has one, else only the file's modification time.
struct DataFreshness {
    bool edit_log_present = false;
    // (layer, object id) → the day of its latest edit; layer is "parcels" or "buildings".
    std::map<std::pair<std::string, std::string>, Date> last_edit;
    std::optional<Date> file_modified;  // of the workspace file, where it is a file
};

// What a listing adds to the workspace besides its figures.
struct ListingSources {
    std::vector<CarrierContact> contacts;
    DataFreshness freshness;
};

// How close a site is to one industry chain: the nearest enterprise of any category of the
// chain and the nearest chain leader (链主), from the site facts. Metres, workspace CRS.
struct ChainProximity {
    std::string chain_code;
    std::optional<double> nearest_enterprise_m;  // none: the chain has no enterprise
    std::optional<double> nearest_leader_m;      // none: the chain has no leader
};

// One link of the chain as an investor of `category` sees it from a site: the category
// (the investor's own, a supplier or a customer), how many of its enterprises the district
// has and how far the nearest is.
struct ChainPartner {
    enum class Relation { SameCategory, Supplier, Customer, SameChain };
    std::string category_code;
    Relation relation = Relation::SameChain;
    int enterprises = 0;                         // in the district
    std::optional<double> nearest_enterprise_m;  // none when there is none
};

// A site on offer with the figures an investor asks for. Areas in m², money as the
// workspace stores it (land price 万元/亩, rent 元/m²/month).
struct ListedSite {
    std::size_t site = 0;  // index into the site facts list it was made from
    SiteType type = SiteType::Parcel;
    std::size_t feature = 0;  // index into District::parcels or District::buildings
    std::string site_id;
    std::optional<std::size_t> zone;  // index into District::zones
    std::string carrier;
    int number = 0;  // 1.. within its listed zone: the mark on the zone's map

    // Land (parcels)
    std::string land_use;
    double area_m2 = 0.0;  // parcel area; for space: the vacant floor space
    std::optional<double> far_min;
    std::optional<double> far_max;
    std::optional<double> height_max_m;
    std::optional<double> land_price_wan_per_mu;
    std::optional<double> land_cost_wan;  // price × area in 亩
    std::optional<double> power_kva;

    // Space (buildings)
    BuildingKind building_kind = BuildingKind::Other;
    int floors = 1;
    std::optional<double> floor_area_m2;  // gross floor area of the building
    std::optional<double> floor_load_kn_m2;
    std::optional<double> clear_height_m;
    std::optional<double> rent_yuan_m2_month;

    std::optional<Date> available_from;
    std::vector<ChainProximity> chains;  // the zone's leading chains, in the zone's order
    std::optional<Date> last_edit;       // from the edit log; none without a record

    [[nodiscard]] double areaMu() const;
};

// One zone of a listing with the sites it offers, or the sites outside every zone.
struct ListedZone {
    std::optional<std::size_t> zone;  // index into District::zones; none: outside zones
    std::vector<std::size_t> sites;   // into Listing::sites: parcels first, then buildings
    ZoneCapacity capacity;            // the zone's figures (docs/capacity.md)
    std::vector<std::string> leading_chains;
    // Enterprises inside the zone whose category belongs to one of its leading chains.
    int chain_enterprises_in_zone = 0;
    // Their annual output in all, 亿元 (Enterprise::annual_output_yi), of those with a figure:
    // set only where the rule pack's [disclosure] lets it be shown (enough of them, none
    // dominant: disclosedTotal), so that no one enterprise's output can be read off a
    // brochure; unset otherwise, and always in an investor's session, which holds no
    // enterprise's figures.
    std::optional<double> chain_output_yi;
    // How many of them have a figure, and so make up chain_output_yi.
    int chain_enterprises_with_output = 0;
    // Indices into District::enterprises: the chain leaders of the zone's leading chains,
    // wherever they stand, and which of them stand inside the zone.
    std::vector<std::size_t> chain_leaders;
    std::vector<std::size_t> chain_leaders_in_zone;
    double listed_land_m2 = 0.0;   // Σ area of the listed parcels
    double listed_floor_m2 = 0.0;  // Σ vacant floor space of the listed buildings
    int listed_parcels = 0;
    int listed_buildings = 0;
    std::vector<std::string> carriers;  // of the listed sites, first seen first
};

// Everything a brochure, a feed or a site card shows: plain figures, no geometry, no Qt.
// Projects are never part of it (they are the planners' and may be confidential).
struct Listing {
    ListingScope scope;
    Date as_of{};
    std::vector<ListedSite> sites;         // zone by zone, in the order of `zones`
    std::vector<ListedZone> zones;         // in workspace order, sites outside zones last
    std::vector<CarrierContact> contacts;  // of the listing's carriers that have one
    bool edit_log_present = false;
    std::optional<Date> file_modified;
    // Flawed features left out when the workspace was read (--skip-invalid): sites on them
    // are missing from the listing, which then says so.
    std::size_t set_aside = 0;

    [[nodiscard]] double listedLandM2() const;
    [[nodiscard]] double listedFloorM2() const;
    [[nodiscard]] int listedParcels() const;
    [[nodiscard]] int listedBuildings() const;
};

// Chooses the sites a listing offers and gathers their figures. A site is listed when it
// is a parcel whose status is `available` or a building with vacant floor space (the
// matcher's space sites), and it fits the scope. Zones appear when they hold a listed site
// or, for a carrier's listing, when the carrier operates them (then possibly with none);
// without a carrier, every zone in scope appears unless `admits` is set and no zone named.
class ListingBuilder {
public:
    // `sites` is the matcher's site list (gis::SiteFactsBuilder); the other inputs are
    // those it was measured from. Throws sitefit::Error (Usage) for a scope naming a zone
    // or carrier the district does not have.
    [[nodiscard]] static Listing build(const District& district, const CapacityReport& capacity,
                                       const SpatialFacts& facts,
                                       const IndustryCatalogue& catalogue,
                                       const std::vector<SiteFacts>& sites,
                                       const ListingScope& scope, const ListingSources& sources,
                                       Date as_of, const DisclosureRules& disclosure);

    // One site with its figures and its proximity to `chains` (chain codes).
    [[nodiscard]] static ListedSite site(const District& district,
                                         const IndustryCatalogue& catalogue,
                                         const std::vector<SiteFacts>& sites, std::size_t site,
                                         const std::vector<std::string>& chains,
                                         const DataFreshness& freshness);

    // The chain around `category` as seen from a site: the category itself, its suppliers,
    // its customers, then the chain's other categories, each with the nearest enterprise.
    [[nodiscard]] static std::vector<ChainPartner> partners(const IndustryCatalogue& catalogue,
                                                            const SiteFacts& site,
                                                            const std::string& category);
};

// Whole days from `from` to `to` (negative when `to` is earlier).
[[nodiscard]] int daysBetween(const Date& from, const Date& to);

}  // namespace sitefit::core
