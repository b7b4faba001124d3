#include <gtest/gtest.h>

#include "sitefit/gui/map_transform.hpp"

namespace sitefit::gui {
namespace {

TEST(MapTransformTest, MapsAnExtentOfTheOutputsAspectCornerToCorner) {
    // 1000 m × 500 m onto 800 × 400 px: 1.25 m a pixel both ways, no widening.
    const MapTransform transform(gis::Envelope{0, 0, 1000, 500}, QSize(800, 400));
    EXPECT_DOUBLE_EQ(transform.metresPerPixel(), 1.25);
    EXPECT_EQ(transform.visibleExtent(), (gis::Envelope{0, 0, 1000, 500}));
    EXPECT_EQ(transform.toPixel(0, 0), QPointF(0, 400));  // south-west is bottom left
    EXPECT_EQ(transform.toPixel(1000, 500), QPointF(800, 0));
    EXPECT_EQ(transform.toPixel(250, 125), QPointF(200, 300));
}

TEST(MapTransformTest, WidensTheExtentAroundItsCentreToTheOutputsAspect) {
    // A 1000 m square onto 800 × 400 px: height decides (1000 / 400 = 2.5 m/px), so the
    // view is 2000 m wide, centred on x = 500: from −500 to 1500.
    const MapTransform transform(gis::Envelope{0, 0, 1000, 1000}, QSize(800, 400));
    EXPECT_DOUBLE_EQ(transform.metresPerPixel(), 2.5);
    EXPECT_EQ(transform.visibleExtent(), (gis::Envelope{-500, 0, 1500, 1000}));
    EXPECT_EQ(transform.toPixel(500, 500), QPointF(400, 200));
    EXPECT_EQ(transform.toPixel(0, 1000), QPointF(200, 0));

    // And a wide extent onto a tall output widens the height.
    const MapTransform tall(gis::Envelope{0, 0, 400, 100}, QSize(200, 200));
    EXPECT_DOUBLE_EQ(tall.metresPerPixel(), 2.0);
    EXPECT_EQ(tall.visibleExtent(), (gis::Envelope{0, -150, 400, 250}));
}

TEST(MapTransformTest, PixelToWorldIsTheInverse) {
    const MapTransform transform(gis::Envelope{418000, 3820000, 433000, 3835000}, QSize(800, 600));
    for (const auto& [x, y] : {std::pair{418000.0, 3820000.0}, std::pair{425123.5, 3830777.25},
                               std::pair{432999.0, 3834000.0}}) {
        const QPointF world = transform.toWorld(transform.toPixel(x, y));
        EXPECT_NEAR(world.x(), x, 1e-6);
        EXPECT_NEAR(world.y(), y, 1e-6);
    }
    const QPointF pixel = transform.toPixel(transform.toWorld(QPointF(123.5, 456.25)).x(),
                                            transform.toWorld(QPointF(123.5, 456.25)).y());
    EXPECT_NEAR(pixel.x(), 123.5, 1e-9);
    EXPECT_NEAR(pixel.y(), 456.25, 1e-9);
}

TEST(MapTransformTest, ScaleDenominatorFollowsTheResolution) {
    // 2.5 m a pixel at 96 pixels an inch: 2.5 × 96 / 0.0254 = 9448.8…
    const MapTransform transform(gis::Envelope{0, 0, 1000, 1000}, QSize(800, 400));
    EXPECT_NEAR(transform.scaleDenominator(96.0), 9448.818898, 1e-5);
    EXPECT_NEAR(transform.scaleDenominator(300.0), 29527.559055, 1e-5);
}

TEST(MapTransformTest, AnEmptyOrDegenerateExtentStillGivesAFiniteScale) {
    const MapTransform empty(gis::Envelope{}, QSize(100, 100));
    EXPECT_GT(empty.metresPerPixel(), 0.0);
    const MapTransform point(gis::Envelope{5, 5, 5, 5}, QSize(100, 50));
    EXPECT_DOUBLE_EQ(point.metresPerPixel(), 0.02);  // one metre over 50 px
    EXPECT_EQ(point.toPixel(5, 5), QPointF(50, 25));
}

}  // namespace
}  // namespace sitefit::gui
