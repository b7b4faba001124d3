#pragma once

#include <array>
#include <string_view>

namespace sitefit::core {

// The hard constraints a site must meet to take a project (docs/matching.md, "Hard
// constraints"). A site that fails one is rejected with a ConstraintFailure.
enum class Constraint {
    Status,               // a parcel must be available
    Area,                 // land within the need and its tolerance; floor space vacant
    LandUse,              // one of the category's land-use classes
    PollutionClass,       // at most what the zone and the land use allow
    InvestmentIntensity,  // 万元/亩 at least the zone's minimum
    Far,                  // floor space over land within the site's FAR range
    Power,                // supply in kVA
    AvailableFrom,        // free by the date the project needs it
    BuildingKind,         // a kind of building floor-space projects may use
    FloorLoad,            // kN/m²
    ClearHeight,          // m
};

inline constexpr std::array kAllConstraints{
    Constraint::Status,
    Constraint::Area,
    Constraint::LandUse,
    Constraint::PollutionClass,
    Constraint::InvestmentIntensity,
    Constraint::Far,
    Constraint::Power,
    Constraint::AvailableFrom,
    Constraint::BuildingKind,
    Constraint::FloorLoad,
    Constraint::ClearHeight,
};

// snake_case names as written in JSON, tables and result layers: status, area, land_use,
// pollution_class, investment_intensity, far, power, available_from, building_kind,
// floor_load, clear_height.
[[nodiscard]] std::string_view toString(Constraint constraint);

}  // namespace sitefit::core
