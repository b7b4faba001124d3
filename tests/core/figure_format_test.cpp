#include <gtest/gtest.h>

#include "sitefit/core/figure_format.hpp"

using sitefit::core::decimal;
using sitefit::core::grouped;
using sitefit::core::shortest;
using sitefit::core::significant;

TEST(FigureFormat, GroupsAndRounds) {
    EXPECT_EQ(grouped(12345.4), "12,345");
    EXPECT_EQ(grouped(-1234567), "-1,234,567");
    EXPECT_EQ(decimal(1.25, 1), "1.2");  // printf rounds the binary value, 1.25 exactly: to even
    EXPECT_EQ(decimal(119.35, 2), "119.35");
}

TEST(FigureFormat, ShortestReadsBackAsTheSameDouble) {
    EXPECT_EQ(shortest(0.1), "0.1");
    EXPECT_EQ(shortest(2.0), "2");
    EXPECT_EQ(shortest(1e300), "1e+300");
    EXPECT_EQ(std::stod(shortest(1.0 / 3.0)), 1.0 / 3.0);
}

TEST(FigureFormat, SignificantIsPrintfG) {
    EXPECT_EQ(significant(1.5, 6), "1.5");
    EXPECT_EQ(significant(1234567.0, 6), "1.23457e+06");
    EXPECT_EQ(significant(118.8123456789, 10), "118.8123457");
    EXPECT_EQ(significant(0.1, 17), "0.10000000000000001");
}
