#include "sitefit/planning/as_of_date.hpp"

#include <chrono>
#include <string>

#include "sitefit/core/error.hpp"

namespace sitefit::planning {

core::Date today() {
    return core::Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

core::Date asOfDate(std::string_view text, std::string_view option) {
    if (text.empty()) {
        return today();
    }
    if (const auto date = core::parseIsoDate(text)) {
        return *date;
    }
    throw Error(Error::Kind::Usage,
                std::string(option) + " '" + std::string(text) + "' is not a date (YYYY-MM-DD)");
}

}  // namespace sitefit::planning
