#pragma once

namespace sitefit::core {

// 1 亩 (mu) = 10000/15 m²: 15 亩 make a hectare.
inline constexpr double kSquareMetresPerMu = 10000.0 / 15.0;

[[nodiscard]] constexpr double muFromSquareMetres(double area_m2) noexcept {
    return area_m2 / kSquareMetresPerMu;
}

[[nodiscard]] constexpr double squareMetresFromMu(double area_mu) noexcept {
    return area_mu * kSquareMetresPerMu;
}

}  // namespace sitefit::core
