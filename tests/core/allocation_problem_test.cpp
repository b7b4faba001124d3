#include <gtest/gtest.h>

#include "sitefit/core/allocation_explanation.hpp"
#include "sitefit/core/allocation_problem_json.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/reason_wording.hpp"

using namespace sitefit::core;

namespace {

// Two projects want parcel S1; A also fits S2; C fits nothing. B is mandatory.
constexpr const char* kProblem = R"({
  "projects": [{"id": "A", "priority": 2}, {"id": "B", "priority": 1, "mandatory": true},
               {"id": "C"}],
  "sites": [{"id": "S1", "capacity": 1}, {"id": "S2"}, {"id": "F", "capacity": 5000}],
  "pairs": [{"project": "A", "site": "S1", "score": 80},
            {"project": "A", "site": "S2", "score": 60},
            {"project": "B", "site": "S1", "score": 90, "demand": 1}],
  "pins": [],
  "exclusions": [{"project": "A", "site": "F"}]
})";

std::string refusal(const std::string& json) {
    try {
        (void)parseAllocationProblem(json, "p.json");
    } catch (const sitefit::Error& error) {
        EXPECT_EQ(error.kind(), sitefit::Error::Kind::Input);
        return error.what();
    }
    return "";
}

}  // namespace

TEST(AllocationProblemJson, ReadsAndWritesTheDocumentedShape) {
    const AllocationProblem p = parseAllocationProblem(kProblem, "p.json");
    ASSERT_EQ(p.projects.size(), 3U);
    EXPECT_EQ(p.projects[0].priority, 2.0);
    EXPECT_TRUE(p.projects[1].mandatory);
    EXPECT_EQ(p.projects[2].priority, 1.0);  // default
    EXPECT_EQ(p.sites[1].capacity, 1.0);     // default
    ASSERT_EQ(p.pairs.size(), 3U);
    EXPECT_EQ(p.pairs[1].site, 1U);
    EXPECT_EQ(p.pairs[1].demand, 1.0);
    EXPECT_DOUBLE_EQ(p.value(p.pairs[0]), 160.0);
    ASSERT_EQ(p.exclusions.size(), 1U);
    EXPECT_EQ(p.exclusions[0].site, 2U);
    // Round trip: written and read again, the same problem.
    const AllocationProblem again = parseAllocationProblem(allocationProblemJson(p), "again.json");
    EXPECT_EQ(allocationProblemJson(again), allocationProblemJson(p));
}

TEST(AllocationProblemJson, RefusesMalformedFilesWithThePath) {
    EXPECT_NE(refusal("{").find("not valid JSON"), std::string::npos);
    EXPECT_NE(refusal(R"({"projects": [], "sites": [], "pairs": [], "extra": 1})")
                  .find("field 'extra': unknown key 'extra'"),
              std::string::npos);
    EXPECT_NE(
        refusal(R"({"projects": [{"id": "A", "priority": "high"}], "sites": [], "pairs": []})")
            .find("field 'projects[0].priority': expected a number"),
        std::string::npos);
    EXPECT_NE(refusal(R"({"projects": [{"id": "A"}], "sites": [{"id": "S"}],
                          "pairs": [{"project": "A", "site": "T", "score": 1}]})")
                  .find("field 'pairs[0].site': site 'T' is not in the sites list"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"projects": [{"id": "A"}], "sites": [{"id": "S"}],
                          "pairs": [{"project": "A", "site": "S", "score": -1}]})")
                  .find("pairs[0]"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"projects": [{"id": "A"}], "sites": [{"id": "S", "capacity": 0}],
                          "pairs": []})")
                  .find("capacity must be a finite number > 0"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"projects": [{"id": "A"}, {"id": "A"}], "sites": [], "pairs": []})")
                  .find("duplicate project id 'A'"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"projects": [{"id": "A"}], "sites": [{"id": "S"}], "pairs": [],
                          "pins": [{"project": "A", "site": "S"}]})")
                  .find("cannot pin A to S"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"sites": [], "pairs": []})").find("projects"), std::string::npos);
}

TEST(AllocationProblemJson, NumbersBeyondRangeAreRefusedNotWrappedOrThrownAsInternal) {
    // 1e999 overflows a double: nlohmann throws out_of_range, not parse_error.
    EXPECT_NE(refusal(R"({"projects": [{"id": "A"}], "sites": [{"id": "S"}],
                          "pairs": [{"project": "A", "site": "S", "score": 1e999}]})")
                  .find("not valid JSON"),
              std::string::npos);
    // 2^32 + 1 would read as int 1, a mandatory project.
    EXPECT_NE(refusal(R"({"projects": [{"id": "A", "mandatory": 4294967297}], "sites": [],
                          "pairs": []})")
                  .find("field 'projects[0].mandatory': expected true/false (or 0/1)"),
              std::string::npos);
}

TEST(AllocationExplainer, RanksGivenUpScoreAndWhoOutcompetedWhom) {
    const AllocationProblem p = parseAllocationProblem(kProblem, "p.json");
    // The optimum: B (mandatory) takes S1, A takes S2 (120), C has no site.
    AllocationResult result;
    result.assignments = {{2}, {1}};
    const PlanExplanation e = AllocationExplainer::explain(p, result);
    ASSERT_EQ(e.assignments.size(), 2U);
    EXPECT_EQ(e.assignments[0].rank, 1);  // B got its only site
    EXPECT_DOUBLE_EQ(e.assignments[0].score_given_up, 0.0);
    EXPECT_EQ(e.assignments[1].rank, 2);  // A got its second choice
    EXPECT_DOUBLE_EQ(e.assignments[1].score_given_up, 20.0);
    ASSERT_EQ(e.unassigned.size(), 1U);
    EXPECT_EQ(p.projects[e.unassigned[0].project].id, "C");
    EXPECT_EQ(e.unassigned[0].reason, UnassignedReason::NoFeasibleSite);
    EXPECT_EQ(describe(e.unassigned[0], p),
              "no feasible site: every site fails a hard constraint (see sitefit match)");

    // Another plan: B on S1, A nowhere: A was outcompeted for S1 by B, and S2 has room.
    result.assignments = {{2}};
    const PlanExplanation f = AllocationExplainer::explain(p, result);
    ASSERT_EQ(f.unassigned.size(), 2U);
    const UnassignedExplanation& a = f.unassigned[0];
    EXPECT_EQ(p.projects[a.project].id, "A");
    EXPECT_EQ(p.sites[a.contested_site].id, "S1");
    EXPECT_EQ(a.holders, std::vector<std::size_t>{1});
    EXPECT_DOUBLE_EQ(a.own_value, 160.0);
    EXPECT_DOUBLE_EQ(a.holders_value, 90.0);
    EXPECT_EQ(a.reason, UnassignedReason::Outcompeted);
    EXPECT_EQ(a.other_feasible_sites, 1U);
    ASSERT_TRUE(a.site_with_room.has_value());
    EXPECT_EQ(p.sites[*a.site_with_room].id, "S2");
    EXPECT_EQ(describe(a, p),
              "outcompeted for its best site S1 by B (value 90.0 against its 160.0); site S2 "
              "still has room, but the plan scores higher without it");
}
