#pragma once

#include <span>
#include <string_view>

namespace sitefit::gis {

enum class FieldType { String, Integer, Real, Date };
enum class GeometryKind { None, Point, Polygon };

struct FieldSpec {
    std::string_view name;
    FieldType type;
    bool required;  // a missing column or a null value is an error
};

// One layer or table of the workspace (docs/architecture.md, "Workspace schema").
struct LayerSpec {
    std::string_view name;
    GeometryKind geometry;
    std::string_view id_field;  // unique, non-null; empty for link tables
    std::span<const FieldSpec> fields;
    bool required;  // a workspace without it is refused
};

namespace layer_names {
inline constexpr std::string_view kZones = "zones";
inline constexpr std::string_view kParcels = "parcels";
inline constexpr std::string_view kBuildings = "buildings";
inline constexpr std::string_view kEnterprises = "enterprises";
inline constexpr std::string_view kProjects = "projects";
inline constexpr std::string_view kChains = "chains";
inline constexpr std::string_view kCategories = "categories";
inline constexpr std::string_view kChainLinks = "chain_links";
// Planners' stored pins and exclusions (optional; no geometry; one row per project and site).
inline constexpr std::string_view kPlanLinks = "plan_links";
inline constexpr std::string_view kParcelCapacity = "parcel_capacity";
inline constexpr std::string_view kZoneCapacity = "zone_capacity";
}  // namespace layer_names

// The sample district's CRS: CGCS2000 / 3-degree Gauss-Kruger CM 120E, metres.
inline constexpr int kSampleEpsg = 4549;

// Every input layer and table, in the order they are read and written.
[[nodiscard]] std::span<const LayerSpec> workspaceLayers();

// The spec of an input layer by name; throws std::out_of_range for an unknown name.
[[nodiscard]] const LayerSpec& layerSpec(std::string_view name);

[[nodiscard]] std::string_view toString(FieldType type);

}  // namespace sitefit::gis
