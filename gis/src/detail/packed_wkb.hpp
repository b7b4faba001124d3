#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis::detail {

// Geometries as WKB, end to end in one buffer: a copy of many features' WKB in two
// allocations instead of one per feature, freed as one.
class PackedWkb {
public:
    PackedWkb() = default;
    explicit PackedWkb(std::span<const Wkb> geometries);

    [[nodiscard]] std::size_t size() const noexcept { return m_ends.size(); }
    [[nodiscard]] std::span<const std::uint8_t> operator[](std::size_t i) const noexcept {
        const std::size_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::span<const std::uint8_t>(m_bytes).subspan(begin, m_ends[i] - begin);
    }
    // What it holds, in bytes.
    [[nodiscard]] std::size_t bytes() const noexcept {
        return m_bytes.capacity() + m_ends.capacity() * sizeof(std::size_t);
    }

private:
    std::vector<std::uint8_t> m_bytes;
    std::vector<std::size_t> m_ends;  // where each geometry ends in m_bytes
};

}  // namespace sitefit::gis::detail
