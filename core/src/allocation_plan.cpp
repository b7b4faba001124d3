#include "allocation_plan.hpp"

#include <algorithm>

namespace sitefit::core::detail {

AllocationPlan::AllocationPlan(const AllocationInstance& instance)
    : m_instance(&instance),
      m_slot(instance.projectCount(), kNoSlot),
      m_load(instance.siteCount(), 0.0),
      m_head(instance.siteCount(), kNoSlot),
      m_next(instance.projectCount(), kNoSlot),
      m_prev(instance.projectCount(), kNoSlot),
      m_unplaced_mandatory(static_cast<std::size_t>(
          std::count(instance.mandatory.begin(), instance.mandatory.end(), 1))) {}

void AllocationPlan::clear() {
    std::fill(m_slot.begin(), m_slot.end(), kNoSlot);
    std::fill(m_load.begin(), m_load.end(), 0.0);
    std::fill(m_head.begin(), m_head.end(), kNoSlot);
    std::fill(m_next.begin(), m_next.end(), kNoSlot);
    std::fill(m_prev.begin(), m_prev.end(), kNoSlot);
    m_value = 0.0;
    m_unplaced_mandatory = static_cast<std::size_t>(
        std::count(m_instance->mandatory.begin(), m_instance->mandatory.end(), 1));
}

void AllocationPlan::assign(std::size_t slot) {
    const std::size_t project = m_instance->slot_project[slot];
    const std::size_t site = m_instance->slot_site[slot];
    m_slot[project] = slot;
    m_load[site] += m_instance->slot_demand[slot];
    m_value += m_instance->slot_value[slot];
    m_prev[project] = kNoSlot;
    m_next[project] = m_head[site];
    if (m_head[site] != kNoSlot) {
        m_prev[m_head[site]] = project;
    }
    m_head[site] = project;
    if (m_instance->mandatory[project]) {
        --m_unplaced_mandatory;
    }
}

void AllocationPlan::unassign(std::size_t project) {
    const std::size_t slot = m_slot[project];
    const std::size_t site = m_instance->slot_site[slot];
    m_slot[project] = kNoSlot;
    // Clamped so a site emptied by many moves reads exactly 0 again.
    m_load[site] = m_head[site] == project && m_next[project] == kNoSlot
                       ? 0.0
                       : m_load[site] - m_instance->slot_demand[slot];
    m_value -= m_instance->slot_value[slot];
    if (m_prev[project] != kNoSlot) {
        m_next[m_prev[project]] = m_next[project];
    } else {
        m_head[site] = m_next[project];
    }
    if (m_next[project] != kNoSlot) {
        m_prev[m_next[project]] = m_prev[project];
    }
    m_prev[project] = kNoSlot;
    m_next[project] = kNoSlot;
    if (m_instance->mandatory[project]) {
        ++m_unplaced_mandatory;
    }
}

double AllocationPlan::recomputedValue() const {
    double total = 0.0;
    for (std::size_t slot : m_slot) {
        if (slot != kNoSlot) {
            total += m_instance->slot_value[slot];
        }
    }
    return total;
}

std::uint64_t AllocationPlan::fingerprint() const {
    // splitmix64's finaliser over (project, slot) pairs, summed so that it is cheap and the
    // order of summation does not matter.
    std::uint64_t hash = 0;
    for (std::size_t project = 0; project < m_slot.size(); ++project) {
        if (m_slot[project] == kNoSlot) {
            continue;
        }
        std::uint64_t z = (static_cast<std::uint64_t>(project) << 32) ^
                          static_cast<std::uint64_t>(m_slot[project]) ^ 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        hash += z ^ (z >> 31);
    }
    return hash;
}

bool AllocationPlan::betterThan(const AllocationPlan& other, double epsilon) const {
    if (m_unplaced_mandatory != other.m_unplaced_mandatory) {
        return m_unplaced_mandatory < other.m_unplaced_mandatory;
    }
    return m_value > other.m_value + epsilon;
}

}  // namespace sitefit::core::detail
