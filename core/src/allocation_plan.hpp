#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "allocation_instance.hpp"

namespace sitefit::core::detail {

// A plan over the free projects of an AllocationInstance: at most one slot per project,
// the load of every site, and the projects at each site as an intrusive list so that moves
// cost O(1) and never allocate. Plans of one instance copy into each other without
// allocating either.
class AllocationPlan {
public:
    explicit AllocationPlan(const AllocationInstance& instance);

    // Unassigns every project.
    void clear();

    [[nodiscard]] std::size_t slotOf(std::size_t project) const { return m_slot[project]; }
    [[nodiscard]] bool isPlaced(std::size_t project) const { return m_slot[project] != kNoSlot; }

    // Whether `slot` fits in what is left of its site. Its project must not be at that site.
    [[nodiscard]] bool fits(std::size_t slot) const {
        const std::size_t site = m_instance->slot_site[slot];
        return m_load[site] + m_instance->slot_demand[slot] <=
               m_instance->capacity_left[site] + m_instance->capacity_tolerance[site];
    }

    // `project` of `slot` must be unplaced; capacity is not checked.
    void assign(std::size_t slot);
    void unassign(std::size_t project);

    // The projects at a site: first, then next until kNoSlot.
    [[nodiscard]] std::size_t firstAt(std::size_t site) const { return m_head[site]; }
    [[nodiscard]] std::size_t nextAt(std::size_t project) const { return m_next[project]; }

    [[nodiscard]] double load(std::size_t site) const { return m_load[site]; }

    // Σ value of the placed slots, kept up to date move by move (so it drifts by rounding;
    // see recomputedValue()).
    [[nodiscard]] double value() const { return m_value; }
    [[nodiscard]] double recomputedValue() const;
    // Replaces the running value by the recomputed one.
    void settleValue() { m_value = recomputedValue(); }
    [[nodiscard]] std::size_t unplacedMandatory() const { return m_unplaced_mandatory; }

    // A hash of which project has which slot: equal plans have equal fingerprints.
    [[nodiscard]] std::uint64_t fingerprint() const;

    // Fewer unplaced mandatory projects first, then the higher value (by more than `epsilon`).
    [[nodiscard]] bool betterThan(const AllocationPlan& other, double epsilon) const;

    [[nodiscard]] const AllocationInstance& instance() const { return *m_instance; }

private:
    const AllocationInstance* m_instance;
    std::vector<std::size_t> m_slot;  // per project
    std::vector<double> m_load;       // per site
    std::vector<std::size_t> m_head;  // per site: first project there
    std::vector<std::size_t> m_next;  // per project
    std::vector<std::size_t> m_prev;  // per project
    double m_value = 0.0;
    std::size_t m_unplaced_mandatory = 0;
};

}  // namespace sitefit::core::detail
