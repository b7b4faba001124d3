#include "sitefit/gis/mapping_suggestion.hpp"

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

#include "detail/common_headers.hpp"
#include "detail/import_source.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/value_translation.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

// dBase field names hold at most 10 bytes: a shapefile written from schema-named data
// carries "available_" for available_from.
constexpr std::size_t kDbfFieldNameBytes = 10;

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
        text.remove_suffix(1);
    }
    return text;
}

// Area units convert the *_m2 fields; price units the land price (stored in 万元/亩). A
// header naming the schema's own unit needs no entry.
std::string applicableUnit(const FieldSpec& field, const std::string& unit) {
    const std::string_view name = field.name;
    const bool area = name.ends_with("_m2") && name != "floor_load_kn_m2";
    if (area && (unit == "亩" || unit == "公顷")) {
        return unit;
    }
    if (name == "land_price" && (unit == "元/m²" || unit == "元/亩")) {
        return unit;
    }
    return "";
}

// The schema-field choices for one layer's source fields.
class FieldChooser {
public:
    FieldChooser(const LayerSpec& spec, std::vector<std::string> sourceFields, bool shapefile)
        : m_spec(spec), m_sourceFields(std::move(sourceFields)), m_shapefile(shapefile) {}

    std::vector<SuggestedField> choose(const LayerMapping& given, std::vector<std::string>& notes) {
        std::vector<SuggestedField> fields;
        for (const FieldSpec& spec : m_spec.fields) {
            fields.push_back({std::string(spec.name), "", spec.required, false, "", ""});
        }
        // The mapping's own choices and exact names first, so a guess never takes a column
        // that is some field's by name.
        for (std::size_t i = 0; i < fields.size(); ++i) {
            SuggestedField& field = fields[i];
            // A constant the planner gave stands for the field: no column is chosen for it.
            if (const auto constant = given.constants.find(field.schema_field);
                constant != given.constants.end()) {
                field.constant = constant->second.value;
                continue;
            }
            const auto mapped = given.fields.find(field.schema_field);
            if (mapped != given.fields.end()) {
                field.source_field = mapped->second.source_field;
                if (!has(field.source_field)) {
                    notes.push_back("the mapping names source field '" + field.source_field +
                                    "' for " + field.schema_field + ", which the source lacks");
                }
            } else {
                field.source_field = byName(field.schema_field);
            }
            take(field.source_field);
        }
        for (std::size_t i = 0; i < fields.size(); ++i) {
            SuggestedField& field = fields[i];
            if (!field.constant.empty()) {
                continue;
            }
            if (field.source_field.empty()) {
                field.source_field = byCommonHeader(field.schema_field);
                field.guessed = !field.source_field.empty();
                take(field.source_field);
            }
            const auto unit = given.units.find(field.schema_field);
            field.unit =
                unit != given.units.end()
                    ? unit->second.unit
                    : applicableUnit(m_spec.fields[i], detail::headerUnit(field.source_field));
        }
        return fields;
    }

private:
    bool has(const std::string& name) const {
        return std::find(m_sourceFields.begin(), m_sourceFields.end(), name) !=
               m_sourceFields.end();
    }
    bool isFree(const std::string& name) const { return m_taken.count(name) == 0; }
    void take(const std::string& name) {
        if (!name.empty()) {
            m_taken.insert(name);
        }
    }

    // The schema name itself: as it is, in another case (GDAL matches names that way), or
    // cut to dBase's 10 bytes in a shapefile (which the importer reads without a mapping).
    std::string byName(const std::string& schemaField) const {
        if (has(schemaField)) {
            return schemaField;
        }
        for (const std::string& name : m_sourceFields) {
            if (isFree(name) && core::asciiLower(name) == schemaField) {
                return name;
            }
        }
        if (schemaField.size() > kDbfFieldNameBytes) {
            const std::string cut = schemaField.substr(0, kDbfFieldNameBytes);
            for (const std::string& name : m_sourceFields) {
                if (isFree(name) && core::asciiLower(name) == cut && (m_shapefile || name == cut)) {
                    return name;
                }
            }
        }
        return "";
    }

    // The first common header, best first, that a free source field matches once both are
    // normalised; the schema name spelt another way ("Parcel ID") counts as one.
    std::string byCommonHeader(const std::string& schemaField) const {
        std::vector<std::string_view> headers{schemaField};
        const auto common = detail::commonHeadersOf(m_spec.name, schemaField);
        headers.insert(headers.end(), common.begin(), common.end());
        for (const std::string_view header : headers) {
            const std::string wanted = detail::normalisedHeader(header);
            for (const std::string& name : m_sourceFields) {
                if (isFree(name) && detail::normalisedHeader(name) == wanted) {
                    return name;
                }
            }
        }
        return "";
    }

    const LayerSpec& m_spec;
    std::vector<std::string> m_sourceFields;
    bool m_shapefile;
    std::set<std::string> m_taken;
};

// Counts the values of the translated fields over the first kValueScanLimit features and
// lists those no built-in table knows.
// Values the existing mapping's value tables translate keep their translation (and their
// entry, even where a built-in table would know them), so a suggestion made again over a
// finished file loses none of the planner's work.
void findUntranslated(const detail::ImportSource& source, const LayerMapping& given,
                      SuggestedLayer& layer) {
    struct Scanned {
        std::string field;
        int column;
        std::map<std::string, std::size_t> counts;
    };
    std::vector<Scanned> scanned;
    const OGRFeatureDefn& definition = *source.layer().GetLayerDefn();
    for (const SuggestedField& field : layer.fields) {
        if (field.source_field.empty() ||
            !hasBuiltInTranslation(layer.target, field.schema_field)) {
            continue;
        }
        const int column = definition.GetFieldIndex(field.source_field.c_str());
        if (column >= 0) {
            scanned.push_back({field.schema_field, column, {}});
        }
    }
    if (scanned.empty()) {
        return;
    }
    OGRLayer& ogrLayer = source.layer();
    ogrLayer.ResetReading();
    for (const auto& feature : ogrLayer) {
        if (layer.features_scanned == MappingSuggestion::kValueScanLimit) {
            layer.scan_capped = true;
            break;
        }
        ++layer.features_scanned;
        for (Scanned& field : scanned) {
            if (!feature->IsFieldSetAndNotNull(field.column)) {
                continue;
            }
            const std::string value(trimmed(feature->GetFieldAsString(field.column)));
            if (value.empty()) {
                continue;
            }
            if (CPLIsUTF8(value.c_str(), -1) == 0) {
                throw Error(Error::Kind::Input,
                            "the text is not UTF-8, so GDAL was not told the source's character "
                            "encoding: for a shapefile, put a .cpg file holding its code page "
                            "(e.g. GBK) beside the .shp; save CSV files as UTF-8",
                            {source.file(), layer.source_layer,
                             "#" + std::to_string(feature->GetFID()), field.field});
            }
            ++field.counts[value];
        }
    }
    for (const Scanned& field : scanned) {
        const auto table = given.values.find(field.field);
        const auto givenValue = [&](const std::string& value) -> const MappedValue* {
            if (table == given.values.end()) {
                return nullptr;
            }
            const auto entry = table->second.find(value);
            return entry == table->second.end() ? nullptr : &entry->second;
        };
        std::vector<std::pair<std::string, std::size_t>> listed;
        for (const auto& [value, count] : field.counts) {
            if (givenValue(value) != nullptr ||
                !translateBuiltIn(layer.target, field.field, value)) {
                listed.emplace_back(value, count);
            }
        }
        std::stable_sort(listed.begin(), listed.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [value, count] : listed) {
            const MappedValue* translation = givenValue(value);
            layer.untranslated.push_back({field.field, value, count,
                                          nearestKnownValues(layer.target, field.field, value),
                                          translation != nullptr ? translation->schema_value : ""});
        }
    }
}

SuggestedLayer suggestLayer(const LayerSpec& spec, const std::string& path,
                            const ImportMapping& existing) {
    const LayerMapping& given = existing.forTarget(spec.name);
    const detail::ImportSource source(path, spec, given, existing.file());
    SuggestedLayer layer;
    layer.target = std::string(spec.name);
    layer.source = path;
    layer.source_layer = source.layerName();
    layer.geometry_column = given.geometry_column;
    layer.assume_crs = given.assume_crs;
    layer.name_layer = !given.layer.empty() || source.dataset().GetLayerCount() > 1;
    const OGRFeatureDefn& definition = *source.layer().GetLayerDefn();
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        const std::string name = definition.GetFieldDefn(i)->GetNameRef();
        if (CPLIsUTF8(name.c_str(), -1) == 0) {
            throw Error(Error::Kind::Input,
                        "a field name is not UTF-8, so GDAL was not told the source's character "
                        "encoding: for a shapefile, put a .cpg file holding its code page (e.g. "
                        "GBK) beside the .shp; save CSV files as UTF-8",
                        {source.file(), layer.source_layer});
        }
        layer.source_fields.push_back(name);
    }
    FieldChooser chooser(spec, layer.source_fields, source.driverName() == "ESRI Shapefile");
    layer.fields = chooser.choose(given, layer.notes);
    findUntranslated(source, given, layer);
    return layer;
}

}  // namespace

std::size_t SuggestedLayer::matchedCount() const {
    return static_cast<std::size_t>(std::count_if(fields.begin(), fields.end(), [](const auto& f) {
        return !f.source_field.empty() || !f.constant.empty();
    }));
}

std::size_t SuggestedLayer::guessedCount() const {
    return static_cast<std::size_t>(std::count_if(fields.begin(), fields.end(), [](const auto& f) {
        return f.guessed && !f.source_field.empty();
    }));
}

std::vector<std::string> SuggestedLayer::missingRequired() const {
    std::vector<std::string> missing;
    for (const SuggestedField& field : fields) {
        if (field.required && field.source_field.empty() && field.constant.empty()) {
            missing.push_back(field.schema_field);
        }
    }
    return missing;
}

std::size_t SuggestedLayer::valuesToTranslate() const {
    return static_cast<std::size_t>(
        std::count_if(untranslated.begin(), untranslated.end(),
                      [](const auto& v) { return v.translation.empty(); }));
}

MappingSuggestion MappingSuggestion::of(const std::map<std::string, std::string>& sources,
                                        const ImportMapping& existing) {
    for (const auto& given : sources) {
        const std::string& target = given.first;
        const bool known = std::any_of(workspaceLayers().begin(), workspaceLayers().end(),
                                       [&](const LayerSpec& spec) { return spec.name == target; });
        if (!known) {
            throw Error(Error::Kind::Usage, "'" + target + "' is not a workspace layer",
                        {given.second});
        }
    }
    if (sources.empty()) {
        throw Error(Error::Kind::Usage, "give at least one source to suggest a mapping for");
    }
    MappingSuggestion suggestion;
    for (const LayerSpec& spec : workspaceLayers()) {
        const auto source = sources.find(std::string(spec.name));
        if (source != sources.end()) {
            suggestion.layers.push_back(suggestLayer(spec, source->second, existing));
        }
    }
    return suggestion;
}

std::vector<std::string> MappingSuggestion::unresolved() const {
    std::vector<std::string> lines;
    for (const SuggestedLayer& layer : layers) {
        for (const std::string& field : layer.missingRequired()) {
            lines.push_back(layer.target + "." + field +
                            ": required, but no source field or constant is given");
        }
        std::map<std::string, std::size_t> blanks;
        for (const UntranslatedValue& value : layer.untranslated) {
            if (value.translation.empty()) {
                ++blanks[value.schema_field];
            }
        }
        for (const auto& [field, count] : blanks) {
            lines.push_back(layer.target + "." + field + ": " + std::to_string(count) +
                            (count == 1 ? " value needs" : " values need") + " a schema value");
        }
    }
    return lines;
}

}  // namespace sitefit::gis
