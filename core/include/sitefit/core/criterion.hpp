#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace sitefit::core {

// The soft criteria that score a feasible site, each on 0..1; the rule pack weighs them
// (docs/matching.md, "Soft criteria").
enum class Criterion {
    ChainSynergy,     // near enterprises of the same chain and of linked categories
    ZoneOrientation,  // the project's chain is among the zone's leading chains
    SizeFit,          // little oversize (land) or a good share of the vacancy (space)
    Cost,             // land cost against the investment, or rent against the market
    Readiness,        // available by the time the project needs it
    JobHousing,       // homes and public services within commuting distance
    PreferredZone,    // the zone the investor asked for
    ChainGap,         // the project fills a category missing in the district (补链)
};

inline constexpr std::array kAllCriteria{
    Criterion::ChainSynergy,  Criterion::ZoneOrientation, Criterion::SizeFit,
    Criterion::Cost,          Criterion::Readiness,       Criterion::JobHousing,
    Criterion::PreferredZone, Criterion::ChainGap,
};

// snake_case names as used in rule packs and JSON: chain_synergy, zone_orientation, ...
[[nodiscard]] std::string_view toString(Criterion criterion);
[[nodiscard]] std::optional<Criterion> parseCriterion(std::string_view text);

}  // namespace sitefit::core
