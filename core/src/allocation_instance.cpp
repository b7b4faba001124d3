#include "allocation_instance.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/text.hpp"

namespace sitefit::core::detail {

namespace {

// Capacities are in the site's own unit (1 for a parcel, m² for floor space): whole numbers
// print without decimals, the rest with two.
std::string figure(double value) {
    return std::abs(value - std::round(value)) < 1e-9 ? grouped(value) : decimal(value, 2);
}

constexpr std::size_t kNoPair = kNoSlot;

// Every pair of the problem grouped by project and ordered by site, for the pin and
// exclusion look-ups that happen once per solve.
struct PairsByProject {
    std::vector<std::size_t> begin;
    std::vector<std::size_t> pairs;

    explicit PairsByProject(const AllocationProblem& problem)
        : begin(problem.projects.size() + 1, 0), pairs(problem.pairs.size()) {
        for (const AllocationPair& pair : problem.pairs) {
            ++begin[pair.project + 1];
        }
        for (std::size_t p = 0; p < problem.projects.size(); ++p) {
            begin[p + 1] += begin[p];
        }
        std::vector<std::size_t> next(begin.begin(), begin.end() - 1);
        for (std::size_t k = 0; k < problem.pairs.size(); ++k) {
            pairs[next[problem.pairs[k].project]++] = k;
        }
        for (std::size_t p = 0; p < problem.projects.size(); ++p) {
            std::sort(pairs.begin() + static_cast<std::ptrdiff_t>(begin[p]),
                      pairs.begin() + static_cast<std::ptrdiff_t>(begin[p + 1]),
                      [&](std::size_t a, std::size_t b) {
                          return problem.pairs[a].site < problem.pairs[b].site;
                      });
        }
    }

    [[nodiscard]] std::size_t find(const AllocationProblem& problem, std::size_t project,
                                   std::size_t site) const {
        if (project >= begin.size() - 1) {
            return kNoPair;
        }
        const auto first = pairs.begin() + static_cast<std::ptrdiff_t>(begin[project]);
        const auto last = pairs.begin() + static_cast<std::ptrdiff_t>(begin[project + 1]);
        const auto found = std::lower_bound(first, last, site, [&](std::size_t k, std::size_t s) {
            return problem.pairs[k].site < s;
        });
        return found != last && problem.pairs[*found].site == site ? *found : kNoPair;
    }
};

// Places the pins: a project pinned to two sites, or pinned to a pair it is also excluded
// from, contradicts itself and stays unplaced; pins that together exceed a site's capacity
// are placed in the order given while they fit and all of that site's pinned projects are
// reported, since the planner has to give up one of them.
void placePins(const AllocationProblem& problem, const PairsByProject& by_project,
               const std::vector<char>& excluded, AllocationInstance& instance) {
    const std::size_t project_count = problem.projects.size();
    std::vector<std::size_t> pin_pair(project_count, kNoPair);
    std::vector<char> contradictory(project_count, 0);
    std::vector<std::size_t> pin_order;
    for (const ProjectSite& pin : problem.pins) {
        const std::size_t pair = by_project.find(problem, pin.project, pin.site);
        if (pair == kNoPair) {
            continue;  // validate() refuses these
        }
        instance.fixed[pin.project] = 1;
        if (pin_pair[pin.project] == kNoPair) {
            pin_pair[pin.project] = pair;
            pin_order.push_back(pin.project);
        } else if (pin_pair[pin.project] != pair && !contradictory[pin.project]) {
            contradictory[pin.project] = 1;
            instance.conflicting[pin.project] = 1;
            instance.conflict_sentences.push_back(
                "project " + problem.projects[pin.project].id + " is pinned to both " +
                problem.sites[problem.pairs[pin_pair[pin.project]].site].id + " and " +
                problem.sites[pin.site].id);
        }
    }

    std::vector<char> overflowing(problem.sites.size(), 0);
    std::vector<double> pinned_demand(problem.sites.size(), 0.0);
    for (std::size_t project : pin_order) {
        if (contradictory[project]) {
            continue;
        }
        const std::size_t pair = pin_pair[project];
        const AllocationPair& chosen = problem.pairs[pair];
        if (excluded[pair]) {
            instance.conflicting[project] = 1;
            instance.conflict_sentences.push_back("project " + problem.projects[project].id +
                                                  " is pinned to " + problem.sites[chosen.site].id +
                                                  " and also excluded from it");
            continue;
        }
        pinned_demand[chosen.site] += chosen.demand;
        if (instance.capacity_left[chosen.site] - chosen.demand >=
            -instance.capacity_tolerance[chosen.site]) {
            instance.capacity_left[chosen.site] =
                std::max(0.0, instance.capacity_left[chosen.site] - chosen.demand);
            instance.placed_pin_pairs.push_back(pair);
            instance.pinned_value += problem.value(chosen);
        } else {
            overflowing[chosen.site] = 1;
        }
    }

    for (std::size_t site = 0; site < problem.sites.size(); ++site) {
        if (!overflowing[site]) {
            continue;
        }
        std::vector<std::string> ids;
        for (std::size_t project = 0; project < project_count; ++project) {
            if (pin_pair[project] != kNoPair && !contradictory[project] &&
                problem.pairs[pin_pair[project]].site == site && !excluded[pin_pair[project]]) {
                instance.conflicting[project] = 1;
                ids.push_back(problem.projects[project].id);
            }
        }
        instance.conflict_sentences.push_back(
            "the pins of " + joined(ids) + " at site " + problem.sites[site].id + " need " +
            figure(pinned_demand[site]) + " but its capacity is " +
            figure(problem.sites[site].capacity));
    }
    std::sort(instance.placed_pin_pairs.begin(), instance.placed_pin_pairs.end(),
              [&](std::size_t a, std::size_t b) {
                  return problem.pairs[a].project < problem.pairs[b].project;
              });
}

// A mandatory project without a single slot: either pins took the room it needs (then the
// pinned projects are part of the conflict) or all its pairs are excluded or too large.
void reportUnplaceable(const AllocationProblem& problem, const PairsByProject& by_project,
                       const std::vector<char>& excluded,
                       const std::vector<std::vector<std::size_t>>& pinned_at, std::size_t project,
                       AllocationInstance& instance) {
    instance.conflicting[project] = 1;
    std::vector<std::string> pinned_ids;
    std::vector<std::string> site_ids;
    for (std::size_t i = by_project.begin[project]; i < by_project.begin[project + 1]; ++i) {
        const std::size_t k = by_project.pairs[i];
        const AllocationPair& pair = problem.pairs[k];
        if (excluded[k] || pinned_at[pair.site].empty() ||
            pair.demand > problem.sites[pair.site].capacity) {
            continue;
        }
        site_ids.push_back(problem.sites[pair.site].id);
        for (std::size_t pinned : pinned_at[pair.site]) {
            instance.conflicting[pinned] = 1;
            pinned_ids.push_back(problem.projects[pinned].id);
        }
    }
    const std::string& id = problem.projects[project].id;
    if (pinned_ids.empty()) {
        instance.conflict_sentences.push_back(
            "mandatory project " + id +
            " has no site it may take (every pair is excluded or larger than the site)");
    } else {
        instance.conflict_sentences.push_back(
            "mandatory project " + id + " cannot be placed: the pins of " + joined(pinned_ids) +
            " take the room it needs at " + joined(site_ids));
    }
}

// Every project unplaced, every site with all its capacity left.
AllocationInstance emptyInstance(const AllocationProblem& problem) {
    const std::size_t project_count = problem.projects.size();
    const std::size_t site_count = problem.sites.size();
    AllocationInstance instance;
    instance.problem = &problem;
    instance.fixed.assign(project_count, 0);
    instance.mandatory.assign(project_count, 0);
    instance.best_slot_value.assign(project_count, 0.0);
    instance.conflicting.assign(project_count, 0);
    instance.capacity_left.resize(site_count);
    instance.capacity_tolerance.resize(site_count);
    for (std::size_t s = 0; s < site_count; ++s) {
        instance.capacity_left[s] = problem.sites[s].capacity;
        instance.capacity_tolerance[s] = 1e-9 * std::max(1.0, problem.sites[s].capacity);
    }
    return instance;
}

// Per pair: whether the planners excluded it.
std::vector<char> excludedPairs(const AllocationProblem& problem,
                                const PairsByProject& by_project) {
    std::vector<char> excluded(problem.pairs.size(), 0);
    for (const ProjectSite& exclusion : problem.exclusions) {
        const std::size_t pair = by_project.find(problem, exclusion.project, exclusion.site);
        if (pair != kNoPair) {
            excluded[pair] = 1;
        }
    }
    return excluded;
}

// The slots of every project not fixed by a pin: its pairs neither excluded nor larger than
// what the pins left of their site. A mandatory project without one is reported.
void addSlots(const AllocationProblem& problem, const PairsByProject& by_project,
              const std::vector<char>& excluded,
              const std::vector<std::vector<std::size_t>>& pinned_at,
              AllocationInstance& instance) {
    const std::size_t project_count = problem.projects.size();
    instance.project_slot_begin.assign(project_count + 1, 0);
    for (std::size_t p = 0; p < project_count; ++p) {
        instance.project_slot_begin[p] = instance.slot_pair.size();
        if (instance.fixed[p]) {
            continue;
        }
        for (std::size_t i = by_project.begin[p]; i < by_project.begin[p + 1]; ++i) {
            const std::size_t k = by_project.pairs[i];
            const AllocationPair& pair = problem.pairs[k];
            if (excluded[k] || pair.demand > instance.capacity_left[pair.site] +
                                                 instance.capacity_tolerance[pair.site]) {
                continue;
            }
            const double value = problem.value(pair);
            instance.slot_pair.push_back(k);
            instance.slot_project.push_back(p);
            instance.slot_site.push_back(pair.site);
            instance.slot_value.push_back(value);
            instance.slot_demand.push_back(pair.demand);
            instance.best_slot_value[p] = std::max(instance.best_slot_value[p], value);
            instance.max_value = std::max(instance.max_value, value);
        }
        const bool has_slots = instance.slot_pair.size() > instance.project_slot_begin[p];
        if (problem.projects[p].mandatory) {
            if (has_slots) {
                instance.mandatory[p] = 1;
            } else {
                reportUnplaceable(problem, by_project, excluded, pinned_at, p, instance);
            }
        }
    }
    instance.project_slot_begin[project_count] = instance.slot_pair.size();
}

// Each project's slots by falling value (ties by slot), and each site's slots.
void indexSlots(std::size_t project_count, std::size_t site_count, AllocationInstance& instance) {
    instance.slots_by_value.resize(instance.slotCount());
    for (std::size_t p = 0; p < project_count; ++p) {
        const auto first = instance.slots_by_value.begin() +
                           static_cast<std::ptrdiff_t>(instance.project_slot_begin[p]);
        const auto last = instance.slots_by_value.begin() +
                          static_cast<std::ptrdiff_t>(instance.project_slot_begin[p + 1]);
        std::iota(first, last, instance.project_slot_begin[p]);
        std::sort(first, last, [&](std::size_t a, std::size_t b) {
            return instance.slot_value[a] != instance.slot_value[b]
                       ? instance.slot_value[a] > instance.slot_value[b]
                       : a < b;
        });
    }

    instance.site_slot_begin.assign(site_count + 1, 0);
    for (std::size_t site : instance.slot_site) {
        ++instance.site_slot_begin[site + 1];
    }
    for (std::size_t s = 0; s < site_count; ++s) {
        instance.site_slot_begin[s + 1] += instance.site_slot_begin[s];
    }
    instance.site_slots.resize(instance.slotCount());
    std::vector<std::size_t> next(instance.site_slot_begin.begin(),
                                  instance.site_slot_begin.end() - 1);
    for (std::size_t slot = 0; slot < instance.slotCount(); ++slot) {
        instance.site_slots[next[instance.slot_site[slot]]++] = slot;
    }
}

}  // namespace

AllocationInstance buildAllocationInstance(const AllocationProblem& problem) {
    AllocationInstance instance = emptyInstance(problem);
    const PairsByProject by_project(problem);
    const std::vector<char> excluded = excludedPairs(problem, by_project);
    placePins(problem, by_project, excluded, instance);
    std::vector<std::vector<std::size_t>> pinned_at(problem.sites.size());
    for (std::size_t pair : instance.placed_pin_pairs) {
        pinned_at[problem.pairs[pair].site].push_back(problem.pairs[pair].project);
    }
    addSlots(problem, by_project, excluded, pinned_at, instance);
    indexSlots(problem.projects.size(), problem.sites.size(), instance);
    return instance;
}

}  // namespace sitefit::core::detail
