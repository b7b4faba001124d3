#include "sitefit/gis/import_mapping.hpp"

#include <toml++/toml.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "detail/import_units.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/value_translation.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

std::string targetNames() {
    std::vector<std::string> names;
    for (const LayerSpec& spec : workspaceLayers()) {
        names.emplace_back(spec.name);
    }
    return core::joined(names);
}

std::string fieldNames(const LayerSpec& spec) {
    std::vector<std::string> names;
    for (const FieldSpec& field : spec.fields) {
        names.emplace_back(field.name);
    }
    return core::joined(names);
}

const LayerSpec* findSpec(std::string_view name) {
    for (const LayerSpec& spec : workspaceLayers()) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

std::string unknownFieldMessage(const std::string& name, const LayerSpec& spec) {
    return "'" + name + "' is not a field of layer '" + std::string(spec.name) +
           "'; its fields are: " + fieldNames(spec) + " (write schema field = \"source field\")";
}

const FieldSpec* findField(const LayerSpec& spec, std::string_view name) {
    for (const FieldSpec& field : spec.fields) {
        if (field.name == name) {
            return &field;
        }
    }
    return nullptr;
}

std::string typeName(const toml::node& node) {
    std::ostringstream out;
    out << node.type();
    return out.str();
}

// Checks one mapping file; every message names the line and the dotted key.
class MappingParser {
public:
    explicit MappingParser(std::string file) : m_file(std::move(file)) {}

    std::map<std::string, LayerMapping, std::less<>> parse(const toml::table& root) const {
        std::map<std::string, LayerMapping, std::less<>> targets;
        for (const auto& [key, node] : root) {
            const std::string target(key.str());
            const LayerSpec* spec = findSpec(target);
            if (spec == nullptr) {
                fail(key.source(), target,
                     "'" + target + "' is not a workspace layer; the layers are: " + targetNames());
            }
            const toml::table* table = node.as_table();
            if (table == nullptr) {
                fail(node.source(), target,
                     "expected a table [" + target + "], found " + typeName(node));
            }
            targets[target] = parseTarget(*spec, *table);
        }
        return targets;
    }

    [[noreturn]] void fail(const toml::source_region& where, const std::string& key,
                           const std::string& message) const {
        throw Error(Error::Kind::Input,
                    "line " + std::to_string(where.begin.line) + ", key '" + key + "': " + message,
                    {m_file});
    }

private:
    LayerMapping parseTarget(const LayerSpec& spec, const toml::table& table) const {
        const std::string target(spec.name);
        LayerMapping mapping;
        for (const auto& [key, node] : table) {
            const std::string name(key.str());
            const std::string dotted = std::string(target).append(".").append(name);
            if (name == "fields") {
                const toml::table* fields = node.as_table();
                if (fields == nullptr) {
                    fail(node.source(), dotted,
                         "expected a table [" + dotted + "], found " + typeName(node));
                }
                parseFields(spec, *fields, mapping);
            } else if (name == "constants") {
                parseConstants(spec, tableAt(node, dotted), mapping);
            } else if (name == "values") {
                parseValueTables(spec, tableAt(node, dotted), mapping);
            } else if (name == "units") {
                parseUnits(spec, tableAt(node, dotted), mapping);
            } else if (name == "layer") {
                mapping.layer = text(node, dotted, "the source layer's name");
                mapping.layer_line = node.source().begin.line;
            } else if (name == "geometry_column") {
                mapping.geometry_column = text(node, dotted, "the CSV column holding WKT");
            } else if (name == "assume_crs") {
                mapping.assume_crs = text(node, dotted, "a CRS such as \"EPSG:4490\"");
            } else {
                fail(key.source(), dotted,
                     "unknown key; a layer's table may hold layer, geometry_column, assume_crs, "
                     "[" +
                         target + ".fields], [" + target + ".constants], [" + target +
                         ".values.FIELD] and [" + target + ".units]");
            }
        }
        return mapping;
    }

    const toml::table& tableAt(const toml::node& node, const std::string& dotted) const {
        const toml::table* table = node.as_table();
        if (table == nullptr) {
            fail(node.source(), dotted,
                 "expected a table [" + dotted + "], found " + typeName(node));
        }
        return *table;
    }

    const FieldSpec& knownField(const LayerSpec& spec, const toml::key& key,
                                const std::string& dotted) const {
        const FieldSpec* field = findField(spec, key.str());
        if (field == nullptr) {
            fail(key.source(), dotted, unknownFieldMessage(std::string(key.str()), spec));
        }
        return *field;
    }

    // A value of a field with a built-in table: a schema value, or a source word the table
    // translates (then stored translated).
    std::string schemaValue(const LayerSpec& spec, const FieldSpec& field, const std::string& value,
                            const toml::node& node, const std::string& dotted) const {
        if (!hasBuiltInTranslation(spec.name, field.name)) {
            return value;
        }
        if (auto translated = translateBuiltIn(spec.name, field.name, value)) {
            return translated->value;
        }
        fail(node.source(), dotted,
             "'" + value + "' is not a value of " + std::string(spec.name) + "." +
                 std::string(field.name) + " and no built-in table translates it; nearest: " +
                 core::quotedList(nearestKnownValues(spec.name, field.name, value, 5)));
    }

    void parseConstants(const LayerSpec& spec, const toml::table& constants,
                        LayerMapping& mapping) const {
        const std::string target(spec.name);
        for (const auto& [key, node] : constants) {
            const std::string name(key.str());
            const std::string dotted = target + ".constants." + name;
            const FieldSpec& field = knownField(spec, key, dotted);
            if (field.name == spec.id_field) {
                fail(key.source(), dotted,
                     "'" + name + "' is the layer's id, which every feature holds its own of");
            }
            mapping.constants[name] = {constantText(spec, field, node, dotted),
                                       node.source().begin.line};
        }
    }

    std::string constantText(const LayerSpec& spec, const FieldSpec& field, const toml::node& node,
                             const std::string& dotted) const {
        switch (field.type) {
            case FieldType::Real:
                if (const auto* number = node.as_floating_point()) {
                    return core::significant(number->get(), 17);
                }
                if (const auto* number = node.as_integer()) {
                    return std::to_string(number->get());
                }
                fail(node.source(), dotted, "expected a number, found " + typeName(node));
            case FieldType::Integer:
                if (const auto* number = node.as_integer()) {
                    return std::to_string(number->get());
                }
                fail(node.source(), dotted, "expected a whole number, found " + typeName(node));
            case FieldType::Date:
                if (const auto* date = node.as_date()) {
                    char text[16];
                    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date->get().year,
                                  static_cast<int>(date->get().month),
                                  static_cast<int>(date->get().day));
                    return text;
                }
                if (const auto* value = node.as_string();
                    value != nullptr && core::parseIsoDate(value->get())) {
                    return value->get();
                }
                fail(node.source(), dotted, "expected a date (YYYY-MM-DD)");
            default:
                break;
        }
        return schemaValue(spec, field, text(node, dotted, "the value for every feature"), node,
                           dotted);
    }

    void parseValueTables(const LayerSpec& spec, const toml::table& tables,
                          LayerMapping& mapping) const {
        const std::string target(spec.name);
        for (const auto& [key, node] : tables) {
            const std::string name(key.str());
            const std::string dotted = target + ".values." + name;
            const FieldSpec& field = knownField(spec, key, dotted);
            if (field.type != FieldType::String || field.name == spec.id_field) {
                fail(
                    key.source(), dotted,
                    "a value table translates words and codes; '" + name +
                        "' is not such a field (it holds " +
                        (field.type == FieldType::String ? "the layer's ids" : "numbers or dates") +
                        ")");
            }
            std::map<std::string, MappedValue>& table = mapping.values[name];
            for (const auto& [sourceKey, valueNode] : tableAt(node, dotted)) {
                const std::string source(sourceKey.str());
                const std::string entry = dotted + ".\"" + source + "\"";
                if (normalisedForComparison(source).empty()) {
                    fail(sourceKey.source(), entry, "the source value is empty");
                }
                const std::string value = text(valueNode, entry, "the schema value");
                table[source] = {schemaValue(spec, field, value, valueNode, entry),
                                 valueNode.source().begin.line};
            }
        }
    }

    void parseUnits(const LayerSpec& spec, const toml::table& units, LayerMapping& mapping) const {
        const std::string target(spec.name);
        for (const auto& [key, node] : units) {
            const std::string name(key.str());
            const std::string dotted = target + ".units." + name;
            (void)knownField(spec, key, dotted);
            const std::string unit = text(node, dotted, "a unit such as \"亩\"");
            const auto conversion = detail::unitConversion(spec.name, name, unit);
            if (!conversion) {
                const std::string accepted = detail::unitsAcceptedBy(spec.name, name);
                fail(node.source(), dotted,
                     accepted.empty()
                         ? "'" + name + "' takes no unit (units are for areas, prices and sums)"
                         : "'" + unit + "' is not a unit " + name + " can be given in; it takes " +
                               accepted + " (stored in " + detail::schemaUnitOf(spec.name, name) +
                               ")");
            }
            mapping.units[name] = {unit, conversion->factor, conversion->schema_unit,
                                   node.source().begin.line};
        }
    }

    void parseFields(const LayerSpec& spec, const toml::table& fields,
                     LayerMapping& mapping) const {
        const std::string target(spec.name);
        for (const auto& [key, node] : fields) {
            const std::string name(key.str());
            const std::string dotted = std::string(target).append(".fields.").append(name);
            bool known = false;
            for (const FieldSpec& field : spec.fields) {
                known = known || field.name == name;
            }
            if (!known) {
                fail(key.source(), dotted, unknownFieldMessage(name, spec));
            }
            mapping.fields[name] = {text(node, dotted, "the source field's name"),
                                    node.source().begin.line};
        }
    }

    std::string text(const toml::node& node, const std::string& dotted,
                     const std::string& what) const {
        const auto* value = node.as_string();
        if (value == nullptr) {
            fail(node.source(), dotted,
                 "expected a string (" + what + "), found " + typeName(node));
        }
        if (value->get().empty()) {
            fail(node.source(), dotted, "expected " + what + ", found an empty string");
        }
        return value->get();
    }

    std::string m_file;
};

}  // namespace

std::map<std::string, std::string> LayerMapping::sourceFieldNames() const {
    std::map<std::string, std::string> names;
    for (const auto& [field, source] : fields) {
        names[field] = source.source_field;
    }
    return names;
}

ImportMapping ImportMapping::read(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw Error(
            Error::Kind::Input,
            std::filesystem::exists(path) ? "cannot read the mapping file" : "no such mapping file",
            {path.string()});
    }
    std::ostringstream text;
    text << file.rdbuf();
    return parse(text.str(), path.string());
}

ImportMapping ImportMapping::parse(std::string_view text, const std::string& fileName) {
    // Notepad on Windows saves UTF-8 with a byte order mark; TOML does not allow one.
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.substr(0, kBom.size()) == kBom) {
        text.remove_prefix(kBom.size());
    }
    toml::table root;
    try {
        root = toml::parse(text, fileName);
    } catch (const toml::parse_error& error) {
        throw Error(Error::Kind::Input,
                    "line " + std::to_string(error.source().begin.line) + ", column " +
                        std::to_string(error.source().begin.column) +
                        ": not valid TOML: " + std::string(error.description()),
                    {fileName});
    }
    ImportMapping mapping;
    mapping.m_file = fileName;
    mapping.m_targets = MappingParser(fileName).parse(root);
    return mapping;
}

const LayerMapping& ImportMapping::forTarget(std::string_view target) const {
    static const LayerMapping kEmpty;
    const auto found = m_targets.find(target);
    return found == m_targets.end() ? kEmpty : found->second;
}

}  // namespace sitefit::gis
