#include "sitefit/gis/drawable_layer.hpp"

#include <gtest/gtest.h>
#include <ogr_geometry.h>

#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "sitefit/core/error.hpp"

using namespace sitefit;
using sitefit::gis::DrawableFeature;
using sitefit::gis::DrawableLayer;
using sitefit::gis::Envelope;
using sitefit::gis::Wkb;

namespace {

// ISO WKB made by GDAL (not by the code under test) from WKT.
Wkb wkb(const std::string& wkt) {
    OGRGeometry* raw = nullptr;
    if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &raw) != OGRERR_NONE) {
        throw std::invalid_argument("bad test WKT: " + wkt);
    }
    const std::unique_ptr<OGRGeometry> geometry(raw);
    Wkb out(geometry->WkbSize());
    geometry->exportToWkb(wkbNDR, out.data(), wkbVariantIso);
    return out;
}

std::vector<double> xyOf(const DrawableFeature& feature) {
    return {feature.xy.begin(), feature.xy.end()};
}
std::vector<std::uint32_t> ringEnds(const DrawableFeature& feature) {
    return {feature.ring_ends.begin(), feature.ring_ends.end()};
}
std::vector<std::uint32_t> polygonEnds(const DrawableFeature& feature) {
    return {feature.polygon_ends.begin(), feature.polygon_ends.end()};
}

// 10 × 10 squares of 5 m, feature r·10 + c at (10c, 10r)–(10c + 5, 10r + 5).
std::vector<Wkb> grid() {
    std::vector<Wkb> out;
    for (int r = 0; r < 10; ++r) {
        for (int c = 0; c < 10; ++c) {
            const int x = 10 * c;
            const int y = 10 * r;
            out.push_back(wkb("POLYGON((" + std::to_string(x) + " " + std::to_string(y) + "," +
                              std::to_string(x + 5) + " " + std::to_string(y) + "," +
                              std::to_string(x + 5) + " " + std::to_string(y + 5) + "," +
                              std::to_string(x) + " " + std::to_string(y + 5) + "," +
                              std::to_string(x) + " " + std::to_string(y) + "))"));
        }
    }
    return out;
}

const Envelope kEverything{-1e9, -1e9, 1e9, 1e9};

}  // namespace

TEST(Envelope, UnitedIgnoresEmptyAndCoversBoth) {
    const Envelope a{0, 0, 1, 1};
    const Envelope b{2, -1, 3, 0.5};
    EXPECT_EQ(a.united(b), (Envelope{0, -1, 3, 1}));
    EXPECT_EQ(a.united(Envelope{}), a);
    EXPECT_EQ(Envelope{}.united(b), b);
    EXPECT_TRUE(Envelope{}.united(Envelope{}).empty());
}

TEST(DrawableLayer, PolygonWithHoleGivesTwoRingsInOnePolygon) {
    const DrawableLayer layer({wkb("POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))")},
                              "parcels");
    ASSERT_EQ(layer.size(), 1u);
    const DrawableFeature f = layer.feature(0);
    EXPECT_EQ(ringEnds(f), (std::vector<std::uint32_t>{5, 10}));
    EXPECT_EQ(polygonEnds(f), (std::vector<std::uint32_t>{2}));
    EXPECT_EQ(xyOf(f), (std::vector<double>{0, 0, 10, 0, 10, 10, 0, 10, 0, 0,     // exterior
                                            2, 2, 2,  4, 4,  4,  4, 2,  2, 2}));  // hole
    EXPECT_EQ(f.envelope, (Envelope{0, 0, 10, 10}));
    EXPECT_EQ(layer.extent(), (Envelope{0, 0, 10, 10}));
}

TEST(DrawableLayer, MultiPolygonGivesOnePolygonPerPart) {
    const DrawableLayer layer(
        {wkb("POLYGON((100 100,101 100,101 101,100 100))"),
         wkb("MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)),"
             "((5 5,6 5,6 6,5 6,5 5),(5.2 5.2,5.2 5.4,5.4 5.4,5.4 5.2,5.2 5.2)))")},
        "zones");
    const DrawableFeature f = layer.feature(1);
    // Ends are relative to the feature, not to the layer's first feature.
    EXPECT_EQ(ringEnds(f), (std::vector<std::uint32_t>{5, 10, 15}));
    EXPECT_EQ(polygonEnds(f), (std::vector<std::uint32_t>{1, 3}));
    ASSERT_EQ(f.xy.size(), 30u);
    EXPECT_EQ(f.xy[10], 5.0);  // the second polygon starts at point 5
    EXPECT_EQ(f.xy[20], 5.2);  // its hole at point 10
    EXPECT_EQ(f.envelope, (Envelope{0, 0, 6, 6}));
    EXPECT_EQ(layer.extent(), (Envelope{0, 0, 101, 101}));
    EXPECT_EQ(ringEnds(layer.feature(0)), (std::vector<std::uint32_t>{4}));
}

TEST(DrawableLayer, PointIsOneRingOfOnePoint) {
    const DrawableLayer layer({wkb("POINT(3 4)"), wkb("POINT(-1 2)")}, "enterprises");
    const DrawableFeature f = layer.feature(0);
    EXPECT_EQ(xyOf(f), (std::vector<double>{3, 4}));
    EXPECT_EQ(ringEnds(f), (std::vector<std::uint32_t>{1}));
    EXPECT_EQ(polygonEnds(f), (std::vector<std::uint32_t>{1}));
    EXPECT_EQ(f.envelope, (Envelope{3, 4, 3, 4}));
    EXPECT_EQ(layer.extent(), (Envelope{-1, 2, 3, 4}));
    EXPECT_EQ(xyOf(layer.feature(1)), (std::vector<double>{-1, 2}));
}

TEST(DrawableLayer, ZIsDropped) {
    const DrawableLayer layer({wkb("POLYGON Z((0 0 7,1 0 7,1 1 7,0 0 7))")}, "buildings");
    EXPECT_EQ(xyOf(layer.feature(0)), (std::vector<double>{0, 0, 1, 0, 1, 1, 0, 0}));
}

TEST(DrawableLayer, EmptyAndNullGeometriesHaveNothingAndAreNeverFound) {
    const DrawableLayer layer(
        {Wkb{}, wkb("POLYGON EMPTY"), wkb("POLYGON((0 0,1 0,1 1,0 0))"), wkb("POINT EMPTY")},
        "parcels");
    ASSERT_EQ(layer.size(), 4u);
    for (const std::size_t i : {0u, 1u, 3u}) {
        const DrawableFeature f = layer.feature(i);
        EXPECT_TRUE(f.xy.empty()) << i;
        EXPECT_TRUE(f.ring_ends.empty()) << i;
        EXPECT_TRUE(f.polygon_ends.empty()) << i;
        EXPECT_TRUE(f.envelope.empty()) << i;
    }
    EXPECT_EQ(layer.query(kEverything), (std::vector<std::size_t>{2}));
    EXPECT_EQ(layer.extent(), (Envelope{0, 0, 1, 1}));
    EXPECT_EQ(layer.featureAt(0.5, 0.2, 100), std::optional<std::size_t>(2));

    const DrawableLayer nothing({Wkb{}, wkb("MULTIPOLYGON EMPTY")}, "zones");
    EXPECT_TRUE(nothing.extent().empty());
    EXPECT_TRUE(nothing.query(kEverything).empty());
    EXPECT_FALSE(nothing.featureAt(0, 0, 1e6).has_value());

    const DrawableLayer none({}, "zones");
    EXPECT_EQ(none.size(), 0u);
    EXPECT_TRUE(none.query(kEverything).empty());
}

TEST(DrawableLayer, QueryReturnsExactlyTheIntersectingIdsAscending) {
    const DrawableLayer layer(grid(), "buildings");
    EXPECT_EQ(layer.extent(), (Envelope{0, 0, 95, 95}));
    // x 12..38 meets columns 1, 2, 3 (10..15, 20..25, 30..35); y 12..28 rows 1, 2.
    EXPECT_EQ(layer.query({12, 12, 38, 28}), (std::vector<std::size_t>{11, 12, 13, 21, 22, 23}));
    // Touching counts: x = 15 is column 1's east edge, y = 0 row 0's south edge.
    EXPECT_EQ(layer.query({15, 0, 15, 0}), (std::vector<std::size_t>{1}));
    // Between the squares: nothing.
    EXPECT_TRUE(layer.query({6, 6, 9, 9}).empty());
    EXPECT_FALSE(layer.anyIn({6, 6, 9, 9}));
    EXPECT_TRUE(layer.anyIn({15, 0, 15, 0}));
    EXPECT_FALSE(layer.anyIn(Envelope{}));
    EXPECT_TRUE(layer.query(Envelope{}).empty());
    EXPECT_EQ(layer.query(kEverything).size(), 100u);
}

TEST(DrawableLayer, FeatureAtRespectsHolesAndTolerance) {
    const DrawableLayer layer({wkb("POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))"),
                               // overlaps feature 0 in x 8..10: drawn later, so it wins there
                               wkb("POLYGON((8 0,20 0,20 10,8 10,8 0))")},
                              "parcels");
    EXPECT_EQ(layer.featureAt(1, 1, 0), std::optional<std::size_t>(0));
    EXPECT_EQ(layer.featureAt(9, 5, 0), std::optional<std::size_t>(1));
    // (3, 3) is in the hole, 1 m from its edge.
    EXPECT_FALSE(layer.featureAt(3, 3, 0.5).has_value());
    EXPECT_EQ(layer.featureAt(3, 3, 1.5), std::optional<std::size_t>(0));
    // (-0.3, 5) is 0.3 m west of feature 0's edge.
    EXPECT_EQ(layer.featureAt(-0.3, 5, 0.5), std::optional<std::size_t>(0));
    EXPECT_FALSE(layer.featureAt(-0.3, 5, 0.2).has_value());
    EXPECT_FALSE(layer.featureAt(50, 50, 1).has_value());
}

TEST(DrawableLayer, FeatureAtPicksTheNearestPointWithinTolerance) {
    const DrawableLayer layer({wkb("POINT(0 0)"), wkb("POINT(3 0)"), wkb("POINT(3 0)")},
                              "enterprises");
    EXPECT_EQ(layer.featureAt(1.2, 0, 2), std::optional<std::size_t>(0));  // 1.2 m vs 1.8 m
    EXPECT_FALSE(layer.featureAt(1.2, 0, 1).has_value());
    // Two points in the same place: the one drawn on top.
    EXPECT_EQ(layer.featureAt(2.5, 0, 1), std::optional<std::size_t>(2));
    EXPECT_EQ(layer.featureAt(0, 0, 0), std::optional<std::size_t>(0));
}

TEST(DrawableLayer, UnreadableWkbNamesLayerAndFeature) {
    try {
        const DrawableLayer layer(
            {wkb("POINT(0 0)"), wkb("POINT(1 1)"), Wkb{0x01, 0x03, 0x00, 0x00}}, "enterprises");
        FAIL() << "no error for bad WKB";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Input);
        EXPECT_EQ(error.context().layer, "enterprises");
        EXPECT_EQ(error.context().feature, "index 2");
        EXPECT_NE(std::string(error.what()).find("enterprises"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("index 2"), std::string::npos);
    }
}

TEST(DrawableLayer, LinesAreRefused) {
    try {
        const DrawableLayer layer({wkb("LINESTRING(0 0,1 1)")}, "zones");
        FAIL() << "no error for a line";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Input);
        EXPECT_EQ(error.context().feature, "index 0");
        EXPECT_NE(std::string(error.what()).find("LineString"), std::string::npos) << error.what();
    }
}

TEST(DrawableLayer, ConcurrentQueriesMatchSerialOnes) {
    // 40,000 squares: enough for a tree several levels deep.
    std::vector<Wkb> geometries;
    for (int r = 0; r < 200; ++r) {
        for (int c = 0; c < 200; ++c) {
            const double x = 10.0 * c;
            const double y = 10.0 * r;
            OGRPolygon polygon;
            OGRLinearRing ring;
            ring.addPoint(x, y);
            ring.addPoint(x + 8, y);
            ring.addPoint(x + 8, y + 8);
            ring.addPoint(x, y + 8);
            ring.addPoint(x, y);
            polygon.addRing(&ring);
            Wkb bytes(polygon.WkbSize());
            polygon.exportToWkb(wkbNDR, bytes.data(), wkbVariantIso);
            geometries.push_back(std::move(bytes));
        }
    }
    const DrawableLayer layer(geometries, "buildings");

    std::mt19937 random(42);
    std::uniform_real_distribution<double> where(-50.0, 2050.0);
    std::uniform_real_distribution<double> size(0.0, 120.0);
    std::vector<Envelope> windows;
    std::vector<std::pair<double, double>> clicks;
    for (int i = 0; i < 400; ++i) {
        const double x = where(random);
        const double y = where(random);
        windows.push_back({x, y, x + size(random), y + size(random)});
        clicks.emplace_back(where(random), where(random));
    }
    std::vector<std::vector<std::size_t>> serial;
    std::vector<std::optional<std::size_t>> serialClicks;
    for (std::size_t i = 0; i < windows.size(); ++i) {
        serial.push_back(layer.query(windows[i]));
        serialClicks.push_back(layer.featureAt(clicks[i].first, clicks[i].second, 1.5));
    }
    // A spot check that the serial answers are right, not merely repeatable.
    EXPECT_EQ(layer.query({0, 0, 9, 9}), (std::vector<std::size_t>{0}));
    EXPECT_EQ(layer.query({5, 5, 15, 5}), (std::vector<std::size_t>{0, 1}));

    constexpr int kThreads = 4;
    std::vector<int> mismatches(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 5; ++round) {
                for (std::size_t i = 0; i < windows.size(); ++i) {
                    if (layer.query(windows[i]) != serial[i] ||
                        layer.featureAt(clicks[i].first, clicks[i].second, 1.5) !=
                            serialClicks[i]) {
                        ++mismatches[static_cast<std::size_t>(t)];
                    }
                }
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(mismatches, std::vector<int>(kThreads, 0));
}

TEST(DrawableLayer, MemoryCountsTheCoordinates) {
    const DrawableLayer layer(grid(), "buildings");
    // 100 squares of 5 points: 8,000 bytes of coordinates at least.
    EXPECT_GE(layer.memoryBytes(), 100u * 5u * 2u * sizeof(double));
    EXPECT_LT(layer.memoryBytes(), 100'000u);
}

TEST(DrawableLayer, MovesKeepTheData) {
    DrawableLayer layer({wkb("POINT(3 4)")}, "enterprises");
    DrawableLayer moved(std::move(layer));
    EXPECT_EQ(moved.query(kEverything), (std::vector<std::size_t>{0}));
    EXPECT_EQ(moved.featureAt(3, 4, 0), std::optional<std::size_t>(0));
}

// A layer large enough to be converted in pieces on several threads: every feature, the
// extent and the queries must be what converting the features one at a time gives.
TEST(DrawableLayer, LargeLayerConvertedInPiecesMatchesOneByOne) {
    std::vector<Wkb> geometries;
    for (int i = 0; i < 9001; ++i) {
        const double x = 7.0 * (i % 130);
        const double y = 7.0 * (i / 130);
        const std::string box = std::to_string(x) + " " + std::to_string(y) + "," +
                                std::to_string(x + 5) + " " + std::to_string(y) + "," +
                                std::to_string(x + 5) + " " + std::to_string(y + 5) + "," +
                                std::to_string(x) + " " + std::to_string(y + 5) + "," +
                                std::to_string(x) + " " + std::to_string(y);
        switch (i % 5) {
            case 0:
                geometries.push_back(wkb("POLYGON((" + box + "))"));
                break;
            case 1:  // a hole
                geometries.push_back(wkb("POLYGON((" + box + "),(" + std::to_string(x + 1) + " " +
                                         std::to_string(y + 1) + "," + std::to_string(x + 1) + " " +
                                         std::to_string(y + 2) + "," + std::to_string(x + 2) + " " +
                                         std::to_string(y + 2) + "," + std::to_string(x + 1) + " " +
                                         std::to_string(y + 1) + "))"));
                break;
            case 2:  // two parts
                geometries.push_back(wkb("MULTIPOLYGON(((" + box + ")),((0 0,1 0,1 1,0 0)))"));
                break;
            case 3:
                geometries.push_back({});  // null: nothing, never found
                break;
            default:
                geometries.push_back(wkb("POLYGON EMPTY"));
        }
    }
    const DrawableLayer layer(geometries, "buildings");
    ASSERT_EQ(layer.size(), geometries.size());
    Envelope extent;
    for (std::size_t i = 0; i < geometries.size(); ++i) {
        const DrawableLayer one({geometries[i]}, "buildings");
        const DrawableFeature expected = one.feature(0);
        const DrawableFeature actual = layer.feature(i);
        ASSERT_EQ(xyOf(actual), xyOf(expected)) << i;
        ASSERT_EQ(ringEnds(actual), ringEnds(expected)) << i;
        ASSERT_EQ(polygonEnds(actual), polygonEnds(expected)) << i;
        ASSERT_EQ(actual.envelope, expected.envelope) << i;
        extent = extent.united(expected.envelope);
    }
    EXPECT_EQ(layer.extent(), extent);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> where(-20.0, 940.0);
    std::uniform_real_distribution<double> size(0.0, 60.0);
    for (int q = 0; q < 300; ++q) {
        const double x = where(random);
        const double y = where(random);
        const Envelope window{x, y, x + size(random), y + size(random)};
        std::vector<std::size_t> expected;
        for (std::size_t i = 0; i < layer.size(); ++i) {
            if (layer.feature(i).envelope.intersects(window)) {
                expected.push_back(i);
            }
        }
        ASSERT_EQ(layer.query(window), expected) << q;
        ASSERT_EQ(layer.anyIn(window), !expected.empty()) << q;
    }
}

TEST(DrawableLayer, LargeLayerReportsItsFirstBadFeature) {
    std::vector<Wkb> geometries(9000, wkb("POLYGON((0 0,1 0,1 1,0 0))"));
    geometries[8500] = Wkb{1, 2, 3};  // in the last piece
    geometries[3000] = Wkb{1, 2, 3};  // earlier, in the first piece on two or more threads
    try {
        const DrawableLayer layer(geometries, "buildings");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.context().feature, "index 3000");
        EXPECT_EQ(error.context().layer, "buildings");
    }
}
