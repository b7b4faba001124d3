#include "sitefit/core/mip_allocation_solver.hpp"

#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sitefit/core/error.hpp"

namespace sitefit::core {
namespace {

using Clock = std::chrono::steady_clock;

// How far CBC's floating-point figures may stray from ours (relative to the objective's
// size) before a difference counts as a bug rather than rounding.
constexpr double kRelativeTolerance = 1e-6;

// CBC's own "no bound yet" values are around 1e50; anything this large is not a bound.
constexpr double kNoBound = 1e40;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string formatNumber(double value) {
    std::string text = std::to_string(value);
    // std::to_string always prints six decimals; "2000.000000" reads better as "2000".
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.') {
        text.pop_back();
    }
    return text;
}

// Which pairs the plan may use and which it must use, once pins and exclusions are applied.
// A pair whose demand alone exceeds its site's capacity can never be taken, so it is
// forbidden like an excluded one rather than left for CBC's tolerances to judge.
struct PairRules {
    std::vector<bool> forbidden;
    std::vector<bool> pinned;
    std::vector<bool> excluded;
};

std::optional<std::size_t> findPair(
    const std::map<std::pair<std::size_t, std::size_t>, std::size_t>& pair_by_project_site,
    const ProjectSite& key) {
    const auto found = pair_by_project_site.find({key.project, key.site});
    if (found == pair_by_project_site.end()) {
        return std::nullopt;
    }
    return found->second;
}

AllocationResult infeasible(std::string why, std::vector<std::string> projects) {
    AllocationResult result;
    result.status = AllocationStatus::Infeasible;
    result.infeasibility = std::move(why);
    result.conflicting_projects = std::move(projects);
    return result;
}

// Conflicts that need no search: a pin that cannot hold on its own, a project pinned twice,
// a mandatory project with nothing left to take. Naming the one project involved says more
// than CBC's bare "infeasible" could.
std::optional<AllocationResult> findObviousConflict(const AllocationProblem& problem,
                                                    const PairRules& rules) {
    std::vector<std::optional<std::size_t>> pinned_pair_of_project(problem.projects.size());
    for (std::size_t pair_index = 0; pair_index < problem.pairs.size(); ++pair_index) {
        if (!rules.pinned[pair_index]) {
            continue;
        }
        const AllocationPair& pair = problem.pairs[pair_index];
        const std::string& project_id = problem.projects[pair.project].id;
        const AllocationSite& site = problem.sites[pair.site];
        if (rules.excluded[pair_index]) {
            return infeasible("Project " + project_id +
                                  " is both pinned to and excluded from site " + site.id + ".",
                              {project_id});
        }
        if (rules.forbidden[pair_index]) {
            return infeasible("Project " + project_id + " is pinned to site " + site.id +
                                  ", whose capacity " + formatNumber(site.capacity) +
                                  " is less than its demand " + formatNumber(pair.demand) + ".",
                              {project_id});
        }
        std::optional<std::size_t>& earlier = pinned_pair_of_project[pair.project];
        if (earlier) {
            return infeasible("Project " + project_id + " is pinned to two sites, " +
                                  problem.sites[problem.pairs[*earlier].site].id + " and " +
                                  site.id + ".",
                              {project_id});
        }
        earlier = pair_index;
    }

    std::vector<bool> has_allowed_pair(problem.projects.size(), false);
    for (std::size_t pair_index = 0; pair_index < problem.pairs.size(); ++pair_index) {
        if (!rules.forbidden[pair_index]) {
            has_allowed_pair[problem.pairs[pair_index].project] = true;
        }
    }
    for (std::size_t project = 0; project < problem.projects.size(); ++project) {
        if (problem.projects[project].mandatory && !has_allowed_pair[project]) {
            return infeasible("Mandatory project " + problem.projects[project].id +
                                  " has no site left that it may take.",
                              {problem.projects[project].id});
        }
    }
    return std::nullopt;
}

// The projects that must be placed: mandatory or pinned. When CBC proves that they cannot
// all be, these are the candidates for the conflict; the caller's diagnosis may narrow them.
std::vector<std::string> constrainedProjects(const AllocationProblem& problem,
                                             const PairRules& rules) {
    std::vector<bool> constrained(problem.projects.size(), false);
    for (std::size_t project = 0; project < problem.projects.size(); ++project) {
        constrained[project] = problem.projects[project].mandatory;
    }
    for (std::size_t pair_index = 0; pair_index < problem.pairs.size(); ++pair_index) {
        if (rules.pinned[pair_index]) {
            constrained[problem.pairs[pair_index].project] = true;
        }
    }
    std::vector<std::string> ids;
    for (std::size_t project = 0; project < problem.projects.size(); ++project) {
        if (constrained[project]) {
            ids.push_back(problem.projects[project].id);
        }
    }
    return ids;
}

// Why CBC found no plan, in words: what had to be placed did not fit.
std::string unplaceableSentence(const AllocationProblem& problem) {
    const auto mandatory_count =
        std::count_if(problem.projects.begin(), problem.projects.end(),
                      [](const AllocationProject& project) { return project.mandatory; });
    std::string required;
    if (mandatory_count > 0) {
        required = "places all " + std::to_string(mandatory_count) + " mandatory projects";
    }
    if (!problem.pins.empty()) {
        required += (required.empty() ? "" : " and ");
        required += "honours all " + std::to_string(problem.pins.size()) + " pins";
    }
    return "No plan " + required + " within the sites' capacities.";
}

// Either the infeasibility found before solving, or the rules to solve with.
struct PreparedRules {
    PairRules rules;
    std::optional<AllocationResult> conflict;
};

PreparedRules prepareRules(const AllocationProblem& problem) {
    const std::size_t pair_count = problem.pairs.size();
    PreparedRules prepared;
    PairRules& rules = prepared.rules;
    rules.forbidden.assign(pair_count, false);
    rules.pinned.assign(pair_count, false);
    rules.excluded.assign(pair_count, false);

    std::map<std::pair<std::size_t, std::size_t>, std::size_t> pair_by_project_site;
    for (std::size_t pair_index = 0; pair_index < pair_count; ++pair_index) {
        const AllocationPair& pair = problem.pairs[pair_index];
        pair_by_project_site.emplace(std::pair{pair.project, pair.site}, pair_index);
        if (pair.demand > problem.sites[pair.site].capacity) {
            rules.forbidden[pair_index] = true;
        }
    }
    for (const ProjectSite& exclusion : problem.exclusions) {
        // Excluding a pair that matching never proposed is harmless: there is nothing to drop.
        if (const auto pair_index = findPair(pair_by_project_site, exclusion)) {
            rules.excluded[*pair_index] = true;
            rules.forbidden[*pair_index] = true;
        }
    }
    for (const ProjectSite& pin : problem.pins) {
        const auto pair_index = findPair(pair_by_project_site, pin);
        if (!pair_index) {
            // validate() refuses this; an unvalidated problem still gets a truthful answer.
            const std::string project_id = pin.project < problem.projects.size()
                                               ? problem.projects[pin.project].id
                                               : "#" + std::to_string(pin.project);
            const std::string site_id = pin.site < problem.sites.size()
                                            ? problem.sites[pin.site].id
                                            : "#" + std::to_string(pin.site);
            std::string why = "Project " + project_id;
            why += " is pinned to site " + site_id + ", which it cannot take at all.";
            prepared.conflict = infeasible(std::move(why), {project_id});
            return prepared;
        }
        rules.pinned[*pair_index] = true;
    }
    prepared.conflict = findObviousConflict(problem, rules);
    return prepared;
}

// The MIP in CBC's terms: one binary column per allowed pair, one row per project
// (Σ x ≤ 1, = 1 when mandatory), one row per site (Σ demand/capacity × x ≤ 1). Site rows
// are scaled by the capacity so that CBC's absolute feasibility tolerance (1e-7) means the
// same small share of every site, whether its capacity is one parcel or 20,000 m².
// CBC minimises, so the columns cost −value: its lower bound negated is our upper bound.
struct MipColumns {
    std::vector<std::size_t> pair_of_column;
};

void loadModel(const AllocationProblem& problem, const PairRules& rules,
               OsiClpSolverInterface& solver, MipColumns& columns) {
    std::vector<int> project_row(problem.projects.size(), -1);
    std::vector<int> site_row(problem.sites.size(), -1);
    std::vector<double> row_lower;
    std::vector<double> row_upper;
    for (std::size_t pair_index = 0; pair_index < problem.pairs.size(); ++pair_index) {
        if (rules.forbidden[pair_index]) {
            continue;
        }
        columns.pair_of_column.push_back(pair_index);
        const AllocationPair& pair = problem.pairs[pair_index];
        if (project_row[pair.project] < 0) {
            project_row[pair.project] = static_cast<int>(row_lower.size());
            row_lower.push_back(problem.projects[pair.project].mandatory ? 1.0 : 0.0);
            row_upper.push_back(1.0);
        }
        if (site_row[pair.site] < 0) {
            site_row[pair.site] = static_cast<int>(row_lower.size());
            row_lower.push_back(-COIN_DBL_MAX);
            row_upper.push_back(1.0);
        }
    }
    // Two entries per column and one row per project and site: the counts CBC's int
    // indices must hold.
    if (columns.pair_of_column.size() > static_cast<std::size_t>(INT_MAX / 2) ||
        row_lower.size() > static_cast<std::size_t>(INT_MAX)) {
        throw Error(Error::Kind::Internal, "the allocation problem is too large for CBC (" +
                                               std::to_string(columns.pair_of_column.size()) +
                                               " pairs)");
    }

    const std::size_t column_count = columns.pair_of_column.size();
    std::vector<int> entry_rows;
    std::vector<int> entry_columns;
    std::vector<double> entry_values;
    std::vector<double> column_lower(column_count, 0.0);
    std::vector<double> column_upper(column_count, 1.0);
    std::vector<double> cost(column_count, 0.0);
    for (std::size_t column = 0; column < column_count; ++column) {
        const std::size_t pair_index = columns.pair_of_column[column];
        const AllocationPair& pair = problem.pairs[pair_index];
        const int column_index = static_cast<int>(column);
        entry_rows.push_back(project_row[pair.project]);
        entry_columns.push_back(column_index);
        entry_values.push_back(1.0);
        entry_rows.push_back(site_row[pair.site]);
        entry_columns.push_back(column_index);
        entry_values.push_back(pair.demand / problem.sites[pair.site].capacity);
        if (rules.pinned[pair_index]) {
            column_lower[column] = 1.0;
        }
        cost[column] = -problem.value(pair);
    }
    const CoinPackedMatrix matrix(true, entry_rows.data(), entry_columns.data(),
                                  entry_values.data(),
                                  static_cast<CoinBigIndex>(entry_values.size()));
    solver.loadProblem(matrix, column_lower.data(), column_upper.data(), cost.data(),
                       row_lower.data(), row_upper.data());
    for (std::size_t column = 0; column < column_count; ++column) {
        solver.setInteger(static_cast<int>(column));
    }
    solver.setObjSense(1.0);
}

// What CBC made of the model: its best plan (column values) if any, and its verdicts.
struct CbcOutcome {
    std::vector<double> column_values;  // empty when CBC found no plan
    bool proven_optimal = false;
    bool proven_infeasible = false;
    double lower_bound = -COIN_DBL_MAX;  // CBC's best possible, in its minimising sense
};

// CbcMain1, CBC's own command-line driver, keeps its argument parser's state in globals
// (CbcOrClpRead_mode and friends), so two solves must not run it at the same time.
std::mutex& cbcDriverMutex() {
    static std::mutex mutex;
    return mutex;
}

std::string secondsArgument(double seconds) {
    std::array<char, 64> text{};
    const auto written =
        std::to_chars(text.data(), text.data() + text.size(), seconds, std::chars_format::fixed, 6);
    return std::string(text.data(), written.ptr);
}

// Runs CBC through CbcMain0/CbcMain1 rather than a bare CbcModel: the driver's default
// recipe (cut generators with adaptive frequencies, feasibility pump, RINS, diving, strong
// branching) solves the sample-sized instances about ten times faster than a hand-built
// CbcModel with the classic sample's cuts and heuristics.
//
// The arguments keep it quiet (log levels 0, no signal handler of its own), repeatable
// (one thread, CBC's fixed default seeds) and honest under the clock: preprocessing is off
// because CBC 2.10's CglPreProcess reports "infeasible" when the time limit cuts it short,
// and on these assignment rows it brought no speed anyway.
CbcOutcome runCbc(const OsiClpSolverInterface& lp, std::size_t column_count,
                  Clock::time_point start, double time_limit_s) {
    CbcModel model(lp);  // owns its own clone of the LP
    model.setLogLevel(0);
    model.messageHandler()->setLogLevel(0);

    const std::lock_guard<std::mutex> lock(cbcDriverMutex());
    CbcSolverUsefulData driver_settings;
    CbcMain0(model, driver_settings);
    driver_settings.noPrinting_ = true;
    driver_settings.useSignalHandler_ = false;
    // What building the model and waiting for the driver took counts against the limit.
    // An unbounded limit becomes ~3 years, which CBC can parse.
    const std::string seconds =
        secondsArgument(std::clamp(time_limit_s - secondsSince(start), 0.0, 1e8));
    std::array<const char*, 19> arguments{
        "sitefit",       "-log",        "0",         "-slog",     "0",
        "-threads",      "0",           "-timeMode", "elapsed",   "-sec",
        seconds.c_str(), "-preprocess", "off",       "-ratioGap", "0",
        "-allowableGap", "1e-9",        "-solve",    "-quit"};
    CbcMain1(
        static_cast<int>(arguments.size()), arguments.data(), model,
        [](CbcModel*, int) { return 0; }, driver_settings);

    CbcOutcome outcome;
    if (const double* best = model.bestSolution()) {
        outcome.column_values.assign(best, best + column_count);
    }
    outcome.proven_optimal = model.isProvenOptimal() && !outcome.column_values.empty();
    // A verdict reached at the deadline may be the clock's doing rather than a proof.
    outcome.proven_infeasible =
        outcome.column_values.empty() && !model.isSecondsLimitReached() &&
        (model.isProvenInfeasible() || model.isInitialSolveProvenPrimalInfeasible());
    outcome.lower_bound = model.getBestPossibleObjValue();
    return outcome;
}

// The plan's value as Σ priority × score over its pairs, from our own numbers.
double planValue(const AllocationProblem& problem, const std::vector<Assignment>& assignments) {
    double total = 0.0;
    for (const Assignment& assignment : assignments) {
        total += problem.value(problem.pairs[assignment.pair]);
    }
    return total;
}

// An upper bound that needs no LP: every project takes its most valuable allowed pair.
// It caps CBC's bound, which stays at "none yet" (≈1e50) when the run stops before the
// root relaxation is solved.
double boundWithoutSearch(const AllocationProblem& problem, const PairRules& rules) {
    std::vector<double> best_value(problem.projects.size(), 0.0);
    for (std::size_t pair_index = 0; pair_index < problem.pairs.size(); ++pair_index) {
        if (rules.forbidden[pair_index]) {
            continue;
        }
        const AllocationPair& pair = problem.pairs[pair_index];
        best_value[pair.project] = std::max(best_value[pair.project], problem.value(pair));
    }
    double total = 0.0;
    for (double value : best_value) {
        total += value;
    }
    return total;
}

// CBC accepts a solution within its tolerances; a plan it returns must still satisfy the
// model exactly, up to rounding, or the adapter is wrong.
void checkPlan(const AllocationProblem& problem, const PairRules& rules,
               const std::vector<Assignment>& assignments) {
    std::vector<int> taken_by_project(problem.projects.size(), 0);
    std::vector<double> demand_on_site(problem.sites.size(), 0.0);
    std::vector<bool> chosen(problem.pairs.size(), false);
    for (const Assignment& assignment : assignments) {
        const AllocationPair& pair = problem.pairs[assignment.pair];
        chosen[assignment.pair] = true;
        ++taken_by_project[pair.project];
        demand_on_site[pair.site] += pair.demand;
        if (rules.forbidden[assignment.pair]) {
            throw Error(Error::Kind::Internal, "CBC assigned project " +
                                                   problem.projects[pair.project].id +
                                                   " to a site it may not take");
        }
    }
    for (std::size_t project = 0; project < problem.projects.size(); ++project) {
        const int required = problem.projects[project].mandatory ? 1 : 0;
        if (taken_by_project[project] > 1 || taken_by_project[project] < required) {
            throw Error(Error::Kind::Internal, "CBC gave project " + problem.projects[project].id +
                                                   " " + std::to_string(taken_by_project[project]) +
                                                   " sites");
        }
    }
    for (std::size_t site = 0; site < problem.sites.size(); ++site) {
        const double capacity = problem.sites[site].capacity;
        if (demand_on_site[site] > capacity * (1.0 + kRelativeTolerance)) {
            throw Error(Error::Kind::Internal, "CBC overfilled site " + problem.sites[site].id +
                                                   ": demand " +
                                                   formatNumber(demand_on_site[site]) +
                                                   " for capacity " + formatNumber(capacity));
        }
    }
    for (std::size_t pair_index = 0; pair_index < problem.pairs.size(); ++pair_index) {
        if (rules.pinned[pair_index] && !chosen[pair_index]) {
            throw Error(Error::Kind::Internal,
                        "CBC dropped the pin of project " +
                            problem.projects[problem.pairs[pair_index].project].id);
        }
    }
}

}  // namespace

AllocationResult MipAllocationSolver::solve(const AllocationProblem& problem,
                                            const SolveOptions& options) const {
    const Clock::time_point start = Clock::now();
    if (!(options.time_limit_s >= 0.0)) {
        throw Error(Error::Kind::Usage, "the time limit must be zero or more seconds, not " +
                                            std::to_string(options.time_limit_s));
    }

    PreparedRules prepared = prepareRules(problem);
    if (prepared.conflict) {
        prepared.conflict->solver = "cbc";
        prepared.conflict->seconds = secondsSince(start);
        return std::move(*prepared.conflict);
    }
    const PairRules& rules = prepared.rules;

    AllocationResult result;
    result.solver = "cbc";
    const bool nothing_to_choose =
        std::all_of(rules.forbidden.begin(), rules.forbidden.end(), [](bool f) { return f; });
    if (nothing_to_choose) {
        // No mandatory project is left without a pair (checked above), so the empty plan is
        // feasible and, with nothing to take, optimal.
        result.status = AllocationStatus::Optimal;
        result.seconds = secondsSince(start);
        return result;
    }

    OsiClpSolverInterface lp;
    lp.messageHandler()->setLogLevel(0);
    MipColumns columns;
    loadModel(problem, rules, lp, columns);
    const CbcOutcome outcome =
        runCbc(lp, columns.pair_of_column.size(), start, options.time_limit_s);

    if (outcome.proven_infeasible) {
        AllocationResult conflict =
            infeasible(unplaceableSentence(problem), constrainedProjects(problem, rules));
        conflict.solver = "cbc";
        conflict.seconds = secondsSince(start);
        return conflict;
    }

    if (!outcome.column_values.empty()) {
        for (std::size_t column = 0; column < columns.pair_of_column.size(); ++column) {
            if (outcome.column_values[column] > 0.5) {
                result.assignments.push_back(Assignment{columns.pair_of_column[column]});
            }
        }
        checkPlan(problem, rules, result.assignments);
        result.objective = planValue(problem, result.assignments);
        result.status =
            outcome.proven_optimal ? AllocationStatus::Optimal : AllocationStatus::Feasible;
    } else {
        result.status = AllocationStatus::NoSolution;
    }

    const double tolerance = kRelativeTolerance * std::max(1.0, std::abs(result.objective));
    double bound = boundWithoutSearch(problem, rules);
    const double cbc_lower_bound = outcome.lower_bound;
    if (std::isfinite(cbc_lower_bound) && std::abs(cbc_lower_bound) < kNoBound) {
        bound = std::min(bound, -cbc_lower_bound);
    }
    if (bound < result.objective - tolerance) {
        throw Error(Error::Kind::Internal, "CBC's bound " + formatNumber(bound) +
                                               " is below the value " +
                                               formatNumber(result.objective) + " of its own plan");
    }
    if (bound < result.objective ||
        (result.status == AllocationStatus::Optimal && bound - result.objective <= tolerance)) {
        // The difference is CBC's float arithmetic against ours, not a gap.
        bound = result.objective;
    }
    result.bound = bound;
    result.gap = (bound - result.objective) / std::max(std::abs(bound), 1e-9);
    result.seconds = secondsSince(start);
    return result;
}

}  // namespace sitefit::core
