#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "sitefit/core/allocation_explanation.hpp"
#include "sitefit/core/allocation_problem.hpp"
#include "sitefit/core/constraint_failure.hpp"
#include "sitefit/core/not_matched.hpp"

namespace sitefit::gui {

// Why a site was rejected or a project left out, in the UI language. Core hands over the
// reasons as values with units (constraint_failure.hpp, allocation_explanation.hpp); this is
// where the map window words them. In English it reads as the CLI does
// (core/reason_wording.hpp), apart from labels such as a parcel status.
class ReasonWording {
    Q_DECLARE_TR_FUNCTIONS(sitefit::gui::ReasonWording)
public:
    // One side of a failure: "≥ 300 万元/亩" (不低于 300 万元/亩), "12,000 m² (18.0 亩)",
    // "class ≤ 2 (zone Z1, land use M1)", "unknown".
    [[nodiscard]] static QString value(const core::ConstraintValue& value);
    // "needs ≥ 1,500 kVA, has 1,000 kVA"
    [[nodiscard]] static QString comparison(const core::ConstraintFailure& failure);
    // "Area: needs …, has …"
    [[nodiscard]] static QString failure(const core::ConstraintFailure& failure);
    // Items as the language lists them: "Status, Area" (状态、面积).
    [[nodiscard]] static QString listed(const QStringList& items);
    // Why a project was matched against no site.
    [[nodiscard]] static QString notMatched(const core::NotMatched& reason);
    // Why a project stayed out of the plan; projects and sites by their ids in `problem`.
    [[nodiscard]] static QString unassigned(const core::UnassignedExplanation& item,
                                            const core::AllocationProblem& problem);

private:
    static QString withUnit(const QString& figures, const core::ConstraintValue& of);
    static QString figure(double number, const core::ConstraintValue& of);
    static QString pollutionLimit(const core::ConstraintValue& value);
    static QString atLeast(const core::ConstraintValue& value);
    static QString range(const core::ConstraintValue& value);
    static QString equal(const core::ConstraintValue& value);
    static QString oneOf(const core::ConstraintValue& value);
    static QString otherSites(const QString& lost, const core::UnassignedExplanation& item,
                              const core::AllocationProblem& problem);
};

}  // namespace sitefit::gui
