#include "sitefit/core/building.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<BuildingKind, 7> kNames{{{
    {BuildingKind::StandardFactory, "standard_factory"},
    {BuildingKind::RndOffice, "rnd_office"},
    {BuildingKind::Warehouse, "warehouse"},
    {BuildingKind::Incubator, "incubator"},
    {BuildingKind::Residential, "residential"},
    {BuildingKind::PublicService, "public_service"},
    {BuildingKind::Other, "other"},
}}};

}  // namespace

std::optional<BuildingKind> parseBuildingKind(std::string_view text) {
    return kNames.parse(text);
}

std::string_view toString(BuildingKind kind) {
    return kNames.name(kind);
}

}  // namespace sitefit::core
