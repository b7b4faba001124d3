#pragma once

#include <string_view>
#include <vector>

#include "sitefit/core/catalogue.hpp"

namespace sitefit::core {

// A code of GB/T 4754-2017 (国民经济行业分类) in its written form: the section letter A–T and
// the division (2 digits), group (3) or class (4), e.g. C27, C271, C2710. Checks the form
// only, not that the standard defines the code.
[[nodiscard]] bool isIndustryCode(std::string_view text);

// The category covering `code`: the one listing the longest prefix of it among its
// industry_codes; null when none does.
[[nodiscard]] const Category* categoryCovering(const std::vector<Category>& categories,
                                               std::string_view code);

}  // namespace sitefit::core
