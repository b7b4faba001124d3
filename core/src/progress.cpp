#include "sitefit/core/progress.hpp"

namespace sitefit::core {

void SilentProgress::report(std::string_view /*stage*/, std::size_t /*done*/,
                            std::size_t /*total*/) {}

void SilentProgress::finish(std::string_view /*stage*/) {}

ProgressSink& silentProgress() {
    static SilentProgress sink;
    return sink;
}

}  // namespace sitefit::core
