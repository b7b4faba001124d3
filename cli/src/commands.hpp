#pragma once

#include <CLI/CLI.hpp>

namespace sitefit::cli {

// Each command adds its subcommand and options to the app; the callback runs it and
// throws sitefit::Error on failure, which main() turns into a message and an exit code.
void addCapacityCommand(CLI::App& app);
void addCheckCommand(CLI::App& app);
void addImportCommand(CLI::App& app);
void addMatchCommand(CLI::App& app);
void addChainsCommand(CLI::App& app);
void addAllocateCommand(CLI::App& app);
void addRenderCommand(CLI::App& app);
void addListingCommand(CLI::App& app);
void addEditCommand(CLI::App& app);
void addCopyCommand(CLI::App& app);
void addMigrateCommand(CLI::App& app);

}  // namespace sitefit::cli
