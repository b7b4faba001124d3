#pragma once

#include <cstddef>

namespace sitefit::gis {

// How large an input the readers accept. Data beyond them is refused before it is loaded
// (a layer's feature count) or converted (a feature's vertices), with a message naming the
// layer or feature, instead of exhausting memory. The defaults leave room for district-wide
// data (the largest benchmark workspace has 1.1 million buildings of a few dozen vertices).
struct InputLimits {
    std::size_t max_vertices_per_feature = 250'000;
    std::size_t max_features_per_layer = 5'000'000;

    // The names of the environment variables that override the defaults.
    static constexpr const char* kVerticesVariable = "SITEFIT_MAX_VERTICES_PER_FEATURE";
    static constexpr const char* kFeaturesVariable = "SITEFIT_MAX_FEATURES_PER_LAYER";

    // The defaults, overridden by those environment variables where set. Throws
    // sitefit::Error (Usage) when one is set to anything but a positive whole number.
    [[nodiscard]] static InputLimits fromEnvironment();
};

}  // namespace sitefit::gis
