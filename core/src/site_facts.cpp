#include "sitefit/core/site_facts.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<SiteType, 2> kNames{{{
    {SiteType::Parcel, "parcel"},
    {SiteType::Space, "space"},
}}};

}  // namespace

std::string_view toString(SiteType type) {
    return kNames.name(type);
}

}  // namespace sitefit::core
