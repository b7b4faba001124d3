#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "match_context.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::core::detail {
namespace {

constexpr double kNeutral = 0.5;  // a criterion that cannot be judged neither helps nor hurts

double clamp01(double value) {
    return std::clamp(value, 0.0, 1.0);
}

// 0.5^(d / half): 1 next door, 0.5 at the half distance, → 0 far away.
double decay(double distance_m, double half_distance_m) {
    if (half_distance_m <= 0.0) {
        return distance_m <= 0.0 ? 1.0 : 0.0;
    }
    return std::pow(0.5, distance_m / half_distance_m);
}

double nearest(const std::map<std::string, double>& distances,
               const std::vector<std::string>& categories) {
    double best = std::numeric_limits<double>::infinity();
    for (const std::string& category : categories) {
        if (const auto found = distances.find(category); found != distances.end()) {
            best = std::min(best, found->second);
        }
    }
    return best;
}

double chainSynergy(const MatchContext& context, const Project& project, const SiteFacts& site) {
    const RulePack& rules = context.rules;
    const IndustryCatalogue& catalogue = context.catalogue;
    const std::string chain = catalogue.chainOf(project.category_code);
    std::vector<std::string> linked = catalogue.suppliersOf(project.category_code);
    const auto& customers = catalogue.customersOf(project.category_code);
    linked.insert(linked.end(), customers.begin(), customers.end());

    const double sameChain =
        nearest(site.nearest_enterprise_m_by_category, catalogue.categoriesOf(chain));
    const double linkedDistance = nearest(site.nearest_enterprise_m_by_category, linked);
    const auto leader = site.nearest_chain_leader_m_by_chain.find(chain);
    const double leaderDistance = leader == site.nearest_chain_leader_m_by_chain.end()
                                      ? std::numeric_limits<double>::infinity()
                                      : leader->second;
    const double half = rules.synergy_half_distance_m;
    const double weights =
        rules.synergy_same_chain_weight + rules.synergy_linked_weight + rules.synergy_leader_weight;
    if (weights <= 0.0) {
        return 0.0;
    }
    return (rules.synergy_same_chain_weight * decay(sameChain, half) +
            rules.synergy_linked_weight * decay(linkedDistance, half) +
            rules.synergy_leader_weight * decay(leaderDistance, half)) /
           weights;
}

double zoneOrientation(const MatchContext& context, const Project& project, const SiteFacts& site) {
    if (!site.zone) {
        return 0.0;
    }
    const auto& leading = context.district.zones.at(*site.zone).leading_chains;
    const std::string chain = context.catalogue.chainOf(project.category_code);
    return std::find(leading.begin(), leading.end(), chain) != leading.end() ? 1.0 : 0.0;
}

double sizeFit(const MatchContext& context, const Project& project, const SiteFacts& site) {
    if (site.type == SiteType::Parcel) {
        const double need = project.land_m2.value_or(0.0);
        const double slack = need * context.rules.land_oversize_tolerance;
        return slack > 0.0 ? clamp01(1.0 - (site.area_m2 - need) / slack) : 1.0;
    }
    return site.vacant_m2 > 0.0 ? clamp01(project.floor_m2.value_or(0.0) / site.vacant_m2) : 0.0;
}

double cost(const MatchContext& context, const Project& project, const SiteFacts& site) {
    const RulePack& rules = context.rules;
    if (site.type == SiteType::Parcel) {
        if (!site.land_price_wan_per_mu || !project.investment_wan ||
            *project.investment_wan <= 0.0 || rules.max_land_cost_share <= 0.0) {
            return kNeutral;
        }
        const double landCost = *site.land_price_wan_per_mu * muFromSquareMetres(site.area_m2);
        return clamp01(1.0 - landCost / *project.investment_wan / rules.max_land_cost_share);
    }
    const double span = rules.rent_high_yuan_m2_month - rules.rent_low_yuan_m2_month;
    if (!site.rent_yuan_m2_month || span <= 0.0) {
        return kNeutral;
    }
    return clamp01((rules.rent_high_yuan_m2_month - *site.rent_yuan_m2_month) / span);
}

double readiness(const MatchContext& context, const SiteFacts& site) {
    if (!site.available_from || *site.available_from <= context.as_of) {
        return 1.0;
    }
    const auto days =
        (std::chrono::sys_days(*site.available_from) - std::chrono::sys_days(context.as_of))
            .count();
    const double horizon = context.rules.readiness_horizon_days;
    return horizon > 0.0 ? clamp01(1.0 - static_cast<double>(days) / horizon) : 0.0;
}

// Housing for the project's workers within commuting distance (80 %), and public services
// at all (20 %): the job–housing balance of 职住一体化.
double jobHousing(const MatchContext& context, const Project& project, const SiteFacts& site) {
    const double jobs = project.jobs.value_or(0);
    const double need = jobs * context.rules.residential_m2_per_job;
    const double housing = need > 0.0
                               ? clamp01(site.residential_floor_m2_within_commute / need)
                               : (site.residential_floor_m2_within_commute > 0.0 ? 1.0 : 0.0);
    const double services = site.public_service_floor_m2_within_commute > 0.0 ? 1.0 : 0.0;
    return 0.8 * housing + 0.2 * services;
}

double preferredZone(const MatchContext& context, const Project& project, const SiteFacts& site) {
    if (project.preferred_zone.empty()) {
        return 1.0;
    }
    return site.zone && context.district.zones.at(*site.zone).zone_id == project.preferred_zone
               ? 1.0
               : 0.0;
}

// 补链: a project of a category the district lacks fills a gap; one whose suppliers or
// customers are missing helps the chain grow around it less directly.
double chainGap(const MatchContext& context, const Project& project) {
    const IndustryCatalogue& catalogue = context.catalogue;
    if (!catalogue.isPresent(project.category_code)) {
        return 1.0;
    }
    return 0.0;
}

}  // namespace

std::map<Criterion, double> scoreCriteria(const MatchContext& context, const Project& project,
                                          const SiteFacts& site) {
    return {
        {Criterion::ChainSynergy, chainSynergy(context, project, site)},
        {Criterion::ZoneOrientation, zoneOrientation(context, project, site)},
        {Criterion::SizeFit, sizeFit(context, project, site)},
        {Criterion::Cost, cost(context, project, site)},
        {Criterion::Readiness, readiness(context, site)},
        {Criterion::JobHousing, jobHousing(context, project, site)},
        {Criterion::PreferredZone, preferredZone(context, project, site)},
        {Criterion::ChainGap, chainGap(context, project)},
    };
}

}  // namespace sitefit::core::detail
