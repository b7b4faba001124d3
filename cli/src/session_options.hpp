#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "flaw_option.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/core/rule_pack.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/planning/planning_session.hpp"

namespace sitefit::cli {

// The options of every command that plans on a workspace (allocate, match, render): the rule
// pack, the as-of date, --quiet and --skip-invalid, and the session they open. One place, so
// that the commands cannot drift apart in their names, defaults or help.
class SessionOptions {
public:
    void addTo(CLI::App& command);

    [[nodiscard]] bool quiet() const noexcept { return m_quiet; }
    // --as-of, or today. Throws sitefit::Error (Usage) for a date that is not YYYY-MM-DD.
    [[nodiscard]] core::Date asOf() const;
    // --rules, or the built-in pack. Throws sitefit::Error naming the file.
    [[nodiscard]] core::RulePack rulePack() const;
    // How to read: --skip-invalid and the rule pack's tolerances.
    [[nodiscard]] gis::ReadOptions readOptions(const core::RulePack& rules) const {
        return m_flaws.readOptions(rules);
    }

    // The workspace read and measured with these options; `sinks` are told of the features
    // as they are read (the map's drawable layers). Throws sitefit::Error.
    [[nodiscard]] planning::PlanningSession open(
        const std::string& workspace, core::ProgressSink& progress,
        std::vector<gis::FeatureBatchSink*> sinks = {}) const;
    // The problems footer of the session's read on stderr, unless --quiet.
    void sayProblems(const planning::WorkspaceSession& session, const std::string& workspace) const;

private:
    std::string m_rules;
    std::string m_asOf;
    bool m_quiet = false;
    FlawOption m_flaws;
};

}  // namespace sitefit::cli
