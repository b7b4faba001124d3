#pragma once

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

// Every hard constraint the site fails for the project (empty: feasible).
std::vector<ConstraintFailure> checkConstraints(const MatchContext& context,
                                                const Project& project, const SiteFacts& site);

// Each soft criterion's value on 0..1 for a feasible site.
std::map<Criterion, double> scoreCriteria(const MatchContext& context, const Project& project,
                                          const SiteFacts& site);

// The FAR minimum a land project must reach on the site (see RulePack [far]).
double requiredFarMinimum(const MatchContext& context, const Project& project,
                          const SiteFacts& site);

// The investment intensity minimum of the site's zone (万元/亩), 0 when none applies.
double requiredIntensity(const MatchContext& context, const SiteFacts& site);

// The highest pollution class the site may host (zone and land use together).
int allowedPollutionClass(const MatchContext& context, const SiteFacts& site);

}  // namespace sitefit::core::detail
