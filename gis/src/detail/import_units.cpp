#include "detail/import_units.hpp"

#include <array>

#include "sitefit/core/units.hpp"
#include "sitefit/gis/value_translation.hpp"

namespace sitefit::gis::detail {
namespace {

enum class Quantity { None, Area, PricePerArea, Money, MonthlyRent };

struct Unit {
    Quantity quantity;
    std::string_view spelling;
    double factor;  // to the schema's unit of the quantity
};

constexpr double kMu = core::kSquareMetresPerMu;  // 10000/15 m²

// Areas in m²; land prices and investment intensities in 万元/亩; sums in 万元; rents in
// 元/m² a month (the units of the schema's fields, see core's records). A rent per day is
// not offered: months of 30 or 30.4 days both occur, and the choice would be a guess.
constexpr std::array kUnits{
    Unit{Quantity::Area, "m²", 1.0},
    Unit{Quantity::Area, "m2", 1.0},
    Unit{Quantity::Area, "㎡", 1.0},
    Unit{Quantity::Area, "平方米", 1.0},
    Unit{Quantity::Area, "亩", kMu},
    Unit{Quantity::Area, "公顷", 10000.0},
    Unit{Quantity::Area, "ha", 10000.0},
    Unit{Quantity::PricePerArea, "万元/亩", 1.0},
    Unit{Quantity::PricePerArea, "元/亩", 1.0e-4},
    Unit{Quantity::PricePerArea, "元/m²", kMu / 1.0e4},
    Unit{Quantity::PricePerArea, "元/m2", kMu / 1.0e4},
    Unit{Quantity::PricePerArea, "元/㎡", kMu / 1.0e4},
    Unit{Quantity::PricePerArea, "元/平方米", kMu / 1.0e4},
    Unit{Quantity::PricePerArea, "万元/公顷", kMu / 1.0e4},
    Unit{Quantity::PricePerArea, "万元/ha", kMu / 1.0e4},
    Unit{Quantity::Money, "万元", 1.0},
    Unit{Quantity::Money, "元", 1.0e-4},
    Unit{Quantity::Money, "亿元", 1.0e4},
    Unit{Quantity::MonthlyRent, "元/m²/月", 1.0},
    Unit{Quantity::MonthlyRent, "元/m²·月", 1.0},
    Unit{Quantity::MonthlyRent, "元/m2/月", 1.0},
    Unit{Quantity::MonthlyRent, "元/㎡/月", 1.0},
    Unit{Quantity::MonthlyRent, "元/平方米/月", 1.0},
    Unit{Quantity::MonthlyRent, "元/m²/年", 1.0 / 12.0},
    Unit{Quantity::MonthlyRent, "元/m²·年", 1.0 / 12.0},
    Unit{Quantity::MonthlyRent, "元/m2/年", 1.0 / 12.0},
    Unit{Quantity::MonthlyRent, "元/㎡/年", 1.0 / 12.0},
    Unit{Quantity::MonthlyRent, "元/平方米/年", 1.0 / 12.0},
};

Quantity quantityOf(std::string_view target, std::string_view field) {
    if ((target == "buildings" && (field == "floor_area_m2" || field == "vacant_m2")) ||
        (target == "projects" && (field == "land_m2" || field == "floor_m2"))) {
        return Quantity::Area;
    }
    if ((target == "parcels" && field == "land_price") ||
        (target == "zones" && field == "min_investment_intensity")) {
        return Quantity::PricePerArea;
    }
    if (target == "projects" && (field == "investment" || field == "annual_tax")) {
        return Quantity::Money;
    }
    if (target == "buildings" && field == "rent") {
        return Quantity::MonthlyRent;
    }
    return Quantity::None;
}

std::string_view schemaUnit(Quantity quantity) {
    switch (quantity) {
        case Quantity::Area:
            return "m²";
        case Quantity::PricePerArea:
            return "万元/亩";
        case Quantity::Money:
            return "万元";
        case Quantity::MonthlyRent:
            return "元/m²/月";
        case Quantity::None:
            break;
    }
    return "";
}

}  // namespace

std::string schemaUnitOf(std::string_view target, std::string_view field) {
    return std::string(schemaUnit(quantityOf(target, field)));
}

std::string unitsAcceptedBy(std::string_view target, std::string_view field) {
    const Quantity quantity = quantityOf(target, field);
    std::string out;
    for (const Unit& unit : kUnits) {
        if (unit.quantity == quantity && quantity != Quantity::None) {
            out += out.empty() ? "" : ", ";
            out += unit.spelling;
        }
    }
    return out;
}

std::optional<UnitConversion> unitConversion(std::string_view target, std::string_view field,
                                             std::string_view unit) {
    const Quantity quantity = quantityOf(target, field);
    if (quantity == Quantity::None) {
        return std::nullopt;
    }
    const std::string wanted = normalisedForComparison(unit);
    for (const Unit& candidate : kUnits) {
        if (candidate.quantity == quantity &&
            normalisedForComparison(candidate.spelling) == wanted) {
            return UnitConversion{candidate.factor, std::string(schemaUnit(quantity))};
        }
    }
    return std::nullopt;
}

}  // namespace sitefit::gis::detail
