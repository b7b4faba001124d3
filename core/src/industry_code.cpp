#include "sitefit/core/industry_code.hpp"

#include <algorithm>

namespace sitefit::core {

bool isIndustryCode(std::string_view text) {
    if (text.size() < 3 || text.size() > 5 || text.front() < 'A' || text.front() > 'T') {
        return false;
    }
    return std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

const Category* categoryCovering(const std::vector<Category>& categories, std::string_view code) {
    const Category* best = nullptr;
    std::size_t bestLength = 0;
    for (const Category& category : categories) {
        for (const std::string& listed : category.industry_codes) {
            if (listed.size() > bestLength && code.starts_with(listed)) {
                best = &category;
                bestLength = listed.size();
            }
        }
    }
    return best;
}

}  // namespace sitefit::core
