#pragma once

#include <string_view>

#include "sitefit/core/date.hpp"

namespace sitefit::planning {

// Today's date (UTC), the default date for readiness ("available from" in the past).
[[nodiscard]] core::Date today();

// The date a command or a request names for readiness: `text` as YYYY-MM-DD, or today when
// it is empty. Throws sitefit::Error (Usage) naming `option` and the text when it is not a
// date, e.g. "--as-of '2026-13-01' is not a date (YYYY-MM-DD)".
[[nodiscard]] core::Date asOfDate(std::string_view text, std::string_view option = "--as-of");

}  // namespace sitefit::planning
