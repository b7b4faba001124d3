#include "allocation_repair.hpp"

#include <algorithm>

namespace sitefit::core::detail {

AllocationRepair::AllocationRepair(const AllocationInstance& instance)
    : m_instance(&instance),
      m_regret(instance.projectCount(), 0.0),
      m_group(instance.projectCount(), 0) {
    for (std::size_t project = 0; project < instance.projectCount(); ++project) {
        if (instance.project_slot_begin[project + 1] > instance.project_slot_begin[project]) {
            m_order.push_back(project);
        }
    }
}

void AllocationRepair::build(const LagrangianRelaxation& relaxation, double noise,
                             SeededRandom& random, AllocationPlan& plan) {
    const AllocationInstance& instance = *m_instance;
    plan.clear();

    for (std::size_t project : m_order) {
        double regret = relaxation.regretOf(project);
        if (noise > 0.0) {
            regret *= 1.0 + noise * (2.0 * random.unit() - 1.0);
        }
        m_regret[project] = regret;
        m_group[project] = instance.mandatory[project]               ? 0
                           : relaxation.choiceOf(project) != kNoSlot ? 1
                                                                     : 2;
    }
    // Ties by project index keep the order, and so the plan, deterministic.
    std::sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) {
        if (m_group[a] != m_group[b]) {
            return m_group[a] < m_group[b];
        }
        return m_regret[a] != m_regret[b] ? m_regret[a] > m_regret[b] : a < b;
    });

    for (std::size_t project : m_order) {
        const std::size_t choice = relaxation.choiceOf(project);
        const bool must_take = instance.mandatory[project] != 0;
        if (choice == kNoSlot && !must_take) {
            continue;
        }
        if (choice != kNoSlot && plan.fits(choice)) {
            plan.assign(choice);
            continue;
        }
        std::size_t chosen = kNoSlot;
        double chosen_reduced = 0.0;
        for (std::size_t slot = instance.project_slot_begin[project];
             slot < instance.project_slot_begin[project + 1]; ++slot) {
            const double reduced = relaxation.reducedValue(slot);
            if (plan.fits(slot) &&
                (chosen == kNoSlot ? (must_take || reduced > 0.0) : reduced > chosen_reduced)) {
                chosen = slot;
                chosen_reduced = reduced;
            }
        }
        if (chosen != kNoSlot) {
            plan.assign(chosen);
        }
    }

    for (std::size_t project : m_order) {
        if (plan.isPlaced(project)) {
            continue;
        }
        std::size_t chosen = kNoSlot;
        for (std::size_t slot = instance.project_slot_begin[project];
             slot < instance.project_slot_begin[project + 1]; ++slot) {
            if (plan.fits(slot) && instance.slot_value[slot] > 0.0 &&
                (chosen == kNoSlot || instance.slot_value[slot] > instance.slot_value[chosen])) {
                chosen = slot;
            }
        }
        if (chosen != kNoSlot) {
            plan.assign(chosen);
        }
    }
}

}  // namespace sitefit::core::detail
