#include "sitefit/core/reason_wording.hpp"

#include "sitefit/core/catalogue_choice.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::core {
namespace {

// What follows the number: " kVA", " m² vacant"; nothing for a FAR.
std::string unitAfter(const ConstraintValue& value) {
    switch (value.unit) {
        case ConstraintUnit::SquareMetres:
            return value.vacant ? " m² vacant" : " m²";
        case ConstraintUnit::KiloVoltAmperes:
            return " kVA";
        case ConstraintUnit::WanYuanPerMu:
            return " 万元/亩";
        case ConstraintUnit::KiloNewtonsPerSquareMetre:
            return " kN/m²";
        case ConstraintUnit::Metres:
            return " m";
        case ConstraintUnit::FloorAreaRatio:
        case ConstraintUnit::PollutionClass:
        case ConstraintUnit::Date:
        case ConstraintUnit::LandUseClass:
        case ConstraintUnit::ParcelStatus:
        case ConstraintUnit::BuildingKind:
            break;
    }
    return "";
}

// One figure in its unit: land in m² with 亩 beside it, "class 3", "7.5 kN/m²".
std::string figure(double value, const ConstraintValue& of) {
    if (of.unit == ConstraintUnit::SquareMetres && !of.vacant) {
        return area(value);
    }
    if (of.unit == ConstraintUnit::PollutionClass) {
        return "class " + reasonFigure(value, of.unit);
    }
    return reasonFigure(value, of.unit) + unitAfter(of);
}

// Both ends share the unit: "6,667–8,667 m² (10.0–13.0 亩)", "1.00–2.50".
std::string range(const ConstraintValue& value) {
    if (value.unit == ConstraintUnit::SquareMetres && !value.vacant) {
        return grouped(value.number) + "–" + grouped(value.upper) + " m² (" +
               decimal(muFromSquareMetres(value.number), 1) + "–" +
               decimal(muFromSquareMetres(value.upper), 1) + " 亩)";
    }
    const std::string ends =
        reasonFigure(value.number, value.unit) + "–" + reasonFigure(value.upper, value.unit);
    return value.unit == ConstraintUnit::PollutionClass ? "class " + ends : ends + unitAfter(value);
}

// "class ≤ 2 (zone Z1, land use M1)": the limit with where it comes from.
std::string pollutionLimit(const ConstraintValue& value) {
    std::string limit = "class ≤ " + std::to_string(static_cast<int>(value.number));
    if (const auto& source = value.limit_source) {
        limit += " (";
        limit += source->zone_id ? "zone " + *source->zone_id : std::string("outside every zone");
        if (source->land_use) {
            limit += ", land use " + *source->land_use;
        }
        limit += ")";
    }
    return limit;
}

std::string equal(const ConstraintValue& value) {
    if (value.unit == ConstraintUnit::Date) {
        return formatIsoDate(value.date);
    }
    if (value.unit == ConstraintUnit::LandUseClass || value.unit == ConstraintUnit::ParcelStatus ||
        value.unit == ConstraintUnit::BuildingKind) {
        return value.code;
    }
    std::string text = figure(value.number, value);
    switch (value.basis) {
        case FigureBasis::SiteArea:
            return text + " on " + area(value.basis_m2);
        case FigureBasis::FloorSpace:
            return text + " (" + grouped(value.basis_m2) + " m² of floor)";
        case FigureBasis::None:
            break;
    }
    return text;
}

}  // namespace

std::string describe(const ConstraintValue& value) {
    switch (value.bound) {
        case BoundKind::Equal:
            return equal(value);
        case BoundKind::AtLeast:
            return "≥ " + figure(value.number, value);
        case BoundKind::AtMost:
            return value.unit == ConstraintUnit::PollutionClass
                       ? pollutionLimit(value)
                       : "≤ " + figure(value.number, value);
        case BoundKind::Range:
            return range(value);
        case BoundKind::OneOf:
            return joined(value.codes);
        case BoundKind::By:
            return "by " + formatIsoDate(value.date);
        case BoundKind::Unknown:
            break;
    }
    return "unknown";
}

std::string describe(const NotMatched& reason) {
    switch (reason.reason) {
        case NotMatchedReason::IndustryOutsideCatalogue:
            break;
    }
    return "industry code " + reason.industry_code + " is in no category of the catalogue (" +
           describeCatalogue(reason.catalogue_origin, reason.catalogue_chains,
                             reason.catalogue_categories) +
           ")";
}

std::string describe(const UnassignedExplanation& item, const AllocationProblem& problem) {
    switch (item.reason) {
        case UnassignedReason::NotMatched:
            return item.not_matched ? describe(*item.not_matched) : std::string("not matched");
        case UnassignedReason::NoFeasibleSite:
            return "no feasible site: every site fails a hard constraint (see sitefit match)";
        case UnassignedReason::BestSiteHasRoom:
            return "not placed: its best site " + problem.sites.at(item.contested_site).id +
                   " has room, but the plan found a higher total without it";
        case UnassignedReason::Outcompeted:
            break;
    }
    std::vector<std::string> holders;
    for (const std::size_t holder : item.holders) {
        holders.push_back(problem.projects.at(holder).id);
    }
    std::string reason = "outcompeted for its best site " +
                         problem.sites.at(item.contested_site).id + " by " + joined(holders) +
                         " (value " + decimal(item.holders_value, 1) + " against its " +
                         decimal(item.own_value, 1) + ")";
    if (item.site_with_room) {
        return reason + "; site " + problem.sites.at(*item.site_with_room).id +
               " still has room, but the plan scores higher without it";
    }
    if (item.other_feasible_sites == 0) {
        return reason + "; it has no other feasible site";
    }
    return reason + "; its other " + std::to_string(item.other_feasible_sites) +
           " feasible site(s) are full";
}

std::string reasonFigure(double value, ConstraintUnit unit) {
    switch (unit) {
        case ConstraintUnit::SquareMetres:
        case ConstraintUnit::KiloVoltAmperes:
            return grouped(value);
        case ConstraintUnit::WanYuanPerMu:
            return decimal(value, 0);
        case ConstraintUnit::KiloNewtonsPerSquareMetre:
        case ConstraintUnit::Metres:
            return decimal(value, 1);
        case ConstraintUnit::PollutionClass:
            return std::to_string(static_cast<int>(value));
        case ConstraintUnit::FloorAreaRatio:
        case ConstraintUnit::Date:
        case ConstraintUnit::LandUseClass:
        case ConstraintUnit::ParcelStatus:
        case ConstraintUnit::BuildingKind:
            break;
    }
    return decimal(value, 2);
}

}  // namespace sitefit::core
