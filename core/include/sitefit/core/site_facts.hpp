#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "sitefit/core/building.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/parcel.hpp"

namespace sitefit::core {

// A site is a whole parcel (for a project that needs land) or the vacant floor space of a
// building (for projects that need space; several may share it up to its vacancy).
enum class SiteType { Parcel, Space };

[[nodiscard]] std::string_view toString(SiteType type);

// Everything the matcher knows about one site: plain figures measured by gis/, no
// geometry. Distances in metres in the workspace CRS, from the site's geometry (parcel
// polygon or building footprint) to the nearest point of the kind named.
struct SiteFacts {
    SiteType type = SiteType::Parcel;
    std::size_t index = 0;            // into District::parcels or District::buildings
    std::string site_id;              // parcel_id or building_id
    std::optional<std::size_t> zone;  // by the largest-share rule
    std::string carrier;

    // Parcel sites (type Parcel)
    ParcelStatus status = ParcelStatus::Available;
    double area_m2 = 0.0;
    std::string land_use;
    std::optional<double> far_min;
    std::optional<double> far_max;
    std::optional<double> land_price_wan_per_mu;
    std::optional<double> power_kva;
    double existing_floor_area_m2 = 0.0;  // floor area already standing on the parcel

    // Space sites (type Space)
    BuildingKind building_kind = BuildingKind::Other;
    int floors = 1;
    double vacant_m2 = 0.0;
    std::optional<double> floor_load_kn_m2;
    std::optional<double> clear_height_m;
    std::optional<double> rent_yuan_m2_month;

    std::optional<Date> available_from;

    // Spatial facts. A category or chain with no enterprise in the district is absent.
    std::map<std::string, double> nearest_enterprise_m_by_category;
    std::map<std::string, double> nearest_chain_leader_m_by_chain;
    double residential_floor_m2_within_commute = 0.0;
    double public_service_floor_m2_within_commute = 0.0;
};

}  // namespace sitefit::core
