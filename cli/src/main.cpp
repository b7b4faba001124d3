#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_edit.hpp"
#include "sitefit/version.hpp"

int main(int argc, char** argv) {
    CLI::App app{
        "sitefit: land and carrier-capacity planning for industrial investment attraction (招商)"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "sitefit " + std::string(sitefit::kVersion));
    sitefit::cli::addCapacityCommand(app);
    sitefit::cli::addCheckCommand(app);
    sitefit::cli::addImportCommand(app);
    sitefit::cli::addMatchCommand(app);
    sitefit::cli::addChainsCommand(app);
    sitefit::cli::addAllocateCommand(app);
    sitefit::cli::addRenderCommand(app);
    sitefit::cli::addListingCommand(app);
    sitefit::cli::addEditCommand(app);
    sitefit::cli::addCopyCommand(app);
    sitefit::cli::addMigrateCommand(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        // CLI11 exits 0 for --help/--version; every real usage error is our code 2.
        return code == 0 ? 0 : sitefit::exitCodeFor(sitefit::Error::Kind::Usage);
    } catch (const sitefit::gis::EditConflict& conflict) {
        // A stale save (docs/cli.md, "edit"): its own code, so that scripts can re-read and retry.
        std::cerr << "sitefit: error: " << conflict.what() << "\n";
        return 5;
    } catch (const sitefit::Error& error) {
        std::cerr << "sitefit: error: " << error.what() << "\n";
        return sitefit::exitCodeFor(error.kind());
    } catch (const std::exception& error) {
        std::cerr << "sitefit: internal error: " << error.what() << "\n";
        return sitefit::exitCodeFor(sitefit::Error::Kind::Internal);
    }
    return 0;
}
