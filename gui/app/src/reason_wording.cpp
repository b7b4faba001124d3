#include "reason_wording.hpp"

#include <QStringList>

#include "domain_labels.hpp"
#include "figure_text.hpp"
#include "sitefit/core/building.hpp"
#include "sitefit/core/parcel.hpp"
#include "sitefit/core/reason_wording.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::gui {
namespace {

using Unit = core::ConstraintUnit;

// The number alone, with the precision core gives it in every language.
QString number(double value, Unit unit) {
    return QString::fromStdString(core::reasonFigure(value, unit));
}

bool isCode(Unit unit) {
    return unit == Unit::LandUseClass || unit == Unit::ParcelStatus || unit == Unit::BuildingKind;
}

// A code as a planner reads it: a status or a kind of building by its label, a land-use
// class as it is ("M1").
QString codeLabel(const std::string& code, Unit unit) {
    if (unit == Unit::ParcelStatus) {
        if (const auto status = core::parseParcelStatus(code)) {
            return DomainLabels::parcelStatus(*status);
        }
    }
    if (unit == Unit::BuildingKind) {
        if (const auto kind = core::parseBuildingKind(code)) {
            return DomainLabels::buildingKind(*kind);
        }
    }
    return qs(code);
}

}  // namespace

// Figures already written, with their unit: "1,500 kVA", "1,500 m² vacant", "class 3".
QString ReasonWording::withUnit(const QString& figures, const core::ConstraintValue& of) {
    switch (of.unit) {
        case Unit::SquareMetres:
            return of.vacant ? tr("%1 m² vacant").arg(figures)
                             : QStringLiteral("%1 m²").arg(figures);
        case Unit::KiloVoltAmperes:
            return QStringLiteral("%1 kVA").arg(figures);
        case Unit::WanYuanPerMu:
            return QStringLiteral("%1 万元/亩").arg(figures);
        case Unit::KiloNewtonsPerSquareMetre:
            return QStringLiteral("%1 kN/m²").arg(figures);
        case Unit::Metres:
            return QStringLiteral("%1 m").arg(figures);
        case Unit::PollutionClass:
            return tr("class %1").arg(figures);
        case Unit::FloorAreaRatio:
        case Unit::Date:
        case Unit::LandUseClass:
        case Unit::ParcelStatus:
        case Unit::BuildingKind:
            break;
    }
    return figures;
}

// One figure in its unit; land in m² with 亩 beside it.
QString ReasonWording::figure(double value, const core::ConstraintValue& of) {
    if (of.unit == Unit::SquareMetres && !of.vacant) {
        return areaBoth(value);
    }
    return withUnit(number(value, of.unit), of);
}

// "class ≤ 2 (zone Z1, land use M1)"
QString ReasonWording::pollutionLimit(const core::ConstraintValue& value) {
    const QString limit = number(value.number, value.unit);
    if (!value.limit_source) {
        return tr("class ≤ %1").arg(limit);
    }
    const core::PollutionLimitSource& source = *value.limit_source;
    QString where =
        source.zone_id ? tr("zone %1").arg(qs(*source.zone_id)) : tr("outside every zone");
    if (source.land_use) {
        where = tr("%1, land use %2").arg(where, qs(*source.land_use));
    }
    return tr("class ≤ %1 (%2)").arg(limit, where);
}

QString ReasonWording::atLeast(const core::ConstraintValue& value) {
    if (value.unit == Unit::SquareMetres && value.vacant) {
        return tr("≥ %1 m² vacant").arg(groupedText(value.number));
    }
    return tr("≥ %1").arg(figure(value.number, value));
}

QString ReasonWording::range(const core::ConstraintValue& value) {
    if (value.unit == Unit::SquareMetres && !value.vacant) {
        return QStringLiteral("%1–%2 m² (%3–%4 亩)")
            .arg(groupedText(value.number), groupedText(value.upper),
                 decimalText(core::muFromSquareMetres(value.number), 1),
                 decimalText(core::muFromSquareMetres(value.upper), 1));
    }
    return withUnit(QStringLiteral("%1–%2").arg(number(value.number, value.unit),
                                                number(value.upper, value.unit)),
                    value);
}

// A site's own figure, with what it was worked out on.
QString ReasonWording::equal(const core::ConstraintValue& value) {
    if (value.unit == Unit::Date) {
        return dateText(value.date);
    }
    if (isCode(value.unit)) {
        return codeLabel(value.code, value.unit);
    }
    QString text = figure(value.number, value);
    switch (value.basis) {
        case core::FigureBasis::SiteArea:
            return tr("%1 on %2").arg(text, areaBoth(value.basis_m2));
        case core::FigureBasis::FloorSpace:
            return tr("%1 (%2 m² of floor)").arg(text, groupedText(value.basis_m2));
        case core::FigureBasis::None:
            break;
    }
    return text;
}

QString ReasonWording::oneOf(const core::ConstraintValue& value) {
    QStringList labels;
    for (const std::string& code : value.codes) {
        labels << codeLabel(code, value.unit);
    }
    return listed(labels);
}

QString ReasonWording::listed(const QStringList& items) {
    return items.join(tr(", ", "between the items of a list"));
}

// What the rest of the project's feasible sites offer, after the site it lost.
QString ReasonWording::otherSites(const QString& lost, const core::UnassignedExplanation& item,
                                  const core::AllocationProblem& problem) {
    if (item.site_with_room) {
        return tr("%1; site %2 still has room, but the plan scores higher without it")
            .arg(lost, qs(problem.sites.at(*item.site_with_room).id));
    }
    if (item.other_feasible_sites == 0) {
        return tr("%1; it has no other feasible site").arg(lost);
    }
    return tr("%1; no room on its %n other feasible site(s)", nullptr,
              static_cast<int>(item.other_feasible_sites))
        .arg(lost);
}

QString ReasonWording::value(const core::ConstraintValue& value) {
    switch (value.bound) {
        case core::BoundKind::Equal:
            return equal(value);
        case core::BoundKind::AtLeast:
            return atLeast(value);
        case core::BoundKind::AtMost:
            return value.unit == Unit::PollutionClass ? pollutionLimit(value)
                                                      : tr("≤ %1").arg(figure(value.number, value));
        case core::BoundKind::Range:
            return range(value);
        case core::BoundKind::OneOf:
            return oneOf(value);
        case core::BoundKind::By:
            return tr("by %1").arg(dateText(value.date));
        case core::BoundKind::Unknown:
            break;
    }
    return tr("unknown");
}

QString ReasonWording::comparison(const core::ConstraintFailure& failure) {
    return tr("needs %1, has %2").arg(value(failure.required), value(failure.actual));
}

QString ReasonWording::failure(const core::ConstraintFailure& failure) {
    return tr("%1: %2").arg(DomainLabels::constraint(failure.constraint), comparison(failure));
}

QString ReasonWording::notMatched(const core::NotMatched& reason) {
    switch (reason.reason) {
        case core::NotMatchedReason::IndustryOutsideCatalogue:
            break;
    }
    const QString code = qs(reason.industry_code);
    if (reason.catalogue_origin == core::CatalogueOrigin::BuiltIn) {
        return tr("Industry code %1 is in no category of the built-in GB/T 4754-2017 "
                  "manufacturing divisions")
            .arg(code);
    }
    return tr("Industry code %1 is in no category of the workspace's catalogue (chains: %2, "
              "categories: %3)")
        .arg(code)
        .arg(reason.catalogue_chains)
        .arg(reason.catalogue_categories);
}

QString ReasonWording::unassigned(const core::UnassignedExplanation& item,
                                  const core::AllocationProblem& problem) {
    switch (item.reason) {
        case core::UnassignedReason::NotMatched:
            return item.not_matched ? notMatched(*item.not_matched) : tr("Not matched");
        case core::UnassignedReason::NoFeasibleSite:
            return tr(
                "No feasible site: every site fails a hard constraint (see its rejected "
                "sites)");
        case core::UnassignedReason::BestSiteHasRoom:
            return tr("Its best site %1 is left to a better use of the other sites")
                .arg(qs(problem.sites.at(item.contested_site).id));
        case core::UnassignedReason::Outcompeted:
            break;
    }
    QStringList holders;
    for (const std::size_t holder : item.holders) {
        holders << qs(problem.projects.at(holder).id);
    }
    const QString lost =
        tr("Outcompeted for its best site %1 by %2 (value %3 against its %4)")
            .arg(qs(problem.sites.at(item.contested_site).id), holders.join(QStringLiteral(", ")),
                 decimalText(item.holders_value, 1), decimalText(item.own_value, 1));
    return otherSites(lost, item, problem);
}

}  // namespace sitefit::gui
