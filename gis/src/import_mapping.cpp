#include "sitefit/gis/import_mapping.hpp"

#include <toml++/toml.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) {
        out += out.empty() ? "" : ", ";
        out += name;
    }
    return out;
}

std::string targetNames() {
    std::vector<std::string> names;
    for (const LayerSpec& spec : workspaceLayers()) {
        names.emplace_back(spec.name);
    }
    return joined(names);
}

std::string fieldNames(const LayerSpec& spec) {
    std::vector<std::string> names;
    for (const FieldSpec& field : spec.fields) {
        names.emplace_back(field.name);
    }
    return joined(names);
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
            } else if (name == "layer") {
                mapping.layer = text(node, dotted, "the source layer's name");
                mapping.layer_line = node.source().begin.line;
            } else if (name == "geometry_column") {
                mapping.geometry_column = text(node, dotted, "the CSV column holding WKT");
            } else if (name == "assume_crs") {
                mapping.assume_crs = text(node, dotted, "a CRS such as \"EPSG:4490\"");
            } else {
                fail(key.source(), dotted,
                     "unknown key; a layer's table may hold layer, geometry_column, assume_crs "
                     "and [" +
                         target + ".fields]");
            }
        }
        return mapping;
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
