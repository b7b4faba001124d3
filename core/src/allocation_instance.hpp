#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "sitefit/core/allocation_problem.hpp"

namespace sitefit::core::detail {

inline constexpr std::size_t kNoSlot = std::numeric_limits<std::size_t>::max();

// An AllocationProblem as the heuristic works on it. Pins are placed up front and their
// demand taken off the sites' capacity; their projects leave the problem ("fixed"). Of the
// remaining ("free") projects, every pair that is neither excluded nor larger than what is
// left of its site becomes a slot. A project's slots are contiguous (ordered by site), and
// listed again per site and per project by value, all as flat index vectors (CSR): the
// Lagrangian loop streams over every slot each iteration, and nothing is allocated after
// this is built.
struct AllocationInstance {
    const AllocationProblem* problem = nullptr;  // not owned; outlives the instance

    // Per project.
    std::vector<std::size_t> project_slot_begin;  // size projects + 1
    std::vector<char> fixed;                      // pinned (placed or conflicting)
    std::vector<char> mandatory;                  // free and mandatory
    std::vector<double> best_slot_value;          // max value over its slots, 0 if none

    // Per project again: its slots by value, highest first (ties by slot), in the same
    // ranges as project_slot_begin, so that searches can stop at the first slot that is
    // too poor.
    std::vector<std::size_t> slots_by_value;

    // Per slot.
    std::vector<std::size_t> slot_pair;
    std::vector<std::size_t> slot_project;
    std::vector<std::size_t> slot_site;
    std::vector<double> slot_value;
    std::vector<double> slot_demand;

    // Per site.
    std::vector<std::size_t> site_slot_begin;  // size sites + 1
    std::vector<std::size_t> site_slots;       // slot indices, by project
    std::vector<double> capacity_left;         // capacity minus placed pins
    std::vector<double> capacity_tolerance;    // rounding slack when comparing loads

    // Pins.
    std::vector<std::size_t> placed_pin_pairs;  // pair indices, by project
    double pinned_value = 0.0;

    // Contradictions found while placing pins or looking for slots: the projects involved
    // and a sentence each.
    std::vector<char> conflicting;  // per project
    std::vector<std::string> conflict_sentences;

    // The largest slot value over the whole instance (scale for tolerances).
    double max_value = 0.0;

    [[nodiscard]] std::size_t projectCount() const { return project_slot_begin.size() - 1; }
    [[nodiscard]] std::size_t siteCount() const { return site_slot_begin.size() - 1; }
    [[nodiscard]] std::size_t slotCount() const { return slot_pair.size(); }
};

// Builds the instance; `problem` must have passed validate() and outlive the result.
[[nodiscard]] AllocationInstance buildAllocationInstance(const AllocationProblem& problem);

}  // namespace sitefit::core::detail
