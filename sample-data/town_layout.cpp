#include "town_layout.hpp"

#include <algorithm>
#include <cmath>

#include "row_packing.hpp"

namespace sitefit::sample {
namespace {

constexpr double kStreetSetbackM = 10.0;
constexpr double kVillageHousePitchM = 16.0;  // along a village lane
constexpr double kVillageRowPitchM = 22.0;    // between lanes

enum class BlockUse { Apartments, School, Clinic, NeighbourhoodCentre, Park };

LocalRect scaled(const LocalRect& rect, double factor) {
    return {rect.u0 * factor, rect.v0 * factor, rect.u1 * factor, rect.v1 * factor};
}

void addPlanned(const LocalRect& inner, const std::vector<PackedFootprint>& footprints,
                std::vector<PlannedBuilding>& buildings) {
    for (const PackedFootprint& f : footprints) {
        PlannedBuilding b;
        // Town rows run east–west: x is u, y is v, from the block's south edge.
        b.footprint = {inner.u0 + f.x0, inner.v0 + f.y0, inner.u0 + f.x1, inner.v0 + f.y1};
        b.use = f.use;
        b.record.kind = kindOf(f.use);
        buildings.push_back(b);
    }
}

void apartmentBlock(const LocalRect& inner, double high_rise_share, double y_from,
                    RandomStream& random, std::vector<PlannedBuilding>& buildings) {
    const bool highRise = random.chance(high_rise_share);
    const int floors = highRise ? (random.chance(0.4) ? 18 : 11) : 6;
    // Sunlight spacing (日照间距) grows with height.
    RowPattern slabs =
        highRise ? RowPattern{random.stepped(40, 60, 2), random.stepped(14, 16, 1), 16.0, 20.0,
                              random.stepped(40, 50, 2), BuildingUse::Apartment}
                 : RowPattern{random.stepped(50, 70, 2), random.stepped(12, 14, 1), 14.0, 12.0,
                              random.stepped(24, 30, 2), BuildingUse::Apartment};
    std::vector<PackedFootprint> footprints;
    fillRows(inner.width(), inner.depth(), y_from, inner.area_m2(), slabs, footprints);
    const std::size_t first = buildings.size();
    addPlanned(inner, footprints, buildings);
    for (std::size_t i = first; i < buildings.size(); ++i) {
        buildings[i].record.floors = floors;
    }
}

// A public building at the block's south edge, then apartments behind it.
void publicBlock(const LocalRect& inner, double length, double depth, int floors,
                 double high_rise_share, RandomStream& random,
                 std::vector<PlannedBuilding>& buildings) {
    PlannedBuilding b;
    b.footprint = {inner.u0, inner.v0, inner.u0 + std::min(length, inner.width()),
                   inner.v0 + std::min(depth, inner.depth())};
    b.use = BuildingUse::ServiceCentre;
    b.record.kind = kindOf(b.use);
    b.record.floors = floors;
    buildings.push_back(b);
    apartmentBlock(inner, high_rise_share, depth + 30.0, random, buildings);
}

void schoolBlock(const LocalRect& inner, RandomStream& random,
                 std::vector<PlannedBuilding>& buildings) {
    // Teaching buildings in the north half, the sports ground (empty) in the south.
    const LocalRect campus{inner.u0, inner.v0 + inner.depth() * 0.45, inner.u1, inner.v1};
    RowPattern teaching{random.stepped(60, 80, 2), random.stepped(16, 18, 1), 18.0, 20.0, 25.0,
                        BuildingUse::ServiceCentre};
    std::vector<PackedFootprint> footprints;
    fillRows(campus.width(), campus.depth(), 0.0, campus.area_m2() * 0.3, teaching, footprints);
    const std::size_t first = buildings.size();
    addPlanned(campus, footprints, buildings);
    for (std::size_t i = first; i < buildings.size(); ++i) {
        buildings[i].record.floors = random.integer(4, 5);
    }
    PlannedBuilding gym;
    gym.footprint = {inner.u1 - 44.0, inner.v0, inner.u1 - 4.0, inner.v0 + 30.0};
    gym.use = BuildingUse::ServiceCentre;
    gym.record.kind = kindOf(gym.use);
    gym.record.floors = 2;
    buildings.push_back(gym);
}

void village(const VillagePlan& plan, double linear_scale, RandomStream& random,
             std::vector<PlannedBuilding>& buildings) {
    const LocalPoint centre{plan.centre.u * linear_scale, plan.centre.v * linear_scale};
    const double ru = plan.radius_u * linear_scale;
    const double rv = plan.radius_v * linear_scale;
    // The village committee and clinic (村委会、卫生室) at the centre lane.
    PlannedBuilding hall;
    hall.footprint = {centre.u - 15.0, centre.v - 7.0, centre.u + 15.0, centre.v + 7.0};
    hall.use = BuildingUse::ServiceCentre;
    hall.record.kind = kindOf(hall.use);
    hall.record.floors = 2;
    buildings.push_back(hall);
    for (double v = -rv; v <= rv; v += kVillageRowPitchM) {
        for (double u = -ru; u <= ru; u += kVillageHousePitchM) {
            const double e = (u / ru) * (u / ru) + (v / rv) * (v / rv);
            // A house spans [u, u + 15] × [v - 1.5, v + 12.5]; keep it off the hall's 30 × 14 m.
            const bool nearHall = u > -31.0 && u < 17.0 && v > -22.0 && v < 9.0;
            // Ponds, threshing floors and gardens leave gaps in every village.
            if (e > 1.0 || nearHall || random.chance(0.1)) {
                continue;
            }
            const double length = random.stepped(11, 14, 0.5);
            const double depth = random.stepped(9, 11, 0.5);
            const double du = random.uniform(-0.8, 0.8);
            const double dv = random.uniform(-1.5, 1.5);
            PlannedBuilding house;
            const double u0 = centre.u + u + du;
            const double v0 = centre.v + v + dv;
            house.footprint = {u0, v0, u0 + length, v0 + depth};
            house.use = BuildingUse::House;
            house.record.kind = kindOf(house.use);
            const double storeys = random.uniform();
            house.record.floors = storeys < 0.12 ? 1 : (storeys < 0.82 ? 2 : 3);
            buildings.push_back(house);
        }
    }
}

}  // namespace

std::vector<PlannedBuilding> TownLayout::layOut(const TownPlan& town, double linear_scale,
                                                RandomStream& random) {
    std::vector<PlannedBuilding> buildings;
    const LocalRect area = scaled(town.estate_area, linear_scale);

    // The street grid.
    std::vector<LocalRect> blocks;
    for (double u = area.u0; u < area.u1 - 100.0;) {
        const double width = std::min(random.stepped(160, 240, 10), area.u1 - u);
        for (double v = area.v0; v < area.v1 - 100.0;) {
            const double depth = std::min(random.stepped(160, 220, 10), area.v1 - v);
            blocks.push_back({u, v, u + width, v + depth});
            v += depth + random.stepped(20, 30, 2);
        }
        u += width + random.stepped(20, 30, 2);
    }

    std::vector<BlockUse> uses(blocks.size(), BlockUse::Apartments);
    std::vector<std::size_t> order(blocks.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    random.shuffle(order);
    const double scale = linear_scale * linear_scale;
    std::size_t next = 0;
    const auto assign = [&](int count, BlockUse use) {
        const auto scaledCount = static_cast<std::size_t>(std::max(1.0, std::round(count * scale)));
        for (std::size_t n = 0; n < scaledCount && next < order.size(); ++n) {
            uses[order[next++]] = use;
        }
    };
    assign(town.schools, BlockUse::School);
    assign(town.clinics, BlockUse::Clinic);
    assign(town.neighbourhood_centres, BlockUse::NeighbourhoodCentre);
    for (; next < order.size(); ++next) {
        if (random.chance(0.06)) {
            uses[order[next]] = BlockUse::Park;
        }
    }

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const LocalRect inner = blocks[i].inset(kStreetSetbackM);
        switch (uses[i]) {
            case BlockUse::Apartments:
                apartmentBlock(inner, town.high_rise_share, 0.0, random, buildings);
                break;
            case BlockUse::School:
                schoolBlock(inner, random, buildings);
                break;
            case BlockUse::Clinic:
                publicBlock(inner, random.stepped(60, 90, 2), random.stepped(20, 24, 1),
                            random.integer(4, 8), town.high_rise_share, random, buildings);
                break;
            case BlockUse::NeighbourhoodCentre:
                publicBlock(inner, random.stepped(60, 90, 2), random.stepped(40, 60, 2),
                            random.integer(3, 4), town.high_rise_share, random, buildings);
                break;
            case BlockUse::Park:
                break;
        }
    }
    for (const VillagePlan& plan : town.villages) {
        village(plan, linear_scale, random, buildings);
    }
    return buildings;
}

std::vector<LocalRect> TownLayout::footprintAreas(const TownPlan& town, double linear_scale) {
    std::vector<LocalRect> areas{scaled(town.estate_area, linear_scale)};
    for (const VillagePlan& plan : town.villages) {
        const double u = plan.centre.u * linear_scale;
        const double v = plan.centre.v * linear_scale;
        const double ru = plan.radius_u * linear_scale + 20.0;
        const double rv = plan.radius_v * linear_scale + 20.0;
        areas.push_back({u - ru, v - rv, u + ru, v + rv});
    }
    return areas;
}

}  // namespace sitefit::sample
