#pragma once

#include <string_view>

#include "building_layout.hpp"
#include "district_plan.hpp"
#include "parcel_designation.hpp"
#include "random_stream.hpp"

namespace sitefit::sample {

// What decides how a building is let: who runs it and how new it is.
struct LettingContext {
    SiteLayout layout = SiteLayout::Empty;  // of its parcel
    int completed_year = 0;
    Range rent_yuan_m2_month;
    double fully_let_share = 0.52;  // of let buildings finished before 2024
};

// Sets a building's floor area, vacant floor space, rent and availability.
//
// Carriers' estates, incubators, labs and logistics sheds are let: most older ones are
// fully let, a third have some floors vacant, a few stand empty; buildings finished in 2024
// or later are still filling up. Firms' own works are occupied, a few sublet part of a hall.
// Housing and public buildings carry no letting terms. One building in ten leaves its floor
// area unset, so that the footprint × floors default is exercised too.
class LettingTerms {
public:
    static void apply(PlannedBuilding& building, const LettingContext& context,
                      RandomStream& random);
};

}  // namespace sitefit::sample
