#include "sitefit/core/disclosure.hpp"

#include <gtest/gtest.h>

#include <vector>

using namespace sitefit::core;

namespace {

std::optional<double> total(const std::vector<double>& figures, DisclosureRules rules = {}) {
    return disclosedTotal(figures, rules);
}

}  // namespace

TEST(Disclosure, TooFewEnterprisesMakeNoTotal) {
    EXPECT_EQ(total({}), std::nullopt);
    EXPECT_EQ(total({5.0, 6.0}), std::nullopt);
    // Off: every total is shown, an empty one as 0.
    EXPECT_EQ(total({5.0}, {1, 0.0}), std::optional<double>(5.0));
    EXPECT_EQ(total({}, {0, 0.0}), std::optional<double>(0.0));
}

// The p % rule: the second largest (6) knows its own figure; the rest tells it the largest
// (20) to within the figures besides the two: 20 + 6 + 2 + 1 = 29, the rest 3 = 15 % of 20.
TEST(Disclosure, ADominantEnterpriseWithholdsTheTotal) {
    const std::vector<double> figures{2.0, 20.0, 1.0, 6.0};
    EXPECT_EQ(total(figures), std::optional<double>(29.0));             // 3 ≥ 10 % of 20
    EXPECT_EQ(total(figures, {3, 15.0}), std::optional<double>(29.0));  // 3 ≥ 3, the edge
    EXPECT_EQ(total(figures, {3, 15.1}), std::nullopt);                 // 3 < 3.02
    EXPECT_EQ(total(figures, {5, 0.0}), std::nullopt);                  // four firms only
    // Equal figures: no one dominates.
    EXPECT_EQ(total({1.0, 1.0, 1.0}, {3, 100.0}), std::optional<double>(3.0));
    EXPECT_EQ(total({1.0, 1.0, 1.0}, {3, 100.1}), std::nullopt);
}
