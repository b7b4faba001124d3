#pragma once

#include <QString>
#include <optional>

#include "sitefit/core/date.hpp"

namespace sitefit::gui {

// Figures as the panels show them, written the way core writes them in reasons and the
// CLI in tables (core/figure_format.hpp): "12,345 m²", "18.5 亩", "1.25", "35 %".
// An absent value is "—".
[[nodiscard]] QString squareMetres(double m2);
[[nodiscard]] QString mu(double m2);        // the area in 亩, one decimal
[[nodiscard]] QString areaBoth(double m2);  // "12,000 m² (18.0 亩)"
[[nodiscard]] QString decimalText(double value, int decimals);
[[nodiscard]] QString groupedText(double value);
[[nodiscard]] QString percent(double fraction);  // 0.354 → "35.4 %"
[[nodiscard]] QString optionalFigure(const std::optional<double>& value, int decimals,
                                     const QString& unit);
[[nodiscard]] QString dateText(const std::optional<core::Date>& date);
[[nodiscard]] QString noValue();

// The Chinese or the English of a name the catalogue gives in both, by the UI language.
[[nodiscard]] QString localName(const std::string& zh, const std::string& en);

}  // namespace sitefit::gui
