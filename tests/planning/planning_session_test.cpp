#include "sitefit/planning/planning_session.hpp"
#include "sitefit/planning/investor_session.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>

#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/progress.hpp"

namespace sitefit::planning {
namespace {

using Detail = core::Matcher::Detail;

// The sample, read once for the suite: the figures below are those `sitefit allocate
// sample-data/haizhou.gpkg --as-of 2026-12-01` prints.
const PlanningSession& sample() {
    static const std::unique_ptr<const PlanningSession> session = [] {
        core::SilentProgress quiet;
        return std::make_unique<const PlanningSession>(
            SITEFIT_SAMPLE, core::defaultRulePack(),
            core::Date(std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{1}),
            quiet);
    }();
    return *session;
}

AllocationPlan planOf(const PlanRequestLinks& links) {
    core::SilentProgress quiet;
    return sample().plan(links, SolverSettings{}, quiet);
}

std::string siteOf(const AllocationPlan& plan, const std::string& project) {
    const auto row = plan.rowOf(sample().projectIndex(project));
    return row ? sample().sites()[row->site].site_id : std::string();
}

TEST(PlanningSession, PlansTheSampleAsAllocatePrintsIt) {
    const AllocationPlan plan = planOf(planRequestLinks({}, {}));
    EXPECT_EQ(plan.result.status, core::AllocationStatus::Optimal);
    EXPECT_EQ(plan.built.problem.projects.size(), 48U);
    EXPECT_EQ(plan.built.problem.sites.size(), 370U);
    EXPECT_NEAR(plan.result.objective, 10232.7, 0.05);
    EXPECT_EQ(plan.rows().size(), 42U);
    EXPECT_EQ(plan.utilisation.projects_placed, 42);
    EXPECT_EQ(plan.explanation.unassigned.size(), 6U);
    EXPECT_DOUBLE_EQ(plan.utilisation.floor_placed_m2, 33100.0);

    const std::vector<gis::ResultLayer> layers = sample().planLayers(plan);
    ASSERT_EQ(layers.size(), 2U);
    EXPECT_EQ(layers[0].name, "allocation_plan");
    EXPECT_EQ(layers[0].table.rows.size(), 42U);
    EXPECT_EQ(layers[0].geometries.size(), 42U);
    EXPECT_EQ(layers[1].name, "allocation_unplaced");
    EXPECT_EQ(layers[1].table.rows.size(), 6U);
}

TEST(PlanningSession, StoredLinksShapeThePlanAndAnAdHocPinOverridesOne) {
    const AllocationPlan free = planOf(planRequestLinks({}, {}));
    const std::string p3 = siteOf(free, "P003");
    const std::string p4 = siteOf(free, "P004");
    ASSERT_FALSE(p3.empty());
    ASSERT_FALSE(p4.empty());
    const std::vector<core::PlanLink> stored{{"P003", p3, core::PlanLinkKind::Pin, ""},
                                             {"P004", p4, core::PlanLinkKind::Exclude, ""}};

    const AllocationPlan linked = planOf(planRequestLinks({}, stored));
    EXPECT_EQ(linked.links.stored.applied.size(), 2U);
    EXPECT_EQ(siteOf(linked, "P003"), p3);
    EXPECT_NE(siteOf(linked, "P004"), p4);

    // The request's pin of P004 to the site the stored exclusion shuts.
    const AllocationPlan overridden = planOf(planRequestLinks({{{"P004", p4}}, {}}, stored));
    ASSERT_EQ(overridden.links.stored.overridden.size(), 1U);
    EXPECT_EQ(overridden.links.stored.overridden[0].stored.project_id, "P004");
    EXPECT_EQ(siteOf(overridden, "P004"), p4);

    // Left out, they play no part.
    const AllocationPlan ignored = planOf(planRequestLinks({}, stored, false));
    EXPECT_TRUE(ignored.links.stored.applied.empty());
    EXPECT_EQ(siteOf(ignored, "P004"), p4);
}

TEST(PlanningSession, APinTheSiteCannotTakeIsRefusedNamingProjectAndSite) {
    core::SilentProgress quiet;
    const PlanRequestLinks links = planRequestLinks({{{"P001", "NO-SUCH-SITE"}}, {}}, {});
    try {
        (void)sample().plan(links, SolverSettings{}, quiet);
        FAIL() << "a pin to a site that does not exist was taken";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Usage);
        EXPECT_NE(error.message().find("NO-SUCH-SITE"), std::string::npos) << error.what();
    }
}

TEST(PlanningSession, AnEditedDistrictIsPlannedWithoutChangingTheSession) {
    core::District edited = sample().district();
    const std::size_t p1 = sample().projectIndex("P001");
    edited.projects[p1].land_m2 = 1.0e9;  // no parcel of the district is that large
    core::SilentProgress quiet;
    const AllocationPlan plan = sample().plan(edited, planRequestLinks({}, {}), {}, quiet);
    EXPECT_FALSE(plan.rowOf(p1).has_value());

    const AllocationPlan again = planOf(planRequestLinks({}, {}));
    EXPECT_TRUE(again.rowOf(p1).has_value());
}

TEST(PlanningSession, ARequirementAloneMatchesAsTheSameProjectInTheWorkspace) {
    const std::size_t p1 = sample().projectIndex("P001");
    const core::ProjectMatch inWorkspace = sample().match(p1);
    const core::ProjectMatch alone = sample().matchRequirement(sample().district().projects[p1]);
    ASSERT_FALSE(inWorkspace.candidates.empty());
    ASSERT_EQ(alone.candidates.size(), inWorkspace.candidates.size());
    for (std::size_t i = 0; i < alone.candidates.size(); ++i) {
        EXPECT_EQ(alone.candidates[i].site, inWorkspace.candidates[i].site);
        EXPECT_DOUBLE_EQ(alone.candidates[i].score, inWorkspace.candidates[i].score);
    }
}

TEST(PlanningSession, AFilterNarrowsTheSitesButKeepsTheSessionsIndices) {
    const auto large = [](const core::SiteFacts& site) {
        return site.type == core::SiteType::Parcel && site.area_m2 >= 60000.0;
    };
    const std::vector<core::ProjectMatch> filtered =
        sample().matchAll(Detail::CandidatesOnly, large);
    const std::vector<core::ProjectMatch> all = sample().matchAll(Detail::CandidatesOnly);
    ASSERT_EQ(filtered.size(), all.size());
    std::size_t kept = 0;
    std::size_t total = 0;
    for (std::size_t p = 0; p < filtered.size(); ++p) {
        total += all[p].candidates.size();
        for (const core::Candidate& c : filtered[p].candidates) {
            EXPECT_TRUE(large(sample().sites().at(c.site))) << sample().sites()[c.site].site_id;
            ++kept;
        }
    }
    EXPECT_GT(kept, 0U);
    EXPECT_LT(kept, total);
}

// An investor's session holds the district's enterprises without their own figures, and no
// project; so its listing has no enterprise total either, where the planner's, made from
// the same file, has them for the zones with enough enterprises ([disclosure]).
TEST(InvestorSession, HoldsNoProjectNorAnyEnterprisesFigure) {
    core::SilentProgress quiet;
    const InvestorSession investor(SITEFIT_SAMPLE, core::defaultRulePack(), sample().asOf(), quiet);
    EXPECT_FALSE(investor.holdsProjects());
    EXPECT_TRUE(investor.district().projects.empty());
    ASSERT_EQ(investor.district().enterprises.size(), sample().district().enterprises.size());
    EXPECT_TRUE(std::none_of(investor.district().enterprises.begin(),
                             investor.district().enterprises.end(),
                             [](const core::Enterprise& e) { return e.annual_output_yi; }));
    EXPECT_TRUE(std::any_of(sample().district().enterprises.begin(),
                            sample().district().enterprises.end(),
                            [](const core::Enterprise& e) { return e.annual_output_yi; }));

    const auto totals = [](const core::Listing& listing) {
        return std::count_if(listing.zones.begin(), listing.zones.end(),
                             [](const core::ListedZone& z) { return z.chain_output_yi; });
    };
    EXPECT_GT(totals(sample().listing({})), 0);
    EXPECT_EQ(totals(investor.listing({})), 0);
}

}  // namespace
}  // namespace sitefit::planning
