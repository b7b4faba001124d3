#include "commands.hpp"

namespace sitefit::cli {

// Filled in by the import work (sitefit import); registered so the CLI layout is final.
void addImportCommand(CLI::App& /*app*/) {}

}  // namespace sitefit::cli
