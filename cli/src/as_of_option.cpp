#include "as_of_option.hpp"

#include <chrono>

#include "sitefit/core/error.hpp"

namespace sitefit::cli {

core::Date asOfDate(const std::string& text) {
    if (text.empty()) {
        return core::Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    }
    if (const auto date = core::parseIsoDate(text)) {
        return *date;
    }
    throw Error(Error::Kind::Usage, "--as-of '" + text + "' is not a date (YYYY-MM-DD)");
}

}  // namespace sitefit::cli
