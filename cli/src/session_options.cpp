#include "session_options.hpp"

#include <iostream>

#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/rule_pack_reader.hpp"
#include "sitefit/planning/as_of_date.hpp"

namespace sitefit::cli {

void SessionOptions::addTo(CLI::App& command) {
    command.add_option("--rules", m_rules, "Rule pack (TOML); default: built-in jiangsu-north");
    command.add_option("--as-of", m_asOf, "Date for readiness (YYYY-MM-DD; default today)");
    command.add_flag("--quiet,-q", m_quiet, "No progress or notes on stderr");
    m_flaws.addTo(command);
}

core::Date SessionOptions::asOf() const {
    return planning::asOfDate(m_asOf);
}

core::RulePack SessionOptions::rulePack() const {
    return m_rules.empty() ? core::defaultRulePack() : core::RulePackReader::read(m_rules);
}

planning::PlanningSession SessionOptions::open(const std::string& workspace,
                                               core::ProgressSink& progress,
                                               std::vector<gis::FeatureBatchSink*> sinks) const {
    // The date first: a mistyped --as-of is refused before the workspace is read.
    const core::Date date = asOf();
    core::RulePack rules = rulePack();
    gis::ReadOptions read = m_flaws.readOptions(rules);
    read.sinks = std::move(sinks);
    return {workspace, std::move(rules), date, progress, read};
}

void SessionOptions::sayProblems(const planning::WorkspaceSession& session,
                                 const std::string& workspace) const {
    if (!m_quiet) {
        std::cerr << problemsFooter(session.capacity().workspace.problems, workspace);
    }
}

}  // namespace sitefit::cli
