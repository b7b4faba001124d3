#pragma once

#include <array>
#include <span>
#include <string_view>

namespace sitefit::gui {

// The layers of the map, bottom to top in their default order.
enum class MapLayerId {
    Zones,        // zone polygons
    Parcels,      // parcel polygons
    Capacity,     // zones shaded by what they can still take (capacity figures)
    Buildings,    // building footprints
    Enterprises,  // enterprise points
    Candidates,   // the selected project's ranked candidate sites, with rank numbers
    Allocation,   // the sites chosen by the allocation, labelled with their project
};
inline constexpr std::array kAllMapLayers{
    MapLayerId::Zones,       MapLayerId::Parcels,    MapLayerId::Capacity,  MapLayerId::Buildings,
    MapLayerId::Enterprises, MapLayerId::Candidates, MapLayerId::Allocation};

// How a layer is coloured. Categorised themes give one colour per value, graduated ones a
// colour ramp over classes of a figure.
enum class Theme {
    Single,         // one colour (every layer)
    ParcelStatus,   // categorised: available / reserved / transferred / built (parcels)
    LandUse,        // categorised: M1, M2, M3, W1, R, A, ... (parcels)
    ZoneKind,       // categorised: high-tech zone, industrial park, ... (zones)
    Chain,          // categorised: zones by first leading chain, enterprises by their chain
    BuildingKind,   // categorised: standard factory, R&D office, ... (buildings)
    VacancyRatio,   // graduated: vacant ÷ floor area (buildings; capacity: per zone)
    Coverage,       // graduated: footprint ÷ parcel area (parcels)
    Far,            // graduated: floor area ÷ parcel area (parcels)
    AvailableLand,  // graduated: available land in 亩 (capacity)
    MatchScore,     // graduated: candidate score 0..100 (candidates)
};

// Stable lowercase names used on the command line and in saved settings
// ("zones", "parcels", ...; "parcel_status", "far", ...).
[[nodiscard]] std::string_view layerName(MapLayerId layer);
[[nodiscard]] std::string_view themeName(Theme theme);
// Throw sitefit::Error (Usage) listing the valid names.
[[nodiscard]] MapLayerId layerFromName(std::string_view name);
[[nodiscard]] Theme themeFromName(std::string_view name);

// The themes a layer can be drawn with, the first being its default.
[[nodiscard]] std::span<const Theme> themesOf(MapLayerId layer);

}  // namespace sitefit::gui
