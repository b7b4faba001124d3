#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entries.hpp"
#include "sitefit/core/site_filter.hpp"

namespace sitefit::fuzz {
namespace {

[[noreturn]] void finding(const std::string& what) {
    std::fprintf(stderr, "fuzz finding: %s\n", what.c_str());
    std::abort();
}

// A parcel with every figure, a space site with every figure, and a parcel with none and no
// zone: between them every field is present and missing at least once.
struct FilterSites {
    core::District district;
    std::vector<core::SiteFacts> sites;

    FilterSites() {
        core::Zone zone;
        zone.zone_id = "Z1";
        zone.name = "海州";
        zone.leading_chains = {"MED", "EQP"};
        district.zones = {zone};
        district.parcels.resize(2);
        district.parcels[0].height_max_m = 24.0;
        district.buildings.resize(1);
        core::SiteFacts parcel;
        parcel.site_id = "P1";
        parcel.zone = 0;
        parcel.carrier = "O'Brien";
        parcel.area_m2 = 20000.0;
        parcel.land_use = "M1";
        parcel.far_min = 1.0;
        parcel.far_max = 2.5;
        parcel.land_price_wan_per_mu = 20.0;
        parcel.power_kva = 2000.0;
        parcel.available_from = core::parseIsoDate("2026-03-01");
        core::SiteFacts space;
        space.type = core::SiteType::Space;
        space.site_id = "B1";
        space.zone = 0;
        space.vacant_m2 = 1500.0;
        space.floor_load_kn_m2 = 8.0;
        space.clear_height_m = 6.0;
        space.rent_yuan_m2_month = 18.0;
        core::SiteFacts bare;
        bare.site_id = "P2";
        bare.index = 1;
        sites = {parcel, space, bare};
    }
};

}  // namespace

void parseSiteFilter(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = std::string_view(reinterpret_cast<const char*>(data), size);
    std::optional<core::SiteFilter> filter;
    try {
        filter = core::SiteFilter::parse(text);
    } catch (const core::AttributeFilterError& error) {
        // Columns count characters, so they can never pass one beyond the last byte.
        if (error.column() < 1 || error.column() > size + 1) {
            finding("a refusal at column " + std::to_string(error.column()) + " of a " +
                    std::to_string(size) + "-byte filter");
        }
        return;
    }
    std::optional<core::SiteFilter> negation;
    try {
        negation = core::SiteFilter::parse("NOT (" + std::string(text) + ")");
    } catch (const core::AttributeFilterError& error) {
        // Only the nesting limit may refuse the negation of a filter that was accepted.
        if (error.message().find("deep") == std::string::npos) {
            finding(std::string("the negation of an accepted filter is refused: ") + error.what());
        }
    }
    static const FilterSites world;
    for (const core::SiteFacts& site : world.sites) {
        const bool admitted = filter->admits(site, world.district);
        if (negation && admitted && negation->admits(site, world.district)) {
            finding("a filter and its negation both admit site " + site.site_id);
        }
    }
}

}  // namespace sitefit::fuzz
