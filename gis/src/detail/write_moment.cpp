#include "detail/write_moment.hpp"

#include <csignal>
#include <cstdlib>

namespace sitefit::gis::detail {

void markWriteMoment(std::string_view moment) {
    // Read once: the environment does not change under a running writer.
    static const char* const wanted =
        std::getenv("SITEFIT_STOP_AT");  // NOLINT(concurrency-mt-unsafe)
    if (wanted == nullptr) {
        return;
    }
    // A comma-separated list: the tests stop at the start and again at the end to time a write.
    std::string_view list(wanted);
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        if (list.substr(0, comma) == moment) {
            std::raise(SIGSTOP);
            return;
        }
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
}

}  // namespace sitefit::gis::detail
