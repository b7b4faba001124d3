#include <gtest/gtest.h>

#include "sitefit/core/date.hpp"

using sitefit::core::formatIsoDate;
using sitefit::core::parseIsoDate;

TEST(Date, ParsesIsoAndSlashDates) {
    ASSERT_TRUE(parseIsoDate("2024-06-30"));
    EXPECT_EQ(formatIsoDate(*parseIsoDate("2024-06-30")), "2024-06-30");
    EXPECT_EQ(formatIsoDate(*parseIsoDate("2024/06/30")), "2024-06-30");
    EXPECT_EQ(formatIsoDate(*parseIsoDate("2024-06-30T08:00:00")), "2024-06-30");
}

TEST(Date, RefusesMalformedAndImpossibleDates) {
    EXPECT_FALSE(parseIsoDate("2024-02-30"));
    EXPECT_FALSE(parseIsoDate("30.06.2024"));
    EXPECT_FALSE(parseIsoDate("2024-6-30"));
    EXPECT_FALSE(parseIsoDate("2024-06/30"));
    EXPECT_FALSE(parseIsoDate(""));
    EXPECT_FALSE(parseIsoDate("next year"));
}
