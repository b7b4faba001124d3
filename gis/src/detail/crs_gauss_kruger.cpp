#include "detail/crs_gauss_kruger.hpp"

#include <array>
#include <cmath>
#include <utility>

namespace sitefit::gis::detail {
namespace {

// {central meridian °E, EPSG code}, from the EPSG registry (`projinfo EPSG:4549` shows
// +lon_0=120). Kept as a table rather than derived, so a reader can check each row.
constexpr std::array<std::pair<int, int>, 21> kZones{{
    {75, 4534},  {78, 4535},  {81, 4536},  {84, 4537},  {87, 4538},  {90, 4539},  {93, 4540},
    {96, 4541},  {99, 4542},  {102, 4543}, {105, 4544}, {108, 4545}, {111, 4546}, {114, 4547},
    {117, 4548}, {120, 4549}, {123, 4550}, {126, 4551}, {129, 4552}, {132, 4553}, {135, 4554},
}};

}  // namespace

std::optional<int> cgcs2000GaussKrugerEpsg(double longitude_deg) {
    if (!std::isfinite(longitude_deg)) {
        return std::nullopt;
    }
    for (const auto& [meridian, epsg] : kZones) {
        if (longitude_deg >= meridian - 1.5 && longitude_deg < meridian + 1.5) {
            return epsg;
        }
    }
    return std::nullopt;
}

}  // namespace sitefit::gis::detail
