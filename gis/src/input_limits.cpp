#include "sitefit/gis/input_limits.hpp"

#include <charconv>
#include <cstdlib>
#include <string>
#include <string_view>

#include "sitefit/core/error.hpp"

namespace sitefit::gis {
namespace {

void overrideFrom(const char* variable, std::size_t& limit) {
    const char* value = std::getenv(variable);  // NOLINT(concurrency-mt-unsafe): read once
    if (value == nullptr) {
        return;
    }
    const std::string_view text(value);
    std::size_t parsed = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() || parsed == 0) {
        throw Error(Error::Kind::Usage, "the environment variable " + std::string(variable) +
                                            " is '" + std::string(text) +
                                            "'; it must be a positive whole number");
    }
    limit = parsed;
}

}  // namespace

InputLimits InputLimits::fromEnvironment() {
    InputLimits limits;
    overrideFrom(kVerticesVariable, limits.max_vertices_per_feature);
    overrideFrom(kFeaturesVariable, limits.max_features_per_layer);
    return limits;
}

}  // namespace sitefit::gis
