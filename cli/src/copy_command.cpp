#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/postgis_migrator.hpp"
#include "sitefit/gis/workspace_copy.hpp"
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
        "Create or upgrade the schema of a PostGIS workspace (tables, edit log, roles and "
        "row-level security) with sitefit's versioned migration scripts");
    command->add_option("workspace", options->workspace, "PG:connection (as an administrator)")
        ->required();
    command->add_flag("--quiet,-q", options->quiet, "Print nothing on success");
    command->callback([options] {
        const gis::MigrationReport report = gis::PostgisMigrator::migrate(options->workspace);
        if (!options->quiet) {
            printMigration(report, options->workspace, std::cout);
        }
    });
}

}  // namespace sitefit::cli
