#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "sitefit/core/capacity_calculator.hpp"
#include "sitefit/core/capacity_tables.hpp"
#include "sitefit/core/error.hpp"

using namespace sitefit::core;

namespace {

// Two zones; zone Z1 built for 3 enterprises. Three parcels, three buildings, four
// enterprises. Every figure below is worked out by hand in the comments.
struct Fixture {
    District district;
    SpatialFacts facts;

    Fixture() {
        Zone z1;
        z1.zone_id = "Z1";
        z1.name = "一号园";
        z1.enterprise_capacity = 3;
        Zone z2;
        z2.zone_id = "Z2";
        z2.name = "二号园";
        district.zones = {z1, z2};

        Parcel p1;  // 10,000 m², available, far_max 2.0
        p1.parcel_id = "P1";
        p1.status = ParcelStatus::Available;
        p1.far_max = 2.0;
        Parcel p2;  // 6,000 m², built, far_max unknown
        p2.parcel_id = "P2";
        p2.status = ParcelStatus::Built;
        Parcel p3;  // 3,000 m², available, outside every zone
        p3.parcel_id = "P3";
        p3.status = ParcelStatus::Available;
        p3.far_max = 1.0;
        district.parcels = {p1, p2, p3};

        Building b1;  // 1,000 m² footprint, 3 floors, no floor area → 3,000 m²; straddles P1/P2
        b1.building_id = "B1";
        b1.floors = 3;
        b1.vacant_m2 = 500.0;
        Building b2;  // 400 m² footprint, floor area given 2,000 m², entirely on P2
        b2.building_id = "B2";
        b2.floors = 4;
        b2.floor_area_m2 = 2000.0;
        b2.vacant_m2 = 2000.0;
        Building b3;  // 200 m² outside every parcel, in Z2
        b3.building_id = "B3";
        b3.floors = 2;
        district.buildings = {b1, b2, b3};

        district.enterprises.resize(4);

        facts.parcels = {
            {10000.0, {{0, 9000.0}, {1, 1000.0}}},  // P1: mostly Z1
            {6000.0, {{0, 2000.0}, {1, 4000.0}}},   // P2: mostly Z2
            {3000.0, {}},                           // P3: no zone
        };
        facts.buildings = {
            {1000.0, {{0, 750.0}, {1, 250.0}}, {{0, 1000.0}}},  // B1: 75 % on P1, in Z1
            {400.0, {{1, 400.0}}, {{1, 400.0}}},                // B2: on P2, in Z2
            {200.0, {}, {{1, 200.0}}},                          // B3: no parcel, in Z2
        };
        facts.enterprises = {{{0}}, {{0}}, {{0}}, {{0}}};  // four firms in Z1
    }
};

}  // namespace

TEST(CapacityCalculator, ParcelFiguresFollowTheSpatialRules) {
    const Fixture f;
    const CapacityReport r = CapacityCalculator::compute(f.district, f.facts);
    ASSERT_EQ(r.parcels.size(), 3U);

    const ParcelCapacity& p1 = r.parcels[0];
    EXPECT_EQ(p1.zone, 0U);
    EXPECT_DOUBLE_EQ(p1.area_mu, 15.0);        // 10,000 m² = 15 亩
    EXPECT_DOUBLE_EQ(p1.footprint_m2, 750.0);  // B1 ∩ P1
    EXPECT_DOUBLE_EQ(p1.coverage, 0.075);
    EXPECT_DOUBLE_EQ(p1.floor_area_m2, 2250.0);  // 3,000 m² × 750/1,000
    EXPECT_DOUBLE_EQ(p1.far, 0.225);
    ASSERT_TRUE(p1.buildable_floor_m2);
    EXPECT_DOUBLE_EQ(*p1.buildable_floor_m2, 17750.0);  // 2.0 × 10,000 − 2,250

    const ParcelCapacity& p2 = r.parcels[1];
    EXPECT_EQ(p2.zone, 1U);                      // 4,000 m² in Z2 beats 2,000 in Z1
    EXPECT_DOUBLE_EQ(p2.footprint_m2, 650.0);    // 250 of B1 + 400 of B2
    EXPECT_DOUBLE_EQ(p2.floor_area_m2, 2750.0);  // 3,000 × 0.25 + 2,000
    EXPECT_FALSE(p2.buildable_floor_m2);         // far_max unknown

    const ParcelCapacity& p3 = r.parcels[2];
    EXPECT_FALSE(p3.zone);
    EXPECT_DOUBLE_EQ(p3.coverage, 0.0);
    EXPECT_DOUBLE_EQ(*p3.buildable_floor_m2, 3000.0);
    EXPECT_EQ(r.parcels_outside_zones, 1);
}

TEST(CapacityCalculator, ZoneFiguresFollowTheSpatialRules) {
    const Fixture f;
    const CapacityReport r = CapacityCalculator::compute(f.district, f.facts);
    const ZoneCapacity& z1 = r.zones[0];
    EXPECT_EQ(z1.parcel_count, 1);
    EXPECT_DOUBLE_EQ(z1.available_land_m2, 10000.0);
    EXPECT_DOUBLE_EQ(z1.available_land_mu, 15.0);
    EXPECT_DOUBLE_EQ(z1.floor_area_m2, 3000.0);  // B1 whole, though a quarter stands on P2
    EXPECT_DOUBLE_EQ(z1.vacant_m2, 500.0);
    EXPECT_DOUBLE_EQ(z1.occupancy, 1.0 - 500.0 / 3000.0);
    EXPECT_EQ(z1.enterprises, 4);
    ASSERT_TRUE(z1.places_left);
    EXPECT_EQ(*z1.places_left, 0);  // 3 − 4, never below 0

    const ZoneCapacity& z2 = r.zones[1];
    EXPECT_EQ(z2.parcel_count, 1);
    EXPECT_EQ(z2.tally(ParcelStatus::Built).count, 1);
    EXPECT_DOUBLE_EQ(z2.tally(ParcelStatus::Built).area_m2, 6000.0);
    EXPECT_DOUBLE_EQ(z2.available_land_m2, 0.0);
    EXPECT_DOUBLE_EQ(z2.floor_area_m2, 2400.0);  // B2 2,000 + B3 200 × 2 floors
    EXPECT_DOUBLE_EQ(z2.vacant_m2, 2000.0);
    EXPECT_NEAR(z2.occupancy, 1.0 - 2000.0 / 2400.0, 1e-12);
    EXPECT_EQ(z2.enterprises, 0);
    EXPECT_FALSE(z2.places_left);  // no capacity set

    EXPECT_EQ(r.district.parcel_count, 3);
    EXPECT_DOUBLE_EQ(r.district.available_land_m2, 13000.0);  // P1 + P3
    EXPECT_DOUBLE_EQ(r.district.floor_area_m2, 5400.0);
    EXPECT_EQ(r.district.enterprises, 4);
}

TEST(CapacityCalculator, ZoneWithoutFloorAreaHasZeroOccupancy) {
    Fixture f;
    f.district.buildings.clear();
    f.facts.buildings.clear();
    const CapacityReport r = CapacityCalculator::compute(f.district, f.facts);
    EXPECT_DOUBLE_EQ(r.zones[0].floor_area_m2, 0.0);
    EXPECT_DOUBLE_EQ(r.zones[0].occupancy, 0.0);
}

TEST(CapacityCalculator, RefusesFactsOfAnotherWorkspace) {
    Fixture f;
    f.facts.parcels.pop_back();
    EXPECT_THROW((void)CapacityCalculator::compute(f.district, f.facts), sitefit::Error);
}

// Each zone's capacity fits an int; the district's sum of two near the limit would overflow
// (undefined behaviour, a wrapped negative total): refused instead.
TEST(CapacityCalculator, CapacitiesTooLargeToAddUpAreRefused) {
    Fixture f;
    f.district.zones[0].enterprise_capacity = 2'000'000'000;
    f.district.zones[1].enterprise_capacity = 2'000'000'000;
    try {
        (void)CapacityCalculator::compute(f.district, f.facts);
        FAIL() << "no error";
    } catch (const sitefit::Error& error) {
        EXPECT_EQ(error.kind(), sitefit::Error::Kind::Input);
        EXPECT_NE(std::string(error.what()).find("enterprise_capacity"), std::string::npos);
    }
    f.district.zones[1].enterprise_capacity = 100'000'000;
    const CapacityReport r = CapacityCalculator::compute(f.district, f.facts);
    EXPECT_EQ(r.district.enterprise_capacity, 2'100'000'000);
}

TEST(CapacityCalculator, JsonHasExactlyTheDocumentedKeys) {
    const Fixture f;
    const auto json = nlohmann::json::parse(
        capacityJson(CapacityCalculator::compute(f.district, f.facts), f.district));
    const std::vector<std::string> parcelKeys{
        "area_m2",       "area_mu",      "buildable_floor_m2", "coverage", "far",
        "floor_area_m2", "footprint_m2", "parcel_id",          "status",   "zone_id"};
    std::vector<std::string> keys;
    for (const auto& [key, value] : json["parcels"][0].items()) {
        keys.push_back(key);
    }
    EXPECT_EQ(keys, parcelKeys);
    EXPECT_TRUE(json["parcels"][2]["zone_id"].is_null());
    EXPECT_TRUE(json["parcels"][1]["buildable_floor_m2"].is_null());
    const std::vector<std::string> zoneKeys{"available_land_m2",
                                            "available_land_mu",
                                            "available_parcel_count",
                                            "enterprises",
                                            "floor_area_m2",
                                            "name",
                                            "occupancy",
                                            "parcel_count",
                                            "places_left",
                                            "vacant_m2",
                                            "zone_id"};
    keys.clear();
    for (const auto& [key, value] : json["zones"][0].items()) {
        keys.push_back(key);
    }
    EXPECT_EQ(keys, zoneKeys);
    EXPECT_EQ(json["zones"][0]["name"], "一号园");
    EXPECT_TRUE(json["zones"][1]["places_left"].is_null());
}

TEST(LargestShare, PicksTheBiggestOverlapAndBreaksTiesByIndex) {
    EXPECT_FALSE(largestShare({}));
    EXPECT_FALSE(largestShare({{3, 0.0}}));
    EXPECT_EQ(largestShare({{2, 5.0}, {1, 7.0}}), 1U);
    EXPECT_EQ(largestShare({{4, 5.0}, {2, 5.0}}), 2U);
}
