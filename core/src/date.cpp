#include "sitefit/core/date.hpp"

#include <charconv>
#include <cstdio>

namespace sitefit::core {
namespace {

std::optional<int> parseNumber(std::string_view text) {
    int value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || text.empty()) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

std::optional<Date> parseIsoDate(std::string_view text) {
    // Only the date part of a timestamp matters to planning.
    if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) {
        text = text.substr(0, 10);
    }
    if (text.size() != 10 || (text[4] != '-' && text[4] != '/') || text[7] != text[4]) {
        return std::nullopt;
    }
    const auto year = parseNumber(text.substr(0, 4));
    const auto month = parseNumber(text.substr(5, 2));
    const auto day = parseNumber(text.substr(8, 2));
    if (!year || !month || !day) {
        return std::nullopt;
    }
    const Date date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                    std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return date;
}

std::string formatIsoDate(const Date& date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

}  // namespace sitefit::core
