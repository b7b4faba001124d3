#include "sitefit/core/project.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<ProjectNeed, 2> kNames{{{
    {ProjectNeed::Land, "land"},
    {ProjectNeed::Space, "space"},
}}};

}  // namespace

std::optional<ProjectNeed> parseProjectNeed(std::string_view text) {
    return kNames.parse(text);
}

std::string_view toString(ProjectNeed need) {
    return kNames.name(need);
}

}  // namespace sitefit::core
