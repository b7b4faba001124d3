#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sitefit/core/date.hpp"

namespace sitefit::core {

enum class BuildingKind {
    StandardFactory,
    RndOffice,
    Warehouse,
    Incubator,
    Residential,
    PublicService,
    Other
};

[[nodiscard]] std::optional<BuildingKind> parseBuildingKind(std::string_view text);
[[nodiscard]] std::string_view toString(BuildingKind kind);

// The attributes of a `buildings` feature (a footprint polygon).
struct Building {
    std::string building_id;
    BuildingKind kind = BuildingKind::Other;
    int floors = 1;
    std::optional<double> floor_area_m2;  // gross; when absent: footprint × floors
    std::optional<double> vacant_m2;
    std::optional<double> floor_load_kn_m2;
    std::optional<double> clear_height_m;
    std::optional<double> rent_yuan_m2_month;
    std::optional<Date> available_from;
    std::string carrier;
};

}  // namespace sitefit::core
