#pragma once

#include <string>

#include "sitefit/core/date.hpp"

namespace sitefit::cli {

// The date of an `--as-of YYYY-MM-DD` option (match, listing): today (UTC) when it was not
// given. Throws sitefit::Error (Usage) for text that is not such a date.
core::Date asOfDate(const std::string& text);

}  // namespace sitefit::cli
