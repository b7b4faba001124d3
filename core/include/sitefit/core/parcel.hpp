#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sitefit/core/date.hpp"

namespace sitefit::core {

enum class ParcelStatus { Available, Reserved, Transferred, Built };

[[nodiscard]] std::optional<ParcelStatus> parseParcelStatus(std::string_view text);
[[nodiscard]] std::string_view toString(ParcelStatus status);

// The attributes of a `parcels` feature. Its area comes from geometry, never from here.
struct Parcel {
    std::string parcel_id;
    std::string land_use;  // planning class: M1, M2, M3, W1, R, A, ...
    ParcelStatus status = ParcelStatus::Available;
    std::optional<double> far_min;
    std::optional<double> far_max;
    std::optional<double> density_max;  // building coverage ratio, 0..1
    std::optional<double> green_max;    // green ratio, 0..1
    std::optional<double> height_max_m;
    std::optional<double> land_price_wan_per_mu;
    std::optional<double> power_kva;
    std::optional<Date> available_from;
    std::string carrier;
};

}  // namespace sitefit::core
