#include <gtest/gtest.h>

#include <cmath>

#include "sitefit/core/error.hpp"
#include "sitefit/core/matcher.hpp"
#include "sitefit/core/reason_wording.hpp"
#include "sitefit/core/units.hpp"
#include "sitefit/core/weight_sensitivity.hpp"

using namespace sitefit::core;

namespace {

Date day(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// Zone Z1 (leads MED, pollution ≤ 2, 200 万元/亩), zone Z2 (leads EQP, pollution ≤ 1).
// Catalogue: MED01 (APIs, M2/M3, class 2) supplies MED02 (formulations, M1/M2, class 1);
// EQP01 in another chain.
struct World {
    District district;
    RulePack rules;
    std::vector<SiteFacts> sites;

    World() {
        Zone z1;
        z1.zone_id = "Z1";
        z1.leading_chains = {"MED"};
        z1.max_pollution_class = 2;
        z1.min_investment_intensity_wan_per_mu = 200.0;
        Zone z2;
        z2.zone_id = "Z2";
        z2.leading_chains = {"EQP"};
        z2.max_pollution_class = 1;
        z2.kind = ZoneKind::HighTechZone;
        district.zones = {z1, z2};
        district.catalogue.chains = {{"MED", "医药健康", "Health"},
                                     {"EQP", "高端装备", "Equipment"}};
        district.catalogue.categories = {
            {"MED01", "MED", "原料药", "APIs", {"M2", "M3"}, 2},
            {"MED02", "MED", "化学制剂", "Formulations", {"M1", "M2"}, 1},
            {"EQP01", "EQP", "精密零部件", "Precision parts", {"M1", "M2"}, 1},
        };
        district.catalogue.links = {{"MED01", "MED02"}};
        Enterprise leader;
        leader.enterprise_id = "E1";
        leader.category_code = "MED01";
        leader.role = EnterpriseRole::ChainLeader;
        district.enterprises = {leader};
        rules.intensity_min_by_zone_kind = {{ZoneKind::HighTechZone, 300.0}};
        rules.far_min_by_chain = {{"MED", 0.7}};
    }

    // A 20,000 m² (30 亩) available M2 parcel in Z1.
    static SiteFacts parcel(const std::string& id, double area_m2 = 20000.0) {
        SiteFacts s;
        s.type = SiteType::Parcel;
        s.site_id = id;
        s.zone = 0;
        s.area_m2 = area_m2;
        s.land_use = "M2";
        s.far_min = 1.0;
        s.far_max = 2.5;
        s.land_price_wan_per_mu = 20.0;
        s.power_kva = 2000.0;
        return s;
    }

    // 3,000 m² vacant in a standard factory in Z1, 8 kN/m², 6 m clear.
    static SiteFacts space(const std::string& id) {
        SiteFacts s;
        s.type = SiteType::Space;
        s.site_id = id;
        s.zone = 0;
        s.building_kind = BuildingKind::StandardFactory;
        s.vacant_m2 = 3000.0;
        s.floor_load_kn_m2 = 8.0;
        s.clear_height_m = 6.0;
        s.rent_yuan_m2_month = 18.0;
        return s;
    }

    // A formulation plant on 18,000 m² (27 亩), 6,000 万元, 24,000 m² of floor, 1,500 kVA.
    static Project landProject() {
        Project p;
        p.project_id = "J1";
        p.category_code = "MED02";
        p.need = ProjectNeed::Land;
        p.land_m2 = 18000.0;
        p.floor_m2 = 24000.0;
        p.investment_wan = 9000.0;
        p.power_kva = 1500.0;
        p.pollution_class = 1;
        p.needed_by = day(2026, 6, 30);
        p.jobs = 100;
        return p;
    }

    static Project spaceProject() {
        Project p;
        p.project_id = "J2";
        p.category_code = "MED02";
        p.need = ProjectNeed::Space;
        p.floor_m2 = 2000.0;
        p.floor_load_kn_m2 = 7.5;
        p.clear_height_m = 5.5;
        return p;
    }

    ProjectMatch run(const Project& project) {
        district.projects = {project};
        const IndustryCatalogue catalogue(district.catalogue, district.enterprises);
        const Matcher matcher(district, catalogue, rules, sites, day(2025, 1, 1));
        return matcher.match(0);
    }

    // The reasons the single site was rejected for, or {} when it is a candidate.
    std::vector<ConstraintFailure> reasons(const Project& project, const SiteFacts& site) {
        sites = {site};
        const ProjectMatch m = run(project);
        return m.rejected.empty() ? std::vector<ConstraintFailure>{} : m.rejected[0].reasons;
    }
};

// One failure, worded in English as the CLI prints it.
void expectOnly(const std::vector<ConstraintFailure>& reasons, Constraint constraint,
                const std::string& required, const std::string& actual) {
    ASSERT_EQ(reasons.size(), 1U) << (reasons.empty() ? "feasible"
                                                      : toString(reasons[0].constraint));
    EXPECT_EQ(reasons[0].constraint, constraint);
    EXPECT_EQ(describe(reasons[0].required), required);
    EXPECT_EQ(describe(reasons[0].actual), actual);
}

}  // namespace

TEST(MatcherConstraints, AFittingParcelIsACandidate) {
    World w;
    EXPECT_TRUE(w.reasons(World::landProject(), World::parcel("P1")).empty());
}

TEST(MatcherConstraints, StatusMustBeAvailable) {
    World w;
    SiteFacts site = World::parcel("P1");
    site.status = ParcelStatus::Reserved;
    expectOnly(w.reasons(World::landProject(), site), Constraint::Status, "available", "reserved");
}

TEST(MatcherConstraints, AreaMustLieBetweenNeedAndTolerance) {
    World w;
    // need 18,000 m² (27 亩) … 23,400 m² (35.1 亩) with the 30 % tolerance
    expectOnly(w.reasons(World::landProject(), World::parcel("P1", 17000.0)), Constraint::Area,
               "18,000–23,400 m² (27.0–35.1 亩)", "17,000 m² (25.5 亩)");
    expectOnly(w.reasons(World::landProject(), World::parcel("P1", 24000.0)), Constraint::Area,
               "18,000–23,400 m² (27.0–35.1 亩)", "24,000 m² (36.0 亩)");
    EXPECT_TRUE(w.reasons(World::landProject(), World::parcel("P1", 23400.0)).empty());
}

TEST(MatcherConstraints, LandUseMustSuitTheCategory) {
    World w;
    SiteFacts site = World::parcel("P1");
    site.land_use = "M3";
    site.far_min.reset();
    auto reasons = w.reasons(World::landProject(), site);
    ASSERT_FALSE(reasons.empty());
    EXPECT_EQ(reasons[0].constraint, Constraint::LandUse);
    EXPECT_EQ(reasons[0].required,
              ConstraintValue::oneOf({"M1", "M2"}, ConstraintUnit::LandUseClass));
    EXPECT_EQ(reasons[0].actual, ConstraintValue::equalCode("M3", ConstraintUnit::LandUseClass));
    EXPECT_EQ(describe(reasons[0].required), "M1, M2");
    EXPECT_EQ(describe(reasons[0].actual), "M3");
}

TEST(MatcherConstraints, PollutionClassAgainstZoneAndLandUse) {
    World w;
    Project project = World::landProject();
    project.category_code = "MED01";  // APIs, allowed on M2/M3
    project.pollution_class = 3;
    expectOnly(w.reasons(project, World::parcel("P1")), Constraint::PollutionClass,
               "class ≤ 2 (zone Z1, land use M2)", "class 3");
    SiteFacts inZ2 = World::parcel("P2");
    inZ2.zone = 1;
    project.pollution_class = 2;
    project.investment_wan = 30.0 * 300.0;  // meets Z2's 300 万元/亩 on 30 亩
    expectOnly(w.reasons(project, inZ2), Constraint::PollutionClass,
               "class ≤ 1 (zone Z2, land use M2)", "class 2");
}

TEST(MatcherConstraints, InvestmentIntensityFromZoneOrRulePack) {
    World w;
    Project project = World::landProject();
    project.investment_wan = 5000.0;  // 5,000 / 30 亩 = 167 万元/亩 < 200 (zone attribute)
    expectOnly(w.reasons(project, World::parcel("P1")), Constraint::InvestmentIntensity,
               "≥ 200 万元/亩", "167 万元/亩 on 20,000 m² (30.0 亩)");
    SiteFacts inZ2 = World::parcel("P2");
    inZ2.zone = 1;  // no zone attribute: the rule pack's 300 for high-tech zones applies
    project.investment_wan = 8000.0;  // 267 万元/亩
    expectOnly(w.reasons(project, inZ2), Constraint::InvestmentIntensity, "≥ 300 万元/亩",
               "267 万元/亩 on 20,000 m² (30.0 亩)");
}

TEST(MatcherConstraints, FarMustReachTheMinimumAndStayUnderTheMaximum) {
    World w;
    Project project = World::landProject();
    project.floor_m2 = 16000.0;  // 0.80 on 20,000 m²; Jiangsu north needs 1.0 on M2
    expectOnly(w.reasons(project, World::parcel("P1")), Constraint::Far, "1.00–2.50",
               "0.80 (16,000 m² of floor)");
    project.floor_m2 = 60000.0;  // 3.00 > far_max 2.5
    expectOnly(w.reasons(project, World::parcel("P1")), Constraint::Far, "1.00–2.50",
               "3.00 (60,000 m² of floor)");
}

TEST(MatcherConstraints, PowerAndDates) {
    World w;
    SiteFacts site = World::parcel("P1");
    site.power_kva = 1000.0;
    expectOnly(w.reasons(World::landProject(), site), Constraint::Power, "≥ 1,500 kVA",
               "1,000 kVA");
    site = World::parcel("P1");
    site.available_from = day(2026, 9, 1);
    expectOnly(w.reasons(World::landProject(), site), Constraint::AvailableFrom, "by 2026-06-30",
               "2026-09-01");
}

TEST(MatcherConstraints, SpaceNeedsVacancyLoadHeightAndAKindOfBuilding) {
    World w;
    EXPECT_TRUE(w.reasons(World::spaceProject(), World::space("B1")).empty());
    SiteFacts site = World::space("B1");
    site.vacant_m2 = 1500.0;
    expectOnly(w.reasons(World::spaceProject(), site), Constraint::Area, "≥ 2,000 m² vacant",
               "1,500 m² vacant");
    site = World::space("B1");
    site.floor_load_kn_m2 = 6.5;
    expectOnly(w.reasons(World::spaceProject(), site), Constraint::FloorLoad, "≥ 7.5 kN/m²",
               "6.5 kN/m²");
    site = World::space("B1");
    site.clear_height_m.reset();
    expectOnly(w.reasons(World::spaceProject(), site), Constraint::ClearHeight, "≥ 5.5 m",
               "unknown");
    site = World::space("B1");
    site.building_kind = BuildingKind::Residential;
    expectOnly(w.reasons(World::spaceProject(), site), Constraint::BuildingKind,
               "standard_factory, incubator, rnd_office, warehouse", "residential");
}

TEST(MatcherConstraints, EveryFailingConstraintIsListed) {
    World w;
    SiteFacts site = World::parcel("P1", 5000.0);
    site.status = ParcelStatus::Reserved;
    site.power_kva = 10.0;
    const auto reasons = w.reasons(World::landProject(), site);
    std::vector<Constraint> names;
    for (const auto& r : reasons) {
        names.push_back(r.constraint);
    }
    // 9,000 万元 on 7.5 亩 is 1,200 万元/亩: intensity passes; 24,000 m² on 5,000 m² is FAR 4.8.
    EXPECT_EQ(names, (std::vector<Constraint>{Constraint::Status, Constraint::Area, Constraint::Far,
                                              Constraint::Power}));
}

TEST(MatcherCriteria, CloserChainPartnerScoresHigher) {
    World w;
    SiteFacts near = World::parcel("P1");
    near.nearest_enterprise_m_by_category = {{"MED01", 500.0}};
    near.nearest_chain_leader_m_by_chain = {{"MED", 500.0}};
    SiteFacts far = World::parcel("P2");
    far.nearest_enterprise_m_by_category = {{"MED01", 5000.0}};
    far.nearest_chain_leader_m_by_chain = {{"MED", 5000.0}};
    w.sites = {far, near};
    const ProjectMatch m = w.run(World::landProject());
    ASSERT_EQ(m.candidates.size(), 2U);
    EXPECT_EQ(w.sites[m.candidates[0].site].site_id, "P1");
    const double nearSynergy = m.candidates[0].criteria.at(Criterion::ChainSynergy);
    const double farSynergy = m.candidates[1].criteria.at(Criterion::ChainSynergy);
    // 500 m with a 2 km half distance: 0.5^0.25 = 0.8409 for all three partner kinds.
    EXPECT_NEAR(nearSynergy, std::pow(0.5, 0.25), 1e-9);
    EXPECT_NEAR(farSynergy, std::pow(0.5, 2.5), 1e-9);
}

TEST(MatcherCriteria, BiggerOversizeScoresLower) {
    World w;
    w.sites = {World::parcel("P1", 22000.0), World::parcel("P2", 18000.0)};
    const ProjectMatch m = w.run(World::landProject());
    ASSERT_EQ(m.candidates.size(), 2U);
    EXPECT_EQ(w.sites[m.candidates[0].site].site_id, "P2");
    EXPECT_DOUBLE_EQ(m.candidates[0].criteria.at(Criterion::SizeFit), 1.0);
    // 4,000 m² over of 5,400 m² allowed
    EXPECT_NEAR(m.candidates[1].criteria.at(Criterion::SizeFit), 1.0 - 4000.0 / 5400.0, 1e-12);
}

TEST(MatcherCriteria, ZoneOrientationPreferenceCostReadinessAndHousing) {
    World w;
    Project project = World::landProject();
    project.preferred_zone = "Z1";
    SiteFacts site = World::parcel("P1");
    site.available_from = day(2025, 7, 2);              // 182 days after 2025-01-01
    site.residential_floor_m2_within_commute = 1500.0;  // half the 3,000 m² for 100 jobs
    w.sites = {site};
    const ProjectMatch m = w.run(project);
    ASSERT_EQ(m.candidates.size(), 1U);
    const auto& c = m.candidates[0].criteria;
    EXPECT_DOUBLE_EQ(c.at(Criterion::ZoneOrientation), 1.0);
    EXPECT_DOUBLE_EQ(c.at(Criterion::PreferredZone), 1.0);
    // land cost 20 万元/亩 × 30 亩 = 600 of 9,000 万元 = 6.7 % of a 30 % ceiling
    EXPECT_NEAR(c.at(Criterion::Cost), 1.0 - (600.0 / 9000.0) / 0.3, 1e-12);
    EXPECT_NEAR(c.at(Criterion::Readiness), 1.0 - 182.0 / 365.0, 1e-12);
    EXPECT_NEAR(c.at(Criterion::JobHousing), 0.8 * 0.5, 1e-12);
    EXPECT_DOUBLE_EQ(c.at(Criterion::ChainGap), 1.0);  // no MED02 enterprise yet: 补链
    EXPECT_NEAR(m.candidates[0].score, Matcher::total(c, w.rules.weights), 1e-12);
}

TEST(MatcherCriteria, CheaperRentScoresHigherAndTiesBreakBySiteId) {
    World w;
    SiteFacts cheap = World::space("B2");
    cheap.rent_yuan_m2_month = 12.0;
    SiteFacts dear = World::space("B1");
    dear.rent_yuan_m2_month = 30.0;
    SiteFacts twin = World::space("B3");
    twin.rent_yuan_m2_month = 12.0;
    w.sites = {twin, dear, cheap};
    const ProjectMatch m = w.run(World::spaceProject());
    ASSERT_EQ(m.candidates.size(), 3U);
    EXPECT_EQ(w.sites[m.candidates[0].site].site_id, "B2");  // tie with B3, B2 first
    EXPECT_EQ(w.sites[m.candidates[1].site].site_id, "B3");
    EXPECT_EQ(w.sites[m.candidates[2].site].site_id, "B1");
    EXPECT_NEAR(m.candidates[0].criteria.at(Criterion::Cost), (35.0 - 12.0) / 25.0, 1e-12);
    EXPECT_EQ(m.candidates[2].rank, 3);
}

TEST(Matcher, OnlySitesOfTheNeededTypeAreConsidered) {
    World w;
    w.sites = {World::parcel("P1"), World::space("B1")};
    const ProjectMatch m = w.run(World::spaceProject());
    EXPECT_EQ(m.candidates.size() + m.rejected.size(), 1U);
}

TEST(Matcher, RefusesAProjectOfAnUnknownCategory) {
    World w;
    Project project = World::landProject();
    project.category_code = "XYZ";
    w.district.projects = {project};
    const IndustryCatalogue catalogue(w.district.catalogue, w.district.enterprises);
    EXPECT_THROW(Matcher(w.district, catalogue, w.rules, w.sites, day(2025, 1, 1)), sitefit::Error);
}

TEST(Matcher, AProjectOutsideTheCatalogueIsNotMatchedAndSaysWhy) {
    World w;
    w.sites = {World::parcel("P1", 10000.0)};
    Project project = World::landProject();
    project.category_code = "";  // its industry code is in no category
    project.industry_code = "I6510";
    w.district.projects = {project, World::landProject()};
    const IndustryCatalogue catalogue(w.district.catalogue, w.district.enterprises);
    const Matcher matcher(w.district, catalogue, w.rules, w.sites, day(2025, 1, 1));
    const std::vector<ProjectMatch> all = matcher.matchAll();
    ASSERT_EQ(all.size(), 2U);
    EXPECT_TRUE(all[0].candidates.empty());
    EXPECT_TRUE(all[0].rejected.empty());
    ASSERT_TRUE(all[0].not_matched.has_value());
    EXPECT_EQ(all[0].not_matched->reason, NotMatchedReason::IndustryOutsideCatalogue);
    EXPECT_EQ(all[0].not_matched->industry_code, "I6510");
    EXPECT_EQ(describe(*all[0].not_matched),
              "industry code I6510 is in no category of the catalogue (the workspace's (2 chains, "
              "3 categories))");
    // The other project is matched as before.
    EXPECT_FALSE(all[1].not_matched.has_value());
    EXPECT_EQ(all[1].candidates.size() + all[1].rejected.size(), 1U);
}

TEST(Matcher, CandidatesOnlyGivesTheSameRankingWithoutRejections) {
    World w;
    w.sites = {World::parcel("P1", 10000.0), World::parcel("P2", 20000.0),
               World::parcel("P3", 19000.0), World::parcel("P4", 40000.0), World::space("B1")};
    w.district.projects = {World::landProject()};
    const IndustryCatalogue catalogue(w.district.catalogue, w.district.enterprises);
    const Matcher matcher(w.district, catalogue, w.rules, w.sites, day(2025, 1, 1));
    const ProjectMatch full = matcher.match(0);
    const ProjectMatch fast = matcher.match(0, Matcher::Detail::CandidatesOnly);
    ASSERT_EQ(full.candidates.size(), 2U);  // P2 and P3; P1 too small, P4 too big
    ASSERT_EQ(fast.candidates.size(), full.candidates.size());
    for (std::size_t i = 0; i < full.candidates.size(); ++i) {
        EXPECT_EQ(fast.candidates[i].site, full.candidates[i].site);
        EXPECT_DOUBLE_EQ(fast.candidates[i].score, full.candidates[i].score);
    }
    EXPECT_EQ(full.rejected.size(), 2U);
    EXPECT_TRUE(fast.rejected.empty());
}

TEST(WeightSensitivity, ReportsOnlyTheShiftsThatReorderTheTopThree) {
    // Two candidates: S1 strong on cost (1.0) and weak on size fit (0.0); S2 the reverse
    // but slightly ahead on size fit weight: with weights cost 10, size_fit 10.5,
    // S2 = 10.5 / 20.5 and S1 = 10 / 20.5. Cost × 1.1 (11) puts S1 first; cost × 0.9 does
    // not; size_fit × 0.9 (9.45) puts S1 first; size_fit × 1.1 does not.
    std::vector<SiteFacts> sites(2);
    sites[0].site_id = "S1";
    sites[1].site_id = "S2";
    ProjectMatch match;
    match.candidates = {{1, 1, 0.0, {{Criterion::Cost, 0.0}, {Criterion::SizeFit, 1.0}}},
                        {0, 2, 0.0, {{Criterion::Cost, 1.0}, {Criterion::SizeFit, 0.0}}}};
    const std::map<Criterion, double> weights{{Criterion::Cost, 10.0}, {Criterion::SizeFit, 10.5}};
    const auto shifts = WeightSensitivity::analyse({match}, sites, weights);
    ASSERT_EQ(shifts.size(), 4U);  // two weights × (−10 %, +10 %)
    std::map<std::pair<Criterion, bool>, std::size_t> changes;
    for (const WeightShift& shift : shifts) {
        changes[{shift.criterion, shift.factor > 1.0}] = shift.changes.size();
    }
    EXPECT_EQ((changes[{Criterion::Cost, true}]), 1U);
    EXPECT_EQ((changes[{Criterion::Cost, false}]), 0U);
    EXPECT_EQ((changes[{Criterion::SizeFit, false}]), 1U);
    EXPECT_EQ((changes[{Criterion::SizeFit, true}]), 0U);
    for (const WeightShift& shift : shifts) {
        for (const TopThreeChange& change : shift.changes) {
            EXPECT_EQ(change.before, (std::vector<std::string>{"S2", "S1"}));
            EXPECT_EQ(change.after, (std::vector<std::string>{"S1", "S2"}));
        }
    }
}
