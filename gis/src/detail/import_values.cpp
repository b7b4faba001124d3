#include "detail/import_values.hpp"

#include <cpl_string.h>

#include <algorithm>
#include <cctype>
#include <string_view>

#include "detail/gdal_error_capture.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/value_translation.hpp"

namespace sitefit::gis::detail {
namespace {

constexpr std::string_view kMappingTable = "mapping file";

// As FieldSource trims a value before it reads it, so both see the same value.
std::string trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

std::string features(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " feature" : " features");
}

// What a value of the field must be, for messages.
std::string domainText(const LayerSpec& spec, std::string_view field) {
    if (spec.name == "parcels" && field == "land_use") {
        return "a GB 50137-2011 land use class (M1, M2, M3, W1, R, A, ...)";
    }
    if (spec.name == "parcels" && field == "status") {
        return "one of available, reserved, transferred, built";
    }
    if (spec.name == "buildings" && field == "kind") {
        return "one of standard_factory, rnd_office, warehouse, incubator, residential, "
               "public_service, other";
    }
    if (spec.name == "zones" && field == "kind") {
        return "one of high_tech_zone, industrial_park, township_cluster, specialty_park";
    }
    return "a schema value";
}

std::string figure(double value) {
    return core::significant(value, 6);
}

struct ScannedField {
    std::string name;
    std::string source_field;
    int column = -1;
    std::map<std::string, std::size_t> counts;  // trimmed value → features
};

// One pass over the layer's attributes (geometry and other fields ignored where the driver
// can) counting the distinct values of the scanned fields.
void countValues(OGRLayer& layer, std::vector<ScannedField>& fields) {
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    CPLStringList ignored;
    ignored.AddString("OGR_GEOMETRY");
    ignored.AddString("OGR_STYLE");
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        const bool scanned = std::any_of(fields.begin(), fields.end(),
                                         [&](const ScannedField& f) { return f.column == i; });
        if (!scanned) {
            ignored.AddString(definition.GetFieldDefn(i)->GetNameRef());
        }
    }
    // A damaged source stops the scan quietly: the read that follows reports it.
    GdalErrorCapture quiet;
    (void)layer.SetIgnoredFields(const_cast<const char**>(ignored.List()));
    layer.ResetReading();
    for (const auto& feature : layer) {
        for (ScannedField& field : fields) {
            if (!feature->IsFieldSetAndNotNull(field.column)) {
                continue;
            }
            std::string value = trimmed(feature->GetFieldAsString(field.column));
            // Text that is not UTF-8 is refused, with its fix, when the feature is read.
            if (!value.empty() && CPLIsUTF8(value.c_str(), -1) != 0) {
                ++field.counts[value];
            }
        }
    }
    (void)layer.SetIgnoredFields(nullptr);
    layer.ResetReading();
}

struct Decision {
    std::string schema;
    std::string table;
};

std::optional<Decision> decide(const LayerSpec& spec, const std::string& field,
                               const std::string& value,
                               const std::map<std::string, MappedValue>* table) {
    if (table != nullptr) {
        if (const auto exact = table->find(value); exact != table->end()) {
            return Decision{exact->second.schema_value, std::string(kMappingTable)};
        }
        const std::string wanted = normalisedForComparison(value);
        for (const auto& [source, mapped] : *table) {
            if (normalisedForComparison(source) == wanted) {
                return Decision{mapped.schema_value, std::string(kMappingTable)};
            }
        }
    }
    if (auto builtIn = translateBuiltIn(spec.name, field, value)) {
        return Decision{std::move(builtIn->value), std::move(builtIn->table)};
    }
    return std::nullopt;
}

void planField(const LayerSpec& spec, const LayerMapping& mapping, ScannedField& scanned,
               LayerValuePlan& plan) {
    const auto tableEntry = mapping.values.find(scanned.name);
    const std::map<std::string, MappedValue>* table =
        tableEntry == mapping.values.end() ? nullptr : &tableEntry->second;
    FieldValueRule& rule = plan.rules[scanned.name];
    TranslatedField translated{scanned.name, 0, {}};
    UntranslatableField untranslatable{scanned.name, scanned.source_field, 0, {}};
    for (const auto& [value, count] : scanned.counts) {
        const auto decision = decide(spec, scanned.name, value, table);
        if (decision) {
            if (decision->schema != value) {
                rule.translations[value] = decision->schema;
                translated.count += count;
                translated.values.push_back({value, decision->schema, decision->table, count});
            }
        } else if (hasBuiltInTranslation(spec.name, scanned.name)) {
            std::vector<std::string> nearest = nearestKnownValues(spec.name, scanned.name, value);
            rule.refusals[value] =
                "'" + value + "' is not " + domainText(spec, scanned.name) +
                " and no table translates it (nearest: " + core::joined(nearest) +
                "); give it a schema value in the mapping file's [" + std::string(spec.name) +
                ".values." + scanned.name + "]";
            untranslatable.features += count;
            untranslatable.values.push_back({value, count, std::move(nearest)});
        }
    }
    auto byCount = [](const auto& a, const auto& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    };
    std::sort(translated.values.begin(), translated.values.end(),
              [](const TranslatedValue& a, const TranslatedValue& b) {
                  return a.count != b.count ? a.count > b.count : a.source < b.source;
              });
    std::sort(untranslatable.values.begin(), untranslatable.values.end(), byCount);
    if (translated.count > 0) {
        plan.translated.push_back(std::move(translated));
    }
    if (!untranslatable.values.empty()) {
        plan.untranslatable.push_back(std::move(untranslatable));
    }
}

}  // namespace

LayerValuePlan planLayerValues(OGRLayer& layer, const LayerSpec& spec, const LayerMapping& mapping,
                               const std::map<std::string, std::string>& sourceNames) {
    LayerValuePlan plan;
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    const std::string target(spec.name);
    std::vector<ScannedField> scanned;
    for (const FieldSpec& field : spec.fields) {
        const std::string name(field.name);
        const auto mapped = sourceNames.find(name);
        const std::string sourceField = mapped == sourceNames.end() ? name : mapped->second;
        const int column = definition.GetFieldIndex(sourceField.c_str());
        if (const auto constant = mapping.constants.find(name);
            constant != mapping.constants.end()) {
            plan.rules[name].constant = constant->second.value;
            std::string note = target + "." + name + ": '" + constant->second.value +
                               "' for every feature (mapping file line " +
                               std::to_string(constant->second.line) + ")";
            if (column >= 0) {
                note += "; the source field '" + sourceField + "' is not read";
            }
            plan.notes.push_back(std::move(note));
            continue;
        }
        if (const auto unit = mapping.units.find(name); unit != mapping.units.end()) {
            plan.rules[name].factor = unit->second.factor;
            plan.notes.push_back(target + "." + name + ": read in " + unit->second.unit +
                                 ", stored in " + unit->second.schema_unit + " (× " +
                                 figure(unit->second.factor) + ")");
        }
        if (column >= 0 && (hasBuiltInTranslation(spec.name, name) || mapping.values.count(name))) {
            scanned.push_back({name, sourceField, column, {}});
        }
    }
    if (scanned.empty()) {
        return plan;
    }
    countValues(layer, scanned);
    for (ScannedField& field : scanned) {
        planField(spec, mapping, field, plan);
    }
    return plan;
}

std::string describeUntranslatable(const LayerSpec& spec, const UntranslatableField& field,
                                   std::size_t shown) {
    const std::size_t distinct = field.values.size();
    std::string text = std::to_string(distinct) + (distinct == 1 ? " value" : " values") + " in " +
                       features(field.features) + " that no table translates into " +
                       domainText(spec, field.field) + ": ";
    std::vector<std::string> listed;
    std::size_t rest = 0;
    for (std::size_t i = 0; i < distinct; ++i) {
        const UntranslatableValue& value = field.values[i];
        if (i < shown) {
            listed.push_back("'" + value.value + "' (" + features(value.count) +
                             "; nearest: " + core::joined(value.nearest) + ")");
        } else {
            rest += value.count;
        }
    }
    text += core::joined(listed, "; ");
    if (distinct > shown) {
        text += "; and " + std::to_string(distinct - shown) + " more in " + features(rest);
    }
    text += ". Give each a schema value in the mapping file, e.g. [" + std::string(spec.name) +
            ".values." + field.field + "] \"" + field.values.front().value + "\" = \"...\"";
    return text;
}

}  // namespace sitefit::gis::detail
