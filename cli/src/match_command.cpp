#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "commands.hpp"
#include "flaw_option.hpp"
#include "session_options.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/match_tables.hpp"
#include "sitefit/core/reason_wording.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/core/units.hpp"
#include "sitefit/core/weight_sensitivity.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "stored_results.hpp"
#include "terminal_progress.hpp"
#include "text_table.hpp"
#include "where_option.hpp"

namespace sitefit::cli {
namespace {

using core::grouped;
using core::joined;

std::string fixed(double value, int decimals) {
    return core::decimal(value, decimals);
}

struct MatchOptions {
    std::string workspace;
    std::string project;
    int top = 5;
    bool json = false;
    bool write = false;
    bool sensitivity = false;
    SessionOptions session;
    WhereOption where;
};

std::string needText(const core::Project& p) {
    if (p.need == core::ProjectNeed::Land) {
        return "needs land " + fixed(core::muFromSquareMetres(p.land_m2.value_or(0)), 1) + " 亩 (" +
               grouped(p.land_m2.value_or(0)) + " m²)";
    }
    std::string text = "needs " + grouped(p.floor_m2.value_or(0)) + " m² of floor space";
    if (p.floor_load_kn_m2) {
        text += ", ≥ " + fixed(*p.floor_load_kn_m2, 1) + " kN/m²";
    }
    if (p.clear_height_m) {
        text += ", ≥ " + fixed(*p.clear_height_m, 1) + " m clear";
    }
    return text;
}

// The two or three criteria that add most to the score, in words a planner reads aloud.
std::string topReasons(const core::Candidate& c, const core::RulePack& rules) {
    std::vector<std::pair<double, core::Criterion>> contributions;
    for (const auto& [criterion, value] : c.criteria) {
        const auto weight = rules.weights.find(criterion);
        if (weight != rules.weights.end() && weight->second > 0.0 && value > 0.0) {
            contributions.emplace_back(weight->second * value, criterion);
        }
    }
    std::sort(contributions.begin(), contributions.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string text;
    for (std::size_t i = 0; i < contributions.size() && i < 3; ++i) {
        const core::Criterion criterion = contributions[i].second;
        text += (i == 0 ? "" : ", ") + std::string(core::toString(criterion)) + " " +
                fixed(c.criteria.at(criterion), 2);
    }
    return text;
}

std::string siteSize(const core::SiteFacts& site) {
    if (site.type == core::SiteType::Parcel) {
        return fixed(core::muFromSquareMetres(site.area_m2), 1) + " 亩";
    }
    return grouped(site.vacant_m2) + " m² vacant";
}

void printMatch(const planning::PlanningSession& session, const core::ProjectMatch& match, int top,
                std::ostream& out) {
    const core::District& district = session.district();
    const core::Project& project = district.projects.at(match.project);
    const core::Category* category = session.catalogue().category(project.category_code);
    const std::string code =
        project.category_code.empty() ? project.industry_code : project.category_code;
    out << project.project_id << "  " << project.name << "  [" << code << " "
        << (category != nullptr ? category->name_zh : "") << "]  " << needText(project) << "\n";
    if (match.not_matched) {
        out << "  not matched: " << core::describe(*match.not_matched) << "\n";
    } else if (match.candidates.empty()) {
        out << "  no site can take this project\n";
    } else {
        TextTable table;
        using Align = TextTable::Align;
        table.addColumn("  rank", Align::Right);
        table.addColumn("site", Align::Left);
        table.addColumn("zone", Align::Left);
        table.addColumn("score", Align::Right);
        table.addColumn("size", Align::Right);
        table.addColumn("strongest criteria", Align::Left);
        const std::size_t shown =
            top > 0 ? std::min<std::size_t>(match.candidates.size(), static_cast<std::size_t>(top))
                    : match.candidates.size();
        for (std::size_t i = 0; i < shown; ++i) {
            const core::Candidate& c = match.candidates[i];
            const core::SiteFacts& site = session.sites()[c.site];
            table.addRow({std::to_string(c.rank), site.site_id,
                          site.zone ? district.zones[*site.zone].zone_id : "-", fixed(c.score, 1),
                          siteSize(site), topReasons(c, session.rules())});
        }
        table.print(out);
        if (shown < match.candidates.size()) {
            out << "  … and " << match.candidates.size() - shown << " more feasible sites\n";
        }
    }
    if (!match.rejected.empty()) {
        std::map<std::string, int> byConstraint;
        for (const core::Rejection& r : match.rejected) {
            for (const core::ConstraintFailure& f : r.reasons) {
                ++byConstraint[std::string(core::toString(f.constraint))];
            }
        }
        std::vector<std::pair<int, std::string>> counts;
        counts.reserve(byConstraint.size());
        for (const auto& [name, count] : byConstraint) {
            counts.emplace_back(count, name);
        }
        std::sort(counts.rbegin(), counts.rend());
        out << "  rejected " << match.rejected.size() << " sites: ";
        for (std::size_t i = 0; i < counts.size(); ++i) {
            out << (i == 0 ? "" : ", ") << counts[i].second << " " << counts[i].first;
        }
        // The nearest miss tells a planner most: what would have to change for a site to fit.
        const core::Rejection& nearest =
            *std::min_element(match.rejected.begin(), match.rejected.end(),
                              [](const core::Rejection& a, const core::Rejection& b) {
                                  return a.reasons.size() < b.reasons.size();
                              });
        out << "\n  nearest miss " << session.sites()[nearest.site].site_id << ":";
        for (const core::ConstraintFailure& reason : nearest.reasons) {
            out << " " << core::toString(reason.constraint) << " needs "
                << core::describe(reason.required) << ", has " << core::describe(reason.actual)
                << ";";
        }
        out << "\n";
    }
    out << "\n";
}

void printSensitivity(const planning::PlanningSession& session,
                      const std::vector<core::WeightShift>& shifts, std::ostream& out) {
    out << "Sensitivity: each weight moved by ±10 %, the top three sites re-ranked\n";
    for (const core::WeightShift& shift : shifts) {
        out << "  " << core::toString(shift.criterion) << " × " << fixed(shift.factor, 1) << ": ";
        if (shift.changes.empty()) {
            out << "no project's top three changes\n";
            continue;
        }
        out << shift.changes.size() << " project(s) change\n";
        for (const core::TopThreeChange& change : shift.changes) {
            out << "    " << session.district().projects[change.project].project_id << ": "
                << joined(change.before) << " → " << joined(change.after) << "\n";
        }
    }
}

void run(const MatchOptions& options) {
    const std::optional<core::SiteFilter> filter = options.where.filter();
    TerminalProgress progress(options.session.quiet());
    const planning::PlanningSession session = options.session.open(options.workspace, progress);
    options.session.sayProblems(session, options.workspace);
    if (session.district().projects.empty()) {
        // Nothing to match is an answer, not a failure.
        if (options.json) {
            std::cout << withDataQuality(core::matchJson({}, session.district(), session.sites(),
                                                         options.top, session.catalogue()),
                                         session.capacity().workspace.problems)
                      << "\n";
        } else {
            std::cout << "no projects in the workspace\n"
                      << "catalogue: " << session.catalogue().description() << "\n";
        }
        return;
    }
    // A filter only narrows the sites a matcher considers; site indices stay those of the
    // session, so output, --write and --sensitivity read the same site list either way.
    core::SitePredicate admits;
    std::size_t considered = session.sites().size();
    if (filter) {
        admits = filter->predicate(session.district());
        considered = static_cast<std::size_t>(
            std::count_if(session.sites().begin(), session.sites().end(), admits));
    }
    std::vector<core::ProjectMatch> matches;
    if (options.project.empty()) {
        matches = session.matchAll(core::Matcher::Detail::WithRejections, admits);
    } else {
        matches.push_back(session.match(session.projectIndex(options.project),
                                        core::Matcher::Detail::WithRejections, admits));
    }
    if (options.json) {
        std::cout << withDataQuality(core::matchJson(matches, session.district(), session.sites(),
                                                     options.top, session.catalogue()),
                                     session.capacity().workspace.problems)
                  << "\n";
    } else {
        std::cout << "Matching " << matches.size() << " project(s) against ";
        if (filter) {
            std::cout << considered << " of " << session.sites().size() << " sites (--where "
                      << filter->text() << ")";
        } else {
            std::cout << session.sites().size() << " sites";
        }
        std::cout << " with rules '" << session.rules().name << "' v" << session.rules().version
                  << ", as of " << core::formatIsoDate(session.asOf()) << "\n"
                  << "catalogue: " << session.catalogue().description() << "\n\n";
        for (const core::ProjectMatch& match : matches) {
            printMatch(session, match, options.top, std::cout);
        }
    }
    if (options.sensitivity) {
        const auto shifts =
            core::WeightSensitivity::analyse(matches, session.sites(), session.rules().weights);
        printSensitivity(session, shifts, options.json ? std::cerr : std::cout);
    }
    if (options.write) {
        storeResults(options.workspace, session.capacity().workspace.crs_wkt,
                     session.matchLayers(matches, options.top), options.session.quiet());
    }
}

}  // namespace

void addMatchCommand(CLI::App& app) {
    auto options = std::make_shared<MatchOptions>();
    CLI::App* command = app.add_subcommand(
        "match", "Rank the sites that can take each project, with the reason for every no");
    command->add_option("workspace", options->workspace, "Workspace GeoPackage")->required();
    command->add_option("--project", options->project, "Only this project (project_id)");
    command->add_option("--top", options->top, "Candidates shown per project (0: all)")
        ->default_val(5)
        ->check(CLI::NonNegativeNumber);
    command->add_flag("--json", options->json, "Print candidates and rejections as JSON");
    command->add_flag(
        "--write", options->write,
        "Store match_candidates (layer) and match_rejections (table) in the workspace");
    command->add_flag("--sensitivity", options->sensitivity,
                      "Show which top-3 sites change when each weight moves by ±10 %");
    options->session.addTo(*command);
    options->where.addTo(*command);
    command->callback([options] { run(*options); });
}

}  // namespace sitefit::cli
