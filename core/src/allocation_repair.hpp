#pragma once

#include <cstddef>
#include <vector>

#include "allocation_instance.hpp"
#include "allocation_lagrangian.hpp"
#include "allocation_plan.hpp"
#include "allocation_random.hpp"

namespace sitefit::core::detail {

// Turns a relaxed choice, which may overfill sites, into a feasible plan. Mandatory projects
// go first, then the projects that took a slot in the relaxation, each group in order of
// regret (the project that loses most by being displaced is served first). A project takes
// its relaxed choice if it fits, else its fitting slot of best reduced value if that is
// positive. Finally every project still unplaced takes its fitting slot of best value, so no
// capacity that could earn something stays idle.
class AllocationRepair {
public:
    explicit AllocationRepair(const AllocationInstance& instance);

    // Rebuilds `plan` from scratch. With `noise` > 0 each regret is scaled by a factor drawn
    // from [1 − noise, 1 + noise] so that repeated repairs explore different orders.
    void build(const LagrangianRelaxation& relaxation, double noise, SeededRandom& random,
               AllocationPlan& plan);

private:
    const AllocationInstance* m_instance;
    std::vector<std::size_t> m_order;  // the free projects that have slots
    // Per project, the sort keys of the last build: group (0 mandatory, 1 placed by the
    // relaxation, 2 the rest), then regret.
    std::vector<double> m_regret;
    std::vector<unsigned char> m_group;
};

}  // namespace sitefit::core::detail
