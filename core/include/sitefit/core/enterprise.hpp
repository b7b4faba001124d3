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
    // The catalogue category; "" when only `industry_code` is given (the category covering
    // the code is then looked up in the catalogue, see catalogue_choice.hpp).
    std::string category_code;
    EnterpriseRole role = EnterpriseRole::Supporting;
    std::optional<double> annual_output_yi;  // 亿元 per year
    std::string industry_code = {};  // GB/T 4754-2017 (国民经济行业分类), e.g. C2710; may be ""
};

}  // namespace sitefit::core
