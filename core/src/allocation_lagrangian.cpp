#include "allocation_lagrangian.hpp"

#include <algorithm>
#include <limits>

namespace sitefit::core::detail {

LagrangianRelaxation::LagrangianRelaxation(const AllocationInstance& instance)
    : m_instance(&instance),
      m_slot_weight(instance.slotCount()),
      m_multiplier(instance.siteCount(), 0.0),
      m_usage(instance.siteCount(), 0.0),
      m_subgradient(instance.siteCount(), 0.0),
      m_choice(instance.projectCount(), kNoSlot),
      m_regret(instance.projectCount(), 0.0) {
    for (std::size_t slot = 0; slot < instance.slotCount(); ++slot) {
        const std::size_t site = instance.slot_site[slot];
        // A slot exists only where its demand fits what is left, so the divisor is > 0
        // except for demands within rounding of an exhausted site.
        m_slot_weight[slot] =
            instance.slot_demand[slot] /
            std::max(instance.capacity_left[site], instance.capacity_tolerance[site]);
    }
}

double LagrangianRelaxation::evaluate() {
    constexpr double kNone = -std::numeric_limits<double>::infinity();
    const AllocationInstance& instance = *m_instance;
    std::fill(m_usage.begin(), m_usage.end(), 0.0);
    double total = instance.pinned_value;
    // Nothing the relaxed problem can gain by a second choice exceeds this: a regret used
    // when a project has a single option.
    const double lone_option_regret = 2.0 * instance.max_value + 1.0;
    for (std::size_t project = 0; project < instance.projectCount(); ++project) {
        const std::size_t begin = instance.project_slot_begin[project];
        const std::size_t end = instance.project_slot_begin[project + 1];
        const bool must_take = instance.mandatory[project] != 0;
        double best = must_take ? kNone : 0.0;
        double second = kNone;
        std::size_t choice = kNoSlot;
        for (std::size_t slot = begin; slot < end; ++slot) {
            const double reduced = reducedValue(slot);
            if (reduced > best) {
                second = best;
                best = reduced;
                choice = slot;
            } else if (reduced > second) {
                second = reduced;
            }
        }
        m_choice[project] = choice;
        m_regret[project] = second == kNone ? lone_option_regret : best - second;
        if (choice != kNoSlot) {
            total += best;
            m_usage[instance.slot_site[choice]] += m_slot_weight[choice];
        }
    }
    for (double multiplier : m_multiplier) {
        total += multiplier;
    }
    return total;
}

double LagrangianRelaxation::step(double bound, double target, double factor) {
    double norm = 0.0;
    for (std::size_t site = 0; site < m_multiplier.size(); ++site) {
        double g = 1.0 - m_usage[site];
        // A site with spare capacity and no price cannot lower its price further.
        if (g > 0.0 && m_multiplier[site] <= 0.0) {
            g = 0.0;
        }
        m_subgradient[site] = g;
        norm += g * g;
    }
    if (norm <= 0.0) {
        return 0.0;
    }
    const double length = factor * std::max(bound - target, 0.0) / norm;
    for (std::size_t site = 0; site < m_multiplier.size(); ++site) {
        m_multiplier[site] = std::max(0.0, m_multiplier[site] - length * m_subgradient[site]);
    }
    return norm;
}

}  // namespace sitefit::core::detail
