#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "sitefit/core/attribute_filter.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/filter_field.hpp"
#include "sitefit/core/site_facts.hpp"
#include "sitefit/core/site_predicate.hpp"

namespace sitefit::core {

// The fields a user may filter candidate sites by: what `sitefit match` and the listing
// feed show of a site (docs/cli.md, "Filters"). Parcel figures are missing on space sites
// and building figures on parcel sites.
[[nodiscard]] const FilterFieldWhitelist& siteFilterFields();

// The value of field `field` of siteFilterFields() for a site; `district` is the one the
// site facts were measured from (for the zone and the parcel's own attributes).
[[nodiscard]] FilterValue siteFilterValue(std::size_t field, const SiteFacts& site,
                                          const District& district);

// A user's filter over candidate sites, e.g. "area_mu >= 30 AND status = 'available'".
class SiteFilter {
public:
    // Throws AttributeFilterError (column and what was expected).
    [[nodiscard]] static SiteFilter parse(std::string_view text);

    [[nodiscard]] bool admits(const SiteFacts& site, const District& district) const;

    // As a predicate for Matcher and ListingScope; `district` must outlive it.
    [[nodiscard]] SitePredicate predicate(const District& district) const;

    [[nodiscard]] const std::string& text() const noexcept { return m_filter.text(); }

private:
    explicit SiteFilter(AttributeFilter filter) : m_filter(std::move(filter)) {}

    AttributeFilter m_filter;
};

}  // namespace sitefit::core
