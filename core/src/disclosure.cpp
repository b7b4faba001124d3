#include "sitefit/core/disclosure.hpp"

#include <cstddef>

namespace sitefit::core {

std::optional<double> disclosedTotal(std::span<const double> figures,
                                     const DisclosureRules& rules) {
    if (figures.size() < static_cast<std::size_t>(rules.min_enterprises_in_total)) {
        return std::nullopt;
    }
    double total = 0.0;
    double largest = 0.0;
    double second = 0.0;
    for (const double figure : figures) {
        total += figure;
        if (figure > largest) {
            second = largest;
            largest = figure;
        } else if (figure > second) {
            second = figure;
        }
    }
    const double others = total - largest - second;
    // Rounding may leave `others` a hair below 0 when there are only two: 0 % means off.
    if (rules.p_percent > 0.0 && others < rules.p_percent / 100.0 * largest) {
        return std::nullopt;
    }
    return total;
}

}  // namespace sitefit::core
