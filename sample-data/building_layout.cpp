#include "building_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "row_packing.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::sample {
namespace {

using core::ParcelStatus;
using Item = PackedFootprint;

constexpr double kSetbackM = 8.0;          // from every lot line
constexpr double kRowGapM = 14.0;          // fire separation between rows of factories
constexpr double kUnitGapM = 12.0;         // between buildings of one row
constexpr double kStraddleChance = 0.035;  // of buildings on the lot's edge
constexpr double kMinCoverage = 0.31;      // the national 30 % with a little margin
constexpr int kLayoutAttempts = 6;

// Maps lot axes onto plan coordinates; the front faces a random side of the lot.
class LotAxes {
public:
    LotAxes(const LocalRect& inner, bool mirrored)
        : m_inner(inner), m_swapped(inner.depth() > inner.width()), m_mirrored(mirrored) {}

    [[nodiscard]] double length() const { return m_swapped ? m_inner.depth() : m_inner.width(); }
    [[nodiscard]] double depth() const { return m_swapped ? m_inner.width() : m_inner.depth(); }

    [[nodiscard]] LocalRect toPlan(const Item& item) const {
        double y0 = item.y0;
        double y1 = item.y1;
        if (m_mirrored) {
            y0 = depth() - item.y1;
            y1 = depth() - item.y0;
        }
        if (!m_swapped) {
            return {m_inner.u0 + item.x0, m_inner.v0 + y0, m_inner.u0 + item.x1, m_inner.v0 + y1};
        }
        return {m_inner.u0 + y0, m_inner.v0 + item.x0, m_inner.u0 + y1, m_inner.v0 + item.x1};
    }

private:
    LocalRect m_inner;
    bool m_swapped;
    bool m_mirrored;
};

// A firm's works: office and dormitory at the front, halls behind, a warehouse at the back.
std::vector<Item> plantItems(double length, double depth, double lot_m2, double coverage,
                             RandomStream& random) {
    std::vector<Item> items;
    const double target = coverage * lot_m2;
    double y = 0.0;
    bool officePlaced = false;
    if (depth >= 90.0) {
        const double officeDepth = random.stepped(14, 18, 1);
        const double officeLength = std::min(random.stepped(30, 48, 2), length * 0.45);
        items.push_back({0, 0, officeLength, officeDepth, BuildingUse::Office});
        officePlaced = true;
        const double x = officeLength + kUnitGapM;
        if (length - x >= 30.0) {
            const double dormLength = std::min(random.stepped(30, 50, 2), length - x);
            items.push_back(
                {x, 0, x + dormLength, random.stepped(12, 15, 1), BuildingUse::Dormitory});
        }
        y = officeDepth + kRowGapM;
    }
    std::size_t lastRow = 0;
    while (coveredArea(items) < target && depth - y >= 20.0) {
        const double rowDepth = std::min(random.stepped(24, 48, 3), depth - y);
        double space = length;
        if (!officePlaced) {
            // Small works: the office stands at the end of the first hall.
            const double officeLength = std::min(random.stepped(24, 36, 2), length * 0.35);
            items.push_back({length - officeLength, y, length, y + std::min(rowDepth, 16.0),
                             BuildingUse::Office});
            officePlaced = true;
            space = length - officeLength - kUnitGapM;
        }
        const double need = target - coveredArea(items);
        const double hallLength = std::min(
            space, std::min(space * random.uniform(0.75, 1.0), std::max(need / rowDepth, 30.0)));
        if (hallLength < 30.0) {
            break;
        }
        lastRow = items.size();
        if (hallLength > 150.0) {
            const double half = (hallLength - kUnitGapM) / 2.0;
            items.push_back({0, y, half, y + rowDepth, BuildingUse::ProductionHall});
            items.push_back(
                {half + kUnitGapM, y, hallLength, y + rowDepth, BuildingUse::ProductionHall});
        } else {
            items.push_back({0, y, hallLength, y + rowDepth, BuildingUse::ProductionHall});
        }
        // A store at the end of the hall where the row has room for one.
        const double rest = space - hallLength - kUnitGapM;
        if (rest >= 30.0 && random.chance(0.5)) {
            const double x = hallLength + kUnitGapM;
            items.push_back({x, y, x + std::min(random.stepped(30, 50, 2), rest),
                             y + std::min(rowDepth, 24.0), BuildingUse::Warehouse});
        }
        y += rowDepth + kRowGapM;
    }
    // Shallow lots: deepen the last row of halls into what is left until coverage is legal.
    const double shortfall = kMinCoverage * lot_m2 - coveredArea(items);
    if (shortfall > 0.0 && lastRow < items.size()) {
        double rowLength = 0.0;
        for (std::size_t i = lastRow; i < items.size(); ++i) {
            rowLength += items[i].x1 - items[i].x0;
        }
        const double extra = std::min(shortfall / rowLength, depth - items[lastRow].y1);
        for (std::size_t i = lastRow; i < items.size(); ++i) {
            items[i].y1 += std::max(0.0, extra);
        }
        y = items[lastRow].y1 + kRowGapM;
    }
    // A store at the back where there is room (dropped again if the lot gets too dense).
    if (depth - y >= 18.0) {
        const double warehouseDepth = std::min(random.stepped(18, 24, 2), depth - y);
        const double warehouseLength = std::min(random.stepped(30, 60, 2), length);
        items.push_back({0, y, warehouseLength, y + warehouseDepth, BuildingUse::Warehouse});
    }
    return items;
}

std::vector<Item> estateItems(double length, double depth, double lot_m2, double coverage,
                              bool heavy_front_row, bool with_incubator, RandomStream& random) {
    std::vector<Item> items;
    double y = 0.0;
    if (with_incubator && depth >= 80.0) {
        const double incubatorLength = std::min(random.stepped(50, 80, 2), length * 0.6);
        items.push_back({0, 0, incubatorLength, random.stepped(18, 22, 1), BuildingUse::Incubator});
        y = items.back().y1 + 16.0;
    }
    if (heavy_front_row && depth - y >= 60.0) {
        // Single-storey bays for heavy tenants, at the front where trucks come in.
        const double bayDepth = random.stepped(27, 36, 3);
        RowPattern heavy{random.stepped(72, 96, 6), bayDepth, bayDepth, kUnitGapM, 16.0,
                         BuildingUse::EstateFactory};
        std::vector<Item> row;
        fillRows(length, y + bayDepth, y, coverage * lot_m2 * 0.5, heavy, row);
        for (Item& bay : row) {
            bay.single_storey = true;
        }
        items.insert(items.end(), row.begin(), row.end());
        y += bayDepth + 16.0;
    }
    RowPattern units{random.stepped(48, 72, 6), random.stepped(18, 24, 3), 30.0, kUnitGapM, 16.0,
                     BuildingUse::EstateFactory};
    fillRows(length, depth, y, coverage * lot_m2, units, items);
    return items;
}

std::vector<Item> housingItems(double length, double depth, double lot_m2, RandomStream& random) {
    std::vector<Item> items;
    // Slabs face south with sunlight spacing: the gap grows with their height.
    RowPattern slabs{random.stepped(50, 70, 2), random.stepped(13, 15, 1), 15.0, 15.0,
                     random.stepped(26, 34, 2), BuildingUse::Apartment};
    fillRows(length, depth, 0.0, 0.26 * lot_m2, slabs, items);
    return items;
}

std::vector<Item> serviceItems(double length, double depth, double lot_m2, bool laboratory,
                               RandomStream& random) {
    std::vector<Item> items;
    const BuildingUse use = laboratory ? BuildingUse::Laboratory : BuildingUse::ServiceCentre;
    const double mainLength = std::min(length, random.stepped(50, 80, 2));
    const double mainDepth = std::min(depth, random.stepped(20, 30, 2));
    items.push_back({0, 0, mainLength, mainDepth, use});
    RowPattern blocks{
        random.stepped(40, 60, 2), random.stepped(16, 20, 1), 20.0, kUnitGapM, 18.0, use};
    fillRows(length, depth, mainDepth + 18.0, random.uniform(0.25, 0.35) * lot_m2, blocks, items);
    return items;
}

std::vector<Item> logisticsItems(double length, double depth, double lot_m2, RandomStream& random) {
    std::vector<Item> items;
    // Wide truck yards between the rows.
    RowPattern sheds{random.stepped(80, 140, 10), random.stepped(36, 54, 3), 60.0, 14.0, 30.0,
                     BuildingUse::Warehouse};
    fillRows(length, depth, 0.0, random.uniform(0.45, 0.55) * lot_m2, sheds, items);
    // The front row is high-bay and stays single storey; rows behind may rise (FAR floor).
    for (Item& item : items) {
        item.single_storey = item.y0 == 0.0;
    }
    return items;
}

std::vector<Item> shedItems(double length, double depth, RandomStream& random) {
    return {{0, 0, std::min(length, random.stepped(30, 60, 2)),
             std::min(depth, random.stepped(15, 25, 1)), BuildingUse::Shed}};
}

double floorArea(const std::vector<PlannedBuilding>& buildings) {
    double area = 0.0;
    for (const PlannedBuilding& b : buildings) {
        area += b.footprint.area_m2() * b.record.floors;
    }
    return area;
}

int storeysWithin(const core::Parcel& parcel, double storey_m) {
    return std::max(1, static_cast<int>(parcel.height_max_m.value_or(24.0) / storey_m));
}

// Raises the works' halls (one may stay a single-storey heavy hall) and then its office until
// the FAR reaches the target, never above the parcel's far_max.
void raisePlantFloors(std::vector<PlannedBuilding>& buildings, const core::Parcel& parcel,
                      double lot_m2, RandomStream& random) {
    int halls = 0;
    for (PlannedBuilding& b : buildings) {
        switch (b.use) {
            case BuildingUse::Office:
                b.record.floors = random.integer(3, 5);
                break;
            case BuildingUse::Dormitory:
                b.record.floors = random.integer(4, 6);
                break;
            default:
                b.record.floors = 1;
                halls += b.use == BuildingUse::ProductionHall ? 1 : 0;
                break;
        }
    }
    bool keepHeavyHall = halls >= 2 && random.chance(0.5);
    const double farMin = std::max(1.0, parcel.far_min.value_or(1.0));
    const double farMax = parcel.far_max.value_or(2.0);
    const double target = std::min(random.uniform(farMin, 1.8), farMax);
    const int hallCap = std::min(4, storeysWithin(parcel, 6.0));
    while (floorArea(buildings) / lot_m2 < target) {
        PlannedBuilding* lowest = nullptr;
        bool firstHall = true;
        for (PlannedBuilding& b : buildings) {
            if (b.use != BuildingUse::ProductionHall) {
                continue;
            }
            const bool heavy = keepHeavyHall && firstHall;
            firstHall = false;
            if (!heavy && b.record.floors < hallCap &&
                (lowest == nullptr || b.record.floors < lowest->record.floors)) {
                lowest = &b;
            }
        }
        if (lowest == nullptr) {
            for (PlannedBuilding& b : buildings) {
                if (b.use == BuildingUse::Office && b.record.floors < 6) {
                    lowest = &b;
                    break;
                }
            }
        }
        if (lowest == nullptr && keepHeavyHall && floorArea(buildings) / lot_m2 < farMin) {
            keepHeavyHall = false;  // the works cannot reach its FAR floor otherwise
            continue;
        }
        if (lowest == nullptr) {
            break;
        }
        ++lowest->record.floors;
        if (floorArea(buildings) / lot_m2 > farMax) {
            --lowest->record.floors;
            break;
        }
    }
}

void setEstateFloors(std::vector<PlannedBuilding>& buildings,
                     const std::vector<bool>& single_storey, const core::Parcel& parcel,
                     RandomStream& random) {
    const int cap = storeysWithin(parcel, 5.5);
    const int floors =
        std::min(cap, parcel.land_use == "M1" ? random.integer(4, 6) : random.integer(3, 4));
    for (std::size_t i = 0; i < buildings.size(); ++i) {
        PlannedBuilding& b = buildings[i];
        if (single_storey[i]) {
            b.record.floors = 1;
        } else if (b.use == BuildingUse::Incubator) {
            b.record.floors = std::min(cap, random.integer(4, 5));
        } else {
            b.record.floors = floors;
        }
    }
}

// Raises the multi-storey units together until the estate reaches the parcel's FAR floor;
// single-storey bays only when nothing else can rise (a lot too small for more than a bay).
void reachFarMin(std::vector<PlannedBuilding>& buildings, const std::vector<bool>& single_storey,
                 const core::Parcel& parcel, double lot_m2) {
    const double farMin = std::max(1.0, parcel.far_min.value_or(1.0));
    const int cap = storeysWithin(parcel, 5.5);
    bool baysToo = false;
    while (floorArea(buildings) / lot_m2 < farMin) {
        bool raised = false;
        for (std::size_t i = 0; i < buildings.size(); ++i) {
            if ((baysToo || !single_storey[i]) && buildings[i].record.floors < cap) {
                ++buildings[i].record.floors;
                raised = true;
            }
        }
        if (!raised && baysToo) {
            break;
        }
        baysToo = baysToo || !raised;
    }
}

void keepWithinFarMax(std::vector<PlannedBuilding>& buildings, const core::Parcel& parcel,
                      double lot_m2) {
    // Too dense for the plan: drop a floor everywhere until it fits.
    while (floorArea(buildings) / lot_m2 > parcel.far_max.value_or(3.0)) {
        bool lowered = false;
        for (PlannedBuilding& b : buildings) {
            if (b.record.floors > 1) {
                --b.record.floors;
                lowered = true;
            }
        }
        if (!lowered) {
            break;
        }
    }
}

// Whether a footprint may cross the lot line at these points: into a road, or into a taken
// lot of higher order (so two neighbours never reach into each other at the same spot).
bool mayReachInto(std::span<const NeighbourLot> block, std::size_t order,
                  std::span<const LocalPoint> across) {
    for (const LocalPoint& point : across) {
        for (const NeighbourLot& neighbour : block) {
            if (neighbour.order == order || !neighbour.lot.contains(point)) {
                continue;
            }
            const bool taken = neighbour.status == ParcelStatus::Built ||
                               neighbour.status == ParcelStatus::Transferred;
            if (neighbour.order < order || !taken) {
                return false;
            }
        }
    }
    return true;
}

// Draws a footprint across one of the lot lines it stands next to, where allowed.
void straddleLotLine(PlannedBuilding& building, const LocalRect& lot, const LocalRect& inner,
                     std::size_t order, std::span<const NeighbourLot> block, RandomStream& random) {
    LocalRect& f = building.footprint;
    const double overshoot = random.uniform(2.0, 4.5);
    constexpr double eps = 0.01;
    constexpr double step = 1.0;  // just across the lot line
    if (std::abs(f.u0 - inner.u0) < eps) {
        const double u = lot.u0 - step;
        const std::array across{LocalPoint{u, f.v0}, LocalPoint{u, f.centre().v},
                                LocalPoint{u, f.v1}};
        if (mayReachInto(block, order, across)) {
            f.u0 = lot.u0 - overshoot;
            return;
        }
    }
    if (std::abs(f.u1 - inner.u1) < eps) {
        const double u = lot.u1 + step;
        const std::array across{LocalPoint{u, f.v0}, LocalPoint{u, f.centre().v},
                                LocalPoint{u, f.v1}};
        if (mayReachInto(block, order, across)) {
            f.u1 = lot.u1 + overshoot;
            return;
        }
    }
    if (std::abs(f.v0 - inner.v0) < eps) {
        const double v = lot.v0 - step;
        const std::array across{LocalPoint{f.u0, v}, LocalPoint{f.centre().u, v},
                                LocalPoint{f.u1, v}};
        if (mayReachInto(block, order, across)) {
            f.v0 = lot.v0 - overshoot;
            return;
        }
    }
    if (std::abs(f.v1 - inner.v1) < eps) {
        const double v = lot.v1 + step;
        const std::array across{LocalPoint{f.u0, v}, LocalPoint{f.centre().u, v},
                                LocalPoint{f.u1, v}};
        if (mayReachInto(block, order, across)) {
            f.v1 = lot.v1 + overshoot;
        }
    }
}

std::vector<Item> drawItems(SiteLayout layout, const LotAxes& axes, double lot_m2, double coverage,
                            RandomStream& random) {
    switch (layout) {
        case SiteLayout::Empty:
            return {};
        case SiteLayout::Plant:
            return plantItems(axes.length(), axes.depth(), lot_m2, coverage, random);
        case SiteLayout::Estate:
            return estateItems(axes.length(), axes.depth(), lot_m2, coverage, random.chance(0.35),
                               random.chance(0.15), random);
        case SiteLayout::Housing:
            return housingItems(axes.length(), axes.depth(), lot_m2, random);
        case SiteLayout::Services:
            return serviceItems(axes.length(), axes.depth(), lot_m2, random.chance(0.4), random);
        case SiteLayout::Logistics:
            return logisticsItems(axes.length(), axes.depth(), lot_m2, random);
        case SiteLayout::DerelictShed:
            return shedItems(axes.length(), axes.depth(), random);
    }
    return {};
}

bool clearOf(const Item& candidate, const std::vector<Item>& items, double gap) {
    return std::none_of(items.begin(), items.end(), [&](const Item& other) {
        return candidate.x0 < other.x1 + gap && other.x0 < candidate.x1 + gap &&
               candidate.y0 < other.y1 + gap && other.y0 < candidate.y1 + gap;
    });
}

// Every works has a gatehouse (门卫) at the front and a substation (配电房) at the back.
void addAncillaries(double length, double depth, RandomStream& random, std::vector<Item>& items) {
    const Item gatehouse{length - 8.0, 0.0, length, 6.0, BuildingUse::Ancillary, false};
    const double roomLength = random.stepped(12, 16, 1);
    const double roomDepth = random.stepped(8, 10, 1);
    const Item substation{
        length - roomLength, depth - roomDepth, length, depth, BuildingUse::Ancillary, false};
    for (const Item& ancillary : {gatehouse, substation}) {
        if (clearOf(ancillary, items, 6.0)) {
            items.push_back(ancillary);
        }
    }
}

}  // namespace

void setStructure(PlannedBuilding& building, RandomStream& random) {
    core::Building& record = building.record;
    record.kind = kindOf(building.use);
    switch (building.use) {
        case BuildingUse::ProductionHall:
        case BuildingUse::EstateFactory:
        case BuildingUse::Warehouse: {
            if (record.floors == 1) {
                const bool hall = building.use == BuildingUse::ProductionHall;
                const bool store = building.use == BuildingUse::Warehouse;
                record.clear_height_m = hall    ? random.stepped(8, 12, 0.5)
                                        : store ? random.stepped(9, 12, 0.5)
                                                : random.stepped(6, 10, 0.5);
                record.floor_load_kn_m2 =
                    hall ? random.stepped(15, 30, 5) : random.stepped(10, 30, 5);
            } else {
                record.clear_height_m = random.stepped(4.5, 6.0, 0.1);
                record.floor_load_kn_m2 = record.floors == 2   ? random.stepped(8, 12, 0.5)
                                          : record.floors <= 4 ? random.stepped(7, 10, 0.5)
                                                               : random.stepped(6.5, 8, 0.5);
            }
            break;
        }
        case BuildingUse::Incubator:
            record.clear_height_m = random.stepped(4.5, 5.4, 0.1);
            record.floor_load_kn_m2 = random.stepped(5, 8, 0.5);
            break;
        case BuildingUse::Office:
        case BuildingUse::Laboratory:
            record.clear_height_m = random.stepped(3.6, 4.5, 0.1);
            record.floor_load_kn_m2 = random.stepped(3.5, 5, 0.5);
            break;
        default:
            break;
    }
}

std::vector<PlannedBuilding> BuildingLayout::layOut(const LocalRect& lot, std::size_t order,
                                                    const DesignatedParcel& parcel,
                                                    std::span<const NeighbourLot> block,
                                                    RandomStream& random) {
    const LocalRect inner = lot.inset(kSetbackM);
    const LotAxes axes(inner, random.chance(0.5));
    const double lotArea = lot.area_m2();
    const double densityMax = parcel.record.density_max.value_or(0.6);
    const bool industrial = parcel.layout == SiteLayout::Plant ||
                            parcel.layout == SiteLayout::Estate ||
                            parcel.layout == SiteLayout::Logistics;
    // Industrial and logistics lots must cover at least 30 %: a draw that falls short (a
    // shallow lot, an estate grid that does not fit) is drawn again.
    std::vector<Item> items;
    for (int attempt = 0; attempt < kLayoutAttempts; ++attempt) {
        const double coverage = std::min(random.uniform(0.38, 0.55), densityMax - 0.03);
        items = drawItems(parcel.layout, axes, lotArea, coverage, random);
        while (items.size() > 1 && coveredArea(items) > densityMax * lotArea) {
            items.pop_back();
        }
        if (!industrial || coveredArea(items) >= kMinCoverage * lotArea) {
            break;
        }
    }
    if (industrial && coveredArea(items) < kMinCoverage * lotArea) {
        // A lot too small or too narrow for rows: one building across its whole length.
        const double depth = std::min(axes.depth(), 0.4 * lotArea / axes.length());
        const BuildingUse use = parcel.layout == SiteLayout::Plant    ? BuildingUse::ProductionHall
                                : parcel.layout == SiteLayout::Estate ? BuildingUse::EstateFactory
                                                                      : BuildingUse::Warehouse;
        items = {{0.0, 0.0, axes.length(), depth, use, false}};
    }
    if (parcel.layout == SiteLayout::Plant) {
        addAncillaries(axes.length(), axes.depth(), random, items);
    }

    std::vector<PlannedBuilding> buildings;
    std::vector<bool> singleStorey;
    buildings.reserve(items.size());
    for (const Item& item : items) {
        PlannedBuilding b;
        b.footprint = axes.toPlan(item);
        b.use = item.use;
        buildings.push_back(b);
        singleStorey.push_back(item.single_storey);
    }
    switch (parcel.layout) {
        case SiteLayout::Plant:
            raisePlantFloors(buildings, parcel.record, lotArea, random);
            break;
        case SiteLayout::Estate:
            setEstateFloors(buildings, singleStorey, parcel.record, random);
            reachFarMin(buildings, singleStorey, parcel.record, lotArea);
            keepWithinFarMax(buildings, parcel.record, lotArea);
            break;
        case SiteLayout::Housing: {
            const int floors = random.integer(8, 12);
            for (PlannedBuilding& b : buildings) {
                b.record.floors = floors;
            }
            break;
        }
        case SiteLayout::Services:
            for (PlannedBuilding& b : buildings) {
                b.record.floors = random.integer(3, 5);
            }
            break;
        case SiteLayout::Logistics:
            // High-bay sheds; a multi-storey store where the FAR floor asks for one.
            for (PlannedBuilding& b : buildings) {
                b.record.floors = 1;
            }
            reachFarMin(buildings, singleStorey, parcel.record, lotArea);
            break;
        default:
            break;
    }
    for (PlannedBuilding& b : buildings) {
        setStructure(b, random);
        const bool mayStraddle = b.use == BuildingUse::ProductionHall ||
                                 b.use == BuildingUse::EstateFactory ||
                                 b.use == BuildingUse::Warehouse || b.use == BuildingUse::Office;
        if (mayStraddle && random.chance(kStraddleChance)) {
            straddleLotLine(b, lot, inner, order, block, random);
        }
    }
    return buildings;
}

}  // namespace sitefit::sample
