// The map's drawable layers made while a workspace is read (gis::DrawableLayersSink) must be
// exactly those made afterwards from the WKB by DrawableLayer's own constructor, which
// drawable_layer_test.cpp checks against hand-computed figures.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "sitefit/core/error.hpp"
#include "sitefit/gis/drawable_layer.hpp"
#include "sitefit/gis/drawable_layers_sink.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "test_dataset.hpp"

using namespace sitefit;
using namespace sitefit::test;
using sitefit::gis::DrawableFeature;
using sitefit::gis::DrawableLayer;
using sitefit::gis::Envelope;

namespace {

struct ReadWithDrawable {
    gis::Workspace workspace;
    gis::DrawableLayers drawable;
};

ReadWithDrawable readWithDrawable(const std::string& path,
                                  gis::FlawHandling flaws = gis::FlawHandling::Refuse) {
    gis::DrawableLayersSink sink;
    gis::ReadOptions options;
    options.sinks.push_back(&sink);
    options.flaws = flaws;
    ReadWithDrawable read;
    read.workspace = gis::WorkspaceReader::read(path, gis::InputLimits{}, options);
    read.drawable = sink.take();
    return read;
}

// Every feature's coordinates, rings, polygons and envelope, the extent, and what the index
// finds in a grid of windows over the extent.
void expectSameLayer(const DrawableLayer& made, const DrawableLayer& expected,
                     const std::string& layer) {
    SCOPED_TRACE(layer);
    ASSERT_EQ(made.size(), expected.size());
    for (std::size_t i = 0; i < made.size(); ++i) {
        const DrawableFeature a = made.feature(i);
        const DrawableFeature b = expected.feature(i);
        ASSERT_EQ(std::vector<double>(a.xy.begin(), a.xy.end()),
                  std::vector<double>(b.xy.begin(), b.xy.end()))
            << "feature " << i;
        ASSERT_EQ(std::vector<std::uint32_t>(a.ring_ends.begin(), a.ring_ends.end()),
                  std::vector<std::uint32_t>(b.ring_ends.begin(), b.ring_ends.end()))
            << "feature " << i;
        ASSERT_EQ(std::vector<std::uint32_t>(a.polygon_ends.begin(), a.polygon_ends.end()),
                  std::vector<std::uint32_t>(b.polygon_ends.begin(), b.polygon_ends.end()))
            << "feature " << i;
        ASSERT_EQ(a.envelope, b.envelope) << "feature " << i;
    }
    EXPECT_EQ(made.extent(), expected.extent());
    EXPECT_EQ(made.memoryBytes() > 0, expected.memoryBytes() > 0);
    const Envelope extent = expected.extent();
    constexpr int kCells = 7;
    for (int r = 0; r < kCells; ++r) {
        for (int c = 0; c < kCells; ++c) {
            const Envelope window{extent.min_x + extent.width() * c / kCells,
                                  extent.min_y + extent.height() * r / kCells,
                                  extent.min_x + extent.width() * (c + 1) / kCells,
                                  extent.min_y + extent.height() * (r + 1) / kCells};
            EXPECT_EQ(made.query(window), expected.query(window)) << "window " << r << "," << c;
            EXPECT_EQ(made.anyIn(window), expected.anyIn(window));
        }
    }
}

void expectSameAsFromWkb(const ReadWithDrawable& read) {
    const gis::Workspace& workspace = read.workspace;
    const gis::DrawableLayers& drawable = read.drawable;
    ASSERT_TRUE(drawable.complete());
    expectSameLayer(*drawable.zones, DrawableLayer(workspace.zone_geometries, "zones"), "zones");
    expectSameLayer(*drawable.parcels, DrawableLayer(workspace.parcel_geometries, "parcels"),
                    "parcels");
    expectSameLayer(*drawable.buildings, DrawableLayer(workspace.building_geometries, "buildings"),
                    "buildings");
    expectSameLayer(*drawable.enterprises,
                    DrawableLayer(workspace.enterprise_geometries, "enterprises"), "enterprises");
}

}  // namespace

TEST(DrawableWhileReading, TheSampleEqualsTheLayersMadeFromItsWkb) {
    // 6,326 buildings: read through the threaded feed, indexed on a thread of its own.
    const ReadWithDrawable read = readWithDrawable(SITEFIT_SAMPLE);
    ASSERT_EQ(read.workspace.district.buildings.size(), 6326U);
    expectSameAsFromWkb(read);
    EXPECT_EQ(read.drawable.buildings->size(), 6326U);
}

TEST(DrawableWhileReading, MultipartsHolesEmptyPartsAndZAreAsFromWkb) {
    const TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    // A zone of two parts, the first with a hole; a parcel in 3D; a multipoint-free
    // enterprise layer of two points.
    TestLayer& zones = layerNamed(layers, "zones");
    zones.geometry_type = "MultiPolygon";
    zones.features[0].wkt =
        "MULTIPOLYGON(((400000 3800000,401000 3800000,401000 3801000,400000 3801000,400000 "
        "3800000),(400300 3800300,400300 3800400,400400 3800400,400400 3800300,400300 "
        "3800300)),((402000 3800000,402100 3800000,402100 3800100,402000 3800000)))";
    TestLayer& parcels = layerNamed(layers, "parcels");
    parcels.geometry_type = "Unknown";
    parcels.features[0].wkt =
        "POLYGON Z((400100 3800100 5,400200 3800100 6,400200 3800200 7,400100 3800200 8,400100 "
        "3800100 5))";
    TestLayer& enterprises = layerNamed(layers, "enterprises");
    TestFeature second = enterprises.features[0];
    second.wkt = point(600, 700);
    second.values["enterprise_id"] = "E2";
    enterprises.features.push_back(second);
    writeDataset(dir / "w.gpkg", layers);

    const ReadWithDrawable read = readWithDrawable((dir / "w.gpkg").string());
    expectSameAsFromWkb(read);
    // Checked by hand: two polygons, the first of two rings (5 + 5 points), the second of
    // one (4 points); the parcel's Z dropped.
    const DrawableFeature zone = read.drawable.zones->feature(0);
    EXPECT_EQ(std::vector<std::uint32_t>(zone.ring_ends.begin(), zone.ring_ends.end()),
              (std::vector<std::uint32_t>{5, 10, 14}));
    EXPECT_EQ(std::vector<std::uint32_t>(zone.polygon_ends.begin(), zone.polygon_ends.end()),
              (std::vector<std::uint32_t>{2, 3}));
    EXPECT_EQ(zone.envelope, (Envelope{400000, 3800000, 402100, 3801000}));
    const DrawableFeature parcel = read.drawable.parcels->feature(0);
    EXPECT_EQ(parcel.xy.size(), 10U);
    EXPECT_EQ(parcel.xy[2], 400200.0);
    EXPECT_EQ(parcel.xy[3], 3800100.0);
    EXPECT_EQ(read.drawable.enterprises->feature(1).envelope,
              (Envelope{400600, 3800700, 400600, 3800700}));
}

TEST(DrawableWhileReading, ALayerThatLostADuplicateAtItsEndIsMadeFromWhatIsLeft) {
    // The second parcel repeats the first's id: known only once the layer is read, after its
    // features were copied for drawing; the layer then equals the one made from the WKB kept.
    const TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    TestLayer& parcels = layerNamed(layers, "parcels");
    TestFeature second = parcels.features[0];
    second.wkt = rectangle(300, 300, 400, 400);
    parcels.features.insert(parcels.features.begin(), second);
    writeDataset(dir / "w.gpkg", layers);

    const ReadWithDrawable read =
        readWithDrawable((dir / "w.gpkg").string(), gis::FlawHandling::SetAside);
    ASSERT_EQ(read.workspace.district.parcels.size(), 1U);
    expectSameAsFromWkb(read);
}

TEST(DrawableWhileReading, ALayerThatLostFeaturesAfterTheReadIsMadeAgain) {
    // The capacity analysis sets invalid polygons aside after the read: drawableLayersOf
    // keeps the layers that still line up and makes the others from the WKB left.
    ReadWithDrawable read = readWithDrawable(SITEFIT_SAMPLE);
    const std::shared_ptr<const DrawableLayer> zones = read.drawable.zones;
    read.workspace.building_geometries.pop_back();
    read.workspace.district.buildings.pop_back();
    const gis::DrawableLayers layers = gis::drawableLayersOf(read.workspace, read.drawable);
    EXPECT_EQ(layers.zones, zones);  // shared, not made again
    EXPECT_EQ(layers.buildings->size(), 6325U);
    expectSameAsFromWkb({std::move(read.workspace), layers});
}

TEST(DrawableWhileReading, AReadThatFailsAfterALayerWasIndexedReportsTheFailure) {
    // The zones and parcels are being indexed on threads of their own when the buildings
    // fail: the reader's error comes out, and the threads are joined (no hang, no leak).
    const TempDir dir;
    std::vector<TestLayer> layers = minimalWorkspaceLayers();
    layerNamed(layers, "buildings").features[0].values["floors"] = "0";
    writeDataset(dir / "w.gpkg", layers);
    gis::DrawableLayersSink sink;
    gis::ReadOptions options;
    options.sinks.push_back(&sink);
    try {
        (void)gis::WorkspaceReader::read((dir / "w.gpkg").string(), gis::InputLimits{}, options);
        FAIL() << "the read should fail";
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("feature 'B1'"), std::string::npos) << message;
        EXPECT_NE(message.find("field 'floors'"), std::string::npos) << message;
    }
    EXPECT_FALSE(sink.take().zones);  // what a failed read made is not handed out
}
