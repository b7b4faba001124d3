#include "sitefit/core/zone.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<ZoneKind, 4> kNames{{{
    {ZoneKind::HighTechZone, "high_tech_zone"},
    {ZoneKind::IndustrialPark, "industrial_park"},
    {ZoneKind::TownshipCluster, "township_cluster"},
    {ZoneKind::SpecialtyPark, "specialty_park"},
}}};

}  // namespace

std::optional<ZoneKind> parseZoneKind(std::string_view text) {
    return kNames.parse(text);
}

std::string_view toString(ZoneKind kind) {
    return kNames.name(kind);
}

}  // namespace sitefit::core
