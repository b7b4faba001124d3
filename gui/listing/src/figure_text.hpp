#pragma once

#include <QString>
#include <cmath>
#include <string>

#include "sitefit/core/figure_format.hpp"

namespace sitefit::gui::detail {

// The listing's figures as Qt text, formatted by core's figure rules so that the pages, the
// cards and the CLI print the same numbers.
[[nodiscard]] inline QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

[[nodiscard]] inline QString decimalText(double value, int decimals) {
    return fromStd(core::decimal(value, decimals));
}

// "1.0", "2.5": FAR figures without a pointless second decimal.
[[nodiscard]] inline QString ratioText(double value) {
    return decimalText(value, std::abs(value * 10.0 - std::round(value * 10.0)) < 1e-9 ? 1 : 2);
}

}  // namespace sitefit::gui::detail
