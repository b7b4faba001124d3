#include "sitefit/core/auto_allocation_solver.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "sitefit/core/heuristic_allocation_solver.hpp"
#include "sitefit/core/mip_allocation_solver.hpp"

namespace sitefit::core {
namespace {

// Union–find over projects, joined when they can use the same site.
class ProjectGroups {
public:
    explicit ProjectGroups(std::size_t count) : m_parent(count) {
        std::iota(m_parent.begin(), m_parent.end(), std::size_t{0});
    }
    std::size_t root(std::size_t p) {
        while (m_parent[p] != p) {
            m_parent[p] = m_parent[m_parent[p]];
            p = m_parent[p];
        }
        return p;
    }
    void join(std::size_t a, std::size_t b) { m_parent[root(a)] = root(b); }

private:
    std::vector<std::size_t> m_parent;
};

std::string idList(const AllocationProblem& problem, const std::vector<std::size_t>& projects) {
    std::string out;
    for (const std::size_t p : projects) {
        out += (out.empty() ? "" : ", ") + problem.projects[p].id;
    }
    return out;
}

using ProjectSitePairs = std::set<std::pair<std::size_t, std::size_t>>;

// Required projects with no pair left once the exclusions are taken out.
std::vector<std::size_t> strandedProjects(const AllocationProblem& problem,
                                          const std::set<std::size_t>& required,
                                          const ProjectSitePairs& excluded) {
    std::vector<std::size_t> stranded;
    for (const std::size_t p : required) {
        const bool any =
            std::any_of(problem.pairs.begin(), problem.pairs.end(), [&](const auto& pair) {
                return pair.project == p && !excluded.contains({p, pair.site});
            });
        if (!any) {
            stranded.push_back(p);
        }
    }
    return stranded;
}

// The required projects in groups that can use a common site, smallest group first.
std::vector<std::vector<std::size_t>> groupsSharingSites(const AllocationProblem& problem,
                                                         const std::set<std::size_t>& required) {
    ProjectGroups groups(problem.projects.size());
    std::map<std::size_t, std::size_t> firstOnSite;
    for (const AllocationPair& pair : problem.pairs) {
        if (!required.contains(pair.project)) {
            continue;
        }
        const auto [it, inserted] = firstOnSite.emplace(pair.site, pair.project);
        if (!inserted) {
            groups.join(pair.project, it->second);
        }
    }
    std::map<std::size_t, std::vector<std::size_t>> members;
    for (const std::size_t p : required) {
        members[groups.root(p)].push_back(p);
    }
    std::vector<std::vector<std::size_t>> byFewest;
    byFewest.reserve(members.size());
    for (auto& [root, group] : members) {
        byFewest.push_back(group);
    }
    std::sort(byFewest.begin(), byFewest.end(),
              [](const auto& a, const auto& b) { return a.size() < b.size(); });
    return byFewest;
}

// The problem of `group` alone, every project of it mandatory, with its pins and allowed
// pairs, on all the sites.
AllocationProblem groupProblem(const AllocationProblem& problem,
                               const std::vector<std::size_t>& group,
                               const ProjectSitePairs& excluded) {
    AllocationProblem sub;
    std::map<std::size_t, std::size_t> index;
    for (const std::size_t p : group) {
        index[p] = sub.projects.size();
        AllocationProject project = problem.projects[p];
        project.mandatory = true;
        sub.projects.push_back(project);
    }
    sub.sites = problem.sites;
    for (const AllocationPair& pair : problem.pairs) {
        if (index.contains(pair.project) && !excluded.contains({pair.project, pair.site})) {
            AllocationPair copy = pair;
            copy.project = index[pair.project];
            sub.pairs.push_back(copy);
        }
    }
    for (const ProjectSite& pin : problem.pins) {
        if (index.contains(pin.project)) {
            sub.pins.push_back({index[pin.project], pin.site});
        }
    }
    return sub;
}

void setConflict(const AllocationProblem& problem, const std::vector<std::size_t>& projects,
                 std::string reason, AllocationResult& result) {
    result.conflicting_projects.clear();
    for (const std::size_t p : projects) {
        result.conflicting_projects.push_back(problem.projects[p].id);
    }
    result.infeasibility = std::move(reason);
}

}  // namespace

void diagnoseInfeasibility(const AllocationProblem& problem, AllocationResult& result) {
    std::set<std::size_t> required;  // projects that must be placed
    for (std::size_t p = 0; p < problem.projects.size(); ++p) {
        if (problem.projects[p].mandatory) {
            required.insert(p);
        }
    }
    for (const ProjectSite& pin : problem.pins) {
        required.insert(pin.project);
    }
    ProjectSitePairs excluded;
    for (const ProjectSite& e : problem.exclusions) {
        excluded.insert({e.project, e.site});
    }
    // A required project with no site left is a conflict on its own.
    const std::vector<std::size_t> stranded = strandedProjects(problem, required, excluded);
    if (!stranded.empty()) {
        setConflict(problem, stranded,
                    "mandatory or pinned project(s) " + idList(problem, stranded) +
                        " have no feasible site left",
                    result);
        return;
    }
    // Otherwise look for the group of required projects sharing sites that fails alone.
    for (const std::vector<std::size_t>& group : groupsSharingSites(problem, required)) {
        SolveOptions quick;
        quick.time_limit_s = 5.0;
        if (MipAllocationSolver().solve(groupProblem(problem, group, excluded), quick).status ==
            AllocationStatus::Infeasible) {
            setConflict(problem, group,
                        "mandatory or pinned projects " + idList(problem, group) +
                            " compete for the same sites, which cannot take them all",
                        result);
            return;
        }
    }
    result.infeasibility = "mandatory and pinned projects cannot all be placed together";
}

AllocationResult AutoAllocationSolver::solve(const AllocationProblem& problem,
                                             const SolveOptions& options) const {
    const auto start = std::chrono::steady_clock::now();
    AllocationResult exact = MipAllocationSolver().solve(problem, options);
    if (exact.status == AllocationStatus::Optimal || exact.status == AllocationStatus::Infeasible) {
        exact.solver = "auto(cbc)";
        return exact;
    }
    AllocationResult fast = HeuristicAllocationSolver().solve(problem, options);
    // CBC's bound holds whether or not it found a plan; the tighter valid bound wins.
    const double exactBound = exact.bound;
    const bool exactBoundKnown = exact.status != AllocationStatus::NoSolution || exactBound > 0.0;
    const bool exactHasPlan = exact.status == AllocationStatus::Feasible;
    AllocationResult best =
        exactHasPlan && exact.objective >= fast.objective ? std::move(exact) : std::move(fast);
    best.solver = best.solver == "cbc" ? "auto(cbc)" : "auto(heuristic)";
    if (exactBoundKnown) {
        best.bound = std::min(best.bound, exactBound);
    }
    best.bound = std::max(best.bound, best.objective);
    best.gap = (best.bound - best.objective) / std::max(std::abs(best.bound), 1e-9);
    if (best.gap <= 1e-9) {
        best.status = AllocationStatus::Optimal;
    }
    best.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return best;
}

}  // namespace sitefit::core
