#include "allocation_local_search.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace sitefit::core::detail {

AllocationLocalSearch::AllocationLocalSearch(const AllocationInstance& instance,
                                             SeededRandom& random)
    : m_instance(&instance),
      m_marked(instance.projectCount(), 0),
      m_unplaced_mandatory_loss(4.0 * (1.0 + std::accumulate(instance.best_slot_value.begin(),
                                                             instance.best_slot_value.end(), 0.0))),
      m_epsilon(1e-9 * std::max(1.0, instance.max_value)) {
    for (std::size_t project = 0; project < instance.projectCount(); ++project) {
        if (instance.project_slot_begin[project + 1] > instance.project_slot_begin[project]) {
            m_order.push_back(project);
        }
    }
    for (std::size_t i = m_order.size(); i > 1; --i) {
        std::swap(m_order[i - 1], m_order[random.below(i)]);
    }
}

double AllocationLocalSearch::currentWorth(const AllocationPlan& plan, std::size_t project) const {
    const std::size_t slot = plan.slotOf(project);
    if (slot != kNoSlot) {
        return m_instance->slot_value[slot];
    }
    return m_instance->mandatory[project] ? -m_unplaced_mandatory_loss : 0.0;
}

bool AllocationLocalSearch::improve(AllocationPlan& plan,
                                    std::chrono::steady_clock::time_point deadline) {
    std::fill(m_marked.begin(), m_marked.end(), 1);
    return settle(plan, deadline);
}

void AllocationLocalSearch::kick(AllocationPlan& plan, std::size_t count, SeededRandom& random,
                                 std::chrono::steady_clock::time_point deadline) {
    const AllocationInstance& instance = *m_instance;
    std::fill(m_marked.begin(), m_marked.end(), 0);
    m_shuffled.clear();
    for (std::size_t project : m_order) {
        if (plan.isPlaced(project) && !instance.mandatory[project]) {
            m_shuffled.push_back(project);
        }
    }
    const std::size_t removed = std::min(count, m_shuffled.size());
    for (std::size_t i = 0; i < removed; ++i) {
        std::swap(m_shuffled[i], m_shuffled[i + random.below(m_shuffled.size() - i)]);
    }
    m_shuffled.resize(removed);
    // The projects that were out already get the first go at the freed space; the removed
    // ones follow, or most kicks would just put them back.
    for (std::size_t project : m_order) {
        if (!plan.isPlaced(project)) {
            m_shuffled.push_back(project);
        }
    }
    for (std::size_t i = 0; i < removed; ++i) {
        markSite(instance.slot_site[plan.slotOf(m_shuffled[i])]);
        plan.unassign(m_shuffled[i]);
    }
    std::rotate(m_shuffled.begin(), m_shuffled.begin() + static_cast<std::ptrdiff_t>(removed),
                m_shuffled.end());
    const std::size_t waiting = m_shuffled.size() - removed;
    for (std::size_t i = waiting; i > 1; --i) {
        std::swap(m_shuffled[i - 1], m_shuffled[random.below(i)]);
    }
    for (std::size_t project : m_shuffled) {
        double gain = 0.0;
        const Step step = bestFreeSlot(plan, project, kNoSlot, gain);
        if (step.slot != kNoSlot) {
            plan.assign(step.slot);
            markSite(instance.slot_site[step.slot]);
        }
    }
    settle(plan, deadline);
}

bool AllocationLocalSearch::settle(AllocationPlan& plan,
                                   std::chrono::steady_clock::time_point deadline) {
    bool changed = false;
    bool searched = true;
    while (searched) {
        searched = false;
        for (std::size_t project : m_order) {
            if (!m_marked[project]) {
                continue;
            }
            if (std::chrono::steady_clock::now() >= deadline) {
                plan.settleValue();
                return changed;
            }
            m_marked[project] = 0;
            searched = true;
            Move best;
            best.gain = m_epsilon;
            searchFrom(plan, project, best);
            if (best.length > 0) {
                apply(plan, best);
                changed = true;
            } else if (m_instance->mandatory[project] && !plan.isPlaced(project) &&
                       clearRoomFor(plan, project)) {
                changed = true;
            }
        }
    }
    plan.settleValue();
    return changed;
}

void AllocationLocalSearch::markSite(std::size_t site) {
    const AllocationInstance& instance = *m_instance;
    for (std::size_t i = instance.site_slot_begin[site]; i < instance.site_slot_begin[site + 1];
         ++i) {
        m_marked[instance.slot_project[instance.site_slots[i]]] = 1;
    }
}

void AllocationLocalSearch::searchFrom(AllocationPlan& plan, std::size_t project, Move& best) {
    const std::size_t current = plan.slotOf(project);
    const double worth = currentWorth(plan, project);
    m_trail.length = 0;
    m_budget = kSearchBudget;
    m_entered_site = kNoSlot;
    m_left_site = kNoSlot;
    m_left_outlook = {};
    m_entered_outlook = {};
    if (current != kNoSlot) {
        m_left_site = m_instance->slot_site[current];
        m_left_outlook = refillOutlook(plan, m_left_site, project);
        plan.unassign(project);
    }
    m_refill_bound = m_left_outlook.gain;
    enter(plan, project, current, -worth, 0, best);
    if (current != kNoSlot) {
        plan.assign(current);
    }
}

void AllocationLocalSearch::enter(AllocationPlan& plan, std::size_t mover, std::size_t from_slot,
                                  double gain, std::size_t depth, Move& best) {
    const AllocationInstance& instance = *m_instance;
    for (std::size_t i = instance.project_slot_begin[mover];
         i < instance.project_slot_begin[mover + 1]; ++i) {
        const std::size_t slot = instance.slots_by_value[i];
        if (slot == from_slot) {
            continue;
        }
        if (m_budget == 0) {
            return;
        }
        --m_budget;
        const double reached = gain + instance.slot_value[slot];
        // The first project must gain by its own move (a move in which it loses is found
        // from the project that gains); later ones may lose what refills could make up.
        // Slots come by value, so no later one does better.
        if (reached + (depth == 0 ? 0.0 : m_refill_bound) <= best.gain) {
            break;
        }
        if (plan.fits(slot)) {
            plan.assign(slot);
            push(mover, slot);
            finish(plan, reached, best);
            pop();
            plan.unassign(mover);
            continue;
        }
        if (depth == kMaxEjections) {
            continue;
        }
        const std::size_t site = instance.slot_site[slot];
        if (depth == 0) {
            m_entered_site = site;
            m_entered_outlook = refillOutlook(plan, site, mover);
            m_refill_bound = m_left_outlook.gain + m_entered_outlook.gain;
        }
        std::vector<std::size_t>& occupants = m_occupants[depth];
        occupants.clear();
        for (std::size_t q = plan.firstAt(site); q != kNoSlot; q = plan.nextAt(q)) {
            occupants.push_back(q);
        }
        // What the site lacks for the mover: an ejected project must free at least this.
        const double shortfall = plan.load(site) + instance.slot_demand[slot] -
                                 instance.capacity_left[site] - instance.capacity_tolerance[site];
        for (std::size_t ejected : occupants) {
            if (m_budget == 0) {
                return;
            }
            --m_budget;
            const std::size_t ejected_slot = plan.slotOf(ejected);
            const double after = reached - instance.slot_value[ejected_slot];
            // Not even the ejected project's best slot and full refills would make it pay.
            if (instance.slot_demand[ejected_slot] < shortfall ||
                after + instance.best_slot_value[ejected] + m_refill_bound <= best.gain) {
                continue;
            }
            plan.unassign(ejected);
            plan.assign(slot);
            push(mover, slot);
            if (!instance.mandatory[ejected]) {
                push(ejected, kNoSlot);
                finish(plan, after, best);
                pop();
            }
            enter(plan, ejected, ejected_slot, after, depth + 1, best);
            pop();
            plan.unassign(mover);
            plan.assign(ejected_slot);
        }
        if (depth == 0) {
            ejectTwo(plan, mover, slot, reached, best);
            m_entered_site = kNoSlot;
            m_entered_outlook = {};
            m_refill_bound = m_left_outlook.gain;
        }
    }
}

void AllocationLocalSearch::ejectTwo(AllocationPlan& plan, std::size_t mover, std::size_t slot,
                                     double gain, Move& best) {
    const AllocationInstance& instance = *m_instance;
    const std::vector<std::size_t>& occupants = m_occupants[0];
    const std::size_t site = instance.slot_site[slot];
    const double room = instance.capacity_left[site] + instance.capacity_tolerance[site] -
                        plan.load(site) - instance.slot_demand[slot];
    for (std::size_t i = 0; i < occupants.size(); ++i) {
        const std::size_t first = occupants[i];
        const std::size_t first_slot = plan.slotOf(first);
        // Pairs in which one ejection alone makes room are single ejections plus a move of
        // the other project, which its own search covers.
        if (room + instance.slot_demand[first_slot] >= 0.0) {
            continue;
        }
        for (std::size_t j = i + 1; j < occupants.size(); ++j) {
            const std::size_t second = occupants[j];
            const std::size_t second_slot = plan.slotOf(second);
            const double after =
                gain - instance.slot_value[first_slot] - instance.slot_value[second_slot];
            if (room + instance.slot_demand[second_slot] >= 0.0 ||
                room + instance.slot_demand[first_slot] + instance.slot_demand[second_slot] < 0.0 ||
                after + instance.best_slot_value[first] + instance.best_slot_value[second] +
                        m_refill_bound <=
                    best.gain) {
                continue;
            }
            if (m_budget == 0) {
                return;
            }
            --m_budget;
            plan.unassign(first);
            plan.unassign(second);
            plan.assign(slot);
            push(mover, slot);
            double first_gain = 0.0;
            const Step first_step = bestFreeSlot(plan, first, first_slot, first_gain);
            if (first_step.slot != kNoSlot || !instance.mandatory[first]) {
                if (first_step.slot != kNoSlot) {
                    plan.assign(first_step.slot);
                }
                push(first, first_step.slot);
                double second_gain = 0.0;
                const Step second_step = bestFreeSlot(plan, second, second_slot, second_gain);
                if (second_step.slot != kNoSlot || !instance.mandatory[second]) {
                    if (second_step.slot != kNoSlot) {
                        plan.assign(second_step.slot);
                    }
                    push(second, second_step.slot);
                    finish(plan, after + first_gain + second_gain, best);
                    pop();
                    if (second_step.slot != kNoSlot) {
                        plan.unassign(second);
                    }
                }
                pop();
                if (first_step.slot != kNoSlot) {
                    plan.unassign(first);
                }
            }
            pop();
            plan.unassign(mover);
            plan.assign(second_slot);
            plan.assign(first_slot);
        }
    }
}

void AllocationLocalSearch::finish(AllocationPlan& plan, double gain, Move& best) {
    if (gain > best.gain) {
        best = m_trail;
        best.gain = gain;
    }
    if (gain + m_refill_bound <= best.gain) {
        return;
    }
    const AllocationInstance& instance = *m_instance;
    const auto has_room = [&](std::size_t site, const RefillOutlook& outlook) {
        return site != kNoSlot && outlook.gain > 0.0 &&
               plan.load(site) + outlook.smallest_demand <=
                   instance.capacity_left[site] + instance.capacity_tolerance[site];
    };
    const bool left_room = has_room(m_left_site, m_left_outlook);
    const bool entered_room = has_room(m_entered_site, m_entered_outlook);
    const double possible =
        (left_room ? m_left_outlook.gain : 0.0) + (entered_room ? m_entered_outlook.gain : 0.0);
    if (possible <= 0.0 || gain + possible <= best.gain) {
        return;
    }
    double total = gain;
    std::size_t refills = 0;
    for (std::size_t site :
         {left_room ? m_left_site : kNoSlot, entered_room ? m_entered_site : kNoSlot}) {
        if (site == kNoSlot) {
            continue;
        }
        double refill_gain = 0.0;
        const std::size_t refill = bestRefill(plan, site, refill_gain);
        if (refill != kNoSlot) {
            plan.assign(refill);
            push(instance.slot_project[refill], refill);
            total += refill_gain;
            ++refills;
        }
    }
    if (refills > 0 && total > best.gain) {
        best = m_trail;
        best.gain = total;
    }
    for (; refills > 0; --refills) {
        plan.unassign(m_trail.steps[m_trail.length - 1].project);
        pop();
    }
}

AllocationLocalSearch::Step AllocationLocalSearch::bestFreeSlot(const AllocationPlan& plan,
                                                                std::size_t project,
                                                                std::size_t excluded,
                                                                double& gain) const {
    const AllocationInstance& instance = *m_instance;
    gain = instance.mandatory[project] ? -m_unplaced_mandatory_loss : 0.0;
    for (std::size_t i = instance.project_slot_begin[project];
         i < instance.project_slot_begin[project + 1]; ++i) {
        const std::size_t slot = instance.slots_by_value[i];
        if (instance.slot_value[slot] <= gain) {
            break;
        }
        if (slot != excluded && plan.fits(slot)) {
            gain = instance.slot_value[slot];
            return {project, slot};
        }
    }
    return {project, kNoSlot};
}

std::size_t AllocationLocalSearch::bestRefill(const AllocationPlan& plan, std::size_t site,
                                              double& gain) const {
    const AllocationInstance& instance = *m_instance;
    std::size_t best = kNoSlot;
    gain = 0.0;
    for (std::size_t i = instance.site_slot_begin[site]; i < instance.site_slot_begin[site + 1];
         ++i) {
        const std::size_t slot = instance.site_slots[i];
        const std::size_t project = instance.slot_project[slot];
        if (plan.isPlaced(project)) {
            continue;
        }
        const double slot_gain = instance.slot_value[slot] - currentWorth(plan, project);
        if (slot_gain > gain && plan.fits(slot)) {
            best = slot;
            gain = slot_gain;
        }
    }
    return best;
}

AllocationLocalSearch::RefillOutlook AllocationLocalSearch::refillOutlook(
    const AllocationPlan& plan, std::size_t site, std::size_t mover) const {
    const AllocationInstance& instance = *m_instance;
    RefillOutlook outlook;
    outlook.smallest_demand = std::numeric_limits<double>::infinity();
    for (std::size_t i = instance.site_slot_begin[site]; i < instance.site_slot_begin[site + 1];
         ++i) {
        const std::size_t slot = instance.site_slots[i];
        const std::size_t project = instance.slot_project[slot];
        const double gain = instance.slot_value[slot] - currentWorth(plan, project);
        if (project != mover && !plan.isPlaced(project) && gain > 0.0) {
            outlook.gain = std::max(outlook.gain, gain);
            outlook.smallest_demand = std::min(outlook.smallest_demand, instance.slot_demand[slot]);
        }
    }
    return outlook;
}

void AllocationLocalSearch::apply(AllocationPlan& plan, const Move& move) {
    const AllocationInstance& instance = *m_instance;
    for (std::size_t i = 0; i < move.length; ++i) {
        const std::size_t project = move.steps[i].project;
        if (plan.isPlaced(project)) {
            markSite(instance.slot_site[plan.slotOf(project)]);
            plan.unassign(project);
        }
    }
    for (std::size_t i = 0; i < move.length; ++i) {
        if (move.steps[i].slot != kNoSlot) {
            markSite(instance.slot_site[move.steps[i].slot]);
            plan.assign(move.steps[i].slot);
        }
    }
}

void AllocationLocalSearch::collectOptionalOccupants(const AllocationPlan& plan, std::size_t site) {
    const AllocationInstance& instance = *m_instance;
    std::vector<std::size_t>& occupants = m_occupants[0];
    occupants.clear();
    for (std::size_t q = plan.firstAt(site); q != kNoSlot; q = plan.nextAt(q)) {
        if (!instance.mandatory[q]) {
            occupants.push_back(q);
        }
    }
    std::sort(occupants.begin(), occupants.end(), [&](std::size_t a, std::size_t b) {
        const double va = instance.slot_value[plan.slotOf(a)];
        const double vb = instance.slot_value[plan.slotOf(b)];
        return va != vb ? va < vb : a < b;
    });
}

bool AllocationLocalSearch::clearRoomFor(AllocationPlan& plan, std::size_t project) {
    const AllocationInstance& instance = *m_instance;
    const std::vector<std::size_t>& occupants = m_occupants[0];
    std::size_t best_slot = kNoSlot;
    double best_cost = 0.0;
    for (std::size_t slot = instance.project_slot_begin[project];
         slot < instance.project_slot_begin[project + 1]; ++slot) {
        const std::size_t site = instance.slot_site[slot];
        collectOptionalOccupants(plan, site);
        double load = plan.load(site);
        double cost = -instance.slot_value[slot];
        bool room = false;
        for (std::size_t i = 0; i <= occupants.size(); ++i) {
            if (load + instance.slot_demand[slot] <=
                instance.capacity_left[site] + instance.capacity_tolerance[site]) {
                room = true;
                break;
            }
            if (i == occupants.size()) {
                break;
            }
            const std::size_t occupant_slot = plan.slotOf(occupants[i]);
            load -= instance.slot_demand[occupant_slot];
            cost += instance.slot_value[occupant_slot];
        }
        if (room && (best_slot == kNoSlot || cost < best_cost)) {
            best_slot = slot;
            best_cost = cost;
        }
    }
    if (best_slot == kNoSlot) {
        return false;
    }
    collectOptionalOccupants(plan, instance.slot_site[best_slot]);
    for (std::size_t occupant : occupants) {
        if (plan.fits(best_slot)) {
            break;
        }
        plan.unassign(occupant);
    }
    plan.assign(best_slot);
    // The cleared projects have a slot there, so they get their search for a new place.
    markSite(instance.slot_site[best_slot]);
    return true;
}

}  // namespace sitefit::core::detail
