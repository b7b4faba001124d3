#include <gtest/gtest.h>

#include "sitefit/core/error.hpp"
#include "sitefit/gui/map_layer.hpp"
#include "sitefit/gui/map_settings.hpp"

namespace sitefit::gui {
namespace {

TEST(MapLayerTest, LayerAndThemeNamesRoundTrip) {
    for (const MapLayerId layer : kAllMapLayers) {
        EXPECT_EQ(layerFromName(layerName(layer)), layer);
        for (const Theme theme : themesOf(layer)) {
            EXPECT_EQ(themeFromName(themeName(theme)), theme);
        }
    }
    EXPECT_EQ(layerName(MapLayerId::Capacity), "capacity");
    EXPECT_EQ(themeName(Theme::ParcelStatus), "parcel_status");
    EXPECT_EQ(themeFromName("far"), Theme::Far);
}

TEST(MapLayerTest, UnknownNamesAreUsageErrorsListingTheValidOnes) {
    try {
        (void)layerFromName("roads");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Usage);
        EXPECT_NE(std::string(e.what()).find("roads"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("parcels"), std::string::npos);
    }
    try {
        (void)themeFromName("rainbow");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Usage);
        EXPECT_NE(std::string(e.what()).find("vacancy_ratio"), std::string::npos);
    }
}

TEST(MapLayerTest, EachLayerDefaultsToItsMostTellingTheme) {
    EXPECT_EQ(themesOf(MapLayerId::Parcels).front(), Theme::ParcelStatus);
    EXPECT_EQ(themesOf(MapLayerId::Zones).front(), Theme::ZoneKind);
    EXPECT_EQ(themesOf(MapLayerId::Capacity).front(), Theme::AvailableLand);
    EXPECT_EQ(themesOf(MapLayerId::Buildings).front(), Theme::BuildingKind);
    EXPECT_EQ(themesOf(MapLayerId::Enterprises).front(), Theme::Chain);
    EXPECT_EQ(themesOf(MapLayerId::Candidates).front(), Theme::MatchScore);
    for (const MapLayerId layer : kAllMapLayers) {
        const auto themes = themesOf(layer);
        EXPECT_NE(std::find(themes.begin(), themes.end(), Theme::Single), themes.end())
            << layerName(layer);
    }
}

TEST(MapLayerTest, DefaultSettingsListEveryLayerInOrderWithItsDefaultTheme) {
    const std::vector<LayerSettings> layers = defaultLayerSettings();
    ASSERT_EQ(layers.size(), kAllMapLayers.size());
    for (std::size_t i = 0; i < layers.size(); ++i) {
        EXPECT_EQ(layers[i].layer, kAllMapLayers[i]);
        EXPECT_EQ(layers[i].theme, themesOf(layers[i].layer).front());
    }
    EXPECT_TRUE(layers[static_cast<std::size_t>(MapLayerId::Candidates)].labels);
    EXPECT_TRUE(layers[static_cast<std::size_t>(MapLayerId::Allocation)].labels);
}

}  // namespace
}  // namespace sitefit::gui
