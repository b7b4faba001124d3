#pragma once

#include <map>
#include <string>
#include <vector>

#include "sitefit/core/criterion.hpp"
#include "sitefit/core/match_result.hpp"
#include "sitefit/core/site_facts.hpp"

namespace sitefit::core {

// A project whose top three sites change when one weight moves.
struct TopThreeChange {
    std::size_t project = 0;
    std::vector<std::string> before;  // site ids, best first
    std::vector<std::string> after;
};

struct WeightShift {
    Criterion criterion = Criterion::ChainSynergy;
    double factor = 1.0;  // 0.9 or 1.1
    std::vector<TopThreeChange> changes;
};

// How robust the recommendations are: each weight in turn moves by ±`step` (10 % by
// default) and the candidates are re-ranked with the criterion values unchanged (so
// no site facts are recomputed). Ranking ties break by site id as in the matcher.
class WeightSensitivity {
public:
    [[nodiscard]] static std::vector<WeightShift> analyse(
        const std::vector<ProjectMatch>& matches, const std::vector<SiteFacts>& sites,
        const std::map<Criterion, double>& weights, double step = 0.1);
};

}  // namespace sitefit::core
