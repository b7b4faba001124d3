#include <algorithm>
#include <chrono>

#include "match_context.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::core::detail {
namespace {

bool contains(const std::vector<std::string>& items, const std::string& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

std::string zoneLabel(const MatchContext& context, const SiteFacts& site) {
    return site.zone ? "zone " + context.district.zones.at(*site.zone).zone_id
                     : std::string("outside every zone");
}

void checkAvailability(const Project& project, const SiteFacts& site,
                       std::vector<ConstraintFailure>& failures) {
    if (project.needed_by && site.available_from && *site.available_from > *project.needed_by) {
        failures.push_back({"available_from", "by " + formatIsoDate(*project.needed_by),
                            formatIsoDate(*site.available_from)});
    }
}

void checkPollution(const MatchContext& context, const Project& project, const SiteFacts& site,
                    std::vector<ConstraintFailure>& failures) {
    const int allowed = allowedPollutionClass(context, site);
    if (project.pollution_class > allowed) {
        std::string limit = "class ≤ " + std::to_string(allowed) + " (" + zoneLabel(context, site);
        if (site.type == SiteType::Parcel) {
            limit += ", land use " + site.land_use;
        }
        failures.push_back(
            {"pollution_class", limit + ")", "class " + std::to_string(project.pollution_class)});
    }
}

void checkLand(const MatchContext& context, const Project& project, const SiteFacts& site,
               std::vector<ConstraintFailure>& failures) {
    const RulePack& rules = context.rules;
    if (site.status != ParcelStatus::Available) {
        failures.push_back({"status", "available", std::string(toString(site.status))});
    }
    const double need = project.land_m2.value_or(0.0);
    const double most = need * (1.0 + rules.land_oversize_tolerance);
    if (site.area_m2 < need || site.area_m2 > most) {
        failures.push_back({"area",
                            grouped(need) + "–" + grouped(most) + " m² (" +
                                decimal(muFromSquareMetres(need), 1) + "–" +
                                decimal(muFromSquareMetres(most), 1) + " 亩)",
                            area(site.area_m2)});
    }
    if (const Category* category = context.catalogue.category(project.category_code);
        category != nullptr && !category->land_use_classes.empty() &&
        !contains(category->land_use_classes, site.land_use)) {
        failures.push_back({"land_use", joined(category->land_use_classes), site.land_use});
    }
    checkPollution(context, project, site, failures);
    const double intensity = requiredIntensity(context, site);
    if (project.investment_wan && intensity > 0.0 && site.area_m2 > 0.0) {
        const double actual = *project.investment_wan / muFromSquareMetres(site.area_m2);
        if (actual < intensity) {
            failures.push_back({"investment_intensity", "≥ " + decimal(intensity, 0) + " 万元/亩",
                                decimal(actual, 0) + " 万元/亩 on " + area(site.area_m2)});
        }
    }
    if (project.floor_m2 && site.area_m2 > 0.0) {
        const double far = *project.floor_m2 / site.area_m2;
        const double minimum = requiredFarMinimum(context, project, site);
        const bool tooLow = far < minimum;
        const bool tooHigh = site.far_max && far > *site.far_max;
        if (tooLow || tooHigh) {
            std::string required = "≥ " + decimal(minimum, 2);
            if (site.far_max) {
                required = decimal(minimum, 2) + "–" + decimal(*site.far_max, 2);
            }
            failures.push_back(
                {"far", required,
                 decimal(far, 2) + " (" + grouped(*project.floor_m2) + " m² of floor)"});
        }
    }
    if (project.power_kva && site.power_kva && *site.power_kva < *project.power_kva) {
        failures.push_back({"power", "≥ " + grouped(*project.power_kva) + " kVA",
                            grouped(*site.power_kva) + " kVA"});
    }
    checkAvailability(project, site, failures);
}

void checkSpace(const MatchContext& context, const Project& project, const SiteFacts& site,
                std::vector<ConstraintFailure>& failures) {
    const auto& kinds = context.rules.space_building_kinds;
    if (std::find(kinds.begin(), kinds.end(), site.building_kind) == kinds.end()) {
        std::vector<std::string> names;
        for (const BuildingKind kind : kinds) {
            names.emplace_back(toString(kind));
        }
        failures.push_back(
            {"building_kind", joined(names), std::string(toString(site.building_kind))});
    }
    const double need = project.floor_m2.value_or(0.0);
    if (site.vacant_m2 < need) {
        failures.push_back(
            {"area", "≥ " + grouped(need) + " m² vacant", grouped(site.vacant_m2) + " m² vacant"});
    }
    checkPollution(context, project, site, failures);
    if (project.floor_load_kn_m2 &&
        (!site.floor_load_kn_m2 || *site.floor_load_kn_m2 < *project.floor_load_kn_m2)) {
        failures.push_back({"floor_load", "≥ " + decimal(*project.floor_load_kn_m2, 1) + " kN/m²",
                            site.floor_load_kn_m2 ? decimal(*site.floor_load_kn_m2, 1) + " kN/m²"
                                                  : std::string("unknown")});
    }
    if (project.clear_height_m &&
        (!site.clear_height_m || *site.clear_height_m < *project.clear_height_m)) {
        failures.push_back({"clear_height", "≥ " + decimal(*project.clear_height_m, 1) + " m",
                            site.clear_height_m ? decimal(*site.clear_height_m, 1) + " m"
                                                : std::string("unknown")});
    }
    checkAvailability(project, site, failures);
}

}  // namespace

int allowedPollutionClass(const MatchContext& context, const SiteFacts& site) {
    int allowed = site.zone ? context.district.zones.at(*site.zone).max_pollution_class
                            : context.rules.max_pollution_outside_zones;
    if (site.type == SiteType::Parcel) {
        const auto& byLandUse = context.rules.max_pollution_by_land_use;
        const auto found = byLandUse.find(site.land_use);
        allowed = std::min(allowed, found == byLandUse.end() ? 0 : found->second);
    }
    return allowed;
}

double requiredIntensity(const MatchContext& context, const SiteFacts& site) {
    const RulePack& rules = context.rules;
    if (!site.zone) {
        return rules.intensity_default_min_wan_per_mu;
    }
    const Zone& zone = context.district.zones.at(*site.zone);
    if (zone.min_investment_intensity_wan_per_mu) {
        return *zone.min_investment_intensity_wan_per_mu;
    }
    if (const auto byZone = rules.intensity_min_by_zone.find(zone.zone_id);
        byZone != rules.intensity_min_by_zone.end()) {
        return byZone->second;
    }
    if (const auto byKind = rules.intensity_min_by_zone_kind.find(zone.kind);
        byKind != rules.intensity_min_by_zone_kind.end()) {
        return byKind->second;
    }
    return rules.intensity_default_min_wan_per_mu;
}

double requiredFarMinimum(const MatchContext& context, const Project& project,
                          const SiteFacts& site) {
    const RulePack& rules = context.rules;
    double minimum = site.far_min.value_or(0.0);
    if (const auto byCategory = rules.far_min_by_category.find(project.category_code);
        byCategory != rules.far_min_by_category.end()) {
        minimum = std::max(minimum, byCategory->second);
    } else if (const auto byChain =
                   rules.far_min_by_chain.find(context.catalogue.chainOf(project.category_code));
               byChain != rules.far_min_by_chain.end()) {
        minimum = std::max(minimum, byChain->second);
    }
    if (contains(rules.industrial_land_uses, site.land_use)) {
        minimum = std::max(minimum, rules.far_min_new_industrial);
    }
    return minimum;
}

std::vector<ConstraintFailure> checkConstraints(const MatchContext& context, const Project& project,
                                                const SiteFacts& site) {
    std::vector<ConstraintFailure> failures;
    if (site.type == SiteType::Parcel) {
        checkLand(context, project, site, failures);
    } else {
        checkSpace(context, project, site, failures);
    }
    return failures;
}

}  // namespace sitefit::core::detail
