#include "sitefit/core/plan_link.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<PlanLinkKind, 2> kNames{{{
    {PlanLinkKind::Pin, "pin"},
    {PlanLinkKind::Exclude, "exclude"},
}}};

}  // namespace

std::optional<PlanLinkKind> parsePlanLinkKind(std::string_view text) {
    return kNames.parse(text);
}

std::string_view toString(PlanLinkKind kind) {
    return kNames.name(kind);
}

}  // namespace sitefit::core
