#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

#include "sitefit/core/site_filter.hpp"

namespace sitefit::cli {

// The `--where EXPR` option of the commands that work on candidate sites (match, listing):
// the user's attribute filter (docs/cli.md, "Filters"). Evaluated in memory on the sites
// read from the workspace, never put into SQL, so it is safe on a shared PostGIS workspace.
class WhereOption {
public:
    // Adds the option to `command`; the text is kept until filter() parses it.
    void addTo(CLI::App& command);

    // The parsed filter, or none when the option was not given. Throws sitefit::Error
    // (Usage) naming the option and the column, so commands call it before loading data.
    [[nodiscard]] std::optional<core::SiteFilter> filter() const;

private:
    std::string m_text;
    CLI::Option* m_option = nullptr;  // owned by the CLI::App
};

}  // namespace sitefit::cli
