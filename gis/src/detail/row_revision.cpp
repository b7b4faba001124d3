#include "detail/row_revision.hpp"

#include <memory>

#include "detail/record_codec.hpp"

namespace sitefit::gis::detail {
namespace {

struct DefinitionRelease {
    void operator()(OGRFeatureDefn* definition) const { definition->Release(); }
};
using DefinitionPtr = std::unique_ptr<OGRFeatureDefn, DefinitionRelease>;

// Every field as text, so that each value goes through FieldSource's strict parsing (OGR
// would read "2.5倍" into a real field as 2.5).
DefinitionPtr textDefinition(const LayerSpec& spec) {
    DefinitionPtr definition(new OGRFeatureDefn(std::string(spec.name).c_str()));
    definition->Reference();
    definition->SetGeomType(wkbNone);
    for (const FieldSpec& field : spec.fields) {
        OGRFieldDefn column(std::string(field.name).c_str(), OFTString);
        definition->AddFieldDefn(&column);
    }
    return definition;
}

void decode(const LayerSpec& spec, const FieldSource& source, std::optional<double> footprint_m2) {
    using namespace layer_names;
    if (spec.name == kBuildings) {
        core::Building building = decodeBuilding(source);
        if (footprint_m2) {
            checkVacancyFitsFootprint(building, *footprint_m2, source);
        }
    } else if (spec.name == kParcels) {
        (void)decodeParcel(source);
    } else if (spec.name == kProjects) {
        (void)decodeProject(source);
    } else if (spec.name == kZones) {
        (void)decodeZone(source);
    } else if (spec.name == kEnterprises) {
        (void)decodeEnterprise(source);
    } else if (spec.name == kChains) {
        (void)decodeChain(source);
    } else if (spec.name == kCategories) {
        (void)decodeCategory(source);
    } else if (spec.name == kChainLinks) {
        (void)decodeChainLink(source);
    } else if (spec.name == kPlanLinks) {
        (void)decodePlanLink(source);
    }
}

void fill(OGRFeature& feature, const std::map<std::string, std::string>& texts) {
    const OGRFeatureDefn& definition = *feature.GetDefnRef();
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        const auto text = texts.find(definition.GetFieldDefn(i)->GetNameRef());
        if (text == texts.end() || text->second.empty()) {
            feature.SetFieldNull(i);
        } else {
            feature.SetField(i, text->second.c_str());
        }
    }
}

}  // namespace

RowValues rowValues(const FieldSource& source, const LayerSpec& spec) {
    RowValues values;
    for (const FieldSpec& field : spec.fields) {
        values.emplace(std::string(field.name), schemaValue(source, field));
    }
    return values;
}

RowValues parseRow(const std::string& file, const LayerSpec& spec,
                   const std::map<std::string, std::string>& texts) {
    const DefinitionPtr definition = textDefinition(spec);
    OGRFeature feature(definition.get());
    fill(feature, texts);
    FieldSource source(file, std::string(spec.name), *definition, spec);
    source.setFeature(feature);
    return rowValues(source, spec);
}

RowValues reviseRow(const std::string& file, const LayerSpec& spec, const RowValues& current,
                    const std::map<std::string, std::string>& changes,
                    std::optional<double> footprint_m2) {
    std::map<std::string, std::string> texts;
    for (const auto& [name, value] : current) {
        texts[name] = canonicalText(value);
    }
    for (const auto& [name, text] : changes) {
        texts[name] = text;
    }
    const DefinitionPtr definition = textDefinition(spec);
    OGRFeature feature(definition.get());
    fill(feature, texts);
    FieldSource source(file, std::string(spec.name), *definition, spec);
    source.setFeature(feature);
    decode(spec, source, footprint_m2);
    return rowValues(source, spec);
}

}  // namespace sitefit::gis::detail
