#include "sitefit/core/data_problem.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <utility>

namespace sitefit::core {

std::string_view toString(Severity severity) noexcept {
    return severity == Severity::Error ? "error" : "warning";
}

void ProblemReport::add(DataProblem problem) {
    m_problems.push_back(std::move(problem));
}

void ProblemReport::append(const ProblemReport& other) {
    m_problems.insert(m_problems.end(), other.m_problems.begin(), other.m_problems.end());
}

std::size_t ProblemReport::errorCount() const noexcept {
    return static_cast<std::size_t>(
        std::count_if(m_problems.begin(), m_problems.end(),
                      [](const DataProblem& p) { return p.severity == Severity::Error; }));
}

std::size_t ProblemReport::warningCount() const noexcept {
    return m_problems.size() - errorCount();
}

std::vector<ProblemReport::RuleCount> ProblemReport::countsByRule() const {
    std::vector<RuleCount> counts;
    for (const DataProblem& problem : m_problems) {
        auto found = std::find_if(counts.begin(), counts.end(),
                                  [&](const RuleCount& c) { return c.rule == problem.rule; });
        if (found == counts.end()) {
            counts.push_back({problem.rule, problem.severity, 0, 0, 0});
            found = counts.end() - 1;
        }
        ++found->count;
        if (problem.severity == Severity::Error) {
            found->severity = Severity::Error;
            ++found->errors;
        } else {
            ++found->warnings;
        }
    }
    return counts;
}

std::string describe(const DataProblem& problem) {
    std::string line = problem.layer;
    if (!problem.feature.empty()) {
        line += " " + problem.feature;
    }
    if (!problem.other_feature.empty()) {
        line += " and " + problem.other_feature;
    }
    if (!problem.field.empty()) {
        line += " " + problem.field;
    }
    return line + ": " + problem.message;
}

std::string ProblemReport::text(std::size_t limit) const {
    std::ostringstream out;
    std::size_t shown = 0;
    // Every rule's heading and count, even past the limit: the reader sees what kinds of
    // problem there are before the lines run out.
    for (const RuleCount& rule : countsByRule()) {
        out << rule.rule << ": ";
        if (rule.errors > 0) {
            out << rule.errors << (rule.errors == 1 ? " error" : " errors");
        }
        if (rule.warnings > 0) {
            out << (rule.errors > 0 ? ", " : "") << rule.warnings
                << (rule.warnings == 1 ? " warning" : " warnings");
        }
        out << "\n";
        std::size_t ofRule = 0;
        for (const DataProblem& problem : m_problems) {
            if (problem.rule != rule.rule) {
                continue;
            }
            if (limit != 0 && shown >= limit) {
                break;
            }
            out << "  " << toString(problem.severity) << ": " << describe(problem) << "\n";
            ++shown;
            ++ofRule;
        }
        if (ofRule < rule.count) {
            out << "  … " << (rule.count - ofRule) << " more\n";
        }
    }
    return out.str();
}

std::string ProblemReport::json() const {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const RuleCount& rule : countsByRule()) {
        rules.push_back({{"rule", rule.rule},
                         {"severity", std::string(toString(rule.severity))},
                         {"count", rule.count},
                         {"errors", rule.errors},
                         {"warnings", rule.warnings}});
    }
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const DataProblem& p : m_problems) {
        nlohmann::ordered_json item{
            {"rule", p.rule},         {"severity", std::string(toString(p.severity))},
            {"layer", p.layer},       {"feature", p.feature},
            {"field", p.field},       {"found", p.found},
            {"expected", p.expected}, {"message", p.message}};
        if (!p.other_feature.empty()) {
            item["other_feature"] = p.other_feature;
        }
        if (p.location) {
            item["x"] = p.location->x;
            item["y"] = p.location->y;
        }
        problems.push_back(std::move(item));
    }
    nlohmann::ordered_json out{{"errors", errorCount()},
                               {"warnings", warningCount()},
                               {"rules", std::move(rules)},
                               {"problems", std::move(problems)}};
    return out.dump(2);
}

}  // namespace sitefit::core
