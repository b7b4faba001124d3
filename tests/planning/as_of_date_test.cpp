#include "sitefit/planning/as_of_date.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "sitefit/core/error.hpp"

namespace sitefit::planning {
namespace {

TEST(AsOfDate, ReadsAnIsoDate) {
    const core::Date date = asOfDate("2026-12-01");
    EXPECT_EQ(date,
              core::Date(std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{1}));
}

TEST(AsOfDate, EmptyIsToday) {
    const core::Date before = today();
    const core::Date date = asOfDate("");
    // The day may turn between the two calls; the date is one of the two days.
    EXPECT_TRUE(date == before || date == today()) << core::formatIsoDate(date);
}

TEST(AsOfDate, RefusesADayThatDoesNotExistNamingTheOption) {
    try {
        (void)asOfDate("2026-02-30", "--issued");
        FAIL() << "30 February was read as a date";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Usage);
        EXPECT_EQ(error.message(), "--issued '2026-02-30' is not a date (YYYY-MM-DD)");
    }
}

}  // namespace
}  // namespace sitefit::planning
