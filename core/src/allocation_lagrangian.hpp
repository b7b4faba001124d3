#pragma once

#include <cstddef>
#include <vector>

#include "allocation_instance.hpp"

namespace sitefit::core::detail {

// The Lagrangian relaxation of the site capacities. Each capacity is written as
// Σ demand / capacity ≤ 1, so that one multiplier scale serves parcels (capacity 1) and
// floor space (capacity in m²) alike. With multipliers μ_s ≥ 0 the relaxed problem splits
// per project: take the slot of best reduced value value − μ_s · demand / capacity_s, or
// nothing when that is negative and the project is not mandatory. Its value
// L(μ) = pinned value + Σ_p best_p + Σ_s μ_s bounds every plan from above.
class LagrangianRelaxation {
public:
    explicit LagrangianRelaxation(const AllocationInstance& instance);

    // Solves the relaxed problem at the current multipliers and returns L(μ). O(slots + sites).
    double evaluate();

    // The relaxed choice of the last evaluate(): a slot, or kNoSlot.
    [[nodiscard]] std::size_t choiceOf(std::size_t project) const { return m_choice[project]; }
    // How much the project loses if it cannot have its relaxed choice: best minus second-best
    // reduced value (doing nothing counts as an option worth 0 for optional projects).
    [[nodiscard]] double regretOf(std::size_t project) const { return m_regret[project]; }
    [[nodiscard]] double reducedValue(std::size_t slot) const {
        return m_instance->slot_value[slot] -
               m_multiplier[m_instance->slot_site[slot]] * m_slot_weight[slot];
    }

    // A projected subgradient step from the last evaluate(), whose value was `bound`, with the
    // Polyak length factor × (bound − target) / ‖g‖². Returns ‖g‖²; 0 means the relaxed
    // choice fits every site and leaves no priced capacity unused, so it is optimal and the
    // multipliers stay.
    double step(double bound, double target, double factor);

private:
    const AllocationInstance* m_instance;
    std::vector<double> m_slot_weight;  // demand / capacity left
    std::vector<double> m_multiplier;   // per site
    std::vector<double> m_usage;        // per site: Σ weight of the relaxed choice
    std::vector<double> m_subgradient;  // per site
    std::vector<std::size_t> m_choice;  // per project
    std::vector<double> m_regret;       // per project
};

}  // namespace sitefit::core::detail
