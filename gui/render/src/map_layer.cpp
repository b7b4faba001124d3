#include "sitefit/gui/map_layer.hpp"

#include <string>

#include "sitefit/core/error.hpp"

namespace sitefit::gui {
namespace {

constexpr std::array kAllThemes{Theme::Single,        Theme::ParcelStatus, Theme::LandUse,
                                Theme::ZoneKind,      Theme::Chain,        Theme::BuildingKind,
                                Theme::VacancyRatio,  Theme::Coverage,     Theme::Far,
                                Theme::AvailableLand, Theme::MatchScore};

template <typename T, std::size_t N, typename NameOf>
std::string validNames(const std::array<T, N>& all, NameOf nameOf) {
    std::string names;
    for (const T value : all) {
        names += (names.empty() ? "" : ", ") + std::string(nameOf(value));
    }
    return names;
}

}  // namespace

std::string_view layerName(MapLayerId layer) {
    switch (layer) {
        case MapLayerId::Zones:
            return "zones";
        case MapLayerId::Parcels:
            return "parcels";
        case MapLayerId::Capacity:
            return "capacity";
        case MapLayerId::Buildings:
            return "buildings";
        case MapLayerId::Enterprises:
            return "enterprises";
        case MapLayerId::Candidates:
            return "candidates";
        case MapLayerId::Allocation:
            return "allocation";
    }
    return "zones";
}

std::string_view themeName(Theme theme) {
    switch (theme) {
        case Theme::Single:
            return "single";
        case Theme::ParcelStatus:
            return "parcel_status";
        case Theme::LandUse:
            return "land_use";
        case Theme::ZoneKind:
            return "zone_kind";
        case Theme::Chain:
            return "chain";
        case Theme::BuildingKind:
            return "building_kind";
        case Theme::VacancyRatio:
            return "vacancy_ratio";
        case Theme::Coverage:
            return "coverage";
        case Theme::Far:
            return "far";
        case Theme::AvailableLand:
            return "available_land";
        case Theme::MatchScore:
            return "match_score";
    }
    return "single";
}

MapLayerId layerFromName(std::string_view name) {
    for (const MapLayerId layer : kAllMapLayers) {
        if (layerName(layer) == name) {
            return layer;
        }
    }
    throw Error(Error::Kind::Usage, "unknown map layer '" + std::string(name) +
                                        "'; valid layers: " + validNames(kAllMapLayers, layerName));
}

Theme themeFromName(std::string_view name) {
    for (const Theme theme : kAllThemes) {
        if (themeName(theme) == name) {
            return theme;
        }
    }
    throw Error(Error::Kind::Usage, "unknown map theme '" + std::string(name) +
                                        "'; valid themes: " + validNames(kAllThemes, themeName));
}

std::span<const Theme> themesOf(MapLayerId layer) {
    static constexpr std::array kZones{Theme::ZoneKind, Theme::Chain, Theme::Single};
    static constexpr std::array kParcels{Theme::ParcelStatus, Theme::LandUse, Theme::Far,
                                         Theme::Coverage, Theme::Single};
    static constexpr std::array kCapacity{Theme::AvailableLand, Theme::VacancyRatio, Theme::Single};
    static constexpr std::array kBuildings{Theme::BuildingKind, Theme::VacancyRatio, Theme::Single};
    static constexpr std::array kEnterprises{Theme::Chain, Theme::Single};
    static constexpr std::array kCandidates{Theme::MatchScore, Theme::Single};
    static constexpr std::array kAllocation{Theme::Single};
    switch (layer) {
        case MapLayerId::Zones:
            return kZones;
        case MapLayerId::Parcels:
            return kParcels;
        case MapLayerId::Capacity:
            return kCapacity;
        case MapLayerId::Buildings:
            return kBuildings;
        case MapLayerId::Enterprises:
            return kEnterprises;
        case MapLayerId::Candidates:
            return kCandidates;
        case MapLayerId::Allocation:
            return kAllocation;
    }
    return kAllocation;
}

}  // namespace sitefit::gui
