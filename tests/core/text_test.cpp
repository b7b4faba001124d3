#include <gtest/gtest.h>

#include "sitefit/core/text.hpp"

using sitefit::core::asciiLower;
using sitefit::core::equalIgnoringAsciiCase;
using sitefit::core::joined;
using sitefit::core::quotedList;

TEST(Text, LowersAsciiOnly) {
    EXPECT_EQ(asciiLower("Haizhou.GPKG"), "haizhou.gpkg");
    EXPECT_EQ(asciiLower("Zone_ID 7"), "zone_id 7");
    // UTF-8 bytes are left as they are: "几何" stays "几何".
    EXPECT_EQ(asciiLower("几何WKT"), "几何wkt");
    EXPECT_EQ(asciiLower(""), "");
}

TEST(Text, ComparesIgnoringAsciiCase) {
    EXPECT_TRUE(equalIgnoringAsciiCase("Zone_ID", "zone_id"));
    EXPECT_TRUE(equalIgnoringAsciiCase("", ""));
    EXPECT_FALSE(equalIgnoringAsciiCase("Zone", "Zones"));
    EXPECT_FALSE(equalIgnoringAsciiCase("zone_id", "zone-id"));
}

TEST(Text, JoinsWithASeparator) {
    EXPECT_EQ(joined({"a", "b", "c"}), "a, b, c");
    EXPECT_EQ(joined({"a", "b"}, "; "), "a; b");
    EXPECT_EQ(joined({"only"}), "only");
    EXPECT_EQ(joined({}), "");
    // The separator follows what was written: a leading empty item leaves none behind.
    EXPECT_EQ(joined({"", "b"}), "b");
    EXPECT_EQ(joined({"a", "", "c"}), "a, , c");
}

TEST(Text, QuotesEachItem) {
    EXPECT_EQ(quotedList({"high_tech_zone", "industrial_park"}),
              "'high_tech_zone', 'industrial_park'");
    EXPECT_EQ(quotedList({}), "");
}
