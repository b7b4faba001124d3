#pragma once

#include <cstddef>
#include <cstdint>
#include <random>

namespace sitefit::core::detail {

// The heuristic's source of randomness. The mapping from raw 64-bit output to numbers is
// our own, not std::uniform_*_distribution, whose results differ between standard
// libraries: the same seed gives the same plan everywhere.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : m_engine(seed) {}

    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }

    // Uniform in [0, count); count > 0. The modulo bias is below 2^-40 for any count we meet.
    std::size_t below(std::size_t count) { return static_cast<std::size_t>(m_engine() % count); }

private:
    std::mt19937_64 m_engine;
};

}  // namespace sitefit::core::detail
