#include <gtest/gtest.h>

#include <ogr_geometry.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <memory>
#include <vector>

#include "render_test_data.hpp"
#include "sitefit/gui/map_renderer.hpp"

namespace sitefit::gui {
namespace {

struct Emitted {
    QImage image;
    MapSettings settings;
};

// Runs the event loop until the job is idle (or 30 s pass).
void waitUntilIdle(const MapRenderJob& job) {
    QElapsedTimer timer;
    timer.start();
    while (job.isRunning() && timer.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    // Deliver anything queued by the last finish.
    QCoreApplication::processEvents();
}

MapSnapshot sampleSnapshot(const gis::Envelope& extent) {
    MapSnapshot snapshot;
    snapshot.data = test::sampleMapData();
    snapshot.results = test::sampleCandidates(10);
    snapshot.settings.layers = defaultLayerSettings();
    snapshot.settings.extent = extent;
    snapshot.settings.size = QSize(640, 480);
    return snapshot;
}

class MapRenderJobTest : public ::testing::Test {
protected:
    MapRenderJobTest() {
        QObject::connect(&job, &MapRenderJob::finished, &job,
                         [this](const QImage& image, const MapSettings& settings) {
                             emitted.push_back({image, settings});
                         });
    }
    MapRenderJob job;
    std::vector<Emitted> emitted;
};

TEST_F(MapRenderJobTest, DrawsTheSameImageAsTheSynchronousRenderer) {
    const MapSnapshot snapshot = sampleSnapshot(test::sampleMapData()->extent());
    job.start(snapshot);
    EXPECT_TRUE(job.isRunning());
    waitUntilIdle(job);
    ASSERT_EQ(emitted.size(), 1U);
    EXPECT_EQ(emitted[0].settings, snapshot.settings);
    EXPECT_TRUE(test::sameMap(emitted[0].image, renderMap(snapshot)));
}

TEST_F(MapRenderJobTest, ACancelledJobNeverEmitsAStaleImageAfterANewerOne) {
    const gis::Envelope full = test::sampleMapData()->extent();
    // Rapid pans: each request replaces the one before; only the newest may be shown, and
    // nothing may arrive after it.
    std::vector<MapSnapshot> requests;
    for (int i = 0; i < 6; ++i) {
        gis::Envelope extent = full;
        extent.min_x += 500.0 * i;
        extent.max_x += 500.0 * i;
        requests.push_back(sampleSnapshot(extent));
    }
    for (const MapSnapshot& request : requests) {
        job.start(request);
    }
    waitUntilIdle(job);
    ASSERT_FALSE(emitted.empty());
    EXPECT_EQ(emitted.back().settings, requests.back().settings);
    for (const Emitted& e : emitted) {
        // Merged away: the in-between requests are never drawn to the end.
        EXPECT_TRUE(e.settings == requests.front().settings ||
                    e.settings == requests.back().settings);
    }
    EXPECT_TRUE(test::sameMap(emitted.back().image, renderMap(requests.back())));
    EXPECT_FALSE(test::sameMap(emitted.back().image, renderMap(requests.front())));

    // Started again and cancelled at once: nothing is emitted at all.
    emitted.clear();
    job.start(requests.front());
    job.cancel();
    waitUntilIdle(job);
    EXPECT_TRUE(emitted.empty());
}

TEST_F(MapRenderJobTest, ToggledLayersAndOpacityReuseCachedLayerImages) {
    MapSnapshot snapshot = sampleSnapshot(test::sampleMapData()->extent());
    job.start(snapshot);
    waitUntilIdle(job);
    // Every visible layer but capacity (off by default) was drawn.
    EXPECT_EQ(job.layersDrawnLastTime(), 6);
    // Only the opacity changes: composed again from cache, the same as a fresh render.
    snapshot.settings.layers[1].opacity = 0.4;
    job.start(snapshot);
    waitUntilIdle(job);
    EXPECT_EQ(job.layersDrawnLastTime(), 0);
    // A layer switched off.
    snapshot.settings.layers[3].visible = false;
    job.start(snapshot);
    waitUntilIdle(job);
    ASSERT_EQ(emitted.size(), 3U);
    EXPECT_EQ(job.layersDrawnLastTime(), 0);
    MapSnapshot fresh = sampleSnapshot(snapshot.settings.extent);
    fresh.settings.layers[1].opacity = 0.4;
    EXPECT_TRUE(test::sameMap(emitted[1].image, renderMap(fresh)));
    fresh.settings.layers[3].visible = false;
    EXPECT_TRUE(test::sameMap(emitted[2].image, renderMap(fresh)));
    EXPECT_FALSE(test::sameMap(emitted[1].image, emitted[2].image));

    // A new theme on one layer redraws that layer only.
    snapshot.settings.layers[1].theme = Theme::Far;
    job.start(snapshot);
    waitUntilIdle(job);
    EXPECT_EQ(job.layersDrawnLastTime(), 1);
    // And clearing the cache draws everything again.
    job.clearCache();
    job.start(snapshot);
    waitUntilIdle(job);
    EXPECT_EQ(job.layersDrawnLastTime(), 5);
}

TEST_F(MapRenderJobTest, ASnapshotWithoutDataDrawsTheBackground) {
    MapSnapshot snapshot;
    snapshot.settings.size = QSize(50, 40);
    snapshot.settings.background = QColor(10, 20, 30);
    job.start(snapshot);
    waitUntilIdle(job);
    ASSERT_EQ(emitted.size(), 1U);
    EXPECT_EQ(test::pixelAt(emitted[0].image, 25, 20), QColor(10, 20, 30));
}

// The sample with its buildings layer replaced by one as slow to draw as a city's: every
// footprint a rectangle over the whole extent, so that each fills every pixel of the image
// (6,326 × 640 × 480 pixels: a second or more on any machine, the zones a few milliseconds).
// Same feature count as the district's buildings, which the styles index.
std::shared_ptr<const MapData> sampleWithSlowBuildings() {
    const std::shared_ptr<const MapData> sample = test::sampleMapData();
    const gis::Envelope extent = sample->extent();
    std::vector<gis::Wkb> footprints;
    for (std::size_t b = 0; b < sample->buildings->size(); ++b) {
        const double inset = static_cast<double>(b % 7);  // not all alike
        OGRLinearRing ring;
        ring.addPoint(extent.min_x - inset, extent.min_y - inset);
        ring.addPoint(extent.max_x + inset, extent.min_y - inset);
        ring.addPoint(extent.max_x + inset, extent.max_y + inset);
        ring.addPoint(extent.min_x - inset, extent.max_y + inset);
        ring.addPoint(extent.min_x - inset, extent.min_y - inset);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        gis::Wkb& wkb = footprints.emplace_back(polygon.WkbSize());
        polygon.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    }
    auto data = std::make_shared<MapData>(*sample);
    data->buildings = std::make_shared<const gis::DrawableLayer>(footprints, "buildings");
    return data;
}

TEST_F(MapRenderJobTest, ASlowLayerShowsTheLayersDrawnSoFarFirst) {
    std::vector<Emitted> partials;
    std::vector<char> order;  // 'p' partial, 'f' finished
    QObject::connect(&job, &MapRenderJob::partial, &job,
                     [&](const QImage& image, const MapSettings& settings) {
                         partials.push_back({image, settings});
                         order.push_back('p');
                     });
    QObject::connect(
        &job, &MapRenderJob::finished, &job,
        [&](const QImage& /*image*/, const MapSettings& /*settings*/) { order.push_back('f'); });
    MapSnapshot snapshot;
    snapshot.data = sampleWithSlowBuildings();
    snapshot.results = std::make_shared<const MapResults>();
    const gis::Envelope extent = snapshot.data->extent();
    snapshot.settings = test::onlyLayers({test::layer(MapLayerId::Zones, Theme::Single),
                                          test::layer(MapLayerId::Buildings, Theme::Single)},
                                         extent, {640, 480});
    MapSnapshot zonesOnly = snapshot;
    zonesOnly.settings.layers[1].visible = false;

    QElapsedTimer clock;
    clock.start();
    job.start(snapshot);
    waitUntilIdle(job);
    const qint64 elapsedMs = clock.elapsed();

    // The render took longer than the first partial's delay (150 ms), so the zones, drawn in
    // a moment, were shown before the buildings were done.
    ASSERT_GT(elapsedMs, 150) << "the slow layer drew too fast to test anything";
    ASSERT_FALSE(partials.empty());
    ASSERT_EQ(emitted.size(), 1U);
    EXPECT_EQ(order.front(), 'p');
    EXPECT_EQ(order.back(), 'f');
    EXPECT_EQ(partials.front().settings, snapshot.settings);
    // The partial image is the map of the zones alone; the final one the whole map, which
    // the buildings cover.
    EXPECT_TRUE(test::sameMap(partials.front().image, renderMap(zonesOnly)));
    EXPECT_TRUE(test::sameMap(emitted.front().image, renderMap(snapshot)));
    EXPECT_FALSE(test::sameMap(partials.front().image, emitted.front().image));
}

}  // namespace
}  // namespace sitefit::gui
