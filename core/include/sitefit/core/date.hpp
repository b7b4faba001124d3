#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace sitefit::core {

using Date = std::chrono::year_month_day;

// Parses an ISO 8601 calendar date "YYYY-MM-DD" (also "YYYY/MM/DD", which Chinese
// spreadsheets export). Returns nullopt for anything else, including impossible dates.
[[nodiscard]] std::optional<Date> parseIsoDate(std::string_view text);

[[nodiscard]] std::string formatIsoDate(const Date& date);

}  // namespace sitefit::core
