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

// The nearest of the categories (codes owned by the catalogue); infinite when none is present.
double nearest(const std::map<std::string, double>& distances,
               const std::vector<const std::string*>& categories) {
    double best = std::numeric_limits<double>::infinity();
    for (const std::string* category : categories) {
        if (const auto found = distances.find(*category); found != distances.end()) {
            best = std::min(best, found->second);
        }
    }
    return best;
}

// The nearest of the categories at these catalogue positions in a DistanceTable row.
double nearest(const double* row, const std::vector<std::size_t>& categories) {
    double best = std::numeric_limits<double>::infinity();
    for (const std::size_t category : categories) {
        best = std::min(best, row[category]);
    }
    return best;
}

// Distances to the same chain, to linked categories and to the chain's leader.
struct PartnerDistances {
    double same_chain_m = std::numeric_limits<double>::infinity();
    double linked_m = std::numeric_limits<double>::infinity();
    double leader_m = std::numeric_limits<double>::infinity();
};

PartnerDistances partnerDistances(const ProjectTerms& terms, const SiteFacts& site) {
    PartnerDistances d;
    d.same_chain_m = nearest(site.nearest_enterprise_m_by_category, terms.same_chain);
    d.linked_m = nearest(site.nearest_enterprise_m_by_category, terms.linked);
    if (const auto leader = site.nearest_chain_leader_m_by_chain.find(terms.chain);
        leader != site.nearest_chain_leader_m_by_chain.end()) {
        d.leader_m = leader->second;
    }
    return d;
}

PartnerDistances partnerDistances(const ProjectTerms& terms, const DistanceTable& table,
                                  std::size_t site) {
    PartnerDistances d;
    d.same_chain_m = nearest(table.categoryRow(site), terms.same_chain_index);
    d.linked_m = nearest(table.categoryRow(site), terms.linked_index);
    if (terms.chain_index) {
        d.leader_m = table.leaderRow(site)[*terms.chain_index];
    }
    return d;
}

double chainSynergy(const MatchContext& context, const PartnerDistances& d) {
    const RulePack& rules = context.rules;
    const double half = rules.synergy_half_distance_m;
    const double weights =
        rules.synergy_same_chain_weight + rules.synergy_linked_weight + rules.synergy_leader_weight;
    if (weights <= 0.0) {
        return 0.0;
    }
    return (rules.synergy_same_chain_weight * decay(d.same_chain_m, half) +
            rules.synergy_linked_weight * decay(d.linked_m, half) +
            rules.synergy_leader_weight * decay(d.leader_m, half)) /
           weights;
}

double zoneOrientation(const MatchContext& context, const ProjectTerms& terms,
                       const SiteFacts& site) {
    if (!site.zone) {
        return 0.0;
    }
    const auto& leading = context.district.zones.at(*site.zone).leading_chains;
    return std::find(leading.begin(), leading.end(), terms.chain) != leading.end() ? 1.0 : 0.0;
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

// Criteria are stored by position in kAllCriteria, which must follow the enum.
constexpr bool criteriaFollowTheEnum() {
    for (std::size_t i = 0; i < kAllCriteria.size(); ++i) {
        if (static_cast<std::size_t>(kAllCriteria[i]) != i) {
            return false;
        }
    }
    return true;
}
static_assert(criteriaFollowTheEnum());

}  // namespace

DistanceTable::DistanceTable(const IndustryCatalogue& catalogue,
                             const std::vector<SiteFacts>& sites)
    : m_categories(catalogue.tables().categories.size()),
      m_chains(catalogue.tables().chains.size()),
      m_byCategory(sites.size() * m_categories, std::numeric_limits<double>::infinity()),
      m_leaderByChain(sites.size() * m_chains, std::numeric_limits<double>::infinity()) {
    const Category* firstCategory = catalogue.tables().categories.data();
    const Chain* firstChain = catalogue.tables().chains.data();
    for (std::size_t s = 0; s < sites.size(); ++s) {
        // Codes the catalogue does not know are never asked for: leave them out.
        for (const auto& [code, distance] : sites[s].nearest_enterprise_m_by_category) {
            if (const Category* category = catalogue.category(code); category != nullptr) {
                m_byCategory[s * m_categories +
                             static_cast<std::size_t>(category - firstCategory)] = distance;
            }
        }
        for (const auto& [code, distance] : sites[s].nearest_chain_leader_m_by_chain) {
            if (const Chain* chain = catalogue.chain(code); chain != nullptr) {
                m_leaderByChain[s * m_chains + static_cast<std::size_t>(chain - firstChain)] =
                    distance;
            }
        }
    }
}

CriterionValues criterionValues(const MatchContext& context, const ProjectTerms& terms,
                                const SiteFacts& site, const DistanceTable* table,
                                std::size_t site_index) {
    const Project& project = *terms.project;
    CriterionValues values{};
    values[static_cast<std::size_t>(Criterion::ChainSynergy)] =
        chainSynergy(context, table != nullptr ? partnerDistances(terms, *table, site_index)
                                               : partnerDistances(terms, site));
    values[static_cast<std::size_t>(Criterion::ZoneOrientation)] =
        zoneOrientation(context, terms, site);
    values[static_cast<std::size_t>(Criterion::SizeFit)] = sizeFit(context, project, site);
    values[static_cast<std::size_t>(Criterion::Cost)] = cost(context, project, site);
    values[static_cast<std::size_t>(Criterion::Readiness)] = readiness(context, site);
    values[static_cast<std::size_t>(Criterion::JobHousing)] = jobHousing(context, project, site);
    values[static_cast<std::size_t>(Criterion::PreferredZone)] =
        preferredZone(context, project, site);
    // 补链: a project of a category the district lacks fills a gap.
    values[static_cast<std::size_t>(Criterion::ChainGap)] = terms.fills_gap ? 1.0 : 0.0;
    return values;
}

std::map<Criterion, double> criteriaMap(const CriterionValues& values) {
    std::map<Criterion, double> criteria;
    for (std::size_t i = 0; i < kAllCriteria.size(); ++i) {
        criteria.emplace_hint(criteria.end(), kAllCriteria[i], values[i]);
    }
    return criteria;
}

std::map<Criterion, double> scoreCriteria(const MatchContext& context, const Project& project,
                                          const SiteFacts& site) {
    return criteriaMap(criterionValues(context, projectTerms(context, project), site));
}

}  // namespace sitefit::core::detail
