#include <algorithm>
#include <chrono>
#include <memory>
#include <utility>

#include "match_context.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::core::detail {
namespace {

bool contains(const std::vector<std::string>& items, const std::string& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

using Unit = ConstraintUnit;
using Value = ConstraintValue;

// Where the outcome of the checks goes. Reasons are only made when someone keeps them: most
// pairs of a large district fail, and even unworded reasons cost more to build than the
// tests. Without reasons, the first failure settles the verdict.
class Verdict {
public:
    explicit Verdict(std::vector<ConstraintFailure>* reasons) : m_reasons(reasons) {}

    // `describe` returns the ConstraintFailure; it runs only when reasons are kept.
    template <typename Describe>
    void fail(const Describe& describe) {
        m_failed = true;
        if (m_reasons != nullptr) {
            m_reasons->push_back(describe());
        }
    }
    [[nodiscard]] bool failed() const noexcept { return m_failed; }
    // Nothing further can change the outcome.
    [[nodiscard]] bool settled() const noexcept { return m_failed && m_reasons == nullptr; }

private:
    std::vector<ConstraintFailure>* m_reasons;
    bool m_failed = false;
};

double farMinimum(const MatchContext& context, const ProjectTerms& terms, const SiteFacts& site) {
    const RulePack& rules = context.rules;
    double minimum = site.far_min.value_or(0.0);
    if (terms.industry_far_min) {
        minimum = std::max(minimum, *terms.industry_far_min);
    }
    if (contains(rules.industrial_land_uses, site.land_use)) {
        minimum = std::max(minimum, rules.far_min_new_industrial);
    }
    return minimum;
}

void checkAvailability(const Project& project, const SiteFacts& site, Verdict& verdict) {
    if (project.needed_by && site.available_from && *site.available_from > *project.needed_by) {
        verdict.fail([&] {
            return ConstraintFailure{Constraint::AvailableFrom, Value::by(*project.needed_by),
                                     Value::equalDate(*site.available_from)};
        });
    }
}

void checkPollution(const MatchContext& context, const Project& project, const SiteFacts& site,
                    Verdict& verdict) {
    const int allowed = allowedPollutionClass(context, site);
    if (project.pollution_class > allowed) {
        verdict.fail([&] {
            PollutionLimitSource source;
            if (site.zone) {
                source.zone_id = context.district.zones.at(*site.zone).zone_id;
            }
            if (site.type == SiteType::Parcel) {
                source.land_use = site.land_use;
            }
            Value limit = Value::atMost(allowed, Unit::PollutionClass);
            limit.limit_source = std::make_shared<const PollutionLimitSource>(std::move(source));
            return ConstraintFailure{Constraint::PollutionClass, std::move(limit),
                                     Value::equal(project.pollution_class, Unit::PollutionClass)};
        });
    }
}

void checkLand(const MatchContext& context, const ProjectTerms& terms, const SiteFacts& site,
               Verdict& verdict) {
    const RulePack& rules = context.rules;
    const Project& project = *terms.project;
    if (site.status != ParcelStatus::Available) {
        verdict.fail([&] {
            return ConstraintFailure{
                Constraint::Status,
                Value::equalCode(std::string(toString(ParcelStatus::Available)),
                                 Unit::ParcelStatus),
                Value::equalCode(std::string(toString(site.status)), Unit::ParcelStatus)};
        });
    }
    const double need = project.land_m2.value_or(0.0);
    const double most = need * (1.0 + rules.land_oversize_tolerance);
    if (site.area_m2 < need || site.area_m2 > most) {
        verdict.fail([&] {
            return ConstraintFailure{Constraint::Area, Value::range(need, most, Unit::SquareMetres),
                                     Value::equal(site.area_m2, Unit::SquareMetres)};
        });
    }
    if (verdict.settled()) {
        return;
    }
    if (const Category* category = terms.category;
        category != nullptr && !category->land_use_classes.empty() &&
        !contains(category->land_use_classes, site.land_use)) {
        verdict.fail([&] {
            return ConstraintFailure{Constraint::LandUse,
                                     Value::oneOf(category->land_use_classes, Unit::LandUseClass),
                                     Value::equalCode(site.land_use, Unit::LandUseClass)};
        });
    }
    checkPollution(context, project, site, verdict);
    if (verdict.settled()) {
        return;
    }
    const double intensity = requiredIntensity(context, site);
    if (project.investment_wan && intensity > 0.0 && site.area_m2 > 0.0) {
        const double actual = *project.investment_wan / muFromSquareMetres(site.area_m2);
        if (actual < intensity) {
            verdict.fail([&] {
                Value has = Value::equal(actual, Unit::WanYuanPerMu);
                has.basis = FigureBasis::SiteArea;
                has.basis_m2 = site.area_m2;
                return ConstraintFailure{Constraint::InvestmentIntensity,
                                         Value::atLeast(intensity, Unit::WanYuanPerMu),
                                         std::move(has)};
            });
        }
    }
    if (project.floor_m2 && site.area_m2 > 0.0) {
        const double far = *project.floor_m2 / site.area_m2;
        const double minimum = farMinimum(context, terms, site);
        const bool tooLow = far < minimum;
        const bool tooHigh = site.far_max && far > *site.far_max;
        if (tooLow || tooHigh) {
            verdict.fail([&] {
                Value has = Value::equal(far, Unit::FloorAreaRatio);
                has.basis = FigureBasis::FloorSpace;
                has.basis_m2 = *project.floor_m2;
                return ConstraintFailure{
                    Constraint::Far,
                    site.far_max ? Value::range(minimum, *site.far_max, Unit::FloorAreaRatio)
                                 : Value::atLeast(minimum, Unit::FloorAreaRatio),
                    std::move(has)};
            });
        }
    }
    if (project.power_kva && site.power_kva && *site.power_kva < *project.power_kva) {
        verdict.fail([&] {
            return ConstraintFailure{Constraint::Power,
                                     Value::atLeast(*project.power_kva, Unit::KiloVoltAmperes),
                                     Value::equal(*site.power_kva, Unit::KiloVoltAmperes)};
        });
    }
    checkAvailability(project, site, verdict);
}

void checkSpace(const MatchContext& context, const ProjectTerms& terms, const SiteFacts& site,
                Verdict& verdict) {
    const Project& project = *terms.project;
    const auto& kinds = context.rules.space_building_kinds;
    if (std::find(kinds.begin(), kinds.end(), site.building_kind) == kinds.end()) {
        verdict.fail([&] {
            std::vector<std::string> names;
            names.reserve(kinds.size());
            for (const BuildingKind kind : kinds) {
                names.emplace_back(toString(kind));
            }
            return ConstraintFailure{
                Constraint::BuildingKind, Value::oneOf(std::move(names), Unit::BuildingKind),
                Value::equalCode(std::string(toString(site.building_kind)), Unit::BuildingKind)};
        });
    }
    const double need = project.floor_m2.value_or(0.0);
    if (site.vacant_m2 < need) {
        verdict.fail([&] {
            ConstraintFailure failure{Constraint::Area, Value::atLeast(need, Unit::SquareMetres),
                                      Value::equal(site.vacant_m2, Unit::SquareMetres)};
            failure.required.vacant = true;
            failure.actual.vacant = true;
            return failure;
        });
    }
    if (verdict.settled()) {
        return;
    }
    checkPollution(context, project, site, verdict);
    if (project.floor_load_kn_m2 &&
        (!site.floor_load_kn_m2 || *site.floor_load_kn_m2 < *project.floor_load_kn_m2)) {
        verdict.fail([&] {
            constexpr Unit kUnit = Unit::KiloNewtonsPerSquareMetre;
            return ConstraintFailure{
                Constraint::FloorLoad, Value::atLeast(*project.floor_load_kn_m2, kUnit),
                site.floor_load_kn_m2 ? Value::equal(*site.floor_load_kn_m2, kUnit)
                                      : Value::unknown(kUnit)};
        });
    }
    if (project.clear_height_m &&
        (!site.clear_height_m || *site.clear_height_m < *project.clear_height_m)) {
        verdict.fail([&] {
            return ConstraintFailure{
                Constraint::ClearHeight, Value::atLeast(*project.clear_height_m, Unit::Metres),
                site.clear_height_m ? Value::equal(*site.clear_height_m, Unit::Metres)
                                    : Value::unknown(Unit::Metres)};
        });
    }
    checkAvailability(project, site, verdict);
}

void check(const MatchContext& context, const ProjectTerms& terms, const SiteFacts& site,
           Verdict& verdict) {
    if (site.type == SiteType::Parcel) {
        checkLand(context, terms, site, verdict);
    } else {
        checkSpace(context, terms, site, verdict);
    }
}

}  // namespace

ProjectTerms projectTerms(const MatchContext& context, const Project& project) {
    const IndustryCatalogue& catalogue = context.catalogue;
    const RulePack& rules = context.rules;
    ProjectTerms terms;
    terms.project = &project;
    terms.category = catalogue.category(project.category_code);
    terms.chain = terms.category != nullptr ? terms.category->chain_code : std::string{};
    for (const Category& c : catalogue.tables().categories) {
        if (c.chain_code == terms.chain) {
            terms.same_chain.push_back(&c.category_code);
        }
    }
    for (const std::string& code : catalogue.suppliersOf(project.category_code)) {
        terms.linked.push_back(&code);
    }
    for (const std::string& code : catalogue.customersOf(project.category_code)) {
        terms.linked.push_back(&code);
    }
    const auto& categories = catalogue.tables().categories;
    const auto position = [&](const std::string& code) {
        return static_cast<std::size_t>(catalogue.category(code) - categories.data());
    };
    for (const std::string* code : terms.same_chain) {
        terms.same_chain_index.push_back(position(*code));
    }
    for (const std::string* code : terms.linked) {
        terms.linked_index.push_back(position(*code));
    }
    if (const Chain* chain = catalogue.chain(terms.chain); chain != nullptr) {
        terms.chain_index = static_cast<std::size_t>(chain - catalogue.tables().chains.data());
    }
    terms.fills_gap = !catalogue.isPresent(project.category_code);
    if (const auto byCategory = rules.far_min_by_category.find(project.category_code);
        byCategory != rules.far_min_by_category.end()) {
        terms.industry_far_min = byCategory->second;
    } else if (const auto byChain = rules.far_min_by_chain.find(terms.chain);
               byChain != rules.far_min_by_chain.end()) {
        terms.industry_far_min = byChain->second;
    }
    return terms;
}

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
    return farMinimum(context, projectTerms(context, project), site);
}

std::vector<ConstraintFailure> checkConstraints(const MatchContext& context,
                                                const ProjectTerms& terms, const SiteFacts& site) {
    std::vector<ConstraintFailure> failures;
    Verdict verdict(&failures);
    check(context, terms, site, verdict);
    return failures;
}

std::vector<ConstraintFailure> checkConstraints(const MatchContext& context, const Project& project,
                                                const SiteFacts& site) {
    return checkConstraints(context, projectTerms(context, project), site);
}

bool passesConstraints(const MatchContext& context, const ProjectTerms& terms,
                       const SiteFacts& site) {
    Verdict verdict(nullptr);
    check(context, terms, site, verdict);
    return !verdict.failed();
}

}  // namespace sitefit::core::detail
