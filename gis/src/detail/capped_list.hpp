#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace sitefit::gis::detail {

// The first `shown` lines, each on a line of its own indented by two spaces, and
// "… and N more" for the rest: a message that lists what is wrong without growing with it.
[[nodiscard]] std::string cappedList(const std::vector<std::string>& lines, std::size_t shown = 20);

}  // namespace sitefit::gis::detail
