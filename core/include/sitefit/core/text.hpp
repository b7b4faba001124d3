#pragma once

#include <concepts>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

namespace sitefit::core {

// Text helpers for names, keywords and file extensions, which are compared without regard to
// ASCII case only: a byte outside A-Z (UTF-8 included) is left as it is, whatever the locale.

// "GeoPackage.GPKG" → "geopackage.gpkg"
std::string asciiLower(std::string_view text);

// "Zone_ID" and "zone_id" are equal; "Zone" and "Zones" are not.
bool equalIgnoringAsciiCase(std::string_view a, std::string_view b);

// {"a", "b", "c"} → "a, b, c". The separator goes before an item only when something was
// written already, so leading empty items leave no separator behind.
std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ");
// The same for other ranges of texts, such as a span of string_views.
template <std::ranges::input_range Items>
requires std::convertible_to<std::ranges::range_reference_t<Items>, std::string_view> std::string
joined(const Items& items, std::string_view separator = ", ") {
    std::string out;
    for (const std::string_view item : items) {
        if (!out.empty()) {
            out += separator;
        }
        out += item;
    }
    return out;
}
// {"a", "b"} → "'a', 'b'"
std::string quotedList(const std::vector<std::string>& items);

// A figure as a user writes it, for messages: 2.5, not 2.500000; 12 significant digits.
std::string writtenFigure(double value);

}  // namespace sitefit::core
