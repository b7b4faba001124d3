#pragma once

#include <vector>

#include "sitefit/core/date.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/industry_catalogue.hpp"
#include "sitefit/core/match_result.hpp"
#include "sitefit/core/rule_pack.hpp"
#include "sitefit/core/site_facts.hpp"
#include "sitefit/core/site_predicate.hpp"

namespace sitefit::core {

// Matches projects to sites: hard constraints remove a site and say why (required vs
// actual), soft criteria score what is left (0..100, weights from the rule pack), ranking
// is deterministic (score, then site id). Works on plain facts only.
// Thread rules: const after construction; match() may run on several threads at once.
class Matcher {
public:
    // `as_of` is "today" for readiness. The references must outlive the matcher.
    // `admits` (optional) restricts the sites considered at all: the others are neither
    // candidates nor rejections. Site indices in results stay indices into `sites`.
    // Throws sitefit::Error (Input) for a project whose category is not in the catalogue.
    Matcher(const District& district, const IndustryCatalogue& catalogue, const RulePack& rules,
            const std::vector<SiteFacts>& sites, Date as_of, const SitePredicate& admits = {});

    // What a match reports besides the ranked candidates.
    enum class Detail {
        WithRejections,  // every other site of the needed type, with its reasons
        CandidatesOnly,  // sites outside the area range are skipped unseen (fast, for
                         // allocation and large districts)
    };

    [[nodiscard]] ProjectMatch match(std::size_t project,
                                     Detail detail = Detail::WithRejections) const;
    [[nodiscard]] std::vector<ProjectMatch> matchAll(Detail detail = Detail::WithRejections) const;

    [[nodiscard]] const std::vector<SiteFacts>& sites() const noexcept { return m_sites; }

    // The weighted total of criterion values, 0..100 (used again by sensitivity runs).
    [[nodiscard]] static double total(const std::map<Criterion, double>& criteria,
                                      const std::map<Criterion, double>& weights);

private:
    // Sites of the type, in the order of their size (parcel area or vacancy), so the area
    // constraint prunes with two binary searches instead of a scan.
    [[nodiscard]] std::vector<std::size_t> sitesInSizeRange(SiteType type, double least,
                                                            double most) const;

    // The admitted sites of the type, in site order (rejections read in that order).
    [[nodiscard]] const std::vector<std::size_t>& sitesOfType(SiteType type) const {
        return type == SiteType::Parcel ? m_parcels : m_spaces;
    }

    const District& m_district;
    const IndustryCatalogue& m_catalogue;
    const RulePack& m_rules;
    const std::vector<SiteFacts>& m_sites;
    Date m_asOf;
    std::vector<std::size_t> m_parcels;  // admitted parcel sites, in site order
    std::vector<std::size_t> m_spaces;   // admitted space sites, in site order
    std::vector<std::size_t> m_parcelsBySize;
    std::vector<std::size_t> m_spacesBySize;
};

}  // namespace sitefit::core
