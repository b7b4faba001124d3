#include "sitefit/core/capacity_calculator.hpp"

#include <algorithm>
#include <limits>
#include <string>

#include "sitefit/core/error.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::core {
namespace {

void checkSizes(const District& district, const SpatialFacts& facts) {
    if (facts.parcels.size() != district.parcels.size() ||
        facts.buildings.size() != district.buildings.size() ||
        facts.enterprises.size() != district.enterprises.size()) {
        throw Error(Error::Kind::Internal,
                    "spatial facts were measured for a different workspace (" +
                        std::to_string(facts.parcels.size()) + " parcels, " +
                        std::to_string(facts.buildings.size()) + " buildings, " +
                        std::to_string(facts.enterprises.size()) + " enterprises)");
    }
}

// The district's enterprise capacity is the zones' added up; each fits an int, their sum
// need not, and is refused rather than wrapped round.
int addCapacity(int total, int more) {
    int sum = 0;
    if (__builtin_add_overflow(total, more, &sum)) {
        throw Error(Error::Kind::Input,
                    "the zones' enterprise_capacity values add up to more than " +
                        std::to_string(std::numeric_limits<int>::max()) +
                        " enterprises; check the zones layer");
    }
    return sum;
}

void addParcel(ZoneCapacity& zone, const Parcel& parcel, double area_m2) {
    ++zone.parcel_count;
    StatusTally& tally = zone.by_status.at(static_cast<std::size_t>(parcel.status));
    ++tally.count;
    tally.area_m2 += area_m2;
    if (parcel.status == ParcelStatus::Available) {
        zone.available_land_m2 += area_m2;
    }
}

// The second parcel of an overlapping pair gives up the shared land, so that it counts once.
void removeSharedLand(ZoneCapacity& zone, const Parcel& second, double shared_m2) {
    zone.shared_land_m2 += shared_m2;
    StatusTally& tally = zone.by_status.at(static_cast<std::size_t>(second.status));
    tally.area_m2 = std::max(0.0, tally.area_m2 - shared_m2);
    if (second.status == ParcelStatus::Available) {
        zone.available_land_m2 = std::max(0.0, zone.available_land_m2 - shared_m2);
    }
}

void addBuilding(ZoneCapacity& zone, const Building& building, double floor_area_m2) {
    ++zone.building_count;
    zone.floor_area_m2 += floor_area_m2;
    zone.vacant_m2 += building.vacant_m2.value_or(0.0);
}

void finish(ZoneCapacity& zone) {
    zone.available_land_mu = muFromSquareMetres(zone.available_land_m2);
    zone.occupancy = zone.floor_area_m2 > 0.0 ? 1.0 - zone.vacant_m2 / zone.floor_area_m2 : 0.0;
    if (zone.enterprise_capacity) {
        zone.places_left = std::max(0, *zone.enterprise_capacity - zone.enterprises);
    }
}

// The report's zones and parcels before any feature is counted: each parcel's area and the
// zone holding most of it.
CapacityReport emptyReport(const District& district, const SpatialFacts& facts) {
    CapacityReport report;
    report.zones.resize(district.zones.size());
    for (std::size_t z = 0; z < district.zones.size(); ++z) {
        report.zones[z].zone = z;
        report.zones[z].enterprise_capacity = district.zones[z].enterprise_capacity;
    }
    report.parcels.resize(district.parcels.size());
    for (std::size_t p = 0; p < district.parcels.size(); ++p) {
        ParcelCapacity& figures = report.parcels[p];
        figures.parcel = p;
        figures.area_m2 = facts.parcels[p].area_m2;
        figures.area_mu = muFromSquareMetres(figures.area_m2);
        figures.zone = largestShare(facts.parcels[p].zone_overlaps);
    }
    return report;
}

// Each building's footprint and floors on the parcels it stands on, and in its zone.
void countBuildings(const District& district, const SpatialFacts& facts, CapacityReport& report) {
    for (std::size_t b = 0; b < district.buildings.size(); ++b) {
        const BuildingFacts& building = facts.buildings[b];
        const double floor_area_m2 =
            effectiveFloorArea(district.buildings[b], building.footprint_m2);
        for (const Overlap& overlap : building.parcel_overlaps) {
            ParcelCapacity& parcel = report.parcels.at(overlap.index);
            parcel.footprint_m2 += overlap.area_m2;
            // A building's floors stand on the parcel in the share its footprint does.
            if (building.footprint_m2 > 0.0) {
                parcel.floor_area_m2 += floor_area_m2 * overlap.area_m2 / building.footprint_m2;
            }
        }
        addBuilding(report.district, district.buildings[b], floor_area_m2);
        if (const auto zone = largestShare(building.zone_overlaps)) {
            addBuilding(report.zones.at(*zone), district.buildings[b], floor_area_m2);
        } else {
            ++report.buildings_outside_zones;
        }
    }
}

// Each parcel's ratios from the buildings on it, then its land in its zone's figures and the
// district's, land two parcels share counted once.
void countParcels(const District& district, const SpatialFacts& facts, CapacityReport& report) {
    for (ParcelCapacity& figures : report.parcels) {
        const Parcel& parcel = district.parcels[figures.parcel];
        if (figures.area_m2 > 0.0) {
            figures.coverage = figures.footprint_m2 / figures.area_m2;
            figures.far = figures.floor_area_m2 / figures.area_m2;
        }
        if (parcel.far_max) {
            figures.buildable_floor_m2 =
                std::max(0.0, *parcel.far_max * figures.area_m2 - figures.floor_area_m2);
        }
        addParcel(report.district, parcel, figures.area_m2);
        if (figures.zone) {
            addParcel(report.zones.at(*figures.zone), parcel, figures.area_m2);
        } else {
            ++report.parcels_outside_zones;
        }
    }
    for (const SharedLand& pair : facts.parcel_pairs) {
        const Parcel& second = district.parcels.at(pair.second);
        removeSharedLand(report.district, second, pair.area_m2);
        const auto zone = report.parcels.at(pair.first).zone;
        if (zone && zone == report.parcels.at(pair.second).zone) {
            removeSharedLand(report.zones.at(*zone), second, pair.area_m2);
        }
    }
}

// The zones' derived figures, and the district's from them.
void finishZones(CapacityReport& report) {
    for (ZoneCapacity& zone : report.zones) {
        finish(zone);
        if (zone.places_left) {
            // places_left ≤ enterprise_capacity, so a capacity sum that fits bounds this one.
            report.district.enterprise_capacity = addCapacity(
                report.district.enterprise_capacity.value_or(0), *zone.enterprise_capacity);
            report.district.places_left =
                report.district.places_left.value_or(0) + *zone.places_left;
        }
    }
    // The district's own places_left is the sum over zones, already set; finish() would
    // recompute it from the summed capacity and every enterprise, so only the rest runs here.
    report.district.available_land_mu = muFromSquareMetres(report.district.available_land_m2);
    report.district.occupancy =
        report.district.floor_area_m2 > 0.0
            ? 1.0 - report.district.vacant_m2 / report.district.floor_area_m2
            : 0.0;
}

}  // namespace

double effectiveFloorArea(const Building& building, double footprint_m2) {
    return building.floor_area_m2.value_or(footprint_m2 * building.floors);
}

CapacityReport CapacityCalculator::compute(const District& district, const SpatialFacts& facts) {
    checkSizes(district, facts);
    CapacityReport report = emptyReport(district, facts);
    countBuildings(district, facts, report);
    countParcels(district, facts, report);
    for (const EnterpriseFacts& enterprise : facts.enterprises) {
        ++report.district.enterprises;
        for (const std::size_t zone : enterprise.zones) {
            ++report.zones.at(zone).enterprises;
        }
    }
    finishZones(report);
    return report;
}

}  // namespace sitefit::core
