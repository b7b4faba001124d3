#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/rule_pack_reader.hpp"
#include "sitefit/gis/vector_file_writer.hpp"
#include "sitefit/gis/workspace_check.hpp"
#include "terminal_progress.hpp"

namespace sitefit::cli {
namespace {

struct CheckOptions {
    std::string workspace;
    bool json = false;
    std::string out;
    std::string rules;
    bool quiet = false;
};

void run(const CheckOptions& options) {
    const core::RulePack rules =
        options.rules.empty() ? core::defaultRulePack() : core::RulePackReader::read(options.rules);
    TerminalProgress progress(options.quiet);
    const gis::CapacityAnalysis checked =
        gis::checkWorkspace(options.workspace, rules.data_quality, progress);
    const core::ProblemReport& problems = checked.workspace.problems;
    if (options.json) {
        std::cout << problems.json() << "\n";
    } else {
        const core::District& d = checked.workspace.district;
        std::cout << "Checked " << options.workspace << " against the schema, the value rules, "
                  << "geometry validity and topology (tolerances: vacant space "
                  << rules.data_quality.vacant_over_floor_area * 100.0
                  << " % over floor area, overlaps of at most " << rules.data_quality.sliver_m2
                  << " m² ignored)\n"
                  << "Sound: " << d.zones.size() << " zones, " << d.parcels.size() << " parcels, "
                  << d.buildings.size() << " buildings, " << d.enterprises.size()
                  << " enterprises, " << d.projects.size() << " projects\n";
        if (problems.empty()) {
            std::cout << "No problems found.\n";
        } else {
            std::cout << problems.errorCount()
                      << (problems.errorCount() == 1 ? " error, " : " errors, ")
                      << problems.warningCount()
                      << (problems.warningCount() == 1 ? " warning" : " warnings")
                      << " (an error makes a figure wrong: other commands refuse the workspace, "
                         "or set the feature aside with --skip-invalid; a warning does not)\n\n"
                      << problems.text();
        }
    }
    if (!options.out.empty()) {
        gis::VectorFileWriter::write(options.out, checked.workspace.crs_wkt,
                                     gis::problemLayer(problems));
        if (!options.quiet) {
            std::cerr << "Wrote " << problems.problems().size() << " problems to " << options.out
                      << " (layer 'problems')\n";
        }
    }
    if (problems.hasErrors()) {
        throw Error(Error::Kind::Input,
                    "the workspace has " + std::to_string(problems.errorCount()) +
                        (problems.errorCount() == 1 ? " error" : " errors") + " (listed above)",
                    {options.workspace});
    }
}

}  // namespace

void addCheckCommand(CLI::App& app) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* command = app.add_subcommand(
        "check", "Every problem of a workspace at once: values, geometry, duplicates, overlaps");
    command->add_option("workspace", options->workspace, "Workspace GeoPackage or PG:connection")
        ->required();
    command->add_flag("--json", options->json,
                      "Print {\"errors\", \"warnings\", \"rules\": [...], \"problems\": [...]}");
    command->add_option("--out", options->out,
                        "Also write the problems as a point layer (.gpkg, .geojson or .csv) "
                        "that QGIS and the map window open");
    command->add_option("--rules", options->rules,
                        "Rule pack (TOML) whose [data_quality] tolerances apply; default: the "
                        "built-in rules/jiangsu-north.toml");
    command->add_flag("--quiet,-q", options->quiet, "No progress or notes on stderr");
    command->callback([options] { run(*options); });
}

}  // namespace sitefit::cli
