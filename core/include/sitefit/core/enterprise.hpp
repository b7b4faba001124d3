#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sitefit::core {

enum class EnterpriseRole { ChainLeader, Key, Supporting };

[[nodiscard]] std::optional<EnterpriseRole> parseEnterpriseRole(std::string_view text);
[[nodiscard]] std::string_view toString(EnterpriseRole role);

// The attributes of an `enterprises` feature (a point).
struct Enterprise {
    std::string enterprise_id;
    std::string name;
    std::string category_code;
    EnterpriseRole role = EnterpriseRole::Supporting;
    std::optional<double> annual_output_yi;  // 亿元 per year
};

}  // namespace sitefit::core
