#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitefit::core {

enum class ZoneKind { HighTechZone, IndustrialPark, TownshipCluster, SpecialtyPark };

[[nodiscard]] std::optional<ZoneKind> parseZoneKind(std::string_view text);
[[nodiscard]] std::string_view toString(ZoneKind kind);

// An industrial concentration zone or park: the attributes of a `zones` feature.
struct Zone {
    std::string zone_id;
    std::string name;
    ZoneKind kind = ZoneKind::IndustrialPark;
    std::vector<std::string> leading_chains;  // chain codes
    std::optional<double> min_investment_intensity_wan_per_mu;
    int max_pollution_class = 3;             // 1 (clean) .. 3 (heavy)
    std::optional<int> enterprise_capacity;  // how many enterprises the carrier is built for
    std::string carrier;
};

}  // namespace sitefit::core
