#include "detail/capped_list.hpp"

namespace sitefit::gis::detail {

std::string cappedList(const std::vector<std::string>& lines, std::size_t shown) {
    std::string out;
    for (std::size_t i = 0; i < lines.size() && i < shown; ++i) {
        out += "\n  " + lines[i];
    }
    if (lines.size() > shown) {
        out += "\n  … and " + std::to_string(lines.size() - shown) + " more";
    }
    return out;
}

}  // namespace sitefit::gis::detail
