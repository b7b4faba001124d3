#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace sitefit::sample {

// A reproducible stream of random numbers for one named part of the generation.
//
// The engine (std::mt19937_64) is fully specified by the standard; the standard
// distributions are not, and give different numbers with libstdc++ and libc++. Every
// mapping from raw engine output to a number is therefore written here, so the same seed
// gives the same district on every platform.
//
// Each part (the parcels of one zone, the houses of one village, ...) draws from its own
// stream keyed by a purpose string: drawing one more building somewhere does not move
// every parcel of the district.
class RandomStream {
public:
    RandomStream(std::uint64_t seed, std::string_view purpose);

    [[nodiscard]] std::uint64_t next() { return m_engine(); }
    // Uniform in [0, 1), with 53 random bits.
    [[nodiscard]] double uniform();
    // Uniform in [low, high).
    [[nodiscard]] double uniform(double low, double high);
    // Uniform over the integers low..high, both included. Requires low <= high.
    [[nodiscard]] int integer(int low, int high);
    // Uniform over 0..count-1. Requires count > 0.
    [[nodiscard]] std::size_t index(std::size_t count);
    [[nodiscard]] bool chance(double probability) { return uniform() < probability; }
    // An index drawn with the given non-negative weights (not all zero).
    [[nodiscard]] std::size_t weighted(std::span<const double> weights);
    // `value` rounded to a multiple of `step`, drawn uniformly from [low, high).
    [[nodiscard]] double stepped(double low, double high, double step);

    // Fisher–Yates with our own index mapping (std::shuffle is implementation-defined).
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::swap(items[i - 1], items[index(i)]);
        }
    }

    template <typename T>
    [[nodiscard]] const T& pick(const std::vector<T>& items) {
        return items[index(items.size())];
    }

private:
    std::mt19937_64 m_engine;
};

}  // namespace sitefit::sample
