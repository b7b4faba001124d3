// The problem report every data check fills: counts, grouping by rule, the capped text and
// the JSON that `sitefit check --json` and `capacity --json` print.
#include "sitefit/core/data_problem.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

using namespace sitefit::core;

namespace {

DataProblem problem(const char* rule, Severity severity, const char* layer, const char* feature,
                    const char* field, const char* message) {
    DataProblem p;
    p.rule = rule;
    p.severity = severity;
    p.layer = layer;
    p.feature = feature;
    p.field = field;
    p.message = message;
    return p;
}

// Three rules met in this order: value (2 errors), parcel_overlap (1 warning), then
// vacant_over_floor_area (1 warning, 1 error).
ProblemReport mixedReport() {
    ProblemReport report;
    report.add(
        problem("value", Severity::Error, "parcels", "P3", "far_max", "must not be negative"));
    DataProblem overlap = problem("parcel_overlap", Severity::Warning, "parcels", "P1", "geometry",
                                  "the parcels overlap by 560.0 m²");
    overlap.other_feature = "P2";
    overlap.location = ProblemLocation{400190.0, 3800114.0};
    report.add(overlap);
    report.add(problem("vacant_over_floor_area", Severity::Warning, "buildings", "B1", "vacant_m2",
                       "clamped"));
    report.add(problem("value", Severity::Error, "buildings", "B2", "floors", "must be between"));
    report.add(problem("vacant_over_floor_area", Severity::Error, "buildings", "B3", "vacant_m2",
                       "more than the 1 % tolerance"));
    return report;
}

}  // namespace

TEST(ProblemReport, CountsErrorsAndWarningsByRuleInTheOrderMet) {
    const ProblemReport report = mixedReport();
    EXPECT_EQ(report.errorCount(), 3U);
    EXPECT_EQ(report.warningCount(), 2U);
    EXPECT_TRUE(report.hasErrors());
    const auto counts = report.countsByRule();
    ASSERT_EQ(counts.size(), 3U);
    EXPECT_EQ(counts[0].rule, "value");
    EXPECT_EQ(counts[0].count, 2U);
    EXPECT_EQ(counts[0].severity, Severity::Error);
    EXPECT_EQ(counts[1].rule, "parcel_overlap");
    EXPECT_EQ(counts[1].severity, Severity::Warning);
    // A rule with both takes the worse severity.
    EXPECT_EQ(counts[2].rule, "vacant_over_floor_area");
    EXPECT_EQ(counts[2].errors, 1U);
    EXPECT_EQ(counts[2].warnings, 1U);
    EXPECT_EQ(counts[2].severity, Severity::Error);

    ProblemReport clean;
    EXPECT_TRUE(clean.empty());
    EXPECT_FALSE(clean.hasErrors());
    clean.append(report);
    EXPECT_EQ(clean.problems().size(), 5U);
}

TEST(ProblemReport, TextGroupsByRuleAndCapsTheLinesButNotTheHeadings) {
    const ProblemReport report = mixedReport();
    EXPECT_EQ(report.text(),
              "value: 2 errors\n"
              "  error: parcels P3 far_max: must not be negative\n"
              "  error: buildings B2 floors: must be between\n"
              "parcel_overlap: 1 warning\n"
              "  warning: parcels P1 and P2 geometry: the parcels overlap by 560.0 m²\n"
              "vacant_over_floor_area: 1 error, 1 warning\n"
              "  warning: buildings B1 vacant_m2: clamped\n"
              "  error: buildings B3 vacant_m2: more than the 1 % tolerance\n");
    EXPECT_EQ(report.text(1),
              "value: 2 errors\n"
              "  error: parcels P3 far_max: must not be negative\n"
              "  … 1 more\n"
              "parcel_overlap: 1 warning\n"
              "  … 1 more\n"
              "vacant_over_floor_area: 1 error, 1 warning\n"
              "  … 2 more\n");
}

TEST(ProblemReport, JsonHoldsEveryProblemWithItsLocationWhenItHasOne) {
    const nlohmann::json json = nlohmann::json::parse(mixedReport().json());
    EXPECT_EQ(json["errors"], 3);
    EXPECT_EQ(json["warnings"], 2);
    ASSERT_EQ(json["rules"].size(), 3U);
    EXPECT_EQ(json["rules"][2]["rule"], "vacant_over_floor_area");
    EXPECT_EQ(json["rules"][2]["severity"], "error");
    EXPECT_EQ(json["rules"][2]["count"], 2);
    ASSERT_EQ(json["problems"].size(), 5U);
    const nlohmann::json& overlap = json["problems"][1];
    EXPECT_EQ(overlap["other_feature"], "P2");
    EXPECT_EQ(overlap["x"], 400190.0);
    EXPECT_EQ(overlap["y"], 3800114.0);
    const nlohmann::json& value = json["problems"][0];
    EXPECT_FALSE(value.contains("x"));
    EXPECT_FALSE(value.contains("other_feature"));
    EXPECT_EQ(value["severity"], "error");
    EXPECT_EQ(value["field"], "far_max");
}
