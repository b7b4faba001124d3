#pragma once

#include <string>
#include <vector>

namespace sitefit::core {

// Figures as planners write them in reasons and tables: "12,345", "1.25",
// "8,000 m² (12.0 亩)".
std::string grouped(double value);
std::string decimal(double value, int decimals);
std::string area(double m2);

// "a, b, c"
std::string joined(const std::vector<std::string>& items);

}  // namespace sitefit::core
