// MappingSuggestion::toToml: the suggestion as a mapping file a planner finishes by hand.
#include <toml++/toml.h>

#include <sstream>
#include <string_view>

#include "sitefit/core/error.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/atomic_file.hpp"
#include "sitefit/gis/mapping_suggestion.hpp"

namespace sitefit::gis {
namespace {

// A TOML basic string in double quotes, escaped by the TOML library (quotes, backslashes,
// control characters); Chinese stays as it is.
std::string quoted(const std::string& text) {
    std::ostringstream out;
    out << toml::toml_formatter{toml::value<std::string>(text),
                                toml::format_flags::allow_unicode_strings};
    return out.str();
}

// Text inside a comment: a line break in a source's name must not end the comment.
std::string commentText(std::string text) {
    for (char& c : text) {
        if (c == '\n' || c == '\r' || c == '\t') {
            c = ' ';
        }
    }
    return text;
}

// Names as a comment shows them: joined, on one line.
std::string commentList(const std::vector<std::string>& items) {
    return commentText(core::joined(items));
}

// A value every feature can share when the source has no such column, for the fields that
// hold one of a few codes; "" for fields where one value for all makes no sense (ids).
std::string_view exampleConstant(std::string_view target, std::string_view field) {
    struct Example {
        std::string_view target, field, value;
    };
    static constexpr Example kExamples[] = {
        {"zones", "kind", "industrial_park"},  {"parcels", "status", "available"},
        {"parcels", "land_use", "M1"},         {"buildings", "kind", "standard_factory"},
        {"enterprises", "role", "supporting"}, {"projects", "need", "land"},
    };
    for (const Example& example : kExamples) {
        if (example.target == target && example.field == field) {
            return example.value;
        }
    }
    return "";
}

constexpr std::string_view kHeader =
    "# A mapping for `sitefit import --mapping`, suggested by sitefit from the sources as they\n"
    "# are (each layer lists its source's fields). Finish it by hand:\n"
    "#  - a line marked \"guess: check\" was guessed from the header's words: check it;\n"
    "#  - a commented line marked REQUIRED is a field no source field was found for: write the\n"
    "#    source field between the quotes and remove the \"#\", or give one value for every\n"
    "#    feature under [<layer>.constants];\n"
    "#  - under [<layer>.values.<field>], write the schema value of each source value between\n"
    "#    the quotes: the import refuses a value left empty;\n"
    "#  - under [<layer>.units], the unit the header states, converted on import.\n";

// The table naming the layer's source, with what the scan of it found.
void writeSourceTable(const SuggestedLayer& layer, std::ostream& out) {
    const std::string& t = layer.target;
    out << "\n[" << t << "]\n";
    out << "# source: " << commentText(layer.source) << ", layer "
        << commentText(layer.source_layer) << "\n";
    out << "# source fields: "
        << (layer.source_fields.empty() ? "none" : commentList(layer.source_fields)) << "\n";
    if (layer.scan_capped) {
        out << "# values counted over the first " << layer.features_scanned
            << " features only: the import checks the rest\n";
    }
    for (const std::string& note : layer.notes) {
        out << "# check: " << commentText(note) << "\n";
    }
    if (layer.name_layer) {
        out << "layer = " << quoted(layer.source_layer) << "\n";
    }
    if (!layer.geometry_column.empty()) {
        out << "geometry_column = " << quoted(layer.geometry_column) << "\n";
    }
    if (!layer.assume_crs.empty()) {
        out << "assume_crs = " << quoted(layer.assume_crs) << "\n";
    }
}

// The field mapping, and the constants given or suggested for fields no source field has.
void writeFieldTables(const SuggestedLayer& layer, std::ostream& out) {
    const std::string& t = layer.target;
    out << "\n[" << t << ".fields]\n";
    std::vector<std::string> optionalMissing;
    std::vector<const SuggestedField*> constants;
    std::vector<const SuggestedField*> constantHints;
    for (const SuggestedField& field : layer.fields) {
        if (!field.constant.empty()) {
            constants.push_back(&field);
        } else if (!field.source_field.empty()) {
            out << field.schema_field << " = " << quoted(field.source_field)
                << (field.guessed ? "  # guess: check" : "") << "\n";
        } else if (field.required) {
            out << "# " << field.schema_field << " = \"\"  # REQUIRED: no source field found\n";
            if (!exampleConstant(t, field.schema_field).empty()) {
                constantHints.push_back(&field);
            }
        } else {
            optionalMissing.push_back(field.schema_field);
        }
    }
    if (!optionalMissing.empty()) {
        out << "# not found (optional): " << commentList(optionalMissing) << "\n";
    }

    if (!constants.empty() || !constantHints.empty()) {
        out << "\n" << (constants.empty() ? "# " : "") << "[" << t << ".constants]\n";
        for (const SuggestedField* field : constants) {
            out << field->schema_field << " = " << quoted(field->constant) << "\n";
        }
        for (const SuggestedField* field : constantHints) {
            out << "# " << field->schema_field << " = \"" << exampleConstant(t, field->schema_field)
                << "\"  # one value for every feature, if that is true of the source\n";
        }
    }
}

// The units the headers state, for the fields read from the source.
void writeUnitTable(const SuggestedLayer& layer, std::ostream& out) {
    const std::string& t = layer.target;
    bool unitsOpen = false;
    for (const SuggestedField& field : layer.fields) {
        if (field.unit.empty() || field.source_field.empty() || !field.constant.empty()) {
            continue;
        }
        if (!unitsOpen) {
            out << "\n[" << t << ".units]\n";
            unitsOpen = true;
        }
        out << field.schema_field << " = " << quoted(field.unit) << "  # the header "
            << commentText(field.source_field) << " says so: check\n";
    }
}

// The source values no built-in table translates, a table per field, for the user to fill.
void writeValueTables(const SuggestedLayer& layer, std::ostream& out) {
    const std::string& t = layer.target;
    std::string openField;
    for (const UntranslatedValue& value : layer.untranslated) {
        if (value.schema_field != openField) {
            openField = value.schema_field;
            out << "\n[" << t << ".values." << openField << "]\n";
            for (const SuggestedField& field : layer.fields) {
                if (field.schema_field == openField) {
                    out << "# values of " << commentText(field.source_field)
                        << " that no built-in table knows: give each its schema value\n";
                }
            }
        }
        out << quoted(value.source_value) << " = " << quoted(value.translation) << "  # "
            << value.count << (value.count == 1 ? " feature" : " features");
        if (!value.nearest.empty()) {
            out << "; nearest: " << commentList(value.nearest);
        }
        out << "\n";
    }
}

void writeLayer(const SuggestedLayer& layer, std::ostream& out) {
    writeSourceTable(layer, out);
    writeFieldTables(layer, out);
    writeUnitTable(layer, out);
    writeValueTables(layer, out);
}

}  // namespace

std::string MappingSuggestion::toToml() const {
    std::ostringstream out;
    out << kHeader;
    for (const SuggestedLayer& layer : layers) {
        writeLayer(layer, out);
    }
    return out.str();
}

void MappingSuggestion::write(const std::filesystem::path& file) const {
    writeFileAtomically(
        file, [this](std::ostream& out) { out << toToml(); }, "cannot write the mapping file");
}

}  // namespace sitefit::gis
