#include "random_stream.hpp"

#include <cmath>
#include <numeric>

namespace sitefit::sample {
namespace {

// FNV-1a: a stable hash of the purpose string (std::hash is not stable across libraries).
std::uint64_t purposeHash(std::string_view purpose) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : purpose) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// SplitMix64 finaliser: nearby seeds must not give correlated engine states.
std::uint64_t mix(std::uint64_t value) {
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27U)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31U);
}

}  // namespace

RandomStream::RandomStream(std::uint64_t seed, std::string_view purpose)
    : m_engine(mix(seed ^ mix(purposeHash(purpose)))) {}

double RandomStream::uniform() {
    return static_cast<double>(next() >> 11U) * 0x1.0p-53;
}

double RandomStream::uniform(double low, double high) {
    return low + (high - low) * uniform();
}

int RandomStream::integer(int low, int high) {
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low + 1);
    return low + static_cast<int>(index(static_cast<std::size_t>(span)));
}

std::size_t RandomStream::index(std::size_t count) {
    // Scaling a 53-bit fraction: no modulo bias, and exact for any count we use.
    const auto chosen = static_cast<std::size_t>(uniform() * static_cast<double>(count));
    return chosen < count ? chosen : count - 1;
}

std::size_t RandomStream::weighted(std::span<const double> weights) {
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double target = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (target < weights[i]) {
            return i;
        }
        target -= weights[i];
    }
    return weights.size() - 1;
}

double RandomStream::stepped(double low, double high, double step) {
    return std::round(uniform(low, high) / step) * step;
}

}  // namespace sitefit::sample
