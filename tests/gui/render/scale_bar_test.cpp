#include <gtest/gtest.h>

#include <QPainter>

#include "render_test_data.hpp"
#include "scale_bar.hpp"
#include "sitefit/gui/map_export.hpp"

namespace sitefit::gui {
namespace {

TEST(ScaleBarTest, PicksTheLongestRoundLengthThatFits) {
    // 2.5 m/px and 200 px of room: up to 500 m, which is round.
    detail::ScaleBar bar = detail::scaleBarFor(2.5, 200);
    EXPECT_DOUBLE_EQ(bar.length_m, 500.0);
    EXPECT_DOUBLE_EQ(bar.length_px, 200.0);
    EXPECT_EQ(bar.label, QStringLiteral("500 m"));
    // 3 m/px: up to 600 m → 500 m over 166.7 px.
    bar = detail::scaleBarFor(3.0, 200);
    EXPECT_DOUBLE_EQ(bar.length_m, 500.0);
    EXPECT_NEAR(bar.length_px, 166.6667, 1e-3);
    // 18.5 m/px: up to 3700 m → 2 km.
    bar = detail::scaleBarFor(18.5, 200);
    EXPECT_DOUBLE_EQ(bar.length_m, 2000.0);
    EXPECT_EQ(bar.label, QStringLiteral("2 km"));
    // 0.09 m/px: up to 18 m → 10 m.
    bar = detail::scaleBarFor(0.09, 200);
    EXPECT_DOUBLE_EQ(bar.length_m, 10.0);
    EXPECT_EQ(bar.label, QStringLiteral("10 m"));
}

TEST(ScaleBarTest, TheDrawnBarIsTheRoundLengthOverTheMetresPerPixel) {
    // 2000 m across 800 px: 2.5 m/px; the bar may take a quarter of the width (200 px),
    // so it is 500 m = 200 px long.
    MapSnapshot snapshot;
    snapshot.settings = test::onlyLayers({}, gis::Envelope{0, 0, 2000, 1500}, QSize(800, 600));
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        drawDecorations(painter, snapshot, MapLayout{{}, false, true, false, {}});
    }
    // The row with the most dark pixels is the bar's outline; its dark run is the bar.
    int bestCount = 0;
    int bestLeft = 0;
    int bestRight = 0;
    for (int y = 500; y < 600; ++y) {
        int count = 0;
        int left = -1;
        int right = -1;
        for (int x = 0; x < 400; ++x) {
            if (qGray(image.pixel(x, y)) < 100) {
                ++count;
                left = left < 0 ? x : left;
                right = x;
            }
        }
        if (count > bestCount) {
            bestCount = count;
            bestLeft = left;
            bestRight = right;
        }
    }
    EXPECT_NEAR(bestRight - bestLeft, 200, 1.5);
}

}  // namespace
}  // namespace sitefit::gui
