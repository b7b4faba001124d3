#include "sitefit/core/weight_sensitivity.hpp"

#include <algorithm>

#include "sitefit/core/matcher.hpp"

namespace sitefit::core {
namespace {

std::vector<std::string> topThree(const ProjectMatch& match, const std::vector<SiteFacts>& sites,
                                  const std::map<Criterion, double>& weights) {
    std::vector<std::pair<double, const std::string*>> ranked;
    ranked.reserve(match.candidates.size());
    for (const Candidate& c : match.candidates) {
        ranked.emplace_back(Matcher::total(c.criteria, weights), &sites[c.site].site_id);
    }
    const std::size_t n = std::min<std::size_t>(3, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                      [](const auto& a, const auto& b) {
                          return a.first != b.first ? a.first > b.first : *a.second < *b.second;
                      });
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) {
        ids.push_back(*ranked[i].second);
    }
    return ids;
}

}  // namespace

std::vector<WeightShift> WeightSensitivity::analyse(const std::vector<ProjectMatch>& matches,
                                                    const std::vector<SiteFacts>& sites,
                                                    const std::map<Criterion, double>& weights,
                                                    double step) {
    std::vector<std::vector<std::string>> baseline;
    baseline.reserve(matches.size());
    for (const ProjectMatch& match : matches) {
        baseline.push_back(topThree(match, sites, weights));
    }
    std::vector<WeightShift> shifts;
    for (const auto& [criterion, weight] : weights) {
        if (weight <= 0.0) {
            continue;
        }
        for (const double factor : {1.0 - step, 1.0 + step}) {
            std::map<Criterion, double> moved = weights;
            moved[criterion] = weight * factor;
            WeightShift shift{criterion, factor, {}};
            for (std::size_t m = 0; m < matches.size(); ++m) {
                std::vector<std::string> after = topThree(matches[m], sites, moved);
                if (after != baseline[m]) {
                    shift.changes.push_back({matches[m].project, baseline[m], std::move(after)});
                }
            }
            shifts.push_back(std::move(shift));
        }
    }
    return shifts;
}

}  // namespace sitefit::core
