#pragma once

#include <string>

namespace sitefit::core {

// Figures as planners write them in reasons and tables: "12,345", "1.25",
// "8,000 m² (12.0 亩)".
std::string grouped(double value);
std::string decimal(double value, int decimals);
std::string area(double m2);

// The fewest digits that read back as the same double ("0.1", "1e+300"): a stored value
// written as text loses nothing.
std::string shortest(double value);
// printf's %.Ng: `digits` significant digits, trailing zeros dropped ("1.5", "1.23457e+06").
std::string significant(double value, int digits);

}  // namespace sitefit::core
