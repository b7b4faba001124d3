#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/core/date.hpp"

namespace sitefit::core {

// What the figures of a constraint value are measured in. Numbers, dates and codes are kept
// as they are, so each front end words them in its own language (core/reason_wording.hpp
// for English).
enum class ConstraintUnit : std::uint8_t {
    SquareMetres,               // land (also read in 亩) or floor space
    KiloVoltAmperes,            // power supply
    WanYuanPerMu,               // investment intensity, 万元/亩
    KiloNewtonsPerSquareMetre,  // floor load
    Metres,                     // clear height
    FloorAreaRatio,             // FAR: floor space over land
    PollutionClass,             // 0 clean, higher more polluting
    Date,                       // a calendar day, in `date`
    LandUseClass,               // codes of the land-use classification ("M1")
    ParcelStatus,               // codes of core::ParcelStatus ("available")
    BuildingKind,               // codes of core::BuildingKind ("standard_factory")
};

// How the figures bound what a site must have; a site's own figure is `Equal`.
enum class BoundKind : std::uint8_t {
    Equal,    // the figure itself: `number`, `date` or `code`
    AtLeast,  // ≥ number
    AtMost,   // ≤ number
    Range,    // number .. upper
    OneOf,    // one of `codes`
    By,       // no later than `date`
    Unknown,  // no figure recorded
};

// What a figure was worked out on, where the wording names it.
enum class FigureBasis : std::uint8_t {
    None,
    SiteArea,    // an investment intensity: the investment spread over basis_m2 of land
    FloorSpace,  // a FAR: basis_m2 of the project's floor space over the land
};

// The zone and land use a pollution-class limit comes from: the stricter of the two applies.
struct PollutionLimitSource {
    std::optional<std::string> zone_id;   // nullopt: the site is outside every zone
    std::optional<std::string> land_use;  // a parcel's land use; nullopt for floor space

    friend bool operator==(const PollutionLimitSource&, const PollutionLimitSource&) = default;
};

// One side of a ConstraintFailure: what a project requires, or what the site has.
// e.g. {Range, SquareMetres, 6667, 8667} for land of 6,667–8,667 m², {Equal, SquareMetres,
// 12000} for a parcel of 12,000 m², {AtMost, PollutionClass, 2, limit_source {Z1, M1}}.
// Small on purpose: matching with reasons keeps two for every failed constraint of every
// rejected pair, so nothing is allocated for a numeric value.
struct ConstraintValue {
    double number = 0.0;             // numeric units: the figure, or a Range's lower end
    double upper = 0.0;              // a Range's upper end
    double basis_m2 = 0.0;           // what `basis` names
    std::string code;                // code units, Equal: "M1", "reserved"
    std::vector<std::string> codes;  // code units, OneOf
    // A pollution-class limit: where it comes from. Shared and immutable, so that the other
    // values carry only a null pointer.
    std::shared_ptr<const PollutionLimitSource> limit_source;
    Date date{};  // ConstraintUnit::Date
    BoundKind bound = BoundKind::Unknown;
    ConstraintUnit unit = ConstraintUnit::SquareMetres;
    FigureBasis basis = FigureBasis::None;
    bool vacant = false;  // square metres of vacant floor space

    [[nodiscard]] static ConstraintValue equal(double number, ConstraintUnit unit);
    [[nodiscard]] static ConstraintValue atLeast(double number, ConstraintUnit unit);
    [[nodiscard]] static ConstraintValue atMost(double number, ConstraintUnit unit);
    [[nodiscard]] static ConstraintValue range(double lower, double upper, ConstraintUnit unit);
    [[nodiscard]] static ConstraintValue equalDate(const Date& date);
    [[nodiscard]] static ConstraintValue by(const Date& date);
    [[nodiscard]] static ConstraintValue equalCode(std::string code, ConstraintUnit unit);
    [[nodiscard]] static ConstraintValue oneOf(std::vector<std::string> codes, ConstraintUnit unit);
    [[nodiscard]] static ConstraintValue unknown(ConstraintUnit unit);

    // The same figures; limit sources are compared by what they say.
    friend bool operator==(const ConstraintValue& a, const ConstraintValue& b);
};

}  // namespace sitefit::core
