#include "sitefit/planning/stored_links.hpp"

#include <gtest/gtest.h>

namespace sitefit::planning {
namespace {

using core::PlanLinkKind;

core::PlanLink stored(const char* project, const char* site, PlanLinkKind kind) {
    return core::PlanLink{project, site, kind, "why"};
}

TEST(StoredLinks, ApplyWhenTheRequestSaysNothingOfThem) {
    core::PlanRequest request;
    const StoredLinks merged = mergeStoredLinks(
        {stored("P1", "S1", PlanLinkKind::Pin), stored("P2", "S2", PlanLinkKind::Exclude)},
        request);
    ASSERT_EQ(merged.applied.size(), 2U);
    EXPECT_TRUE(merged.overridden.empty());
    ASSERT_EQ(request.pins.size(), 1U);
    EXPECT_EQ(request.pins[0].project_id, "P1");
    EXPECT_EQ(request.pins[0].site_id, "S1");
    ASSERT_EQ(request.exclusions.size(), 1U);
    EXPECT_EQ(request.exclusions[0].site_id, "S2");
}

TEST(StoredLinks, AnAdHocPinOfTheProjectReplacesItsStoredPin) {
    core::PlanRequest request{{{"P1", "S9"}}, {}};
    const StoredLinks merged = mergeStoredLinks({stored("P1", "S1", PlanLinkKind::Pin)}, request);
    EXPECT_TRUE(merged.applied.empty());
    ASSERT_EQ(merged.overridden.size(), 1U);
    EXPECT_EQ(merged.overridden[0].stored.site_id, "S1");
    EXPECT_EQ(merged.overridden[0].by_kind, PlanLinkKind::Pin);
    EXPECT_EQ(merged.overridden[0].by.site_id, "S9");
    ASSERT_EQ(request.pins.size(), 1U);  // the ad-hoc pin alone
    EXPECT_EQ(request.pins[0].site_id, "S9");
}

TEST(StoredLinks, AnAdHocLinkOfTheOtherKindForThePairOverridesTheStoredOne) {
    core::PlanRequest excluding{{}, {{"P1", "S1"}}};
    const StoredLinks pinOverridden =
        mergeStoredLinks({stored("P1", "S1", PlanLinkKind::Pin)}, excluding);
    ASSERT_EQ(pinOverridden.overridden.size(), 1U);
    EXPECT_EQ(pinOverridden.overridden[0].by_kind, PlanLinkKind::Exclude);
    EXPECT_TRUE(excluding.pins.empty());

    core::PlanRequest pinning{{{"P1", "S1"}}, {}};
    const StoredLinks exclusionOverridden =
        mergeStoredLinks({stored("P1", "S1", PlanLinkKind::Exclude)}, pinning);
    ASSERT_EQ(exclusionOverridden.overridden.size(), 1U);
    EXPECT_EQ(exclusionOverridden.overridden[0].by_kind, PlanLinkKind::Pin);
    EXPECT_TRUE(pinning.exclusions.empty());
}

TEST(StoredLinks, ALinkGivenAgainIsAppliedOnce) {
    core::PlanRequest request{{{"P1", "S1"}}, {{"P2", "S2"}}};
    const StoredLinks merged = mergeStoredLinks(
        {stored("P1", "S1", PlanLinkKind::Pin), stored("P2", "S2", PlanLinkKind::Exclude)},
        request);
    EXPECT_EQ(merged.applied.size(), 2U);
    EXPECT_TRUE(merged.overridden.empty());
    EXPECT_EQ(request.pins.size(), 1U);
    EXPECT_EQ(request.exclusions.size(), 1U);
}

}  // namespace
}  // namespace sitefit::planning
