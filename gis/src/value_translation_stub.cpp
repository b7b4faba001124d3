// TEMP stub of the built-in value translation, so this branch links and its tests run
// before the real tables (gis/src/value_translation.cpp, branch `import`) land. Drop at
// merge: a handful of entries the real tables also hold.
#include <array>
#include <utility>

#include "sitefit/gis/value_translation.hpp"

namespace sitefit::gis {
namespace {

struct Entry {
    std::string_view target, field, source, value;
};

constexpr std::array kEntries{
    Entry{"parcels", "status", "available", "available"},
    Entry{"parcels", "status", "reserved", "reserved"},
    Entry{"parcels", "status", "transferred", "transferred"},
    Entry{"parcels", "status", "built", "built"},
    Entry{"parcels", "status", "待出让", "available"},
    Entry{"parcels", "status", "储备", "reserved"},
    Entry{"parcels", "status", "已出让", "transferred"},
    Entry{"parcels", "land_use", "M1", "M1"},
    Entry{"parcels", "land_use", "M2", "M2"},
    Entry{"parcels", "land_use", "一类工业用地", "M1"},
    Entry{"parcels", "land_use", "100101", "M1"},
    Entry{"buildings", "kind", "standard_factory", "standard_factory"},
    Entry{"buildings", "kind", "warehouse", "warehouse"},
    Entry{"buildings", "kind", "标准厂房", "standard_factory"},
    Entry{"zones", "kind", "industrial_park", "industrial_park"},
    Entry{"zones", "kind", "high_tech_zone", "high_tech_zone"},
    Entry{"zones", "kind", "工业园区", "industrial_park"},
};

}  // namespace

bool hasBuiltInTranslation(std::string_view target, std::string_view field) {
    for (const Entry& entry : kEntries) {
        if (entry.target == target && entry.field == field) {
            return true;
        }
    }
    return false;
}

std::optional<BuiltInTranslation> translateBuiltIn(std::string_view target, std::string_view field,
                                                   std::string_view value) {
    for (const Entry& entry : kEntries) {
        if (entry.target == target && entry.field == field && entry.source == value) {
            return BuiltInTranslation{std::string(entry.value), "stub"};
        }
    }
    return std::nullopt;
}

std::vector<std::string> nearestKnownValues(std::string_view target, std::string_view field,
                                            std::string_view, std::size_t count) {
    std::vector<std::string> values;
    for (const Entry& entry : kEntries) {
        if (entry.target == target && entry.field == field && entry.source == entry.value &&
            values.size() < count) {
            values.emplace_back(entry.value);
        }
    }
    return values;
}

}  // namespace sitefit::gis
