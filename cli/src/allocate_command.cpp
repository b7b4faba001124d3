#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.hpp"
#include "flaw_option.hpp"
#include "session_options.hpp"
#include "sitefit/core/allocation_problem_json.hpp"
#include "sitefit/core/catalogue_choice.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/reason_wording.hpp"
#include "sitefit/core/units.hpp"
#include "sitefit/gis/atomic_file.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "stored_plan_links.hpp"
#include "stored_results.hpp"
#include "terminal_progress.hpp"
#include "text_table.hpp"

namespace sitefit::cli {
namespace {

using core::decimal;
using core::grouped;
using nlohmann::json;

struct AllocateOptions {
    std::string workspace;
    std::string problemFile;
    std::string dumpProblem;
    bool json = false;
    bool write = false;
    double timeLimit = 30.0;
    std::vector<std::string> pins;
    std::vector<std::string> exclusions;
    std::string solver = "auto";
    bool ignoreStoredLinks = false;
    SessionOptions session;
};

planning::SolverSettings solverSettings(const AllocateOptions& options) {
    planning::SolverSettings settings;
    settings.time_limit_s = options.timeLimit;
    if (options.solver == "exact") {
        settings.solver = planning::SolverChoice::Exact;
    } else if (options.solver == "heuristic") {
        settings.solver = planning::SolverChoice::Heuristic;
    }
    return settings;
}

std::vector<core::PlanRequest::Link> pinLinks(const std::vector<std::string>& items,
                                              const char* option) {
    std::vector<core::PlanRequest::Link> out;
    for (const std::string& item : items) {
        const auto equals = item.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == item.size()) {
            throw Error(Error::Kind::Usage,
                        std::string(option) + " '" + item +
                            "' is not PROJECT=SITE (use *=SITE to close a site)");
        }
        out.push_back({item.substr(0, equals), item.substr(equals + 1)});
    }
    return out;
}

json storedLinksJson(const planning::StoredLinks& links) {
    const auto linkJson = [](const core::PlanLink& link) {
        return json{{"project_id", link.project_id},
                    {"site_id", link.site_id},
                    {"kind", core::toString(link.kind)},
                    {"note", link.note}};
    };
    json applied = json::array();
    for (const core::PlanLink& link : links.applied) {
        applied.push_back(linkJson(link));
    }
    json overridden = json::array();
    for (const planning::LinkOverride& item : links.overridden) {
        json entry = linkJson(item.stored);
        entry["overridden_by"] = overridingOption(item);
        overridden.push_back(std::move(entry));
    }
    return {{"applied", std::move(applied)}, {"overridden", std::move(overridden)}};
}

// As in `sitefit match --json`.
json catalogueMember(const core::IndustryCatalogue& catalogue) {
    return json::parse(core::catalogueJson(catalogue));
}

json resultJson(const core::AllocationProblem& problem, const core::AllocationResult& result,
                const core::PlanExplanation& explanation) {
    json assignments = json::array();
    json ranks = json::array();
    for (std::size_t i = 0; i < result.assignments.size(); ++i) {
        const core::AllocationPair& pair = problem.pairs[result.assignments[i].pair];
        assignments.push_back({{"project_id", problem.projects[pair.project].id},
                               {"site_id", problem.sites[pair.site].id},
                               {"amount", pair.demand},
                               {"score", pair.score}});
        ranks.push_back({{"project_id", problem.projects[pair.project].id},
                         {"rank", explanation.assignments[i].rank},
                         {"score_given_up", explanation.assignments[i].score_given_up}});
    }
    json unassigned = json::array();
    for (const core::UnassignedExplanation& item : explanation.unassigned) {
        unassigned.push_back({{"project_id", problem.projects[item.project].id},
                              {"reason", core::describe(item, problem)}});
    }
    json out{{"assignments", std::move(assignments)},
             {"unassigned", std::move(unassigned)},
             {"objective", result.objective},
             {"bound", result.bound},
             {"gap", result.gap},
             {"solver", result.solver},
             {"seconds", result.seconds},
             {"status", core::toString(result.status)},
             {"assignment_ranks", std::move(ranks)}};
    if (result.status == core::AllocationStatus::Infeasible) {
        out["conflicting_projects"] = result.conflicting_projects;
        out["infeasibility"] = result.infeasibility;
    }
    return out;
}

void printSummary(const core::AllocationResult& result, std::size_t projects, std::size_t sites,
                  std::ostream& out) {
    out << "Plan for " << projects << " projects on " << sites << " candidate sites: solver "
        << result.solver << ", " << core::toString(result.status) << ", objective "
        << decimal(result.objective, 1) << ", bound " << decimal(result.bound, 1) << ", gap "
        << decimal(result.gap * 100.0, 2) << " %, " << decimal(result.seconds, 2) << " s\n";
}

void printPlan(const core::AllocationProblem& problem, const core::AllocationResult& result,
               const core::PlanExplanation& explanation,
               const std::function<std::string(std::size_t)>& siteNote, std::ostream& out) {
    TextTable table;
    using Align = TextTable::Align;
    table.addColumn("project", Align::Left);
    table.addColumn("site", Align::Left);
    table.addColumn("amount", Align::Right);
    table.addColumn("score", Align::Right);
    table.addColumn("rank", Align::Right);
    table.addColumn("given up", Align::Right);
    table.addColumn("where", Align::Left);
    for (std::size_t i = 0; i < result.assignments.size(); ++i) {
        const core::AllocationPair& pair = problem.pairs[result.assignments[i].pair];
        table.addRow({problem.projects[pair.project].id, problem.sites[pair.site].id,
                      pair.demand == 1.0 ? "parcel" : grouped(pair.demand) + " m²",
                      decimal(pair.score, 1), std::to_string(explanation.assignments[i].rank),
                      decimal(explanation.assignments[i].score_given_up, 1), siteNote(pair.site)});
    }
    table.print(out);
    if (!explanation.unassigned.empty()) {
        out << "\nNot placed (" << explanation.unassigned.size() << "):\n";
        for (const core::UnassignedExplanation& item : explanation.unassigned) {
            out << "  " << problem.projects[item.project].id << ": "
                << core::describe(item, problem) << "\n";
        }
    }
}

void printUtilisation(const core::PlanUtilisation& u, std::ostream& out) {
    out << "\nDemand met: " << u.projects_placed << " of " << u.projects << " projects; land "
        << decimal(core::muFromSquareMetres(u.land_placed_m2), 1) << " of "
        << decimal(core::muFromSquareMetres(u.land_asked_m2), 1) << " 亩 asked; floor space "
        << grouped(u.floor_placed_m2) << " of " << grouped(u.floor_asked_m2) << " m² asked\n\n";
    TextTable table;
    using Align = TextTable::Align;
    table.addColumn("zone", Align::Left);
    table.addColumn("placed", Align::Right);
    table.addColumn("land used 亩", Align::Right);
    table.addColumn("land left 亩", Align::Right);
    table.addColumn("floor used m²", Align::Right);
    table.addColumn("vacant left m²", Align::Right);
    for (const core::ZoneUtilisation& z : u.zones) {
        table.addRow({z.zone_id.empty() ? "outside zones" : z.zone_id,
                      std::to_string(z.projects_placed),
                      decimal(core::muFromSquareMetres(z.land_used_m2), 1),
                      decimal(core::muFromSquareMetres(z.land_left_m2), 1),
                      grouped(z.floor_used_m2), grouped(z.vacant_left_m2)});
    }
    table.print(out);
}

json utilisationJson(const core::PlanUtilisation& u) {
    json zones = json::array();
    for (const core::ZoneUtilisation& z : u.zones) {
        zones.push_back({{"zone_id", z.zone_id.empty() ? json(nullptr) : json(z.zone_id)},
                         {"projects_placed", z.projects_placed},
                         {"land_used_m2", z.land_used_m2},
                         {"land_left_m2", z.land_left_m2},
                         {"floor_used_m2", z.floor_used_m2},
                         {"vacant_left_m2", z.vacant_left_m2}});
    }
    return {{"projects", u.projects},
            {"projects_placed", u.projects_placed},
            {"land_asked_m2", u.land_asked_m2},
            {"land_placed_m2", u.land_placed_m2},
            {"floor_asked_m2", u.floor_asked_m2},
            {"floor_placed_m2", u.floor_placed_m2},
            {"zones", std::move(zones)}};
}

void refuseIfInfeasible(const core::AllocationResult& result) {
    if (result.status == core::AllocationStatus::Infeasible) {
        throw Error(Error::Kind::Input, "no plan can satisfy the mandatory and pinned projects: " +
                                            result.infeasibility);
    }
}

void runProblemFile(const AllocateOptions& options) {
    std::ifstream file(options.problemFile, std::ios::binary);
    if (!file) {
        throw Error(Error::Kind::Input, "cannot open the problem file", {options.problemFile});
    }
    std::ostringstream text;
    text << file.rdbuf();
    const core::AllocationProblem problem =
        core::parseAllocationProblem(text.str(), options.problemFile);
    const planning::SolvedProblem solved = planning::solveProblem(problem, solverSettings(options));
    if (options.json) {
        std::cout << resultJson(problem, solved.result, solved.explanation).dump(2) << "\n";
    } else {
        printSummary(solved.result, problem.projects.size(), problem.sites.size(), std::cout);
        std::cout << "\n";
        printPlan(
            problem, solved.result, solved.explanation, [](std::size_t) { return std::string(); },
            std::cout);
    }
    refuseIfInfeasible(solved.result);
}

void printPlanText(const planning::PlanningSession& session, const planning::AllocationPlan& plan,
                   std::ostream& out) {
    const core::AllocationProblem& problem = plan.built.problem;
    out << "catalogue: " << session.catalogue().description() << "\n";
    printStoredLinks(plan.links.stored, out);
    printSummary(plan.result, problem.projects.size(), problem.sites.size(), out);
    out << "\n";
    const auto note = [&](std::size_t site) {
        const core::SiteFacts& facts = session.sites()[plan.built.site_facts[site]];
        std::string text = facts.zone ? session.district().zones[*facts.zone].zone_id : "-";
        if (facts.type == core::SiteType::Parcel) {
            text += ", " + decimal(core::muFromSquareMetres(facts.area_m2), 1) + " 亩";
        }
        return text;
    };
    printPlan(problem, plan.result, plan.explanation, note, out);
    printUtilisation(plan.utilisation, out);
}

void printNoProjects(const planning::PlanningSession& session, bool asJson) {
    // Nothing to allocate is an answer, not a failure.
    if (asJson) {
        std::cout << withDataQuality(json{{"catalogue", catalogueMember(session.catalogue())},
                                          {"assignments", json::array()},
                                          {"unassigned", json::array()},
                                          {"note", "no projects in the workspace"}}
                                         .dump(2),
                                     session.capacity().workspace.problems)
                  << "\n";
    } else {
        std::cout << "no projects in the workspace\n"
                  << "catalogue: " << session.catalogue().description() << "\n";
    }
}

void runWorkspace(const AllocateOptions& options) {
    TerminalProgress progress(options.session.quiet());
    const planning::PlanningSession session = options.session.open(options.workspace, progress);
    options.session.sayProblems(session, options.workspace);
    if (session.district().projects.empty()) {
        printNoProjects(session, options.json);
        return;
    }
    const planning::PlanRequestLinks links = planning::planRequestLinks(
        {pinLinks(options.pins, "--pin"), pinLinks(options.exclusions, "--exclude")},
        session.district().plan_links, !options.ignoreStoredLinks);
    const planning::AllocationPlan plan = withStoredLinkHint(
        links.stored, [&] { return session.plan(links, solverSettings(options), progress); },
        StoredLinkHint::Mixed);
    if (!options.dumpProblem.empty()) {
        gis::writeFileAtomically(options.dumpProblem,
                                 core::allocationProblemJson(plan.built.problem) + "\n");
        if (!options.session.quiet()) {
            std::cerr << "Wrote the allocation problem to " << options.dumpProblem << "\n";
        }
    }
    if (options.json) {
        json out = resultJson(plan.built.problem, plan.result, plan.explanation);
        out["utilisation"] = utilisationJson(plan.utilisation);
        out["stored_links"] = storedLinksJson(plan.links.stored);
        out["catalogue"] = catalogueMember(session.catalogue());
        std::cout << withDataQuality(out.dump(2), session.capacity().workspace.problems) << "\n";
    } else {
        printPlanText(session, plan, std::cout);
    }
    refuseIfInfeasible(plan.result);
    if (options.write) {
        storeResults(options.workspace, session.capacity().workspace.crs_wkt,
                     session.planLayers(plan), options.session.quiet());
    }
}

}  // namespace

void addAllocateCommand(CLI::App& app) {
    auto options = std::make_shared<AllocateOptions>();
    CLI::App* command = app.add_subcommand(
        "allocate", "Place all open projects at once, optimally, and explain the plan");
    auto* workspace = command->add_option("workspace", options->workspace, "Workspace GeoPackage");
    auto* problem = command->add_option("--problem", options->problemFile,
                                        "Solve a problem file (JSON, docs/allocation.md) instead");
    workspace->excludes(problem);
    command->add_option("--dump-problem", options->dumpProblem,
                        "Write the workspace's allocation problem to this JSON file");
    command->add_flag("--json", options->json, "Print the plan as JSON");
    command->add_flag(
        "--write", options->write,
        "Store allocation_plan (layer) and allocation_unplaced (table) in the workspace");
    command->add_option("--time-limit", options->timeLimit, "Seconds the solver may take")
        ->default_val(30.0)
        ->check(CLI::PositiveNumber);
    command->add_option("--pin", options->pins,
                        "PROJECT=SITE: the project must take the site (replaces the project's "
                        "stored pin)");
    command->add_option("--exclude", options->exclusions,
                        "PROJECT=SITE: the project must not take the site (*=SITE closes it)");
    command->add_flag("--ignore-stored-links", options->ignoreStoredLinks,
                      "Leave out the pins and exclusions stored in the workspace (sitefit edit "
                      "--pin/--exclude)");
    command
        ->add_option("--solver", options->solver, "auto (exact when it finishes), exact, heuristic")
        ->check(CLI::IsMember({"auto", "exact", "heuristic"}))
        ->default_val("auto");
    options->session.addTo(*command);
    command->callback([options] {
        if (options->problemFile.empty() && options->workspace.empty()) {
            throw Error(Error::Kind::Usage, "allocate needs a WORKSPACE or --problem FILE");
        }
        if (!options->problemFile.empty()) {
            if (options->write || !options->dumpProblem.empty() || !options->pins.empty() ||
                !options->exclusions.empty() || options->ignoreStoredLinks) {
                throw Error(Error::Kind::Usage,
                            "--write, --dump-problem, --pin, --exclude and --ignore-stored-links "
                            "need a WORKSPACE; a problem file carries its own pins and "
                            "exclusions");
            }
            runProblemFile(*options);
        } else {
            runWorkspace(*options);
        }
    });
}

}  // namespace sitefit::cli
