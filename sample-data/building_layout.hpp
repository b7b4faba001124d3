#pragma once

#include <span>
#include <vector>

#include "building_use.hpp"
#include "parcel_designation.hpp"
#include "plan_geometry.hpp"
#include "random_stream.hpp"
#include "sitefit/core/building.hpp"

namespace sitefit::sample {

struct PlannedBuilding {
    LocalRect footprint;  // in the plan coordinates of its zone or town
    BuildingUse use = BuildingUse::ProductionHall;
    core::Building record;  // kind, floors and structure; ids and letting come later
};

// A lot of the same block as the one being laid out: lot lines are shared inside a block.
struct NeighbourLot {
    LocalRect lot;
    core::ParcelStatus status = core::ParcelStatus::Available;
    std::size_t order = 0;  // a footprint only crosses into lots of higher order
};

// Lays out the buildings of one parcel in its zone's plan coordinates.
//
// Buildings keep an 8 m setback from the lot lines and stand in rows with fire gaps
// between them; a works has its office and dormitory at the front, production halls behind
// and a warehouse at the back; an estate repeats standard units. Floors are then raised
// until the parcel's FAR reaches a target within its planning range (new industrial land:
// at least 1.0). A few footprints are drawn across a lot line, as surveys of real parks
// show: into the road, or into a neighbouring lot that is itself taken.
class BuildingLayout {
public:
    [[nodiscard]] static std::vector<PlannedBuilding> layOut(const LocalRect& lot,
                                                             std::size_t order,
                                                             const DesignatedParcel& parcel,
                                                             std::span<const NeighbourLot> block,
                                                             RandomStream& random);
};

// Floor load (kN/m²) and clear height (m) for a use and number of floors: ground slabs of
// single-storey halls carry 10–30 kN/m² under 6–12 m; upper floors of multi-storey
// factories 6.5–12 kN/m² under 4.5–6 m. For multi-storey buildings the record carries the
// upper floors' figures: what every tenant above ground can rely on.
void setStructure(PlannedBuilding& building, RandomStream& random);

}  // namespace sitefit::sample
