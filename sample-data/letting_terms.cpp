#include "letting_terms.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace sitefit::sample {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

constexpr double kUnsetFloorAreaShare = 0.10;
constexpr int kFirstNewYear = 2024;

core::Date firstOfMonth(int y, int m) {
    return core::Date{year{y}, month{static_cast<unsigned>(m)}, day{1}};
}

bool isLet(BuildingUse use, SiteLayout layout) {
    switch (use) {
        case BuildingUse::EstateFactory:
        case BuildingUse::Incubator:
        case BuildingUse::Laboratory:
            return true;
        case BuildingUse::Warehouse:
            return layout == SiteLayout::Logistics;
        default:
            return false;
    }
}

bool isOwnWorks(BuildingUse use) {
    return use == BuildingUse::ProductionHall || use == BuildingUse::Office ||
           use == BuildingUse::Warehouse;
}

// The vacant share of a let building.
double vacantShare(const core::Building& record, bool isNew, double fully_let_share,
                   RandomStream& random) {
    const double emptyShare = isNew ? 0.12 : 0.10;
    const double letShare = isNew ? 0.50 : fully_let_share;
    const std::array<double, 3> weights{letShare, 1.0 - letShare - emptyShare, emptyShare};
    switch (random.weighted(weights)) {
        case 0:
            return 0.0;
        case 1: {
            const double share = isNew ? random.uniform(0.2, 0.6) : random.uniform(0.1, 0.5);
            if (record.floors <= 1) {
                // A single-storey bay is let whole or not at all.
                return random.chance(0.5) ? 1.0 : 0.0;
            }
            // Multi-storey estates are let by the floor: whole floors stand empty.
            const double floors = std::max(1.0, std::round(share * record.floors));
            return std::min(1.0, floors / record.floors);
        }
        default:
            return 1.0;
    }
}

}  // namespace

void LettingTerms::apply(PlannedBuilding& building, const LettingContext& context,
                         RandomStream& random) {
    core::Building& record = building.record;
    // Vacant space is rounded down from the exact figure, so it never exceeds the floor area
    // whether that is the rounded attribute or the footprint × floors default.
    const double floorArea = building.footprint.area_m2() * record.floors;
    if (!random.chance(kUnsetFloorAreaShare)) {
        record.floor_area_m2 = std::round(floorArea);
    }
    const Range rent = context.rent_yuan_m2_month;
    if (isLet(building.use, context.layout)) {
        const bool isNew = context.completed_year >= kFirstNewYear;
        const double share = vacantShare(record, isNew, context.fully_let_share, random);
        record.vacant_m2 = std::floor(share * floorArea);
        double asking = random.stepped(rent.low, rent.high, 0.5);
        if (record.floors >= 4) {
            asking = std::max(12.0, asking - 2.0);  // upper floors of tall estates let cheaper
        }
        record.rent_yuan_m2_month = asking;
        if (*record.vacant_m2 > 0.0) {
            record.available_from =
                isNew ? firstOfMonth(context.completed_year, random.integer(6, 9))
                      : firstOfMonth(random.integer(2023, 2025), random.integer(1, 12));
        }
    } else if (isOwnWorks(building.use)) {
        record.vacant_m2 = 0.0;
        if (building.use != BuildingUse::Office && random.chance(0.12)) {
            // A firm subletting part of a hall it has outgrown the need for.
            record.vacant_m2 = std::floor(random.uniform(0.15, 0.4) * floorArea);
            record.rent_yuan_m2_month = random.stepped(rent.low, rent.low + 4.0, 0.5);
            record.available_from = firstOfMonth(random.integer(2024, 2025), random.integer(1, 12));
        }
    }
}

}  // namespace sitefit::sample
