#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/rule_pack.hpp"
#include "sitefit/gis/workspace_reader.hpp"

namespace sitefit::cli {

// The `--skip-invalid` option of every command that reads a workspace
// (docs/data-quality.md): without it a workspace with errors is refused, every error listed;
// with it the flawed features are set aside and the results say so.
class FlawOption {
public:
    void addTo(CLI::App& command);

    // How to read: the option's choice and the rule pack's tolerances.
    [[nodiscard]] gis::ReadOptions readOptions(const core::RulePack& rules) const;

private:
    bool m_skip = false;
};

// What the results leave out and what was tolerated, for the foot of a table or a note:
// "Set aside 2 flawed features (parcels P7, buildings B3): these figures exclude them." and
// the warnings' count by rule. Empty when there are no problems.
[[nodiscard]] std::string problemsFooter(const core::ProblemReport& problems,
                                         const std::string& dataset);

// A command's JSON output with a "data_quality" member (ProblemReport::json) added when
// features were set aside or figures tolerated; unchanged otherwise.
[[nodiscard]] std::string withDataQuality(const std::string& json,
                                          const core::ProblemReport& problems);

// "Excludes 5 flawed features set aside (see sitefit check)": the one line a map or page
// carries when features were set aside. Empty when none was.
[[nodiscard]] std::string setAsideNote(const core::ProblemReport& problems);

}  // namespace sitefit::cli
