#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/core/criterion.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/industry_catalogue.hpp"
#include "sitefit/core/match_result.hpp"
#include "sitefit/core/rule_pack.hpp"
#include "sitefit/core/site_facts.hpp"

namespace sitefit::core::detail {

// What constraint checks and criteria read besides the project and the site.
struct MatchContext {
    const District& district;
    const IndustryCatalogue& catalogue;
    const RulePack& rules;
    Date as_of;
};

// The sites' nearest-enterprise distances by catalogue position (Category and Chain order of
// the catalogue's tables) instead of by code: scoring then reads a row of numbers where it
// would search each site's maps a dozen times per pair. Built once for a whole matchAll;
// infinite where the site's maps have no entry. Read-only after construction.
class DistanceTable {
public:
    DistanceTable(const IndustryCatalogue& catalogue, const std::vector<SiteFacts>& sites);

    [[nodiscard]] const double* categoryRow(std::size_t site) const noexcept {
        return m_byCategory.data() + site * m_categories;
    }
    [[nodiscard]] const double* leaderRow(std::size_t site) const noexcept {
        return m_leaderByChain.data() + site * m_chains;
    }

private:
    std::size_t m_categories = 0;
    std::size_t m_chains = 0;
    std::vector<double> m_byCategory;     // site × category, metres
    std::vector<double> m_leaderByChain;  // site × chain, metres
};

// What the checks and criteria need of one project that does not depend on the site: worked
// out once per project, not once per project × site (the catalogue answers by building
// vectors). Refers into the project and the catalogue, which must outlive it.
struct ProjectTerms {
    const Project* project = nullptr;
    const Category* category = nullptr;          // null for a category the catalogue lacks
    std::string chain;                           // "" for such a category
    std::vector<const std::string*> same_chain;  // every category of the chain
    std::vector<const std::string*> linked;      // its suppliers, then its customers
    // The same by catalogue position, for a DistanceTable; chain_index is empty for an
    // unknown category.
    std::vector<std::size_t> same_chain_index;
    std::vector<std::size_t> linked_index;
    std::optional<std::size_t> chain_index;
    bool fills_gap = false;                  // no enterprise of the category yet (补链)
    std::optional<double> industry_far_min;  // the pack's minimum by category, else chain
};

[[nodiscard]] ProjectTerms projectTerms(const MatchContext& context, const Project& project);

// Every hard constraint the site fails for the project (empty: feasible).
std::vector<ConstraintFailure> checkConstraints(const MatchContext& context,
                                                const ProjectTerms& terms, const SiteFacts& site);
std::vector<ConstraintFailure> checkConstraints(const MatchContext& context, const Project& project,
                                                const SiteFacts& site);

// Whether the site passes every hard constraint: the same tests as checkConstraints, stopping
// at the first failure and writing no reasons (for matches that keep no rejections).
[[nodiscard]] bool passesConstraints(const MatchContext& context, const ProjectTerms& terms,
                                     const SiteFacts& site);

// Each soft criterion's value on 0..1 for a feasible site, indexed like kAllCriteria. With a
// table, the site's distances are read from it (`site_index` is the site's row), else from
// the site's maps; both give the same values.
using CriterionValues = std::array<double, kAllCriteria.size()>;
[[nodiscard]] CriterionValues criterionValues(const MatchContext& context,
                                              const ProjectTerms& terms, const SiteFacts& site,
                                              const DistanceTable* table = nullptr,
                                              std::size_t site_index = 0);
// The same values keyed by criterion.
std::map<Criterion, double> scoreCriteria(const MatchContext& context, const Project& project,
                                          const SiteFacts& site);
[[nodiscard]] std::map<Criterion, double> criteriaMap(const CriterionValues& values);

// The FAR minimum a land project must reach on the site (see RulePack [far]).
double requiredFarMinimum(const MatchContext& context, const Project& project,
                          const SiteFacts& site);

// The investment intensity minimum of the site's zone (万元/亩), 0 when none applies.
double requiredIntensity(const MatchContext& context, const SiteFacts& site);

// The highest pollution class the site may host (zone and land use together).
int allowedPollutionClass(const MatchContext& context, const SiteFacts& site);

}  // namespace sitefit::core::detail
