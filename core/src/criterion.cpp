#include "sitefit/core/criterion.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<Criterion, 8> kNames{{{
    {Criterion::ChainSynergy, "chain_synergy"},
    {Criterion::ZoneOrientation, "zone_orientation"},
    {Criterion::SizeFit, "size_fit"},
    {Criterion::Cost, "cost"},
    {Criterion::Readiness, "readiness"},
    {Criterion::JobHousing, "job_housing"},
    {Criterion::PreferredZone, "preferred_zone"},
    {Criterion::ChainGap, "chain_gap"},
}}};

}  // namespace

std::string_view toString(Criterion criterion) {
    return kNames.name(criterion);
}

std::optional<Criterion> parseCriterion(std::string_view text) {
    return kNames.parse(text);
}

}  // namespace sitefit::core
