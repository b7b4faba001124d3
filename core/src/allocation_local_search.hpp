#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <vector>

#include "allocation_instance.hpp"
#include "allocation_plan.hpp"
#include "allocation_random.hpp"

namespace sitefit::core::detail {

// Improves a plan by ejection chains until no improving move is left.
//
// A move starts with a project going to a slot it values more (an unplaced one taking a
// slot). If that slot's site is full, one project there is ejected; it leaves the plan
// (never a mandatory one), moves to a slot with room, or moves to a full site ejecting a
// second project, which leaves or moves to a slot with room. Alternatively two projects
// are ejected from the first site together and each leaves or takes its best slot with
// room. Whatever the move, the space it frees on the first project's old site and on the
// site it entered is then offered to the unplaced projects (best value first). Chains of
// length one are shifts and insertions; an ejected project moving into the space its
// ejector left is a swap.
//
// Placing an unplaced mandatory project outweighs any change of value; when no move places
// it, the cheapest optional projects are cleared out of the site where that costs least.
//
// Moves are tried on the plan itself and undone, so every capacity check sees the true
// loads; the best move from each project is kept if it gains more than a rounding
// tolerance. Projects are visited in an order shuffled by the seed; after the first round
// only projects with a slot on a site whose load changed are searched again.
class AllocationLocalSearch {
public:
    AllocationLocalSearch(const AllocationInstance& instance, SeededRandom& random);

    // Searches from every project, then again from those whose sites changed, until no
    // improving move is left. Returns whether the plan changed. Stops early at `deadline`.
    bool improve(AllocationPlan& plan, std::chrono::steady_clock::time_point deadline);

    // Takes `count` random optional projects out of the plan and puts the unplaced projects
    // back in random order, each on its best slot with room (a kick out of a local optimum),
    // then searches from the projects whose sites changed.
    void kick(AllocationPlan& plan, std::size_t count, SeededRandom& random,
              std::chrono::steady_clock::time_point deadline);

private:
    // Ejections per chain after the first project's own move.
    static constexpr std::size_t kMaxEjections = 2;
    // Slots, ejections and pairs of ejections one search from a project may try: on dense
    // instances (many projects per site, many sites per project) the chains multiply, and
    // the most promising (slots by value) come first anyway.
    static constexpr std::size_t kSearchBudget = 4000;
    // The first project, two ejected, two refills.
    static constexpr std::size_t kMaxSteps = 6;

    struct Step {
        std::size_t project = kNoSlot;
        std::size_t slot = kNoSlot;  // kNoSlot: the project leaves the plan
    };
    struct Move {
        std::array<Step, kMaxSteps> steps{};
        std::size_t length = 0;
        double gain = 0.0;
    };

    // The best move starting at `project` that gains more than `best.gain`, into `best`.
    void searchFrom(AllocationPlan& plan, std::size_t project, Move& best);
    // `mover` is unplaced (it was at `from_slot`); `gain` counts the trail so far.
    void enter(AllocationPlan& plan, std::size_t mover, std::size_t from_slot, double gain,
               std::size_t depth, Move& best);
    // The first site is full: eject two of its projects (already in m_occupants[0]).
    void ejectTwo(AllocationPlan& plan, std::size_t mover, std::size_t slot, double gain,
                  Move& best);
    // The trail is a complete move: keep it if best, then try it with refills.
    void finish(AllocationPlan& plan, double gain, Move& best);
    // The best slot with room for an unplaced `project` other than `excluded`, and what it
    // gains; kNoSlot with gain 0 when leaving is best (never for mandatory projects, which
    // get kNoSlot with a negative gain when nothing fits).
    [[nodiscard]] Step bestFreeSlot(const AllocationPlan& plan, std::size_t project,
                                    std::size_t excluded, double& gain) const;
    // The best unplaced project to put on `site`, as a slot with room, and its gain.
    [[nodiscard]] std::size_t bestRefill(const AllocationPlan& plan, std::size_t site,
                                         double& gain) const;
    // What refilling a site could gain at most, ignoring capacity, and the smallest demand
    // that could come in (most moves leave no room for it, and then the scan is spared).
    // The `mover` starting the move is placed by it, so it is no refill.
    struct RefillOutlook {
        double gain = 0.0;
        double smallest_demand = 0.0;
    };
    [[nodiscard]] RefillOutlook refillOutlook(const AllocationPlan& plan, std::size_t site,
                                              std::size_t mover) const;

    void push(std::size_t project, std::size_t slot) {
        m_trail.steps[m_trail.length++] = {project, slot};
    }
    void pop() { --m_trail.length; }
    // Applies the move and marks the projects that have a slot where it changed a load.
    void apply(AllocationPlan& plan, const Move& move);
    void markSite(std::size_t site);
    // Searches from the marked projects until none is marked.
    bool settle(AllocationPlan& plan, std::chrono::steady_clock::time_point deadline);

    // Places an unplaced mandatory project by clearing optional projects, cheapest first,
    // out of the site where that costs least. Returns whether it succeeded.
    bool clearRoomFor(AllocationPlan& plan, std::size_t project);
    // Fills m_occupants[0] with the optional projects at `site`, cheapest first.
    void collectOptionalOccupants(const AllocationPlan& plan, std::size_t site);

    // The value a project has now, with an unplaced mandatory project counting as a loss
    // larger than any plan's value.
    [[nodiscard]] double currentWorth(const AllocationPlan& plan, std::size_t project) const;

    const AllocationInstance* m_instance;
    std::vector<std::size_t> m_order;
    std::vector<std::size_t> m_shuffled;  // scratch for kick()
    // Projects to search from: a project whose sites have not changed since its last
    // fruitless search is skipped ("don't look" bits).
    std::vector<char> m_marked;
    // Occupants of the site being entered, per chain depth: copied because trying a move
    // reorders the site's list.
    std::array<std::vector<std::size_t>, kMaxEjections> m_occupants;
    Move m_trail;
    std::size_t m_budget = 0;  // what is left of kSearchBudget in the current search
    // The sites a move frees space on: the first project's old site and the site it enters.
    std::size_t m_left_site = kNoSlot;
    std::size_t m_entered_site = kNoSlot;
    RefillOutlook m_left_outlook;
    RefillOutlook m_entered_outlook;
    double m_refill_bound = 0.0;  // the outlooks' gains together
    double m_unplaced_mandatory_loss;
    double m_epsilon;
};

}  // namespace sitefit::core::detail
