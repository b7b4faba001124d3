#include <gtest/gtest.h>

#include "sitefit/core/capacity_calculator.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/capacity_analysis.hpp"
#include "sitefit/gis/capacity_join.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "test_dataset.hpp"

using namespace sitefit;
using namespace sitefit::test;

namespace {

// Two zones side by side, Z1 x 0..1000 and Z2 x 1000..2000 (y 0..1000), every figure
// worked out by hand in the comments (areas in m², offsets in metres).
std::vector<TestLayer> twoZoneDistrict() {
    auto layers = minimalWorkspaceLayers();
    auto& zones = layerNamed(layers, "zones");
    zones.features[0].values["enterprise_capacity"] = "30";
    zones.features.push_back({rectangle(1000, 0, 2000, 1000),
                              {{"zone_id", "Z2"}, {"name", "二号园"}, {"kind", "specialty_park"}}});
    auto& parcels = layerNamed(layers, "parcels");
    parcels.features = {
        // P1: 200 × 200 = 40,000, wholly in Z1, far_max 2.0
        {rectangle(100, 100, 300, 300),
         {{"parcel_id", "P1"}, {"land_use", "M1"}, {"status", "available"}, {"far_max", "2.0"}}},
        // P2: 300 × 200 = 60,000 across the zone line: 20,000 in Z1, 40,000 in Z2 → Z2
        {rectangle(900, 100, 1200, 300),
         {{"parcel_id", "P2"}, {"land_use", "M2"}, {"status", "built"}}},
        // P3: 100 × 100 = 10,000, outside every zone
        {rectangle(3000, 3000, 3100, 3100),
         {{"parcel_id", "P3"}, {"land_use", "M1"}, {"status", "available"}, {"far_max", "1.5"}}},
    };
    auto& buildings = layerNamed(layers, "buildings");
    buildings.features = {
        // B1: 40 × 40 = 1,600 across P1's east edge x = 300: 800 on P1, 800 on no parcel.
        // 2 floors, no floor area → 3,200 m², 1,000 vacant. In Z1.
        {rectangle(280, 150, 320, 190),
         {{"building_id", "B1"},
          {"kind", "standard_factory"},
          {"floors", "2"},
          {"vacant_m2", "1000"}}},
        // B2: 100 × 100 = 10,000 inside P2; 4,000 in Z1, 6,000 in Z2 → Z2.
        // Floor area given: 25,000, 5,000 vacant.
        {rectangle(960, 150, 1060, 250),
         {{"building_id", "B2"},
          {"kind", "standard_factory"},
          {"floors", "3"},
          {"floor_area_m2", "25000"},
          {"vacant_m2", "5000"}}},
        // B3: 20 × 20 = 400 on no parcel, in Z1, one floor, 100 vacant.
        {rectangle(500, 500, 520, 520),
         {{"building_id", "B3"}, {"kind", "rnd_office"}, {"floors", "1"}, {"vacant_m2", "100"}}},
    };
    auto& enterprises = layerNamed(layers, "enterprises");
    const auto firm = [](const std::string& id) {
        return std::map<std::string, std::string>{
            {"enterprise_id", id}, {"name", id}, {"category_code", "MED01"}, {"role", "key"}};
    };
    enterprises.features = {
        {point(500, 600), firm("E1")},    // Z1
        {point(1500, 500), firm("E2")},   // Z2
        {point(1000, 500), firm("E3")},   // on the shared edge: counted in both
        {point(5000, 5000), firm("E4")},  // in no zone
    };
    return layers;
}

}  // namespace

TEST(CapacityJoin, MeasuresAreasOverlapsAndPointsByHand) {
    TempDir dir;
    writeDataset(dir / "w.gpkg", twoZoneDistrict());
    const gis::Workspace workspace = gis::WorkspaceReader::read((dir / "w.gpkg").string());
    gis::JoinStatistics statistics;
    const core::SpatialFacts facts =
        gis::CapacityJoin::measure(workspace, core::silentProgress(), &statistics);

    ASSERT_EQ(facts.parcels.size(), 3U);
    EXPECT_DOUBLE_EQ(facts.parcels[0].area_m2, 40000.0);
    EXPECT_DOUBLE_EQ(facts.parcels[1].area_m2, 60000.0);
    ASSERT_EQ(facts.parcels[1].zone_overlaps.size(), 2U);
    EXPECT_NEAR(facts.parcels[1].zone_overlaps[0].area_m2, 20000.0, 1e-6);
    EXPECT_NEAR(facts.parcels[1].zone_overlaps[1].area_m2, 40000.0, 1e-6);
    EXPECT_TRUE(facts.parcels[2].zone_overlaps.empty());

    ASSERT_EQ(facts.buildings.size(), 3U);
    EXPECT_DOUBLE_EQ(facts.buildings[0].footprint_m2, 1600.0);
    ASSERT_EQ(facts.buildings[0].parcel_overlaps.size(), 1U);
    EXPECT_EQ(facts.buildings[0].parcel_overlaps[0].index, 0U);
    EXPECT_NEAR(facts.buildings[0].parcel_overlaps[0].area_m2, 800.0, 1e-6);
    EXPECT_TRUE(facts.buildings[2].parcel_overlaps.empty());

    ASSERT_EQ(facts.enterprises.size(), 4U);
    EXPECT_EQ(facts.enterprises[0].zones, (std::vector<std::size_t>{0}));
    EXPECT_EQ(facts.enterprises[1].zones, (std::vector<std::size_t>{1}));
    EXPECT_EQ(facts.enterprises[2].zones, (std::vector<std::size_t>{0, 1}));
    EXPECT_TRUE(facts.enterprises[3].zones.empty());

    // Crossing pairs: P2×Z1, P2×Z2, B1×P1, B2×Z1, B2×Z2 need an overlay; the rest not.
    EXPECT_EQ(statistics.overlays, 5U);
    EXPECT_EQ(statistics.candidate_pairs, statistics.overlays + statistics.decided_without_overlay);
}

TEST(CapacityJoin, CapacityFiguresOfTheTwoZoneDistrictByHand) {
    TempDir dir;
    writeDataset(dir / "w.gpkg", twoZoneDistrict());
    const gis::CapacityAnalysis analysis =
        gis::analyseCapacity((dir / "w.gpkg").string(), core::silentProgress());
    const core::CapacityReport& r = analysis.report;

    const core::ParcelCapacity& p1 = r.parcels[0];
    EXPECT_EQ(p1.zone, 0U);
    EXPECT_DOUBLE_EQ(p1.area_mu, 60.0);  // 40,000 / 666.67
    EXPECT_NEAR(p1.footprint_m2, 800.0, 1e-6);
    EXPECT_NEAR(p1.coverage, 0.02, 1e-12);
    EXPECT_NEAR(p1.floor_area_m2, 1600.0, 1e-6);  // 3,200 × 800 / 1,600
    EXPECT_NEAR(p1.far, 0.04, 1e-12);
    EXPECT_NEAR(*p1.buildable_floor_m2, 78400.0, 1e-6);  // 2.0 × 40,000 − 1,600

    const core::ParcelCapacity& p2 = r.parcels[1];
    EXPECT_EQ(p2.zone, 1U);
    EXPECT_NEAR(p2.footprint_m2, 10000.0, 1e-6);
    EXPECT_NEAR(p2.floor_area_m2, 25000.0, 1e-6);
    EXPECT_NEAR(p2.far, 25000.0 / 60000.0, 1e-12);
    EXPECT_FALSE(p2.buildable_floor_m2);
    EXPECT_FALSE(r.parcels[2].zone);
    EXPECT_NEAR(*r.parcels[2].buildable_floor_m2, 15000.0, 1e-6);

    const core::ZoneCapacity& z1 = r.zones[0];
    EXPECT_EQ(z1.parcel_count, 1);
    EXPECT_DOUBLE_EQ(z1.available_land_mu, 60.0);
    EXPECT_NEAR(z1.floor_area_m2, 3600.0, 1e-6);  // B1 3,200 + B3 400
    EXPECT_NEAR(z1.vacant_m2, 1100.0, 1e-9);
    EXPECT_NEAR(z1.occupancy, 1.0 - 1100.0 / 3600.0, 1e-12);
    EXPECT_EQ(z1.enterprises, 2);   // E1, E3
    EXPECT_EQ(z1.places_left, 28);  // 30 − 2

    const core::ZoneCapacity& z2 = r.zones[1];
    EXPECT_EQ(z2.parcel_count, 1);
    EXPECT_EQ(z2.tally(core::ParcelStatus::Built).count, 1);
    EXPECT_DOUBLE_EQ(z2.available_land_m2, 0.0);
    EXPECT_NEAR(z2.floor_area_m2, 25000.0, 1e-6);
    EXPECT_NEAR(z2.occupancy, 0.8, 1e-12);
    EXPECT_EQ(z2.enterprises, 2);  // E2, E3
    EXPECT_FALSE(z2.places_left);

    EXPECT_EQ(r.parcels_outside_zones, 1);
    EXPECT_EQ(r.buildings_outside_zones, 0);
    EXPECT_EQ(r.district.enterprises, 4);
}

TEST(CapacityJoin, RefusesAnInvalidPolygonNamingTheParcel) {
    auto layers = twoZoneDistrict();
    // A bow-tie: the ring crosses itself, so its area would be meaningless.
    layerNamed(layers, "parcels").features[0].wkt =
        "POLYGON ((400100 3800100,400300 3800300,400300 3800100,400100 3800300,400100 3800100))";
    TempDir dir;
    writeDataset(dir / "w.gpkg", layers);
    try {
        (void)gis::analyseCapacity((dir / "w.gpkg").string(), core::silentProgress());
        FAIL() << "an invalid polygon was accepted";
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("w.gpkg"), std::string::npos) << message;
        EXPECT_NE(message.find("layer 'parcels'"), std::string::npos) << message;
        EXPECT_NE(message.find("feature 'P1'"), std::string::npos) << message;
        EXPECT_NE(message.find("Self-intersection"), std::string::npos) << message;
        EXPECT_EQ(error.kind(), Error::Kind::Input);
    }
}
