#include "flaw_option.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace sitefit::cli {

void FlawOption::addTo(CLI::App& command) {
    command.add_flag("--skip-invalid", m_skip,
                     "Set aside the features that break a rule (listed) and go on without "
                     "them, instead of refusing the workspace; see `sitefit check`");
}

gis::ReadOptions FlawOption::readOptions(const core::RulePack& rules) const {
    gis::ReadOptions options;
    options.flaws = m_skip ? gis::FlawHandling::SetAside : gis::FlawHandling::Refuse;
    options.tolerances = rules.data_quality;
    return options;
}

std::string problemsFooter(const core::ProblemReport& problems, const std::string& dataset) {
    std::string text;
    const std::size_t errors = problems.errorCount();
    if (errors > 0) {
        constexpr std::size_t kNamed = 8;
        std::string named;
        std::size_t shown = 0;
        for (const core::DataProblem& p : problems.problems()) {
            if (p.severity != core::Severity::Error) {
                continue;
            }
            if (shown == kNamed) {
                named += ", …";
                break;
            }
            named += (named.empty() ? "" : ", ") + p.layer + " " + p.feature;
            ++shown;
        }
        text += "Set aside " + std::to_string(errors) + " flawed " +
                (errors == 1 ? "feature" : "features") + " (" + named +
                "): these figures exclude " + (errors == 1 ? "it" : "them") + ".\n";
    }
    const std::size_t warnings = problems.warningCount();
    if (warnings > 0) {
        std::string rules;
        for (const core::ProblemReport::RuleCount& rule : problems.countsByRule()) {
            if (rule.warnings > 0) {
                rules +=
                    (rules.empty() ? "" : ", ") + std::to_string(rule.warnings) + " " + rule.rule;
            }
        }
        text += std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings") + " (" +
                rules + "): tolerated, counted once or clamped";
        // The first few by name: the one rounded figure of a register is then found at once.
        constexpr std::size_t kNamed = 5;
        std::size_t shown = 0;
        for (const core::DataProblem& p : problems.problems()) {
            if (p.severity != core::Severity::Warning) {
                continue;
            }
            if (shown == kNamed) {
                text += "\n  …";
                break;
            }
            text += (shown == 0 ? ":\n  " : "\n  ") + core::describe(p);
            ++shown;
        }
        text += "\n";
    }
    if (!text.empty()) {
        text += "`sitefit check " + dataset + "` lists every problem with its location.\n";
    }
    return text;
}

std::string withDataQuality(const std::string& json, const core::ProblemReport& problems) {
    if (problems.empty()) {
        return json;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::parse(json);
    out["data_quality"] = nlohmann::ordered_json::parse(problems.json());
    return out.dump(2);
}

std::string setAsideNote(const core::ProblemReport& problems) {
    const std::size_t errors = problems.errorCount();
    if (errors == 0) {
        return {};
    }
    return "Excludes " + std::to_string(errors) + " flawed " +
           (errors == 1 ? "feature" : "features") + " set aside (see sitefit check)";
}

}  // namespace sitefit::cli
