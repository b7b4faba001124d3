#include "sitefit/gis/workspace_schema.hpp"

#include <array>
#include <stdexcept>
#include <string>

namespace sitefit::gis {
namespace {

using enum FieldType;

constexpr std::array kZoneFields{
    FieldSpec{"zone_id", String, true},
    FieldSpec{"name", String, true},
    FieldSpec{"kind", String, true},
    FieldSpec{"leading_chains", String, false},
    FieldSpec{"min_investment_intensity", Real, false},
    FieldSpec{"max_pollution_class", Integer, false},
    FieldSpec{"enterprise_capacity", Integer, false},
    FieldSpec{"carrier", String, false},
};

constexpr std::array kParcelFields{
    FieldSpec{"parcel_id", String, true},     FieldSpec{"land_use", String, true},
    FieldSpec{"status", String, true},        FieldSpec{"far_min", Real, false},
    FieldSpec{"far_max", Real, false},        FieldSpec{"density_max", Real, false},
    FieldSpec{"green_max", Real, false},      FieldSpec{"height_max_m", Real, false},
    FieldSpec{"land_price", Real, false},     FieldSpec{"power_kva", Real, false},
    FieldSpec{"available_from", Date, false}, FieldSpec{"carrier", String, false},
};

constexpr std::array kBuildingFields{
    FieldSpec{"building_id", String, true},   FieldSpec{"kind", String, true},
    FieldSpec{"floors", Integer, true},       FieldSpec{"floor_area_m2", Real, false},
    FieldSpec{"vacant_m2", Real, false},      FieldSpec{"floor_load_kn_m2", Real, false},
    FieldSpec{"clear_height_m", Real, false}, FieldSpec{"rent", Real, false},
    FieldSpec{"available_from", Date, false}, FieldSpec{"carrier", String, false},
};

// An enterprise or project names its category, its GB/T 4754-2017 industry code, or both:
// each of the two is optional alone, and decoding refuses a record with neither.
constexpr std::array kEnterpriseFields{
    FieldSpec{"enterprise_id", String, true},  FieldSpec{"name", String, true},
    FieldSpec{"category_code", String, false}, FieldSpec{"role", String, true},
    FieldSpec{"annual_output", Real, false},   FieldSpec{"industry_code", String, false},
};

constexpr std::array kProjectFields{
    FieldSpec{"project_id", String, true},
    FieldSpec{"name", String, true},
    FieldSpec{"investor", String, false},
    FieldSpec{"category_code", String, false},
    FieldSpec{"need", String, true},
    FieldSpec{"land_m2", Real, false},
    FieldSpec{"floor_m2", Real, false},
    FieldSpec{"floor_load_kn_m2", Real, false},
    FieldSpec{"clear_height_m", Real, false},
    FieldSpec{"power_kva", Real, false},
    FieldSpec{"investment", Real, false},
    FieldSpec{"pollution_class", Integer, false},
    FieldSpec{"preferred_zone", String, false},
    FieldSpec{"needed_by", Date, false},
    FieldSpec{"annual_tax", Real, false},
    FieldSpec{"jobs", Integer, false},
    FieldSpec{"priority", Real, false},
    FieldSpec{"mandatory", Integer, false},
    FieldSpec{"industry_code", String, false},
};

constexpr std::array kChainFields{
    FieldSpec{"chain_code", String, true},
    FieldSpec{"name_zh", String, true},
    FieldSpec{"name_en", String, false},
};

constexpr std::array kCategoryFields{
    FieldSpec{"category_code", String, true},     FieldSpec{"chain_code", String, true},
    FieldSpec{"name_zh", String, true},           FieldSpec{"name_en", String, false},
    FieldSpec{"land_use_classes", String, false}, FieldSpec{"pollution_class", Integer, false},
    FieldSpec{"industry_codes", String, false},
};

constexpr std::array kChainLinkFields{
    FieldSpec{"from_category", String, true},
    FieldSpec{"to_category", String, true},
};

// A pin or exclusion. `version` is not a schema field: as in buildings, parcels and projects
// it belongs to the editor (optimistic locking), which adds it on first save.
constexpr std::array kPlanLinkFields{
    FieldSpec{"project_id", String, true},
    FieldSpec{"site_id", String, true},
    FieldSpec{"kind", String, true},
    FieldSpec{"note", String, false},
};

using namespace layer_names;
const std::array kLayers{
    LayerSpec{kZones, GeometryKind::Polygon, "zone_id", kZoneFields, true},
    LayerSpec{kParcels, GeometryKind::Polygon, "parcel_id", kParcelFields, true},
    LayerSpec{kBuildings, GeometryKind::Polygon, "building_id", kBuildingFields, true},
    LayerSpec{kEnterprises, GeometryKind::Point, "enterprise_id", kEnterpriseFields, false},
    LayerSpec{kProjects, GeometryKind::None, "project_id", kProjectFields, false},
    LayerSpec{kChains, GeometryKind::None, "chain_code", kChainFields, false},
    LayerSpec{kCategories, GeometryKind::None, "category_code", kCategoryFields, false},
    LayerSpec{kChainLinks, GeometryKind::None, "", kChainLinkFields, false},
    // Last: its rows name projects and sites, which are read before it.
    LayerSpec{kPlanLinks, GeometryKind::None, "", kPlanLinkFields, false},
};

}  // namespace

std::span<const LayerSpec> workspaceLayers() {
    return kLayers;
}

const LayerSpec& layerSpec(std::string_view name) {
    for (const LayerSpec& spec : kLayers) {
        if (spec.name == name) {
            return spec;
        }
    }
    throw std::out_of_range("no workspace layer named '" + std::string(name) + "'");
}

std::string_view toString(FieldType type) {
    switch (type) {
        case String:
            return "text";
        case Integer:
            return "integer";
        case Real:
            return "number";
        case Date:
            return "date";
    }
    return "unknown";
}

}  // namespace sitefit::gis
