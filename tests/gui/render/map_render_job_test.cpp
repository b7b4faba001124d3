#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>

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

}  // namespace
}  // namespace sitefit::gui
