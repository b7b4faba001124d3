#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sitefit::gis::detail {

// The units a mapping file may give a quantity field in ([projects.units] land_m2 = "亩"),
// and the factor that takes a value in that unit to the schema's unit.
struct UnitConversion {
    double factor = 1.0;      // schema value = source value × factor
    std::string schema_unit;  // e.g. "m²", "万元/亩"
};

// The schema unit of (target, field), e.g. "m²" for projects.land_m2; "" when the field is
// not a quantity a unit can be given for.
[[nodiscard]] std::string schemaUnitOf(std::string_view target, std::string_view field);

// The units (target, field) accepts, for messages, e.g. "m², 亩, 公顷, ha".
[[nodiscard]] std::string unitsAcceptedBy(std::string_view target, std::string_view field);

// The conversion of `unit` (trimmed; m2, ㎡ and 平方米 are m²) for (target, field); nothing
// when the field takes no unit or not that one.
[[nodiscard]] std::optional<UnitConversion> unitConversion(std::string_view target,
                                                           std::string_view field,
                                                           std::string_view unit);

}  // namespace sitefit::gis::detail
