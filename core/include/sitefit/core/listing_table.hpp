#pragma once

#include "sitefit/core/district.hpp"
#include "sitefit/core/listing.hpp"
#include "sitefit/core/table.hpp"

namespace sitefit::core {

// One row per listed site, in the listing's order, with the columns of the vacancy feed
// (docs/listings.md): site_id, site_type, zone_id, zone_name, carrier, number, land_use,
// area_m2, area_mu, far_min, far_max, height_max_m, land_price_wan_per_mu, land_cost_wan,
// power_kva, building_kind, floors, vacant_m2, floor_load_kn_m2, clear_height_m,
// rent_yuan_m2_month, available_from, leading_chains, nearest_chain_leader_m, last_edit,
// contact_name, phone, email. Unknown figures are null; dates are YYYY-MM-DD text.
[[nodiscard]] Table listingTable(const Listing& listing, const District& district);

// The same for any list of listed sites (an investor's shortlist), in the order given.
[[nodiscard]] Table listingTable(const std::vector<ListedSite>& sites, const District& district,
                                 const std::vector<CarrierContact>& contacts);

}  // namespace sitefit::core
