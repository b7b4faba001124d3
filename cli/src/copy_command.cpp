#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/rule_pack.hpp"
#include "sitefit/core/rule_pack_reader.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/geopackage_rules.hpp"
#include "sitefit/gis/postgis_migrator.hpp"
#include "sitefit/gis/workspace_copy.hpp"
#include "sitefit/gis/workspace_location.hpp"
#include "terminal_progress.hpp"
#include "text_table.hpp"

namespace sitefit::cli {
namespace {

struct CopyOptions {
    std::string source;
    std::string target;
    bool replace = false;
    bool quiet = false;
};

struct MigrateOptions {
    std::string workspace;
    std::string rules;
    bool not_valid = false;
    bool quiet = false;
};

void printMigration(const gis::MigrationReport& migration, const std::string& workspace,
                    std::ostream& out) {
    if (migration.applied.empty()) {
        out << "The schema of " << workspace << " is at version " << migration.version_after
            << ", the current one: nothing to do.\n";
        return;
    }
    out << "Migrated the schema of " << workspace << " from version " << migration.version_before
        << " to " << migration.version_after << " (" << core::joined(migration.applied) << ")\n";
    if (!migration.rules_not_valid.empty()) {
        out << "The value rules were added NOT VALID: new writes are checked, but these "
            << migration.rules_not_valid.size() << " rows break them until they are fixed:\n";
        for (const std::string& row : migration.rules_not_valid) {
            out << "  " << row << "\n";
        }
    }
}

void runMigrate(const MigrateOptions& options) {
    const core::RulePack rules =
        options.rules.empty() ? core::defaultRulePack() : core::RulePackReader::read(options.rules);
    if (gis::isPostgisWorkspace(options.workspace)) {
        const gis::MigrationReport report = gis::PostgisMigrator::migrate(
            options.workspace, {rules.data_quality, options.not_valid});
        if (!options.quiet) {
            printMigration(report, options.workspace, std::cout);
        }
        return;
    }
    if (options.not_valid) {
        throw Error(Error::Kind::Usage,
                    "--not-valid is for PostGIS: a GeoPackage's triggers check new writes only, "
                    "and its rows are checked before they are added",
                    {options.workspace});
    }
    TerminalProgress progress(options.quiet);
    const std::size_t tables =
        gis::addValueRulesToGeoPackage(options.workspace, rules.data_quality, progress);
    if (!options.quiet) {
        std::cout << "Added the value rules' triggers to " << tables << " tables of "
                  << options.workspace << ": a write that breaks a rule is refused\n";
    }
}

void runCopy(const CopyOptions& options) {
    TerminalProgress progress(options.quiet);
    const gis::CopyReport report =
        gis::WorkspaceCopier::copy(options.source, options.target, options.replace, progress);
    if (options.quiet) {
        return;
    }
    std::cout << "Copied " << report.source << " to " << report.target
              << (report.replaced ? " (replaced the workspace it held)" : "");
    if (report.epsg != 0) {
        std::cout << ", CRS EPSG:" << report.epsg;
    }
    std::cout << "\n";
    if (!report.migration.applied.empty()) {
        std::cout << "  ";
        printMigration(report.migration, report.target, std::cout);
    }
    TextTable table;
    table.addColumn("layer", TextTable::Align::Left);
    table.addColumn("rows", TextTable::Align::Right);
    for (const gis::CopiedLayer& layer : report.layers) {
        table.addRow({layer.name, std::to_string(layer.rows)});
    }
    table.print(std::cout);
    if (!report.withheld.empty()) {
        std::cout << "Not copied (the database user may not read them): "
                  << core::joined(report.withheld) << "\n";
    }
}

}  // namespace

void addCopyCommand(CLI::App& app) {
    auto options = std::make_shared<CopyOptions>();
    CLI::App* command = app.add_subcommand(
        "copy",
        "Copy a whole workspace between a GeoPackage and PostGIS without loss (features, "
        "versions, edit log, result layers)");
    command->add_option("source", options->source, "Workspace GeoPackage or PG:connection")
        ->required();
    command->add_option("target", options->target, "New GeoPackage (.gpkg) or PG:connection")
        ->required();
    command->add_flag("--replace", options->replace,
                      "Replace the workspace the target already holds");
    command->add_flag("--quiet,-q", options->quiet, "No progress or report");
    command->callback([options] { runCopy(*options); });
}

void addMigrateCommand(CLI::App& app) {
    auto options = std::make_shared<MigrateOptions>();
    CLI::App* command = app.add_subcommand(
        "migrate",
        "Create or upgrade the schema of a PostGIS workspace (tables, edit log, roles, "
        "row-level security and value rules) with sitefit's versioned migration scripts, or "
        "give a GeoPackage workspace the value rules' triggers");
    command
        ->add_option("workspace", options->workspace,
                     "PG:connection (as an administrator) or workspace GeoPackage")
        ->required();
    command->add_option("--rules", options->rules,
                        "Rule pack (TOML) whose [data_quality] tolerance bounds vacant space; "
                        "default: built-in jiangsu-north");
    command->add_flag("--not-valid", options->not_valid,
                      "PostGIS: where rows already break a value rule, add the rules NOT VALID "
                      "(and list the rows) instead of stopping");
    command->add_flag("--quiet,-q", options->quiet, "Print nothing on success");
    command->callback([options] { runMigrate(*options); });
}

}  // namespace sitefit::cli
