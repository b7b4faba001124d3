#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "plan_geometry.hpp"
#include "sitefit/core/parcel.hpp"
#include "sitefit/core/zone.hpp"

namespace sitefit::sample {

// A point given in CGCS2000 longitude/latitude (EPSG:4490), degrees.
struct GeoAnchor {
    double longitude = 0.0;
    double latitude = 0.0;
};

// Where a site plan is laid out: its local origin and how its road grid is turned
// (degrees, counter-clockwise from grid east).
struct SitePlacement {
    GeoAnchor anchor;
    double rotation_degrees = 0.0;
};

// Shares of the parcel statuses among a zone's industrial parcels; they sum to 1.
struct StatusMix {
    double available = 0.0;
    double reserved = 0.0;
    double transferred = 0.0;
    double built = 0.0;
};

struct Range {
    double low = 0.0;
    double high = 0.0;
};

// One industrial zone: its record, its outline and how its land is used and let.
// Counts and outlines are for scale 1; the generator scales them.
struct ZonePlan {
    // The record
    std::string_view zone_id;
    std::string_view name;
    core::ZoneKind kind = core::ZoneKind::IndustrialPark;
    std::string_view leading_chains;
    double min_investment_intensity_wan_per_mu = 0.0;
    int max_pollution_class = 2;
    std::optional<int> enterprise_capacity;
    std::string_view carrier;
    // The layout
    std::string_view parcel_prefix;  // parcel ids are <prefix>-0001, ...
    SitePlacement placement;
    std::vector<LocalPoint> outline;  // open ring in metres; zones of one frame share edges
    Range block_width_m;
    Range block_depth_m;
    Range parcel_mu;  // the size of a parcel before clipping to the outline
    // Land use and status
    StatusMix statuses;
    double m1_share = 0.5;  // of industrial parcels, the rest M2 (or M3, below)
    double m3_share = 0.0;  // of taken (not available) industrial parcels
    // Available parcels zoned M3, one per size band (亩), each at most kM3AvailableMaxMu.
    std::vector<Range> m3_available_mu;
    int logistics_parcels = 0;  // W1
    int housing_parcels = 0;    // R: talent apartments and dormitories (公租房)
    int service_parcels = 0;    // A: testing centres, service centres, labs
    Range land_price_wan_per_mu;
    // Buildings and letting
    double estate_share = 0.0;  // built industrial parcels that are standard-factory estates
    Range completed_year;       // when its buildings were finished
    Range rent_yuan_m2_month;
    double fully_let_share = 0.52;  // of its older let buildings; townships let less well
    int estate_tenants = 0;         // firms placed in its estates in all; 0: 1–3 per estate
};

// A cluster of village houses, as an ellipse in its town's frame (metres).
struct VillagePlan {
    LocalPoint centre;
    double radius_u = 0.0;
    double radius_v = 0.0;
};

// A town or urban quarter near the zones: housing and public services for the
// job–housing criterion (职住平衡). Not a zone: its buildings have no carrier.
struct TownPlan {
    std::string_view name;
    SitePlacement placement;
    LocalRect estate_area;   // apartment blocks, schools, clinics, centres
    double high_rise_share;  // of apartment blocks built 11–18 storeys rather than 6
    int schools = 0;
    int clinics = 0;
    int neighbourhood_centres = 0;
    std::vector<VillagePlan> villages;
};

// Industrial land outside every zone (scattered older plants and reserve plots).
struct ScatteredSitePlan {
    SitePlacement placement;
    double width_m = 0.0;
    double depth_m = 0.0;
    std::string_view land_use;
    core::ParcelStatus status = core::ParcelStatus::Available;
    std::string_view carrier;
    std::string_view occupant_category;  // the firm on it when it is built; else empty
};

struct DistrictPlan {
    GeoAnchor centre;  // what --scale spreads the sites away from
    std::vector<ZonePlan> zones;
    std::vector<TownPlan> towns;
    std::vector<ScatteredSitePlan> scattered_sites;
};

// An available M3 parcel is kept small (亩), so that large heavy-industry projects have
// nowhere to go: the demo's "why not" case for pollution and land.
inline constexpr double kM3AvailableMaxMu = 45.0;

// Haizhou District, Lianyungang: the zones, towns and sites of the sample workspace.
[[nodiscard]] DistrictPlan haizhouPlan();

}  // namespace sitefit::sample
