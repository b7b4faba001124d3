#include "sitefit/core/enterprise.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<EnterpriseRole, 3> kNames{{{
    {EnterpriseRole::ChainLeader, "chain_leader"},
    {EnterpriseRole::Key, "key"},
    {EnterpriseRole::Supporting, "supporting"},
}}};

}  // namespace

std::optional<EnterpriseRole> parseEnterpriseRole(std::string_view text) {
    return kNames.parse(text);
}

std::string_view toString(EnterpriseRole role) {
    return kNames.name(role);
}

}  // namespace sitefit::core
