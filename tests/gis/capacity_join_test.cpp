#include <gtest/gtest.h>
#include <ogr_geometry.h>

#include <memory>
#include <string>
#include <vector>

#include "sitefit/core/capacity_calculator.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/capacity_analysis.hpp"
#include "sitefit/gis/capacity_join.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "test_dataset.hpp"

using namespace sitefit;
using namespace sitefit::test;
using sitefit::gis::Wkb;

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

namespace {

Wkb rectangleWkb(double x0, double y0, double x1, double y1) {
    OGRLinearRing ring;
    ring.addPoint(x0, y0);
    ring.addPoint(x1, y0);
    ring.addPoint(x1, y1);
    ring.addPoint(x0, y1);
    ring.addPoint(x0, y0);
    OGRPolygon polygon;
    polygon.addRing(&ring);
    Wkb out(polygon.WkbSize());
    polygon.exportToWkb(wkbNDR, out.data(), wkbVariantIso);
    return out;
}

Wkb pointWkb(double x, double y) {
    const OGRPoint point(x, y);
    Wkb out(point.WkbSize());
    point.exportToWkb(wkbNDR, out.data(), wkbVariantIso);
    return out;
}

// Enough buildings for the join to share them among threads: 3 zones side by side, a grid of
// 8 × 8 parcels across them, and 90 × 90 buildings every 11 m, many across a lot or zone line.
gis::Workspace manyBuildings() {
    gis::Workspace w;
    w.source = "memory";
    for (int z = 0; z < 3; ++z) {
        core::Zone zone;
        zone.zone_id = "Z" + std::to_string(z);
        w.district.zones.push_back(zone);
        w.zone_geometries.push_back(rectangleWkb(z * 333.0, 0, (z + 1) * 333.0, 1000));
    }
    for (int r = 0; r < 8; ++r) {
        for (int c = 0; c < 8; ++c) {
            core::Parcel parcel;
            parcel.parcel_id = "P" + std::to_string(r * 8 + c);
            w.district.parcels.push_back(parcel);
            w.parcel_geometries.push_back(rectangleWkb(c * 125.0 + 2, r * 125.0 + 2,
                                                       (c + 1) * 125.0 - 2, (r + 1) * 125.0 - 2));
        }
    }
    for (int r = 0; r < 90; ++r) {
        for (int c = 0; c < 90; ++c) {
            core::Building building;
            building.building_id = "B" + std::to_string(r * 90 + c);
            w.district.buildings.push_back(building);
            w.building_geometries.push_back(
                rectangleWkb(c * 11.0 + 1, r * 11.0 + 1, c * 11.0 + 9.5, r * 11.0 + 7));
            if ((r * 90 + c) % 3 == 0) {
                core::Enterprise enterprise;
                enterprise.enterprise_id = "E" + std::to_string(r * 90 + c);
                w.district.enterprises.push_back(enterprise);
                w.enterprise_geometries.push_back(pointWkb(c * 11.0 + 3, r * 11.0 + 3));
            }
        }
    }
    return w;
}

bool sameOverlaps(const std::vector<core::Overlap>& a, const std::vector<core::Overlap>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].index != b[i].index || a[i].area_m2 != b[i].area_m2) {
            return false;
        }
    }
    return true;
}

}  // namespace

TEST(CapacityJoin, ThreadsChangeNothingInTheFacts) {
    const gis::Workspace workspace = manyBuildings();
    gis::JoinStatistics oneStatistics;
    const core::SpatialFacts one =
        gis::CapacityJoin::measure(workspace, core::silentProgress(), &oneStatistics, 1);
    gis::JoinStatistics manyStatistics;
    const core::SpatialFacts many =
        gis::CapacityJoin::measure(workspace, core::silentProgress(), &manyStatistics, 3);

    EXPECT_GT(oneStatistics.overlays, 0U);  // some buildings cross a line
    EXPECT_EQ(manyStatistics.candidate_pairs, oneStatistics.candidate_pairs);
    EXPECT_EQ(manyStatistics.decided_without_overlay, oneStatistics.decided_without_overlay);
    EXPECT_EQ(manyStatistics.overlays, oneStatistics.overlays);
    ASSERT_EQ(many.buildings.size(), one.buildings.size());
    for (std::size_t b = 0; b < one.buildings.size(); ++b) {
        ASSERT_EQ(many.buildings[b].footprint_m2, one.buildings[b].footprint_m2) << b;
        ASSERT_TRUE(
            sameOverlaps(many.buildings[b].parcel_overlaps, one.buildings[b].parcel_overlaps))
            << b;
        ASSERT_TRUE(sameOverlaps(many.buildings[b].zone_overlaps, one.buildings[b].zone_overlaps))
            << b;
    }
    ASSERT_EQ(many.parcels.size(), one.parcels.size());
    for (std::size_t p = 0; p < one.parcels.size(); ++p) {
        EXPECT_EQ(many.parcels[p].area_m2, one.parcels[p].area_m2);
        EXPECT_TRUE(sameOverlaps(many.parcels[p].zone_overlaps, one.parcels[p].zone_overlaps));
    }
    ASSERT_EQ(many.enterprises.size(), one.enterprises.size());
    for (std::size_t e = 0; e < one.enterprises.size(); ++e) {
        EXPECT_EQ(many.enterprises[e].zones, one.enterprises[e].zones);
    }
}

TEST(CapacityJoin, ThreadsReportTheFirstInvalidBuildingAsOneThreadWould) {
    gis::Workspace workspace = manyBuildings();
    const std::string bowTie = "POLYGON ((0 0,10 10,10 0,0 10,0 0))";
    OGRGeometry* raw = nullptr;
    ASSERT_EQ(OGRGeometryFactory::createFromWkt(bowTie.c_str(), nullptr, &raw), OGRERR_NONE);
    const std::unique_ptr<OGRGeometry> invalid(raw);
    Wkb bytes(invalid->WkbSize());
    invalid->exportToWkb(wkbNDR, bytes.data(), wkbVariantIso);
    workspace.building_geometries[7000] = bytes;
    workspace.building_geometries[1234] = bytes;
    for (const std::size_t threads : {1U, 3U}) {
        try {
            (void)gis::CapacityJoin::measure(workspace, core::silentProgress(), nullptr, threads);
            FAIL() << "an invalid footprint was accepted";
        } catch (const Error& error) {
            EXPECT_EQ(error.context().feature, "B1234") << threads << " threads";
            EXPECT_EQ(error.context().layer, "buildings");
        }
    }
}
