#include "detail/record_codec.hpp"

#include <algorithm>
#include <string_view>

#include "detail/value_rule_check.hpp"
#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {
namespace {

// The value rules (checkValueRules) have bounded every whole number to the int range.
std::optional<int> whole(const FieldSource& source, std::string_view field) {
    const auto value = source.integer(field);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

// checkValueRules has refused a value outside the field's declared domain (a OneOf rule),
// and every declared value parses (tests/gis/value_rules_test.cpp), so a failure here would
// be a declaration that disagrees with core's parser.
template <typename Enum, typename Parse>
Enum enumeration(const FieldSource& source, std::string_view field, Parse parse) {
    const std::string text = source.requiredText(field);
    const auto value = parse(text);
    if (!value) {
        source.fail(field, "'" + text + "' is not a value sitefit reads (a value rule lacks it)");
    }
    return *value;
}

void setText(OGRFeature& feature, const char* field, const std::string& value) {
    if (value.empty()) {
        feature.SetFieldNull(feature.GetFieldIndex(field));
    } else {
        feature.SetField(field, value.c_str());
    }
}

template <typename T>
void setOptional(OGRFeature& feature, const char* field, const std::optional<T>& value) {
    // bugprone-branch-clone takes the branches an instantiation discards for clones.
    if (!value) {
        feature.SetFieldNull(feature.GetFieldIndex(field));
    } else if constexpr (std::is_same_v<T, core::Date>) {  // NOLINT(bugprone-branch-clone)
        feature.SetField(feature.GetFieldIndex(field), static_cast<int>(value->year()),
                         static_cast<int>(static_cast<unsigned>(value->month())),
                         static_cast<int>(static_cast<unsigned>(value->day())));
    } else if constexpr (std::is_integral_v<T>) {
        feature.SetField(field, static_cast<GIntBig>(*value));
    } else {
        feature.SetField(field, *value);
    }
}

// Vacant space above the floor area: within the tolerance (DataTolerances) a rounded
// register figure, clamped with a warning; beyond it an error. `how` says where the floor
// area came from when it was not given.
void fitVacancy(core::Building& building, double floor_area_m2, const std::string& how,
                const FieldSource& source) {
    const double vacant = *building.vacant_m2;
    // A centimetre of rounding is never worth a word.
    if (vacant <= floor_area_m2 * (1.0 + 1e-9) + 0.01) {
        building.vacant_m2 = std::min(vacant, floor_area_m2);
        return;
    }
    const double tolerance = source.tolerances().vacant_over_floor_area;
    const std::string said = "vacant space " + core::writtenFigure(vacant) +
                             " m² exceeds the floor area " + core::writtenFigure(floor_area_m2) +
                             " m²" + how;
    if (vacant <= floor_area_m2 * (1.0 + tolerance)) {
        source.warn(core::rules::kVacantOverFloorArea, "vacant_m2",
                    said + " by " +
                        core::writtenFigure(100.0 * (vacant - floor_area_m2) / floor_area_m2) +
                        " %, within the " + core::writtenFigure(100.0 * tolerance) +
                        " % tolerance: clamped to the floor area",
                    core::writtenFigure(vacant), "≤ " + core::writtenFigure(floor_area_m2));
        building.vacant_m2 = floor_area_m2;
        return;
    }
    source.fail("vacant_m2",
                said + ", more than the " + core::writtenFigure(100.0 * tolerance) +
                    " % tolerance ([data_quality] vacant_over_floor_area)",
                core::rules::kVacantOverFloorArea);
}

}  // namespace

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::string current;
    auto flush = [&] {
        const auto first = current.find_first_not_of(" \t");
        const auto last = current.find_last_not_of(" \t");
        if (first != std::string::npos) {
            items.push_back(current.substr(first, last - first + 1));
        }
        current.clear();
    };
    const std::string_view fullWidthComma = "\xEF\xBC\x8C";  // ，
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ',' || text[i] == ';') {
            flush();
        } else if (text.compare(i, fullWidthComma.size(), fullWidthComma) == 0) {
            flush();
            i += fullWidthComma.size() - 1;
        } else {
            current += text[i];
        }
    }
    flush();
    return items;
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) {
            out += ",";
        }
        out += item;
    }
    return out;
}

core::Zone decodeZone(const FieldSource& source) {
    checkValueRules(layer_names::kZones, source);
    core::Zone zone;
    zone.zone_id = source.requiredText("zone_id");
    zone.name = source.requiredText("name");
    zone.kind = enumeration<core::ZoneKind>(source, "kind", core::parseZoneKind);
    zone.leading_chains = splitList(source.text("leading_chains").value_or(""));
    zone.min_investment_intensity_wan_per_mu = source.real("min_investment_intensity");
    zone.max_pollution_class = whole(source, "max_pollution_class").value_or(3);
    zone.enterprise_capacity = whole(source, "enterprise_capacity");
    zone.carrier = source.text("carrier").value_or("");
    return zone;
}

core::Parcel decodeParcel(const FieldSource& source) {
    checkValueRules(layer_names::kParcels, source);
    core::Parcel parcel;
    parcel.parcel_id = source.requiredText("parcel_id");
    parcel.land_use = source.requiredText("land_use");
    parcel.status = enumeration<core::ParcelStatus>(source, "status", core::parseParcelStatus);
    parcel.far_min = source.real("far_min");
    parcel.far_max = source.real("far_max");
    parcel.density_max = source.real("density_max");
    parcel.green_max = source.real("green_max");
    parcel.height_max_m = source.real("height_max_m");
    parcel.land_price_wan_per_mu = source.real("land_price");
    parcel.power_kva = source.real("power_kva");
    parcel.available_from = source.date("available_from");
    parcel.carrier = source.text("carrier").value_or("");
    return parcel;
}

core::Building decodeBuilding(const FieldSource& source) {
    checkValueRules(layer_names::kBuildings, source);
    core::Building building;
    building.building_id = source.requiredText("building_id");
    building.kind = enumeration<core::BuildingKind>(source, "kind", core::parseBuildingKind);
    building.floors = static_cast<int>(source.requiredInteger("floors"));
    building.floor_area_m2 = source.real("floor_area_m2");
    building.vacant_m2 = source.real("vacant_m2");
    if (building.vacant_m2 && building.floor_area_m2) {
        fitVacancy(building, *building.floor_area_m2, "", source);
    }
    building.floor_load_kn_m2 = source.real("floor_load_kn_m2");
    building.clear_height_m = source.real("clear_height_m");
    building.rent_yuan_m2_month = source.real("rent");
    building.available_from = source.date("available_from");
    building.carrier = source.text("carrier").value_or("");
    return building;
}

void checkVacancyFitsFootprint(core::Building& building, double footprint_m2,
                               const FieldSource& source) {
    if (!building.vacant_m2 || building.floor_area_m2) {
        return;  // a given floor area was checked by decodeBuilding
    }
    fitVacancy(building, footprint_m2 * building.floors,
               " (footprint " + core::writtenFigure(footprint_m2) + " m² × " +
                   std::to_string(building.floors) + (building.floors == 1 ? " floor" : " floors") +
                   ", as floor_area_m2 is not given)",
               source);
}

core::Enterprise decodeEnterprise(const FieldSource& source) {
    checkValueRules(layer_names::kEnterprises, source);
    core::Enterprise enterprise;
    enterprise.enterprise_id = source.requiredText("enterprise_id");
    enterprise.name = source.requiredText("name");
    enterprise.category_code = source.text("category_code").value_or("");
    enterprise.industry_code = source.text("industry_code").value_or("");
    enterprise.role = enumeration<core::EnterpriseRole>(source, "role", core::parseEnterpriseRole);
    enterprise.annual_output_yi = source.real("annual_output");
    return enterprise;
}

core::Project decodeProject(const FieldSource& source) {
    checkValueRules(layer_names::kProjects, source);
    core::Project project;
    project.project_id = source.requiredText("project_id");
    project.name = source.requiredText("name");
    project.investor = source.text("investor").value_or("");
    project.category_code = source.text("category_code").value_or("");
    project.industry_code = source.text("industry_code").value_or("");
    project.need = enumeration<core::ProjectNeed>(source, "need", core::parseProjectNeed);
    project.land_m2 = source.real("land_m2");
    project.floor_m2 = source.real("floor_m2");
    project.floor_load_kn_m2 = source.real("floor_load_kn_m2");
    project.clear_height_m = source.real("clear_height_m");
    project.power_kva = source.real("power_kva");
    project.investment_wan = source.real("investment");
    project.pollution_class = whole(source, "pollution_class").value_or(1);
    project.preferred_zone = source.text("preferred_zone").value_or("");
    project.needed_by = source.date("needed_by");
    project.annual_tax_wan = source.real("annual_tax");
    project.jobs = whole(source, "jobs");
    project.priority = source.real("priority").value_or(1.0);
    project.mandatory = whole(source, "mandatory") == 1;
    return project;
}

core::Chain decodeChain(const FieldSource& source) {
    checkValueRules(layer_names::kChains, source);
    return {source.requiredText("chain_code"), source.requiredText("name_zh"),
            source.text("name_en").value_or("")};
}

core::Category decodeCategory(const FieldSource& source) {
    checkValueRules(layer_names::kCategories, source);
    core::Category category;
    category.category_code = source.requiredText("category_code");
    category.chain_code = source.requiredText("chain_code");
    category.name_zh = source.requiredText("name_zh");
    category.name_en = source.text("name_en").value_or("");
    category.land_use_classes = splitList(source.text("land_use_classes").value_or(""));
    category.pollution_class = whole(source, "pollution_class").value_or(1);
    category.industry_codes = splitList(source.text("industry_codes").value_or(""));
    return category;
}

core::ChainLink decodeChainLink(const FieldSource& source) {
    checkValueRules(layer_names::kChainLinks, source);
    return {source.requiredText("from_category"), source.requiredText("to_category")};
}

core::PlanLink decodePlanLink(const FieldSource& source) {
    checkValueRules(layer_names::kPlanLinks, source);
    core::PlanLink link;
    link.project_id = source.requiredText("project_id");
    link.site_id = source.requiredText("site_id");
    link.kind = enumeration<core::PlanLinkKind>(source, "kind", core::parsePlanLinkKind);
    link.note = source.text("note").value_or("");
    return link;
}

void encode(const core::Zone& zone, OGRFeature& feature) {
    setText(feature, "zone_id", zone.zone_id);
    setText(feature, "name", zone.name);
    setText(feature, "kind", std::string(core::toString(zone.kind)));
    setText(feature, "leading_chains", joinList(zone.leading_chains));
    setOptional(feature, "min_investment_intensity", zone.min_investment_intensity_wan_per_mu);
    setOptional(feature, "max_pollution_class", std::optional<int>(zone.max_pollution_class));
    setOptional(feature, "enterprise_capacity", zone.enterprise_capacity);
    setText(feature, "carrier", zone.carrier);
}

void encode(const core::Parcel& parcel, OGRFeature& feature) {
    setText(feature, "parcel_id", parcel.parcel_id);
    setText(feature, "land_use", parcel.land_use);
    setText(feature, "status", std::string(core::toString(parcel.status)));
    setOptional(feature, "far_min", parcel.far_min);
    setOptional(feature, "far_max", parcel.far_max);
    setOptional(feature, "density_max", parcel.density_max);
    setOptional(feature, "green_max", parcel.green_max);
    setOptional(feature, "height_max_m", parcel.height_max_m);
    setOptional(feature, "land_price", parcel.land_price_wan_per_mu);
    setOptional(feature, "power_kva", parcel.power_kva);
    setOptional(feature, "available_from", parcel.available_from);
    setText(feature, "carrier", parcel.carrier);
}

void encode(const core::Building& building, OGRFeature& feature) {
    setText(feature, "building_id", building.building_id);
    setText(feature, "kind", std::string(core::toString(building.kind)));
    setOptional(feature, "floors", std::optional<int>(building.floors));
    setOptional(feature, "floor_area_m2", building.floor_area_m2);
    setOptional(feature, "vacant_m2", building.vacant_m2);
    setOptional(feature, "floor_load_kn_m2", building.floor_load_kn_m2);
    setOptional(feature, "clear_height_m", building.clear_height_m);
    setOptional(feature, "rent", building.rent_yuan_m2_month);
    setOptional(feature, "available_from", building.available_from);
    setText(feature, "carrier", building.carrier);
}

void encode(const core::Enterprise& enterprise, OGRFeature& feature) {
    setText(feature, "enterprise_id", enterprise.enterprise_id);
    setText(feature, "name", enterprise.name);
    setText(feature, "category_code", enterprise.category_code);
    setText(feature, "role", std::string(core::toString(enterprise.role)));
    setOptional(feature, "annual_output", enterprise.annual_output_yi);
    setText(feature, "industry_code", enterprise.industry_code);
}

void encode(const core::Project& project, OGRFeature& feature) {
    setText(feature, "project_id", project.project_id);
    setText(feature, "name", project.name);
    setText(feature, "investor", project.investor);
    setText(feature, "category_code", project.category_code);
    setText(feature, "need", std::string(core::toString(project.need)));
    setOptional(feature, "land_m2", project.land_m2);
    setOptional(feature, "floor_m2", project.floor_m2);
    setOptional(feature, "floor_load_kn_m2", project.floor_load_kn_m2);
    setOptional(feature, "clear_height_m", project.clear_height_m);
    setOptional(feature, "power_kva", project.power_kva);
    setOptional(feature, "investment", project.investment_wan);
    setOptional(feature, "pollution_class", std::optional<int>(project.pollution_class));
    setText(feature, "preferred_zone", project.preferred_zone);
    setOptional(feature, "needed_by", project.needed_by);
    setOptional(feature, "annual_tax", project.annual_tax_wan);
    setOptional(feature, "jobs", project.jobs);
    setOptional(feature, "priority", std::optional<double>(project.priority));
    setOptional(feature, "mandatory", std::optional<int>(project.mandatory ? 1 : 0));
    setText(feature, "industry_code", project.industry_code);
}

void encode(const core::Chain& chain, OGRFeature& feature) {
    setText(feature, "chain_code", chain.chain_code);
    setText(feature, "name_zh", chain.name_zh);
    setText(feature, "name_en", chain.name_en);
}

void encode(const core::Category& category, OGRFeature& feature) {
    setText(feature, "category_code", category.category_code);
    setText(feature, "chain_code", category.chain_code);
    setText(feature, "name_zh", category.name_zh);
    setText(feature, "name_en", category.name_en);
    setText(feature, "land_use_classes", joinList(category.land_use_classes));
    setOptional(feature, "pollution_class", std::optional<int>(category.pollution_class));
    setText(feature, "industry_codes", joinList(category.industry_codes));
}

void encode(const core::ChainLink& link, OGRFeature& feature) {
    setText(feature, "from_category", link.from_category);
    setText(feature, "to_category", link.to_category);
}

void encode(const core::PlanLink& link, OGRFeature& feature) {
    setText(feature, "project_id", link.project_id);
    setText(feature, "site_id", link.site_id);
    setText(feature, "kind", std::string(core::toString(link.kind)));
    setText(feature, "note", link.note);
}

}  // namespace sitefit::gis::detail
