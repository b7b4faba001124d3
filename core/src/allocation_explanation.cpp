#include "sitefit/core/allocation_explanation.hpp"

#include <algorithm>
#include <set>

namespace sitefit::core {
namespace {

// The project's pairs that exclusions leave, best score first, ties by site id.
std::vector<std::size_t> rankedPairs(const AllocationProblem& problem, std::size_t project) {
    std::set<std::size_t> excluded;
    for (const ProjectSite& exclusion : problem.exclusions) {
        if (exclusion.project == project) {
            excluded.insert(exclusion.site);
        }
    }
    std::vector<std::size_t> pairs;
    for (std::size_t i = 0; i < problem.pairs.size(); ++i) {
        if (problem.pairs[i].project == project && !excluded.contains(problem.pairs[i].site)) {
            pairs.push_back(i);
        }
    }
    std::sort(pairs.begin(), pairs.end(), [&problem](std::size_t a, std::size_t b) {
        const AllocationPair& x = problem.pairs[a];
        const AllocationPair& y = problem.pairs[b];
        return x.score != y.score ? x.score > y.score
                                  : problem.sites[x.site].id < problem.sites[y.site].id;
    });
    return pairs;
}

// Why project `p` stayed out, given what the plan uses of each site and which pairs hold it.
UnassignedExplanation explainUnplaced(const AllocationProblem& problem, std::size_t p,
                                      const std::vector<double>& used,
                                      const std::vector<std::vector<std::size_t>>& holders) {
    const auto hasRoom = [&](const AllocationPair& pair) {
        return used[pair.site] + pair.demand <= problem.sites[pair.site].capacity + 1e-9;
    };
    UnassignedExplanation item;
    item.project = p;
    const std::vector<std::size_t> ranked = rankedPairs(problem, p);
    if (ranked.empty()) {
        item.reason = UnassignedReason::NoFeasibleSite;
        return item;
    }
    const AllocationPair& best = problem.pairs[ranked.front()];
    item.contested_site = best.site;
    item.own_value = problem.value(best);
    for (const std::size_t held : holders[best.site]) {
        const AllocationPair& other = problem.pairs[held];
        item.holders.push_back(other.project);
        item.holders_value += problem.value(other);
    }
    if (item.holders.empty() || hasRoom(best)) {
        item.reason = UnassignedReason::BestSiteHasRoom;
        return item;
    }
    item.reason = UnassignedReason::Outcompeted;
    item.other_feasible_sites = ranked.size() - 1;
    const auto roomy = std::find_if(ranked.begin() + 1, ranked.end(),
                                    [&](std::size_t i) { return hasRoom(problem.pairs[i]); });
    if (roomy != ranked.end()) {
        item.site_with_room = problem.pairs[*roomy].site;
    }
    return item;
}

}  // namespace

PlanExplanation AllocationExplainer::explain(const AllocationProblem& problem,
                                             const AllocationResult& result) {
    PlanExplanation explanation;
    std::vector<bool> placed(problem.projects.size(), false);
    std::vector<double> used(problem.sites.size(), 0.0);
    std::vector<std::vector<std::size_t>> holders(problem.sites.size());
    for (const Assignment& assignment : result.assignments) {
        const AllocationPair& pair = problem.pairs.at(assignment.pair);
        placed[pair.project] = true;
        used[pair.site] += pair.demand;
        holders[pair.site].push_back(assignment.pair);
    }
    for (const Assignment& assignment : result.assignments) {
        const AllocationPair& pair = problem.pairs[assignment.pair];
        const std::vector<std::size_t> ranked = rankedPairs(problem, pair.project);
        const auto position = std::find(ranked.begin(), ranked.end(), assignment.pair);
        AssignmentExplanation item;
        item.pair = assignment.pair;
        item.rank = static_cast<int>(position - ranked.begin()) + 1;
        item.score_given_up =
            ranked.empty() ? 0.0 : problem.pairs[ranked.front()].score - pair.score;
        explanation.assignments.push_back(item);
    }
    for (std::size_t p = 0; p < problem.projects.size(); ++p) {
        if (!placed[p]) {
            explanation.unassigned.push_back(explainUnplaced(problem, p, used, holders));
        }
    }
    return explanation;
}

PlanExplanation AllocationExplainer::explain(const AllocationProblem& problem,
                                             const AllocationResult& result,
                                             const std::vector<ProjectMatch>& matches) {
    PlanExplanation explanation = explain(problem, result);
    for (UnassignedExplanation& item : explanation.unassigned) {
        for (const ProjectMatch& match : matches) {
            if (match.project == item.project && match.not_matched) {
                item.reason = UnassignedReason::NotMatched;
                item.not_matched = match.not_matched;
            }
        }
    }
    return explanation;
}

}  // namespace sitefit::core
