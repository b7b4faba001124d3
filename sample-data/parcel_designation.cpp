#include "parcel_designation.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "sitefit/core/units.hpp"

namespace sitefit::sample {
namespace {

using core::ParcelStatus;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

core::Date firstOfMonth(int y, int m) {
    return core::Date{year{y}, month{static_cast<unsigned>(m)}, day{1}};
}

double mu(double area_m2) {
    return core::muFromSquareMetres(area_m2);
}

template <std::size_t N>
double pickOf(const std::array<double, N>& values, RandomStream& random) {
    return values[random.index(N)];
}

int scaledCount(int count, double scale) {
    if (count == 0) {
        return 0;
    }
    return std::max(1, static_cast<int>(std::lround(count * scale)));
}

std::string parcelId(std::string_view prefix, std::size_t number) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "-%04zu", number);
    return std::string(prefix) + buffer;
}

// Takes up to `count` parcels from `pool` whose size lies in [low, high] 亩.
std::vector<std::size_t> takeBySize(std::vector<std::size_t>& pool,
                                    const std::vector<SubdividedParcel>& parcels, int count,
                                    double low_mu, double high_mu) {
    std::vector<std::size_t> taken;
    for (auto it = pool.begin(); it != pool.end() && static_cast<int>(taken.size()) < count;) {
        const double size = mu(parcels[*it].area_m2);
        if (size >= low_mu && size <= high_mu) {
            taken.push_back(*it);
            it = pool.erase(it);
        } else {
            ++it;
        }
    }
    return taken;
}

void setAvailability(core::Parcel& parcel, RandomStream& random) {
    if (parcel.status == ParcelStatus::Available) {
        // Most land is ready now or within a year; some waits for 七通一平 works.
        const std::array<double, 3> weights{0.45, 0.40, 0.15};
        const std::size_t when = random.weighted(weights);
        const int y = when == 0 ? random.integer(2023, 2024) : (when == 1 ? 2025 : 2026);
        parcel.available_from = firstOfMonth(y, random.integer(1, 12));
    } else if (parcel.status == ParcelStatus::Reserved) {
        parcel.available_from = firstOfMonth(random.integer(2025, 2026), random.integer(1, 12));
    }
}

}  // namespace

void ParcelDesignation::setPlanningIndicators(core::Parcel& parcel, double area_m2,
                                              Range land_price, bool dense_zone,
                                              RandomStream& random) {
    const std::string& use = parcel.land_use;
    double power_per_mu = 50.0;
    if (use == "M1") {
        parcel.far_min = 1.0;
        parcel.far_max = dense_zone ? pickOf(std::array{2.5, 3.0}, random)
                                    : pickOf(std::array{2.0, 2.5}, random);
        parcel.density_max = pickOf(std::array{0.50, 0.55, 0.60}, random);
        parcel.green_max = pickOf(std::array{0.10, 0.15}, random);
        parcel.height_max_m = *parcel.far_max >= 2.5 ? 40.0 : 30.0;
        power_per_mu = random.uniform(40, 80);
    } else if (use == "M2") {
        parcel.far_min = 1.0;
        parcel.far_max = pickOf(std::array{1.5, 2.0, 2.5}, random);
        parcel.density_max = pickOf(std::array{0.45, 0.50, 0.55, 0.60}, random);
        parcel.green_max = pickOf(std::array{0.10, 0.15}, random);
        parcel.height_max_m = 24.0;
        power_per_mu = random.uniform(60, 110);
    } else if (use == "M3") {
        // Pharma synthesis and plating need wide separations: lower FAR floor (national
        // 2008 control for pharma 0.7), lower coverage, more green.
        parcel.far_min = 0.8;
        parcel.far_max = pickOf(std::array{1.5, 2.0}, random);
        parcel.density_max = pickOf(std::array{0.40, 0.45, 0.50}, random);
        parcel.green_max = pickOf(std::array{0.15, 0.20}, random);
        parcel.height_max_m = 24.0;
        power_per_mu = random.uniform(80, 150);
    } else if (use == "W1") {
        parcel.far_min = 0.8;
        parcel.far_max = pickOf(std::array{1.5, 2.0}, random);
        parcel.density_max = pickOf(std::array{0.55, 0.60}, random);
        parcel.green_max = 0.10;
        parcel.height_max_m = 24.0;
        power_per_mu = random.uniform(35, 60);  // cold stores need power
    } else if (use == "R") {
        // The industrial green cap does not apply to housing (it has a green minimum
        // instead, which the schema does not carry): green_max stays null.
        parcel.far_min = 1.2;
        parcel.far_max = pickOf(std::array{2.2, 2.5, 2.8}, random);
        parcel.density_max = 0.30;
        parcel.height_max_m = 54.0;
        power_per_mu = random.uniform(25, 40);
    } else {  // A
        parcel.far_min = 0.8;
        parcel.far_max = pickOf(std::array{2.0, 2.5}, random);
        parcel.density_max = 0.40;
        parcel.height_max_m = 40.0;
        power_per_mu = random.uniform(30, 50);
    }
    // Housing and service land is allocated (划拨), not sold at the industrial price.
    if (use != "R" && use != "A") {
        parcel.land_price_wan_per_mu = random.stepped(land_price.low, land_price.high, 0.5);
    }
    parcel.power_kva = std::max(400.0, std::round(mu(area_m2) * power_per_mu / 100.0) * 100.0);
}

std::vector<DesignatedParcel> ParcelDesignation::designate(
    const ZonePlan& plan, const std::vector<SubdividedParcel>& parcels, double scale,
    RandomStream& random) {
    std::vector<DesignatedParcel> result(parcels.size());
    std::vector<std::size_t> regular;
    std::vector<std::size_t> irregular;
    for (std::size_t i = 0; i < parcels.size(); ++i) {
        (parcels[i].irregular ? irregular : regular).push_back(i);
        result[i].record.parcel_id = parcelId(plan.parcel_prefix, i + 1);
        result[i].record.carrier = std::string(plan.carrier);
    }
    random.shuffle(regular);

    // Facility land first: it takes regular lots of modest size.
    const auto assignFacility = [&](std::vector<std::size_t> picked, const char* use) {
        for (std::size_t n = 0; n < picked.size(); ++n) {
            DesignatedParcel& p = result[picked[n]];
            p.record.land_use = use;
            p.record.status = ParcelStatus::Built;
            p.completed_year = static_cast<int>(
                std::lround(random.uniform(plan.completed_year.low, plan.completed_year.high)));
            if (std::string_view(use) == "W1") {
                // The second logistics lot of a zone is still on offer (cold-chain demand).
                p.layout = n == 1 ? SiteLayout::Empty : SiteLayout::Logistics;
                p.record.status = n == 1 ? ParcelStatus::Available : ParcelStatus::Built;
            } else {
                p.layout =
                    std::string_view(use) == "R" ? SiteLayout::Housing : SiteLayout::Services;
            }
        }
    };
    assignFacility(takeBySize(regular, parcels, scaledCount(plan.logistics_parcels, scale), 25, 90),
                   "W1");
    assignFacility(takeBySize(regular, parcels, scaledCount(plan.housing_parcels, scale), 15, 60),
                   "R");
    assignFacility(takeBySize(regular, parcels, scaledCount(plan.service_parcels, scale), 15, 60),
                   "A");

    // A few small M3 lots are on offer (see kM3AvailableMaxMu), ready now: the heavy
    // projects that fit them compete for them.
    std::vector<std::size_t> m3Lots;
    const int m3Count = plan.m3_available_mu.empty()
                            ? 0
                            : scaledCount(static_cast<int>(plan.m3_available_mu.size()), scale);
    for (int n = 0; n < m3Count; ++n) {
        const Range band =
            plan.m3_available_mu[static_cast<std::size_t>(n) % plan.m3_available_mu.size()];
        for (const std::size_t i :
             takeBySize(regular, parcels, 1, band.low, std::min(band.high, kM3AvailableMaxMu))) {
            result[i].record.land_use = "M3";
            result[i].record.status = ParcelStatus::Available;
            m3Lots.push_back(i);
        }
    }

    // Status quotas over the industrial parcels, odd-shaped lots taking the open ones.
    const std::size_t industrial = regular.size() + irregular.size() + m3Lots.size();
    const auto quota = [&](double share) {
        return static_cast<std::size_t>(std::lround(share * static_cast<double>(industrial)));
    };
    std::size_t available_left = quota(plan.statuses.available);
    available_left -= std::min(available_left, m3Lots.size());
    std::size_t reserved_left = quota(plan.statuses.reserved);
    std::size_t transferred_left = quota(plan.statuses.transferred);
    for (const std::size_t i : irregular) {
        ParcelStatus& status = result[i].record.status;
        if (available_left > 0 || reserved_left == 0) {
            status = ParcelStatus::Available;
            available_left -= available_left > 0 ? 1 : 0;
        } else {
            status = ParcelStatus::Reserved;
            --reserved_left;
        }
    }
    for (const std::size_t i : regular) {
        ParcelStatus& status = result[i].record.status;
        if (available_left > 0) {
            status = ParcelStatus::Available;
            --available_left;
        } else if (reserved_left > 0) {
            status = ParcelStatus::Reserved;
            --reserved_left;
        } else if (transferred_left > 0) {
            status = ParcelStatus::Transferred;
            --transferred_left;
        } else {
            status = ParcelStatus::Built;
        }
    }

    // Planning classes.
    std::vector<std::size_t> industrialParcels = regular;
    industrialParcels.insert(industrialParcels.end(), irregular.begin(), irregular.end());
    industrialParcels.insert(industrialParcels.end(), m3Lots.begin(), m3Lots.end());
    for (const std::size_t i : industrialParcels) {
        core::Parcel& record = result[i].record;
        if (!record.land_use.empty()) {
            continue;
        }
        const bool taken = record.status != ParcelStatus::Available;
        if (taken && plan.max_pollution_class >= 3 && random.chance(plan.m3_share)) {
            record.land_use = "M3";
        } else {
            record.land_use = random.chance(plan.m1_share) ? "M1" : "M2";
        }
    }

    // What stands on each industrial parcel.
    for (const std::size_t i : industrialParcels) {
        DesignatedParcel& p = result[i];
        const bool estateLand = p.record.land_use != "M3";
        switch (p.record.status) {
            case ParcelStatus::Built:
                p.layout = estateLand && random.chance(plan.estate_share) ? SiteLayout::Estate
                                                                          : SiteLayout::Plant;
                p.completed_year = static_cast<int>(
                    std::lround(random.uniform(plan.completed_year.low, plan.completed_year.high)));
                break;
            case ParcelStatus::Transferred:
                // Three in four transferred lots are built or being built; the rest wait.
                if (random.chance(0.75)) {
                    p.layout = estateLand && random.chance(plan.estate_share) ? SiteLayout::Estate
                                                                              : SiteLayout::Plant;
                    p.completed_year = std::max(random.integer(2024, 2025),
                                                static_cast<int>(plan.completed_year.high));
                }
                break;
            case ParcelStatus::Reserved:
                if (random.chance(0.10)) {
                    p.layout = SiteLayout::DerelictShed;
                    p.completed_year = random.integer(1992, 2004);
                }
                break;
            case ParcelStatus::Available:
                break;
        }
    }

    const bool denseZone =
        plan.kind == core::ZoneKind::HighTechZone || plan.kind == core::ZoneKind::SpecialtyPark;
    for (std::size_t i = 0; i < result.size(); ++i) {
        setPlanningIndicators(result[i].record, parcels[i].area_m2, plan.land_price_wan_per_mu,
                              denseZone, random);
        setAvailability(result[i].record, random);
    }
    for (const std::size_t i : m3Lots) {
        result[i].record.available_from = firstOfMonth(2024, random.integer(1, 12));
    }
    return result;
}

}  // namespace sitefit::sample
