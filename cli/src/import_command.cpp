#include <stdlib.h>
#include <algorithm>

#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/rule_pack_reader.hpp"
#include "sitefit/gis/import_mapping.hpp"
#include "sitefit/gis/importer.hpp"
#include "sitefit/gis/mapping_suggestion.hpp"
#include "sitefit/gis/workspace_copy.hpp"
#include "sitefit/gis/workspace_location.hpp"
#include "terminal_progress.hpp"
#include "text_table.hpp"

namespace sitefit::cli {
namespace {

// Each workspace layer and the option that names its source.
struct SourceOption {
    const char* target;
    const char* option;
    const char* help;
    bool required;
};

constexpr std::array kSourceOptions{
    SourceOption{"zones", "--zones", "Zones (parks, clusters): polygons", true},
    SourceOption{"parcels", "--parcels", "Parcels (地块): polygons", true},
    SourceOption{"buildings", "--buildings", "Building footprints: polygons", true},
    SourceOption{"enterprises", "--enterprises", "Enterprises: points", false},
    SourceOption{"projects", "--projects", "Projects: a table (CSV)", false},
    SourceOption{"chains", "--chains", "Industry chains: a table", false},
    SourceOption{"categories", "--categories", "Project categories: a table", false},
    SourceOption{"chain_links", "--chain-links", "Chain links between categories: a table", false},
};

struct ImportCommandOptions {
    std::string output;
    std::array<std::string, kSourceOptions.size()> sources;
    std::string mapping;
    std::string crs;
    std::string assumeCrs;
    bool lenient = false;
    bool quiet = false;
    std::string to;  // a PostGIS workspace to import into instead of `output`
    bool replace = false;
    std::string suggestMapping;  // write a suggested mapping here instead of importing
    std::string rules;           // a rule pack whose [data_quality] tolerances apply
};

// A scratch directory for the GeoPackage an import into PostGIS is built in first.
class ScratchDirectory {
public:
    ScratchDirectory() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "sitefit-import-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw Error(Error::Kind::Output, "cannot make a scratch directory",
                        {std::filesystem::temp_directory_path().string()});
        }
        m_path = pattern;
    }
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;
    ~ScratchDirectory() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

std::string count(std::size_t value, const char* singular, const char* plural) {
    return std::to_string(value) + " " + (value == 1 ? singular : plural);
}

std::string squareMetres(double value) {
    return core::decimal(value, 1) + " m²";
}

void printCrs(const gis::ImportReport& report, std::ostream& out) {
    out << "Workspace CRS: " << report.workspace_crs << "\n  (" << report.crs_reason << ")\n";
    // Layers sharing a source CRS are listed together, in workspace order: usually one line
    // says it all.
    std::vector<std::pair<std::string, std::vector<std::string>>> layersByCrs;
    for (const gis::ImportedLayer& layer : report.layers) {
        if (layer.source_crs.empty()) {
            continue;
        }
        std::string from = layer.source_crs;
        if (layer.crs_assumed) {
            from += ", assumed";
        }
        from += layer.reprojected ? " → reprojected to the workspace CRS"
                                  : " → the workspace CRS, not reprojected";
        const auto same = std::find_if(layersByCrs.begin(), layersByCrs.end(),
                                       [&](const auto& group) { return group.first == from; });
        if (same == layersByCrs.end()) {
            layersByCrs.push_back({from, {layer.target}});
        } else {
            same->second.push_back(layer.target);
        }
    }
    for (const auto& [from, targets] : layersByCrs) {
        std::string names;
        for (const std::string& target : targets) {
            names += (names.empty() ? "" : ", ") + target;
        }
        out << "  " << names << ": " << from << "\n";
    }
}

// "parcels.status: 312 translated (待出让 → available 200, 已出让 → transferred 112; by
// common usage)": the most frequent values, the rest counted.
void printTranslations(const gis::ImportReport& report, std::ostream& out) {
    constexpr std::size_t kShown = 8;
    bool any = false;
    for (const gis::ImportedLayer& layer : report.layers) {
        for (const gis::TranslatedField& field : layer.translated) {
            if (!any) {
                out << "\nTranslated values (source → schema, features):\n";
                any = true;
            }
            std::string values;
            std::vector<std::string> tables;
            std::size_t rest = 0;
            for (std::size_t i = 0; i < field.values.size(); ++i) {
                const gis::TranslatedValue& value = field.values[i];
                if (i < kShown) {
                    values += (values.empty() ? "" : ", ") + value.source + " → " + value.schema +
                              " " + std::to_string(value.count);
                } else {
                    rest += value.count;
                }
                if (std::find(tables.begin(), tables.end(), value.table) == tables.end()) {
                    tables.push_back(value.table);
                }
            }
            if (field.values.size() > kShown) {
                values += ", and " + std::to_string(field.values.size() - kShown) +
                          " more values in " + count(rest, "feature", "features");
            }
            std::string by;
            for (const std::string& table : tables) {
                by += (by.empty() ? "" : ", ") + table;
            }
            out << "  " << layer.target << "." << field.field << ": " << field.count
                << " translated (" << values << "; by " << by << ")\n";
        }
    }
}

void printReport(const gis::ImportReport& report, bool lenient, std::ostream& out) {
    out << "Imported into " << report.output.string()
        << (report.replaced_existing ? " (replaced the existing file)" : "") << "\n";
    printCrs(report, out);
    out << "\n";
    TextTable table;
    using Align = TextTable::Align;
    table.addColumn("layer", Align::Left);
    table.addColumn("read", Align::Right);
    table.addColumn("written", Align::Right);
    table.addColumn("repaired", Align::Right);
    table.addColumn("skipped", Align::Right);
    table.addColumn("source", Align::Left);
    for (const gis::ImportedLayer& layer : report.layers) {
        table.addRow({layer.target, std::to_string(layer.read), std::to_string(layer.written),
                      std::to_string(layer.repaired.size()), std::to_string(layer.skipped.size()),
                      layer.source + " (layer " + layer.source_layer + ")"});
    }
    table.print(out);

    if (report.repairedCount() > 0) {
        out << "\nRepaired " << count(report.repairedCount(), "invalid polygon", "invalid polygons")
            << " with GEOS MakeValid (check them on a map):\n";
        for (const gis::ImportedLayer& layer : report.layers) {
            for (const gis::RepairedFeature& feature : layer.repaired) {
                out << "  " << layer.target << " " << feature.feature << ": " << feature.reason
                    << "; area now " << squareMetres(feature.area_m2) << "\n";
            }
        }
    }
    if (report.skippedCount() > 0) {
        out << "\nSkipped " << count(report.skippedCount(), "feature", "features")
            << (lenient ? " (--lenient)" : "") << ":\n";
        for (const gis::ImportedLayer& layer : report.layers) {
            for (const gis::SkippedFeature& feature : layer.skipped) {
                out << "  " << layer.target << " " << feature.feature;
                if (!feature.field.empty()) {
                    out << ", field " << feature.field;
                }
                out << ": " << feature.reason << "\n";
            }
        }
    }
    printTranslations(report, out);
    bool anyUnused = false;
    for (const gis::ImportedLayer& layer : report.layers) {
        if (layer.unused_fields.empty()) {
            continue;
        }
        if (!anyUnused) {
            out << "\nSource fields not imported (map them in --mapping if they hold schema "
                   "fields):\n";
            anyUnused = true;
        }
        std::string names;
        for (const std::string& name : layer.unused_fields) {
            names += (names.empty() ? "" : ", ") + name;
        }
        out << "  " << layer.target << ": " << names << "\n";
    }
    if (!report.notes.empty()) {
        out << "\nNotes:\n";
        for (const std::string& note : report.notes) {
            out << "  " << note << "\n";
        }
    }
    const core::ProblemReport& problems = report.problems;
    if (!problems.empty()) {
        // Capped: a register of 100 k parcels may have thousands; `sitefit check` lists all.
        constexpr std::size_t kShown = 20;
        out << "\nChecked the workspace written, as `sitefit check` does: "
            << count(problems.errorCount(), "error", "errors") << ", "
            << count(problems.warningCount(), "warning", "warnings") << "\n"
            << problems.text(kShown);
        if (problems.problems().size() > kShown) {
            out << "`sitefit check " << report.output.string() << "` lists them all.\n";
        }
    }
}

// A word of a command line as a POSIX shell reads it back: quoted when it holds anything but
// letters, digits and path punctuation (non-ASCII bytes, as in 地块.shp, need no quotes).
std::string shellWord(const std::string& word) {
    const bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || std::isalnum(u) != 0 ||
               std::string_view("/._-+,:=@%").find(c) != std::string_view::npos;
    });
    if (plain) {
        return word;
    }
    std::string quoted = "'";
    for (const char c : word) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

// The command that imports with the suggested mapping once it is finished: the sources as
// given, the suggested file as --mapping, the other options as given.
std::string nextCommand(const ImportCommandOptions& options) {
    std::string command =
        "sitefit import " + (options.output.empty() ? "OUT.gpkg" : shellWord(options.output));
    for (std::size_t i = 0; i < kSourceOptions.size(); ++i) {
        if (!options.sources[i].empty()) {
            command +=
                std::string(" ") + kSourceOptions[i].option + " " + shellWord(options.sources[i]);
        } else if (kSourceOptions[i].required) {
            command += std::string(" ") + kSourceOptions[i].option + " SRC";
        }
    }
    command += " --mapping " + shellWord(options.suggestMapping);
    if (!options.crs.empty()) {
        command += " --crs " + shellWord(options.crs);
    }
    if (!options.assumeCrs.empty()) {
        command += " --assume-crs " + shellWord(options.assumeCrs);
    }
    return command;
}

// --suggest-mapping: writes the mapping MappingSuggestion proposes for the sources given (any
// of them; an existing --mapping is kept), atomically, and imports nothing.
void writeSuggestedMapping(const ImportCommandOptions& options) {
    std::map<std::string, std::string> sources;
    for (std::size_t i = 0; i < kSourceOptions.size(); ++i) {
        if (!options.sources[i].empty()) {
            sources[kSourceOptions[i].target] = options.sources[i];
        }
    }
    if (sources.empty()) {
        throw Error(Error::Kind::Usage,
                    "--suggest-mapping needs at least one source (--zones, --parcels, ...)");
    }
    const gis::ImportMapping existing =
        options.mapping.empty() ? gis::ImportMapping{} : gis::ImportMapping::read(options.mapping);
    const gis::MappingSuggestion suggestion = gis::MappingSuggestion::of(sources, existing);
    suggestion.write(options.suggestMapping);

    std::cout << "Wrote a suggested mapping to " << options.suggestMapping
              << " (nothing was imported)\n\n";
    TextTable table;
    using Align = TextTable::Align;
    table.addColumn("layer", Align::Left);
    table.addColumn("matched", Align::Right);
    table.addColumn("guessed", Align::Right);
    table.addColumn("missing required", Align::Left);
    table.addColumn("values to translate", Align::Right);
    table.addColumn("source", Align::Left);
    for (const gis::SuggestedLayer& layer : suggestion.layers) {
        std::string missing;
        for (const std::string& field : layer.missingRequired()) {
            missing += (missing.empty() ? "" : ", ") + field;
        }
        table.addRow(
            {layer.target,
             std::to_string(layer.matchedCount()) + " of " + std::to_string(layer.fields.size()),
             std::to_string(layer.guessedCount()), missing.empty() ? "-" : missing,
             std::to_string(layer.valuesToTranslate()),
             layer.source + " (layer " + layer.source_layer + ")"});
    }
    table.print(std::cout);
    for (const gis::SuggestedLayer& layer : suggestion.layers) {
        if (layer.scan_capped) {
            std::cout << "\n"
                      << layer.target << ": values counted over the first "
                      << layer.features_scanned << " features only; the import checks the rest.";
        }
    }
    std::cout << "\nNext: check the lines marked \"guess: check\", fill in what is blank in "
              << options.suggestMapping << ", then run\n  " << nextCommand(options) << "\n";
}

void run(const ImportCommandOptions& options) {
    if (!options.suggestMapping.empty()) {
        writeSuggestedMapping(options);
        return;
    }
    gis::ImportOptions import;
    import.output = options.output;
    for (std::size_t i = 0; i < kSourceOptions.size(); ++i) {
        if (!options.sources[i].empty()) {
            import.sources[kSourceOptions[i].target] = options.sources[i];
        }
    }
    import.mapping_file = options.mapping;
    import.workspace_crs = options.crs;
    import.assumed_crs = options.assumeCrs;
    import.lenient = options.lenient;
    import.tolerances = (options.rules.empty() ? core::defaultRulePack()
                                               : core::RulePackReader::read(options.rules))
                            .data_quality;
    TerminalProgress progress(options.quiet);
    if (options.to.empty()) {
        if (options.output.empty()) {
            throw Error(Error::Kind::Usage,
                        "give the workspace to write: OUT.gpkg, or --to PG:... for PostGIS");
        }
        const gis::ImportReport report = gis::Importer::run(import, progress);
        printReport(report, options.lenient, std::cout);
        return;
    }
    // Into PostGIS: the import builds and checks a GeoPackage as always, which is then
    // copied into the database in one transaction (schema migrated first).
    if (!options.output.empty()) {
        throw Error(Error::Kind::Usage, "give OUT.gpkg or --to PG:..., not both");
    }
    if (!gis::isPostgisWorkspace(options.to)) {
        throw Error(Error::Kind::Usage, "--to takes a PostgreSQL connection (PG:...)",
                    {options.to});
    }
    gis::refuseInlinePassword(options.to);
    const ScratchDirectory scratch;
    import.output = scratch.path() / "import.gpkg";
    gis::ImportReport report = gis::Importer::run(import, progress);
    const gis::CopyReport copy =
        gis::WorkspaceCopier::copy(import.output.string(), options.to, options.replace, progress);
    report.output = options.to;
    report.replaced_existing = copy.replaced;
    printReport(report, options.lenient, std::cout);
    if (!copy.migration.applied.empty()) {
        std::cout << "\nMigrated the schema of " << options.to << " to version "
                  << copy.migration.version_after << ".\n";
    }
}

}  // namespace

void addImportCommand(CLI::App& app) {
    auto options = std::make_shared<ImportCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "import",
        "Build a workspace GeoPackage from GIS files in any format and CRS (GeoPackage, "
        "Shapefile, GeoJSON, FlatGeobuf, CSV with WKT, zipped shapefiles)");
    command->add_option("output", options->output, "The workspace GeoPackage to write (.gpkg)");
    command
        ->add_option("--to", options->to,
                     "Import into a PostGIS workspace instead (PG:service=NAME); its schema "
                     "is created or upgraded first")
        ->type_name("PG:...");
    command->add_flag("--replace", options->replace,
                      "With --to: replace the workspace the database already holds");
    for (std::size_t i = 0; i < kSourceOptions.size(); ++i) {
        const SourceOption& source = kSourceOptions[i];
        CLI::Option* option = command->add_option(source.option, options->sources[i],
                                                  std::string(source.help) +
                                                      "; SRC is a file, "
                                                      "folder or .zip");
        option->type_name("SRC");
        // Required for an import (the importer says which is missing), not for
        // --suggest-mapping, which suggests for whatever sources are given.
        if (source.required) {
            option->description(option->get_description() + " (required)");
        }
    }
    command
        ->add_option("--mapping", options->mapping,
                     "TOML file mapping source fields (e.g. 地块编号) to schema fields, with "
                     "constants, value tables and units (standard Chinese codes need none)")
        ->type_name("FILE.toml");
    command->add_option("--rules", options->rules,
                        "Rule pack (TOML) whose [data_quality] tolerances apply; default: the "
                        "built-in rules/jiangsu-north.toml");
    command
        ->add_option("--crs", options->crs,
                     "Workspace CRS, projected in metres (default: the first projected "
                     "source's CRS, or the CGCS2000 3-degree Gauss-Kruger zone of "
                     "longitude/latitude data)")
        ->type_name("CRS");
    command
        ->add_option("--assume-crs", options->assumeCrs,
                     "CRS of sources that declare none (shapefile without .prj, CSV), e.g. "
                     "EPSG:4490")
        ->type_name("CRS");
    command
        ->add_option("--suggest-mapping", options->suggestMapping,
                     "Write a mapping file suggested from the sources as they are (every "
                     "source field listed, schema fields guessed from common Chinese and "
                     "English headers, values needing a table listed) and import nothing")
        ->type_name("FILE.toml");
    command->add_flag("--lenient", options->lenient,
                      "Skip bad features and list them instead of stopping at the first");
    command->add_flag("--quiet,-q", options->quiet, "No progress on stderr");
    command->callback([options] { run(*options); });
}

}  // namespace sitefit::cli
