#include "sitefit/core/constraint.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<Constraint, kAllConstraints.size()> kNames{{{
    {Constraint::Status, "status"},
    {Constraint::Area, "area"},
    {Constraint::LandUse, "land_use"},
    {Constraint::PollutionClass, "pollution_class"},
    {Constraint::InvestmentIntensity, "investment_intensity"},
    {Constraint::Far, "far"},
    {Constraint::Power, "power"},
    {Constraint::AvailableFrom, "available_from"},
    {Constraint::BuildingKind, "building_kind"},
    {Constraint::FloorLoad, "floor_load"},
    {Constraint::ClearHeight, "clear_height"},
}}};

}  // namespace

std::string_view toString(Constraint constraint) {
    return kNames.name(constraint);
}

}  // namespace sitefit::core
