#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace sitefit::core {

// How much of one feature lies in another (an index into the District's vector of the
// other kind), in m² of the workspace's metric CRS.
struct Overlap {
    std::size_t index = 0;
    double area_m2 = 0.0;
};

struct ParcelFacts {
    double area_m2 = 0.0;
    std::vector<Overlap> zone_overlaps;  // zones the parcel shares area with
};

struct BuildingFacts {
    double footprint_m2 = 0.0;
    std::vector<Overlap> parcel_overlaps;  // parcels the footprint shares area with
    std::vector<Overlap> zone_overlaps;    // zones the footprint shares area with
};

struct EnterpriseFacts {
    std::vector<std::size_t> zones;  // zones that contain the point (boundary included)
};

// Two features of one layer that share land (more than DataTolerances::sliver_m2): surveyed
// parcel boundaries that overlap, or zones drawn over each other. A parcel's shared land is
// counted once, in the first parcel's figures.
struct SharedLand {
    std::size_t first = 0;  // index in its layer, the lower of the two
    std::size_t second = 0;
    double area_m2 = 0.0;
    double x = 0.0;  // a point inside the shared land, in the workspace CRS
    double y = 0.0;
};

// Everything geometric that the capacity and matching rules need, measured by gis/.
// Indices follow the District the facts were measured for.
struct SpatialFacts {
    std::vector<ParcelFacts> parcels;
    std::vector<BuildingFacts> buildings;
    std::vector<EnterpriseFacts> enterprises;
    std::vector<SharedLand> parcel_pairs;  // by first, then second
    std::vector<SharedLand> zone_pairs;    // by first, then second
};

// The membership rule of docs/capacity.md: the feature belongs to the one holding the largest
// share of it; none when it overlaps nothing. Ties go to the lower index so results are
// repeatable.
[[nodiscard]] std::optional<std::size_t> largestShare(const std::vector<Overlap>& overlaps);

}  // namespace sitefit::core
