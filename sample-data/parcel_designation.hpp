#pragma once

#include <vector>

#include "district_plan.hpp"
#include "parcel_subdivision.hpp"
#include "random_stream.hpp"
#include "sitefit/core/parcel.hpp"

namespace sitefit::sample {

// What stands on a parcel, which decides how its buildings are laid out.
enum class SiteLayout {
    Empty,         // available, reserved, or transferred and not started
    Plant,         // one firm's works: halls, office, warehouse, dormitory
    Estate,        // a carrier's standard-factory estate (标准厂房), let to several firms
    Housing,       // talent apartments and dormitories on R land (公租房)
    Services,      // testing centre, service centre, labs on A land
    Logistics,     // warehouses on W1 land
    DerelictShed,  // a reserved lot with an old shed awaiting demolition
};

struct DesignatedParcel {
    core::Parcel record;
    SiteLayout layout = SiteLayout::Empty;
    int completed_year = 0;  // of its buildings, when it has any
};

// Gives each parcel of a zone its planning class, status and indicators.
//
// Indicators follow the Jiangsu north rules for new industrial land (FAR at least 1.0 on
// M1/M2, building coverage at least 30 %, green ratio capped at 10–20 %) and the 2008
// national controls for the rest; prices, power and dates are drawn from the plan's ranges.
// Odd-shaped lots are never built on: they stay available or reserved.
class ParcelDesignation {
public:
    // One record per subdivided parcel, in the same order, numbered <prefix>-0001 onwards.
    // `scale` scales the counts of facility lots.
    [[nodiscard]] static std::vector<DesignatedParcel> designate(
        const ZonePlan& plan, const std::vector<SubdividedParcel>& parcels, double scale,
        RandomStream& random);

    // The indicators and price of a parcel of the given class (also for land outside zones).
    static void setPlanningIndicators(core::Parcel& parcel, double area_m2, Range land_price,
                                      bool dense_zone, RandomStream& random);
};

}  // namespace sitefit::sample
