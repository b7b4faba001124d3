#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace sitefit::core::detail {

// The schema's spelling of each value of a domain enum, one table per enum, so parsing and
// printing can never disagree.
template <typename Enum, std::size_t N>
struct EnumNames {
    std::array<std::pair<Enum, std::string_view>, N> entries;

    [[nodiscard]] constexpr std::optional<Enum> parse(std::string_view text) const {
        for (const auto& [value, name] : entries) {
            if (name == text) {
                return value;
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] constexpr std::string_view name(Enum value) const {
        for (const auto& [v, name] : entries) {
            if (v == value) {
                return name;
            }
        }
        return "unknown";
    }
};

}  // namespace sitefit::core::detail
