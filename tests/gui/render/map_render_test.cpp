#include <gtest/gtest.h>

#include <QFontInfo>
#include <QRawFont>

#include "map_labels.hpp"
#include "render_test_data.hpp"
#include "sitefit/gui/legend.hpp"
#include "sitefit/gui/map_renderer.hpp"

namespace sitefit::gui {
namespace {

using test::layer;
using test::offsetEnvelope;
using test::onlyLayers;
using test::pixelAt;

// The minimal workspace: zone Z1 (0,0)-(1000,1000) named 测试园区, parcel P1
// (100,100)-(200,200) available, building B1 (120,120)-(140,140) on it, enterprise E1 at
// (500,500). Shown at (0,0)-(400,300) on 400 × 300 px, a metre is a pixel and a point
// (x, y) is pixel (x, 300 − y).
const gis::Envelope kView = offsetEnvelope(0, 0, 400, 300);
const QSize kSize(400, 300);

std::shared_ptr<const MapData> minimalData() {
    static const auto data = test::mapDataOf(test::minimalWorkspaceLayers());
    return data;
}

QImage render(std::vector<LayerSettings> layers,
              std::shared_ptr<const MapData> data = minimalData(),
              std::shared_ptr<const MapResults> results = nullptr) {
    MapSnapshot snapshot{std::move(data), std::move(results),
                         onlyLayers(std::move(layers), kView, kSize)};
    return renderMap(snapshot);
}

const QColor kAvailableGreen(0x5f, 0xb3, 0x5a);

TEST(MapRenderTest, AnAvailableParcelIsGreenInsideAndTheBackgroundShowsAround) {
    const QImage image = render({layer(MapLayerId::Parcels, Theme::ParcelStatus)});
    ASSERT_EQ(image.size(), kSize);
    EXPECT_EQ(pixelAt(image, 150, 150), kAvailableGreen);  // the parcel's centre
    EXPECT_EQ(pixelAt(image, 110, 190), kAvailableGreen);  // inside, near a corner
    EXPECT_EQ(pixelAt(image, 50, 50), QColor(Qt::white));
    EXPECT_EQ(pixelAt(image, 250, 150), QColor(Qt::white));
    EXPECT_EQ(pixelAt(image, 150, 250), QColor(Qt::white));
}

TEST(MapRenderTest, HalfOpacityBlendsTheLayerHalfWithTheBackground) {
    const QImage image = render({layer(MapLayerId::Parcels, Theme::ParcelStatus, false, 0.5)});
    // 0.5 × colour + 0.5 × 255 per channel, ±1 for rounding in the premultiplied blend.
    const QColor centre = pixelAt(image, 150, 150);
    EXPECT_NEAR(centre.red(), (0x5f + 255) / 2.0, 1.0);
    EXPECT_NEAR(centre.green(), (0xb3 + 255) / 2.0, 1.0);
    EXPECT_NEAR(centre.blue(), (0x5a + 255) / 2.0, 1.0);
    EXPECT_EQ(pixelAt(image, 50, 50), QColor(Qt::white));
}

TEST(MapRenderTest, ALayerSwitchedOffLeavesNoPixel) {
    LayerSettings parcels = layer(MapLayerId::Parcels, Theme::ParcelStatus, true);
    parcels.visible = false;
    LayerSettings zones = layer(MapLayerId::Zones, Theme::ZoneKind, true);
    zones.visible = false;
    const QImage image = render({zones, parcels});
    QImage blank(kSize, QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::white);
    EXPECT_EQ(test::differingPixels(image, blank, image.rect()), 0);
    // Opacity 0 draws nothing either.
    EXPECT_EQ(
        test::differingPixels(render({layer(MapLayerId::Parcels, Theme::ParcelStatus, true, 0.0)}),
                              blank, blank.rect()),
        0);
}

TEST(MapRenderTest, APolygonHoleStaysBackground) {
    auto layers = test::minimalWorkspaceLayers();
    // P1 becomes a 200 m square (100..300) with a 100 m hole (150..250).
    const auto o = [](double v, double origin) { return std::to_string(origin + v); };
    const auto corner = [&](double x, double y) {
        return o(x, test::kOriginX) + " " + o(y, test::kOriginY);
    };
    test::layerNamed(layers, "parcels").features.at(0).wkt =
        "POLYGON((" + corner(100, 100) + "," + corner(300, 100) + "," + corner(300, 300) + "," +
        corner(100, 300) + "," + corner(100, 100) + "),(" + corner(150, 150) + "," +
        corner(250, 150) + "," + corner(250, 250) + "," + corner(150, 250) + "," +
        corner(150, 150) + "))";
    const auto data = test::mapDataOf(layers);
    MapSnapshot snapshot{data, nullptr,
                         onlyLayers({layer(MapLayerId::Parcels, Theme::ParcelStatus)},
                                    offsetEnvelope(0, 0, 400, 400), QSize(400, 400))};
    const QImage image = renderMap(snapshot);
    EXPECT_EQ(pixelAt(image, 200, 200), QColor(Qt::white));  // the hole's centre
    EXPECT_EQ(pixelAt(image, 125, 275), kAvailableGreen);    // the ring, lower left
    EXPECT_EQ(pixelAt(image, 275, 125), kAvailableGreen);    // the ring, upper right
    EXPECT_EQ(pixelAt(image, 50, 50), QColor(Qt::white));    // outside
}

TEST(MapRenderTest, AFeatureSmallerThanAPixelIsDrawnAsOnePixel) {
    auto layers = test::minimalWorkspaceLayers();
    // P1 shrinks to 0.3 m square at (150.1, 150.1); at 1 m a pixel that is a dot.
    test::layerNamed(layers, "parcels").features.at(0).wkt =
        test::rectangle(150.1, 150.1, 150.4, 150.4);
    const auto data = test::mapDataOf(layers);
    const QImage image = render({layer(MapLayerId::Parcels, Theme::ParcelStatus)}, data);
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            coloured += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    EXPECT_EQ(coloured, 1);
    EXPECT_EQ(pixelAt(image, 150, 149), kAvailableGreen);
}

TEST(MapRenderTest, ACandidatesRankNumberIsDrawnAsGlyphs) {
    const auto data = minimalData();
    std::optional<std::size_t> p1;
    for (std::size_t i = 0; i < data->sites.size(); ++i) {
        if (data->sites[i].type == core::SiteType::Parcel && data->sites[i].index == 0) {
            p1 = i;
        }
    }
    ASSERT_TRUE(p1.has_value());
    auto results = std::make_shared<MapResults>();
    results->candidates.push_back(CandidateMark{*p1, 1, 85.0});
    const QImage labelled =
        render({layer(MapLayerId::Candidates, Theme::MatchScore, true)}, data, results);
    const QImage plain =
        render({layer(MapLayerId::Candidates, Theme::MatchScore, false)}, data, results);
    // "1" at 10 pt bold with a halo around the parcel's centre (150, 150).
    EXPECT_GT(test::differingPixels(labelled, plain, QRect(135, 135, 30, 30)), 40);
    // Outside the label nothing changes.
    EXPECT_EQ(test::differingPixels(labelled, plain, QRect(0, 0, 100, 300)), 0);
    // The candidate is filled with its score's class (80–90: #f03b20).
    EXPECT_EQ(pixelAt(plain, 110, 190), QColor(0xf0, 0x3b, 0x20));
}

TEST(MapRenderTest, ChineseZoneNamesAreDrawnWithACjkFont) {
    // The zone's centre (500, 500) is the middle of a 1000 m view.
    MapSnapshot snapshot{minimalData(), nullptr,
                         onlyLayers({layer(MapLayerId::Zones, Theme::ZoneKind, true)},
                                    offsetEnvelope(0, 0, 1000, 1000), QSize(400, 400))};
    const QImage labelled = renderMap(snapshot);
    snapshot.settings.layers.front().labels = false;
    const QImage plain = renderMap(snapshot);
    // 测试园区 at 10 pt: about 54 × 16 px around (200, 200).
    EXPECT_GT(test::differingPixels(labelled, plain, QRect(170, 190, 60, 20)), 150);

    // The label font has real glyphs for Chinese (no tofu boxes).
    const QFont font = detail::labelFont(detail::LabelKind::Zone, 96.0);
    EXPECT_EQ(QFontInfo(font).family(), QStringLiteral("WenQuanYi Micro Hei"));
    const QRawFont raw = QRawFont::fromFont(font);
    ASSERT_TRUE(raw.isValid());
    for (const QChar c : QStringLiteral("测试园区海州高新区锦屏镇工业集中区亩")) {
        EXPECT_TRUE(raw.supportsCharacter(c)) << QString(c).toStdString();
    }
}

TEST(MapRenderTest, ParcelIdsAppearOnlyWhenTheParcelIsLargeEnoughOnScreen) {
    LayerSettings parcels = layer(MapLayerId::Parcels, Theme::ParcelStatus, true);
    LayerSettings unlabelled = parcels;
    unlabelled.labels = false;
    // Zoomed in (1 m/px): P1 is 100 px wide, its id is drawn.
    EXPECT_GT(
        test::differingPixels(render({parcels}), render({unlabelled}), QRect(100, 100, 100, 100)),
        20);
    // Zoomed out (20 m/px): P1 is 5 px wide, no id.
    MapSnapshot far{minimalData(), nullptr,
                    onlyLayers({parcels}, offsetEnvelope(-4000, -3000, 4000, 3000), kSize)};
    const QImage farLabelled = renderMap(far);
    far.settings.layers.front().labels = false;
    EXPECT_EQ(test::differingPixels(farLabelled, renderMap(far), farLabelled.rect()), 0);
}

TEST(MapRenderTest, PlacedSitesCarryTheirProjectId) {
    const auto data = minimalData();
    std::optional<std::size_t> p1;
    for (std::size_t i = 0; i < data->sites.size(); ++i) {
        if (data->sites[i].type == core::SiteType::Parcel && data->sites[i].index == 0) {
            p1 = i;
        }
    }
    ASSERT_TRUE(p1.has_value());
    ASSERT_EQ(data->district.projects.at(0).project_id, "J1");
    auto results = std::make_shared<MapResults>();
    results->placements.push_back(PlacementMark{0, *p1});
    const QImage labelled =
        render({layer(MapLayerId::Allocation, Theme::Single, true)}, data, results);
    const QImage plain =
        render({layer(MapLayerId::Allocation, Theme::Single, false)}, data, results);
    EXPECT_GT(test::differingPixels(labelled, plain, QRect(130, 140, 40, 20)), 30);
    EXPECT_EQ(pixelAt(plain, 110, 190), QColor(0x31, 0x82, 0xbd));  // the plan's blue
    EXPECT_EQ(pixelAt(plain, 50, 50), QColor(Qt::white));
}

TEST(MapRenderTest, AThemeTheLayerCannotDrawFallsBackToItsDefault) {
    // Parcels have no match score: drawn by status instead, not left blank.
    const QImage image = render({layer(MapLayerId::Parcels, Theme::MatchScore)});
    EXPECT_EQ(pixelAt(image, 150, 150), kAvailableGreen);
}

TEST(MapRenderTest, VerticesCloserThanHalfAPixelChangeNothingVisible) {
    // P1 again, but every edge cut into 1000 pieces of 0.1 m (0.1 px at this scale).
    auto layers = test::minimalWorkspaceLayers();
    std::string wkt = "POLYGON((";
    const auto add = [&](double x, double y) {
        wkt += std::to_string(test::kOriginX + x) + " " + std::to_string(test::kOriginY + y) + ",";
    };
    for (int i = 0; i < 1000; ++i) {
        add(100 + 0.1 * i, 100);
    }
    for (int i = 0; i < 1000; ++i) {
        add(200, 100 + 0.1 * i);
    }
    for (int i = 0; i < 1000; ++i) {
        add(200 - 0.1 * i, 200);
    }
    for (int i = 0; i < 1000; ++i) {
        add(100, 200 - 0.1 * i);
    }
    wkt += std::to_string(test::kOriginX + 100) + " " + std::to_string(test::kOriginY + 100) + "))";
    test::layerNamed(layers, "parcels").features.at(0).wkt = wkt;
    const QImage dense =
        render({layer(MapLayerId::Parcels, Theme::ParcelStatus)}, test::mapDataOf(layers));
    const QImage simple = render({layer(MapLayerId::Parcels, Theme::ParcelStatus)});
    // The outline's antialiasing may shift by a few levels along the edge; nothing more.
    EXPECT_EQ(test::differingShare(dense, simple, 32), 0.0);
    EXPECT_LT(test::differingShare(dense, simple, 2), 0.005);
    EXPECT_EQ(pixelAt(dense, 150, 150), kAvailableGreen);
}

TEST(MapRenderTest, SelectionIsOutlinedOnTop) {
    auto results = std::make_shared<MapResults>();
    results->selection.push_back(FeatureRef{MapLayerId::Parcels, 0});
    const QImage selected =
        render({layer(MapLayerId::Parcels, Theme::ParcelStatus)}, minimalData(), results);
    const QImage plain = render({layer(MapLayerId::Parcels, Theme::ParcelStatus)});
    // The outline runs along the parcel's edge (x = 100); the inside stays as it was.
    EXPECT_GT(test::differingPixels(selected, plain, QRect(98, 120, 5, 60)), 100);
    EXPECT_EQ(pixelAt(selected, 150, 150), kAvailableGreen);
}

TEST(MapRenderTest, ACancelledRenderReturnsANullImage) {
    CancelFlag cancel{true};
    MapSnapshot snapshot{
        minimalData(), nullptr,
        onlyLayers({layer(MapLayerId::Parcels, Theme::ParcelStatus)}, kView, kSize)};
    EXPECT_TRUE(renderMap(snapshot, &cancel).isNull());
}

TEST(MapRenderTest, TheSampleDistrictRendersEveryLayerAndTheme) {
    const auto data = test::sampleMapData();
    const auto results = test::sampleCandidates(10);
    ASSERT_FALSE(results->candidates.empty());
    for (const MapLayerId id : kAllMapLayers) {
        for (const Theme theme : themesOf(id)) {
            MapSnapshot snapshot{
                data, results,
                onlyLayers({layer(id, theme, true)}, data->extent(), QSize(200, 150))};
            const QImage image = renderMap(snapshot);
            ASSERT_FALSE(image.isNull());
            QImage blank(image.size(), QImage::Format_ARGB32_Premultiplied);
            blank.fill(Qt::white);
            if (id != MapLayerId::Allocation) {  // no plan in these results
                EXPECT_GT(test::differingPixels(image, blank, image.rect()), 0)
                    << layerName(id) << " " << themeName(theme);
            }
        }
    }
}

}  // namespace
}  // namespace sitefit::gui
