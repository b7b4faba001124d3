#include "sitefit/core/figure_format.hpp"

#include <charconv>
#include <cstdio>

#include "sitefit/core/units.hpp"

namespace sitefit::core {

std::string decimal(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string grouped(double value) {
    std::string digits = decimal(value, 0);
    const std::size_t start = !digits.empty() && digits[0] == '-' ? 1 : 0;
    for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3;
         i > static_cast<std::ptrdiff_t>(start); i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return digits;
}

std::string shortest(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return {buffer, result.ptr};
}

std::string significant(double value, int digits) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
    return buffer;
}

std::string area(double m2) {
    return grouped(m2) + " m² (" + decimal(muFromSquareMetres(m2), 1) + " 亩)";
}

}  // namespace sitefit::core
