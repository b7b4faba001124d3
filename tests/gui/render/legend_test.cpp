#include <gtest/gtest.h>

#include "render_test_data.hpp"
#include "sitefit/gui/legend.hpp"

namespace sitefit::gui {
namespace {

using test::layer;
using test::offsetEnvelope;

// Four parcels side by side, one per status, 100 m squares at x = 0, 200, 400, 600.
std::shared_ptr<const MapData> fourStatuses() {
    auto layers = test::minimalWorkspaceLayers();
    auto& parcels = test::layerNamed(layers, "parcels");
    const test::TestFeature p1 = parcels.features.at(0);
    parcels.features.clear();
    const std::array statuses{"available", "reserved", "transferred", "built"};
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        test::TestFeature parcel = p1;
        const double x = 200.0 * static_cast<double>(i);
        parcel.wkt = test::rectangle(x, 100, x + 100, 200);
        parcel.values["parcel_id"] = "P" + std::to_string(i + 1);
        parcel.values["status"] = statuses.at(i);
        parcels.features.push_back(parcel);
    }
    return test::mapDataOf(layers);
}

TEST(LegendTest, LegendColoursAreTheRenderedColours) {
    const auto data = fourStatuses();
    MapSnapshot snapshot{data, nullptr,
                         test::onlyLayers({layer(MapLayerId::Parcels, Theme::ParcelStatus)},
                                          offsetEnvelope(0, 0, 800, 300), QSize(800, 300))};
    const QImage image = renderMap(snapshot);
    const std::vector<LegendGroup> legend = legendOf(*data, MapResults{}, snapshot.settings);
    ASSERT_EQ(legend.size(), 1U);
    EXPECT_EQ(legend[0].title, QStringLiteral("Parcels — status"));
    ASSERT_EQ(legend[0].entries.size(), 4U);
    const std::array labels{"Available", "Reserved", "Transferred", "Built"};
    for (std::size_t i = 0; i < 4; ++i) {
        const LegendEntry& entry = legend[0].entries[i];
        EXPECT_EQ(entry.label, QString::fromLatin1(labels.at(i)));
        // Each parcel's centre is at x = 200 i + 50, y = 150 → pixel (200 i + 50, 150).
        EXPECT_EQ(test::pixelAt(image, static_cast<int>(200 * i + 50), 150), entry.fill)
            << labels.at(i);
        EXPECT_EQ(entry.symbol, LegendEntry::Symbol::Fill);
    }
    // The readable palette the planners know: green, amber, blue-grey, grey.
    EXPECT_GT(legend[0].entries[0].fill.green(), legend[0].entries[0].fill.red());
    EXPECT_GT(legend[0].entries[1].fill.red(), legend[0].entries[1].fill.blue());
}

TEST(LegendTest, GraduatedClassesUseFixedBreaksAndListNoDataOnlyWhenUsed) {
    const auto data = fourStatuses();
    MapSettings settings;
    settings.layers = {layer(MapLayerId::Parcels, Theme::Far)};
    std::vector<LegendGroup> legend = legendOf(*data, MapResults{}, settings);
    ASSERT_EQ(legend.size(), 1U);
    // Every parcel has an area, so every one has a FAR: no "No data" entry.
    ASSERT_EQ(legend[0].entries.size(), 5U);
    EXPECT_EQ(legend[0].entries[0].label, QStringLiteral("< 0.5"));
    EXPECT_EQ(legend[0].entries[1].label, QStringLiteral("0.5 – 1.0"));
    EXPECT_EQ(legend[0].entries[4].label, QStringLiteral("≥ 2.0"));

    // The parcel with B1 on it (20 m × 20 m × 2 floors = 800 m² on 10 000 m²) has FAR 0.08,
    // the lowest class; its pixel has the legend's first colour.
    MapSnapshot snapshot{data, nullptr,
                         test::onlyLayers({layer(MapLayerId::Parcels, Theme::Far)},
                                          offsetEnvelope(0, 0, 800, 300), QSize(800, 300))};
    EXPECT_EQ(test::pixelAt(renderMap(snapshot), 50, 150), legend[0].entries[0].fill);

    // Building vacancy with one building whose floor area is known.
    settings.layers = {layer(MapLayerId::Buildings, Theme::VacancyRatio)};
    legend = legendOf(*data, MapResults{}, settings);
    ASSERT_EQ(legend.size(), 1U);
    EXPECT_EQ(legend[0].entries.back().label, QStringLiteral("≥ 40 %"));
}

TEST(LegendTest, ListsVisibleLayersTopFirstAndSkipsEmptyResults) {
    const auto data = fourStatuses();
    MapSettings settings;
    settings.layers = defaultLayerSettings();
    const std::vector<LegendGroup> legend = legendOf(*data, MapResults{}, settings);
    // Default: zones, parcels, buildings, enterprises visible; capacity off; no candidates or
    // plan to show.
    ASSERT_EQ(legend.size(), 4U);
    EXPECT_EQ(legend[0].title, QStringLiteral("Enterprises — industry chain"));
    EXPECT_EQ(legend[0].entries.front().symbol, LegendEntry::Symbol::Point);
    EXPECT_EQ(legend[0].entries.front().label, QStringLiteral("医药健康"));
    EXPECT_EQ(legend[1].title, QStringLiteral("Buildings — kind"));
    EXPECT_EQ(legend[2].title, QStringLiteral("Parcels — status"));
    EXPECT_EQ(legend[3].title, QStringLiteral("Zones — kind"));
}

}  // namespace
}  // namespace sitefit::gui
