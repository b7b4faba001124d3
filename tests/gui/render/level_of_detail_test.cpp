// Level of detail (MapSettings::detail_budget): a feature layer with more features in view
// than the budget is drawn as a density surface; within the budget it is drawn as before.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cmath>

#include "render_test_data.hpp"
#include "sitefit/gui/map_renderer.hpp"

namespace sitefit::gui {
namespace {

// Eight buildings, placed so that at 1 m a pixel (the extent below at 640×480) and the
// 3-pixel density cells of a 96 dpi render:
//  - B1 (120..140, 120..140) has its centre (130, 130) at pixel (130, 350): cell (43, 116);
//  - six 1 m squares centred at x 300.5..301.5, y 300.5 or 301.5 all fall in cell (100, 59)
//    (pixels x 300..302, y 177..179);
//  - one square centred at (500.5, 100.5) falls alone in cell (166, 126) (pixel 499, 379).
std::shared_ptr<const MapData> clusteredBuildings() {
    std::vector<test::TestLayer> layers = test::minimalWorkspaceLayers();
    test::TestLayer& buildings = test::layerNamed(layers, "buildings");
    const test::TestFeature first = buildings.features.at(0);
    int n = 2;
    const auto add = [&](double cx, double cy) {
        test::TestFeature feature = first;
        feature.values["building_id"] = "B" + std::to_string(n++);
        feature.values.erase("vacant_m2");  // a 1 m² footprint cannot hold B1's vacancy
        feature.wkt = test::rectangle(cx - 0.5, cy - 0.5, cx + 0.5, cy + 0.5);
        buildings.features.push_back(feature);
    };
    for (const double x : {300.5, 301.0, 301.5}) {
        for (const double y : {300.5, 301.5}) {
            add(x, y);
        }
    }
    add(500.5, 100.5);
    return test::mapDataOf(layers);
}

MapSnapshot buildingsOnly(std::shared_ptr<const MapData> data, std::size_t budget,
                          const gis::Envelope& extent) {
    MapSnapshot snapshot;
    snapshot.data = std::move(data);
    snapshot.settings =
        test::onlyLayers({test::layer(MapLayerId::Buildings, Theme::Single)}, extent, {640, 480});
    snapshot.settings.detail_budget = budget;
    return snapshot;
}

int darkness(const QImage& image, int x, int y) {
    const QColor colour = test::pixelAt(image, x, y);
    return 3 * 255 - (colour.red() + colour.green() + colour.blue());
}

TEST(LevelOfDetail, MoreFeaturesInViewThanTheBudgetAreDrawnAsDensity) {
    const auto data = clusteredBuildings();
    const gis::Envelope extent = test::offsetEnvelope(0, 0, 640, 480);
    const QImage density = renderMap(buildingsOnly(data, 5, extent));
    const QImage footprints = renderMap(buildingsOnly(data, 0, extent));
    ASSERT_FALSE(density.isNull());
    // Six footprints in one cell: the darkest cell. One footprint: lighter, but shaded.
    // log1p(1) / log1p(6) of the ramp: alpha 40 + 150 × 0.356 = 93 against 190.
    const int cluster = darkness(density, 301, 178);
    const int lone = darkness(density, 499, 379);
    const int b1 = darkness(density, 130, 350);
    EXPECT_GT(lone, 0);
    EXPECT_GT(cluster, lone + 100);
    EXPECT_EQ(b1, lone);
    // Nothing where no centre lies: B1's footprint covers pixel (122, 358) but its centre
    // cell does not, so the density leaves it white where the footprint drew it.
    EXPECT_EQ(darkness(density, 400, 50), 0);
    EXPECT_EQ(darkness(density, 122, 358), 0);
    EXPECT_GT(darkness(footprints, 122, 358), 0);
}

TEST(LevelOfDetail, WithinTheBudgetTheLayerIsDrawnAsBefore) {
    const auto data = clusteredBuildings();
    const gis::Envelope extent = test::offsetEnvelope(0, 0, 640, 480);
    EXPECT_TRUE(test::sameMap(renderMap(buildingsOnly(data, 8, extent)),
                              renderMap(buildingsOnly(data, 0, extent))));
    // Zoomed in on the cluster: six in view, within a budget of 6, so footprints again.
    const gis::Envelope cluster = test::offsetEnvelope(280, 285, 320, 315);
    EXPECT_TRUE(test::sameMap(renderMap(buildingsOnly(data, 6, cluster)),
                              renderMap(buildingsOnly(data, 0, cluster))));
    EXPECT_FALSE(test::sameMap(renderMap(buildingsOnly(data, 5, cluster)),
                               renderMap(buildingsOnly(data, 0, cluster))));
}

TEST(LevelOfDetail, TheRenderJobSaysWhichLayersItDrewAsDensity) {
    const auto sample = test::sampleMapData();
    MapSnapshot snapshot;
    snapshot.data = sample;
    snapshot.settings.layers = defaultLayerSettings();
    snapshot.settings.extent = sample->extent();
    snapshot.settings.size = QSize(640, 480);
    snapshot.settings.detail_budget = 1000;  // the sample has 6326 buildings, 552 parcels
    MapRenderJob job;
    bool finished = false;
    QObject::connect(&job, &MapRenderJob::finished, &job,
                     [&](const QImage&, const MapSettings&) { finished = true; });
    job.start(snapshot);
    QElapsedTimer timer;
    timer.start();
    while (!finished && timer.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    ASSERT_TRUE(finished);
    const std::vector<DensityLayer> density = job.densityLayersLastTime();
    ASSERT_EQ(density.size(), 1U);
    EXPECT_EQ(density[0].layer, MapLayerId::Buildings);
    EXPECT_EQ(density[0].features_in_view, 6326U);
}

}  // namespace
}  // namespace sitefit::gui
