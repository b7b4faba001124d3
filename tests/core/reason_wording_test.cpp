#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "sitefit/core/reason_wording.hpp"

using namespace sitefit::core;

namespace {

using Unit = ConstraintUnit;
using Value = ConstraintValue;

Date day(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

struct Worded {
    std::string constraint;
    std::string required;
    std::string actual;
};

Worded worded(const ConstraintFailure& failure) {
    return {std::string(toString(failure.constraint)), describe(failure.required),
            describe(failure.actual)};
}

void expectWording(const ConstraintFailure& failure, const std::string& constraint,
                   const std::string& required, const std::string& actual) {
    const Worded w = worded(failure);
    EXPECT_EQ(w.constraint, constraint);
    EXPECT_EQ(w.required, required);
    EXPECT_EQ(w.actual, actual);
}

Value pollutionLimit(int allowed, std::optional<std::string> zone,
                     std::optional<std::string> landUse) {
    Value limit = Value::atMost(allowed, Unit::PollutionClass);
    limit.limit_source = std::make_shared<const PollutionLimitSource>(
        PollutionLimitSource{std::move(zone), std::move(landUse)});
    return limit;
}

}  // namespace

// The English the CLI has always printed, one constraint kind after another, written out by
// hand: the JSON, CSV and GeoPackage outputs carry these strings.
TEST(ReasonWording, StatusLandUseAndBuildingKindAreCodes) {
    expectWording({Constraint::Status, Value::equalCode("available", Unit::ParcelStatus),
                   Value::equalCode("reserved", Unit::ParcelStatus)},
                  "status", "available", "reserved");
    expectWording({Constraint::LandUse, Value::oneOf({"M1", "M2"}, Unit::LandUseClass),
                   Value::equalCode("R2", Unit::LandUseClass)},
                  "land_use", "M1, M2", "R2");
    expectWording({Constraint::BuildingKind,
                   Value::oneOf({"standard_factory", "incubator"}, Unit::BuildingKind),
                   Value::equalCode("residential", Unit::BuildingKind)},
                  "building_kind", "standard_factory, incubator", "residential");
}

TEST(ReasonWording, LandAreaInSquareMetresAndMu) {
    expectWording({Constraint::Area, Value::range(6666.666, 8666.666, Unit::SquareMetres),
                   Value::equal(12000.0, Unit::SquareMetres)},
                  "area", "6,667–8,667 m² (10.0–13.0 亩)", "12,000 m² (18.0 亩)");
}

TEST(ReasonWording, FloorSpaceIsVacant) {
    ConstraintFailure failure{Constraint::Area, Value::atLeast(2000.0, Unit::SquareMetres),
                              Value::equal(1500.4, Unit::SquareMetres)};
    failure.required.vacant = true;
    failure.actual.vacant = true;
    expectWording(failure, "area", "≥ 2,000 m² vacant", "1,500 m² vacant");
}

TEST(ReasonWording, PollutionClassNamesWhereTheLimitComesFrom) {
    expectWording({Constraint::PollutionClass, pollutionLimit(2, "Z1", "M1"),
                   Value::equal(3, Unit::PollutionClass)},
                  "pollution_class", "class ≤ 2 (zone Z1, land use M1)", "class 3");
    // A building: no land use of its own.
    EXPECT_EQ(describe(pollutionLimit(1, "Z2", std::nullopt)), "class ≤ 1 (zone Z2)");
    EXPECT_EQ(describe(pollutionLimit(0, std::nullopt, "M1")),
              "class ≤ 0 (outside every zone, land use M1)");
}

TEST(ReasonWording, InvestmentIntensityOnTheSiteArea) {
    Value has = Value::equal(250.4, Unit::WanYuanPerMu);
    has.basis = FigureBasis::SiteArea;
    has.basis_m2 = 12000.0;
    expectWording({Constraint::InvestmentIntensity, Value::atLeast(300.0, Unit::WanYuanPerMu), has},
                  "investment_intensity", "≥ 300 万元/亩", "250 万元/亩 on 12,000 m² (18.0 亩)");
}

TEST(ReasonWording, FarFromTheFloorSpace) {
    Value has = Value::equal(0.8, Unit::FloorAreaRatio);
    has.basis = FigureBasis::FloorSpace;
    has.basis_m2 = 16000.0;
    expectWording({Constraint::Far, Value::range(1.0, 2.5, Unit::FloorAreaRatio), has}, "far",
                  "1.00–2.50", "0.80 (16,000 m² of floor)");
    EXPECT_EQ(describe(Value::atLeast(1.2, Unit::FloorAreaRatio)), "≥ 1.20");
}

TEST(ReasonWording, PowerLoadAndHeight) {
    expectWording({Constraint::Power, Value::atLeast(1500.0, Unit::KiloVoltAmperes),
                   Value::equal(1000.0, Unit::KiloVoltAmperes)},
                  "power", "≥ 1,500 kVA", "1,000 kVA");
    expectWording({Constraint::FloorLoad, Value::atLeast(7.5, Unit::KiloNewtonsPerSquareMetre),
                   Value::equal(6.5, Unit::KiloNewtonsPerSquareMetre)},
                  "floor_load", "≥ 7.5 kN/m²", "6.5 kN/m²");
    expectWording(
        {Constraint::ClearHeight, Value::atLeast(5.5, Unit::Metres), Value::unknown(Unit::Metres)},
        "clear_height", "≥ 5.5 m", "unknown");
    expectWording({Constraint::FloorLoad, Value::atLeast(10.0, Unit::KiloNewtonsPerSquareMetre),
                   Value::unknown(Unit::KiloNewtonsPerSquareMetre)},
                  "floor_load", "≥ 10.0 kN/m²", "unknown");
}

TEST(ReasonWording, AvailableByADate) {
    expectWording(
        {Constraint::AvailableFrom, Value::by(day(2027, 3, 1)), Value::equalDate(day(2027, 9, 30))},
        "available_from", "by 2027-03-01", "2027-09-30");
}

TEST(ReasonWording, EveryConstraintHasItsName) {
    std::vector<std::string> names;
    for (const Constraint constraint : kAllConstraints) {
        names.emplace_back(toString(constraint));
    }
    EXPECT_EQ(names,
              (std::vector<std::string>{"status", "area", "land_use", "pollution_class",
                                        "investment_intensity", "far", "power", "available_from",
                                        "building_kind", "floor_load", "clear_height"}));
}

TEST(ReasonWording, NotMatchedNamesTheCatalogue) {
    NotMatched reason{NotMatchedReason::IndustryOutsideCatalogue, "I6510",
                      CatalogueOrigin::Workspace, 1, 3};
    EXPECT_EQ(describe(reason),
              "industry code I6510 is in no category of the catalogue (the workspace's (1 chain, "
              "3 categories))");
    reason.catalogue_origin = CatalogueOrigin::BuiltIn;
    EXPECT_EQ(describe(reason),
              "industry code I6510 is in no category of the catalogue (built-in GB/T 4754-2017 "
              "manufacturing divisions (the workspace has none))");
}

TEST(ReasonWording, EveryReasonAProjectStaysOut) {
    AllocationProblem problem;
    problem.projects = {{"A", 1.0, false}, {"B", 1.0, false}, {"C", 1.0, false}};
    problem.sites = {{"S1", 1.0}, {"S2", 1.0}};
    UnassignedExplanation item;
    item.project = 0;
    item.reason = UnassignedReason::NoFeasibleSite;
    EXPECT_EQ(describe(item, problem),
              "no feasible site: every site fails a hard constraint (see sitefit match)");

    item.reason = UnassignedReason::NotMatched;
    item.not_matched = NotMatched{NotMatchedReason::IndustryOutsideCatalogue, "I6510",
                                  CatalogueOrigin::Workspace, 2, 3};
    EXPECT_EQ(describe(item, problem),
              "industry code I6510 is in no category of the catalogue (the workspace's (2 chains, "
              "3 categories))");

    item.reason = UnassignedReason::BestSiteHasRoom;
    item.contested_site = 1;
    EXPECT_EQ(describe(item, problem),
              "not placed: its best site S2 has room, but the plan found a higher total without "
              "it");

    item.reason = UnassignedReason::Outcompeted;
    item.contested_site = 0;
    item.holders = {1, 2};
    item.holders_value = 170.0;
    item.own_value = 80.0;
    item.other_feasible_sites = 0;
    EXPECT_EQ(describe(item, problem),
              "outcompeted for its best site S1 by B, C (value 170.0 against its 80.0); it has no "
              "other feasible site");
    item.other_feasible_sites = 3;
    EXPECT_EQ(describe(item, problem),
              "outcompeted for its best site S1 by B, C (value 170.0 against its 80.0); its other "
              "3 feasible site(s) are full");
    item.site_with_room = 1;
    EXPECT_EQ(describe(item, problem),
              "outcompeted for its best site S1 by B, C (value 170.0 against its 80.0); site S2 "
              "still has room, but the plan scores higher without it");
}
