// The map window words rejection and allocation reasons itself, from the values core hands
// over: in Chinese with the figures and units of the English, in English as the CLI does.

#include <QtTest>
#include <memory>
#include <string>
#include <vector>

#include "reason_wording.hpp"
#include "sitefit/core/reason_wording.hpp"
#include "ui_language.hpp"

using namespace sitefit;
using namespace sitefit::gui;

namespace {

using Unit = core::ConstraintUnit;
using Value = core::ConstraintValue;

core::Date day(int y, unsigned m, unsigned d) {
    return core::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

core::ConstraintFailure landArea() {
    return {core::Constraint::Area, Value::range(18000.0, 23400.0, Unit::SquareMetres),
            Value::equal(12000.0, Unit::SquareMetres)};
}

core::ConstraintFailure intensity() {
    Value has = Value::equal(250.0, Unit::WanYuanPerMu);
    has.basis = core::FigureBasis::SiteArea;
    has.basis_m2 = 12000.0;
    return {core::Constraint::InvestmentIntensity, Value::atLeast(300.0, Unit::WanYuanPerMu), has};
}

core::ConstraintFailure pollution(std::optional<std::string> zone) {
    Value limit = Value::atMost(2, Unit::PollutionClass);
    limit.limit_source = std::make_shared<const core::PollutionLimitSource>(
        core::PollutionLimitSource{std::move(zone), "M1"});
    return {core::Constraint::PollutionClass, limit, Value::equal(3, Unit::PollutionClass)};
}

core::ConstraintFailure vacantArea() {
    core::ConstraintFailure failure{core::Constraint::Area,
                                    Value::atLeast(2000.0, Unit::SquareMetres),
                                    Value::equal(1500.0, Unit::SquareMetres)};
    failure.required.vacant = true;
    failure.actual.vacant = true;
    return failure;
}

core::ConstraintFailure far() {
    Value has = Value::equal(0.8, Unit::FloorAreaRatio);
    has.basis = core::FigureBasis::FloorSpace;
    has.basis_m2 = 16000.0;
    return {core::Constraint::Far, Value::range(1.0, 2.5, Unit::FloorAreaRatio), has};
}

// Failures whose figures carry no code, so the English window reads exactly as the CLI.
std::vector<core::ConstraintFailure> figureFailures() {
    return {landArea(),
            intensity(),
            pollution("Z1"),
            pollution(std::nullopt),
            vacantArea(),
            far(),
            {core::Constraint::Power, Value::atLeast(1500.0, Unit::KiloVoltAmperes),
             Value::equal(1000.0, Unit::KiloVoltAmperes)},
            {core::Constraint::FloorLoad, Value::atLeast(7.5, Unit::KiloNewtonsPerSquareMetre),
             Value::unknown(Unit::KiloNewtonsPerSquareMetre)},
            {core::Constraint::ClearHeight, Value::atLeast(5.5, Unit::Metres),
             Value::equal(4.8, Unit::Metres)},
            {core::Constraint::AvailableFrom, Value::by(day(2027, 3, 1)),
             Value::equalDate(day(2027, 9, 30))}};
}

core::AllocationProblem twoSites() {
    core::AllocationProblem problem;
    problem.projects = {{"P017", 1.0, false}, {"P024", 1.0, false}};
    problem.sites = {{"JP-0044", 1.0}, {"YY-0009", 1.0}};
    return problem;
}

}  // namespace

class ReasonWordingTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { UiLanguage::apply(QStringLiteral("en")); }
    void englishReadsAsTheCli();
    void chineseAreaKeepsSquareMetresAndMu();
    void chineseInvestmentIntensity();
    void chinesePollutionClass();
    void chineseOtherConstraints();
    void chineseUnplacedAndNotMatched();
};

void ReasonWordingTest::englishReadsAsTheCli() {
    UiLanguage::apply(QStringLiteral("en"));
    for (const core::ConstraintFailure& failure : figureFailures()) {
        QCOMPARE(ReasonWording::value(failure.required),
                 QString::fromStdString(core::describe(failure.required)));
        QCOMPARE(ReasonWording::value(failure.actual),
                 QString::fromStdString(core::describe(failure.actual)));
    }
    QCOMPARE(ReasonWording::failure(intensity()),
             QStringLiteral("Investment intensity: needs ≥ 300 万元/亩, has 250 万元/亩 on "
                            "12,000 m² (18.0 亩)"));
}

void ReasonWordingTest::chineseAreaKeepsSquareMetresAndMu() {
    UiLanguage::apply(QStringLiteral("zh_CN"));
    QCOMPARE(
        ReasonWording::failure(landArea()),
        QStringLiteral("面积：要求 18,000–23,400 m² (27.0–35.1 亩)，实际 12,000 m² (18.0 亩)"));
    const core::ConstraintFailure vacant = vacantArea();
    QCOMPARE(ReasonWording::value(vacant.required), QStringLiteral("空置面积不少于 2,000 m²"));
    QCOMPARE(ReasonWording::value(vacant.actual), QStringLiteral("空置 1,500 m²"));
}

void ReasonWordingTest::chineseInvestmentIntensity() {
    UiLanguage::apply(QStringLiteral("zh_CN"));
    const core::ConstraintFailure failure = intensity();
    QCOMPARE(ReasonWording::value(failure.required), QStringLiteral("不低于 300 万元/亩"));
    QCOMPARE(ReasonWording::value(failure.actual),
             QStringLiteral("250 万元/亩，按用地 12,000 m² (18.0 亩) 计"));
    QCOMPARE(ReasonWording::failure(failure),
             QStringLiteral("投资强度：要求 不低于 300 万元/亩，实际 250 万元/亩，按用地 12,000 m² "
                            "(18.0 亩) 计"));
}

void ReasonWordingTest::chinesePollutionClass() {
    UiLanguage::apply(QStringLiteral("zh_CN"));
    const core::ConstraintFailure inZone = pollution("Z1");
    QCOMPARE(ReasonWording::value(inZone.required),
             QStringLiteral("不高于 2 级（园区 Z1，用地性质 M1）"));
    QCOMPARE(ReasonWording::value(inZone.actual), QStringLiteral("3 级"));
    QCOMPARE(ReasonWording::value(pollution(std::nullopt).required),
             QStringLiteral("不高于 2 级（园区外，用地性质 M1）"));
}

void ReasonWordingTest::chineseOtherConstraints() {
    UiLanguage::apply(QStringLiteral("zh_CN"));
    QCOMPARE(ReasonWording::value(far().actual), QStringLiteral("0.80（建筑面积 16,000 m²）"));
    QCOMPARE(ReasonWording::value(Value::by(day(2027, 3, 1))), QStringLiteral("不晚于 2027-03-01"));
    QCOMPARE(ReasonWording::value(Value::unknown(Unit::Metres)), QStringLiteral("未知"));
    QCOMPARE(ReasonWording::value(Value::equalCode("reserved", Unit::ParcelStatus)),
             QStringLiteral("已预留"));
    QCOMPARE(ReasonWording::value(Value::oneOf({"M1", "M2"}, Unit::LandUseClass)),
             QStringLiteral("M1、M2"));
    QCOMPARE(
        ReasonWording::value(Value::oneOf({"standard_factory", "warehouse"}, Unit::BuildingKind)),
        QStringLiteral("标准厂房、仓库"));
}

void ReasonWordingTest::chineseUnplacedAndNotMatched() {
    UiLanguage::apply(QStringLiteral("zh_CN"));
    const core::AllocationProblem problem = twoSites();
    core::UnassignedExplanation item;
    item.reason = core::UnassignedReason::Outcompeted;
    item.contested_site = 0;
    item.holders = {1};
    item.holders_value = 90.0;
    item.own_value = 80.0;
    item.other_feasible_sites = 3;
    QCOMPARE(ReasonWording::unassigned(item, problem),
             QStringLiteral("最优地块 JP-0044 被 P024 占用（对方价值 90.0，本项目 80.0）；其余 3 个"
                            "可行地块均无余量"));
    item.site_with_room = 1;
    QCOMPARE(ReasonWording::unassigned(item, problem),
             QStringLiteral("最优地块 JP-0044 被 P024 占用（对方价值 90.0，本项目 80.0）；地块 "
                            "YY-0009 尚有余量，但不用它方案总分更高"));
    item.reason = core::UnassignedReason::NotMatched;
    item.not_matched = core::NotMatched{core::NotMatchedReason::IndustryOutsideCatalogue, "I6510",
                                        core::CatalogueOrigin::Workspace, 2, 3};
    QCOMPARE(ReasonWording::unassigned(item, problem),
             QStringLiteral("行业代码 I6510 不属于工作空间产业目录中的任何门类（产业链 2 条，门类 "
                            "3 个）"));
    // And in English, one other site full reads in the singular.
    UiLanguage::apply(QStringLiteral("en"));
    item.reason = core::UnassignedReason::Outcompeted;
    item.site_with_room.reset();
    item.other_feasible_sites = 1;
    QCOMPARE(ReasonWording::unassigned(item, problem),
             QStringLiteral("Outcompeted for its best site JP-0044 by P024 (value 90.0 against its "
                            "80.0); no room on its 1 other feasible site"));
}

QTEST_MAIN(ReasonWordingTest)
#include "reason_wording_test.moc"
