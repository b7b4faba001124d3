#pragma once

#include <vector>

#include "building_layout.hpp"
#include "district_plan.hpp"
#include "random_stream.hpp"

namespace sitefit::sample {

// Lays out a town's housing and public buildings in its plan coordinates: apartment blocks
// on a street grid (slabs facing south, spaced for sunlight), schools, clinics and
// neighbourhood centres (邻里中心) in blocks of their own, and village houses in clusters
// around it. These are what the job–housing criterion measures against.
class TownLayout {
public:
    // `linear_scale` (√ of --scale) enlarges the estate area and the villages.
    [[nodiscard]] static std::vector<PlannedBuilding> layOut(const TownPlan& town,
                                                             double linear_scale,
                                                             RandomStream& random);

    // The areas the town occupies (estate area and each village's bounding box), in its
    // plan coordinates, scaled: for checking that towns keep clear of the zones.
    [[nodiscard]] static std::vector<LocalRect> footprintAreas(const TownPlan& town,
                                                               double linear_scale);
};

}  // namespace sitefit::sample
