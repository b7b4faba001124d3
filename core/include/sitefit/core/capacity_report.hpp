#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "sitefit/core/parcel.hpp"

namespace sitefit::core {

// The figures of one parcel, by the spatial rules of docs/capacity.md. Areas in m².
struct ParcelCapacity {
    std::size_t parcel = 0;           // index into District::parcels
    std::optional<std::size_t> zone;  // the zone holding the largest share of it
    double area_m2 = 0.0;
    double area_mu = 0.0;
    double footprint_m2 = 0.0;   // Σ building ∩ parcel
    double coverage = 0.0;       // footprint / area
    double floor_area_m2 = 0.0;  // Σ building floor area × its share inside the parcel
    double far = 0.0;            // floor area / area
    std::optional<double> buildable_floor_m2;  // max(0, far_max × area − floor area)
};

struct StatusTally {
    int count = 0;
    double area_m2 = 0.0;
};

inline constexpr std::size_t kParcelStatusCount = 4;

// The figures of one zone, or of the whole district (then `zone` is empty).
struct ZoneCapacity {
    std::optional<std::size_t> zone;  // index into District::zones
    int parcel_count = 0;
    // Land two of its parcels both claim (SpatialFacts::parcel_pairs), counted once: taken
    // out of the second parcel's status tally (and of the available land when it is
    // available). A zone counts the pairs whose parcels both belong to it.
    double shared_land_m2 = 0.0;
    std::array<StatusTally, kParcelStatusCount> by_status{};  // indexed by ParcelStatus
    double available_land_m2 = 0.0;
    double available_land_mu = 0.0;
    int building_count = 0;
    double floor_area_m2 = 0.0;
    double vacant_m2 = 0.0;
    double occupancy = 0.0;  // 1 − vacant / floor area; 0 where there is no floor area
    int enterprises = 0;
    std::optional<int> enterprise_capacity;
    std::optional<int> places_left;  // capacity − enterprises, never below 0

    [[nodiscard]] const StatusTally& tally(ParcelStatus status) const {
        return by_status.at(static_cast<std::size_t>(status));
    }
};

struct CapacityReport {
    std::vector<ParcelCapacity> parcels;  // one per parcel, in workspace order
    std::vector<ZoneCapacity> zones;      // one per zone, in workspace order
    ZoneCapacity district;                // every parcel, building and enterprise
    int parcels_outside_zones = 0;
    int buildings_outside_zones = 0;
};

}  // namespace sitefit::core
