#include "detail/feature_limit.hpp"

#include <string>

namespace sitefit::gis::detail {

void checkFeatureLimit(std::size_t count, const InputLimits& limits, const ErrorContext& where) {
    if (count <= limits.max_features_per_layer) {
        return;
    }
    throw Error(Error::Kind::Input,
                "the layer has " + std::to_string(count) + " features, more than the limit of " +
                    std::to_string(limits.max_features_per_layer) +
                    " per layer; raise it with the environment variable " +
                    InputLimits::kFeaturesVariable + " if the data are right",
                where);
}

}  // namespace sitefit::gis::detail
