// sitefit-matching-bench: how fast matching is, next to how long loading the same data takes
// (docs/performance.md). A timed harness, not a test: it is built with everything and never
// run by ctest.
//
// Two data sets: the committed sample with its own projects, and a district generated on the
// fly by sitefit-sample-generator (about 100,000 sites at the default scale) with projects
// synthesised from the generated ones. Both are loaded exactly as `sitefit match` loads a
// workspace: read the GeoPackage, run the capacity join, build the site facts.

#include <CLI/CLI.hpp>

#include <malloc.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "sitefit/core/allocation_request.hpp"
#include "sitefit/core/auto_allocation_solver.hpp"
#include "sitefit/core/capacity_calculator.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/heuristic_allocation_solver.hpp"
#include "sitefit/core/industry_catalogue.hpp"
#include "sitefit/core/matcher.hpp"
#include "sitefit/core/reason_wording.hpp"
#include "sitefit/gis/capacity_join.hpp"
#include "sitefit/gis/site_facts_builder.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "synthetic_projects.hpp"

namespace {

using namespace sitefit;
using Clock = std::chrono::steady_clock;
using Matcher = core::Matcher;

// At scale 1 the generator gives 547 sites (206 parcels available or reserved, 341 buildings
// with vacancy); sites grow linearly with the scale, so 173 gives about 100,000.
constexpr double kDefaultScale = 173.0;
constexpr std::uint64_t kGeneratorSeed = 20230305;  // the sample's seed
constexpr std::uint64_t kProjectSeed = 7;
const core::Date kAsOf{std::chrono::year{2025}, std::chrono::month{3}, std::chrono::day{1}};

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of the whole process (every thread, user and system) in seconds: less swayed than
// wall time by other work on a shared machine.
double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto toSeconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    };
    return toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime);
}

// Wall and CPU seconds of each run, each sorted.
struct Runs {
    std::vector<double> wall_s;
    std::vector<double> cpu_s;
};

// Runs `work` `runs` times; `reset` runs before each, off the clock (to free the previous
// run's results).
Runs timeRuns(
    int runs, const std::function<void()>& work, const std::function<void()>& reset = [] {}) {
    Runs timed;
    for (int r = 0; r < runs; ++r) {
        reset();
        const double cpuStart = processCpuSeconds();
        const Clock::time_point start = Clock::now();
        work();
        timed.wall_s.push_back(secondsSince(start));
        timed.cpu_s.push_back(processCpuSeconds() - cpuStart);
    }
    std::sort(timed.wall_s.begin(), timed.wall_s.end());
    std::sort(timed.cpu_s.begin(), timed.cpu_s.end());
    return timed;
}

double median(const std::vector<double>& sorted) {
    const std::size_t n = sorted.size();
    return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
}

std::string seconds(double s) {
    char text[32];
    std::snprintf(text, sizeof text, s >= 100.0 ? "%.1f" : (s >= 0.1 ? "%.2f" : "%.4f"), s);
    return text;
}

std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

std::string perSecond(double rate) {
    char text[32];
    if (rate >= 1e6) {
        std::snprintf(text, sizeof text, "%.1f M", rate / 1e6);
    } else {
        std::snprintf(text, sizeof text, "%.0f k", rate / 1e3);
    }
    return text;
}

std::string ratio(double r) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", r);
    return text;
}

// What `sitefit match` reads and measures before it matches (gis::MatchingSession), timed
// stage by stage: the capacity report belongs to the join because the site facts need it.
struct LoadedData {
    gis::Workspace workspace;
    core::SpatialFacts facts;
    core::CapacityReport report;
    std::vector<core::SiteFacts> sites;
    double read_s = 0.0;
    double join_s = 0.0;
    double facts_s = 0.0;

    [[nodiscard]] double load_s() const { return read_s + join_s + facts_s; }
};

LoadedData load(const std::string& path, const core::RulePack& rules) {
    LoadedData data;
    Clock::time_point start = Clock::now();
    data.workspace = gis::WorkspaceReader::read(path);
    data.read_s = secondsSince(start);
    start = Clock::now();
    data.facts = gis::CapacityJoin::measure(data.workspace);
    data.report = core::CapacityCalculator::compute(data.workspace.district, data.facts);
    data.join_s = secondsSince(start);
    start = Clock::now();
    data.sites = gis::SiteFactsBuilder::build(data.workspace, data.facts, data.report,
                                              rules.commute_radius_m);
    data.facts_s = secondsSince(start);
    return data;
}

// Holds the calling thread, and the threads it starts meanwhile, to its first allowed CPU.
class OneCpu {
public:
    OneCpu() {
        sched_getaffinity(0, sizeof m_saved, &m_saved);
        cpu_set_t one;
        CPU_ZERO(&one);
        for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
            if (CPU_ISSET(cpu, &m_saved)) {
                CPU_SET(cpu, &one);
                break;
            }
        }
        sched_setaffinity(0, sizeof one, &one);
    }
    OneCpu(const OneCpu&) = delete;
    OneCpu& operator=(const OneCpu&) = delete;
    OneCpu(OneCpu&&) = delete;
    OneCpu& operator=(OneCpu&&) = delete;
    ~OneCpu() { sched_setaffinity(0, sizeof m_saved, &m_saved); }

private:
    cpu_set_t m_saved{};
};

// The first three fields of /proc/loadavg: whether something else ran beside the bench.
std::string loadAverage() {
    std::ifstream file("/proc/loadavg");
    std::string one;
    std::string five;
    std::string fifteen;
    file >> one >> five >> fifteen;
    return file ? one + " " + five + " " + fifteen : std::string("unknown");
}

// The memory the process holds now (the second field of /proc/self/statm, in pages).
double residentGiB() {
    std::ifstream file("/proc/self/statm");
    std::uint64_t size = 0;
    std::uint64_t resident = 0;
    file >> size >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) /
           (1024.0 * 1024.0 * 1024.0);
}

// The allocation of every project at once on the candidates matching found (what `sitefit
// allocate` does after matching), with one solver.
struct Allocation {
    std::string solver;             // as asked: "heuristic" or "auto"
    std::size_t pairs = 0;          // candidate pairs in the problem
    std::size_t sites = 0;          // sites that are a candidate of some project
    double build_s = 0.0;           // core::buildWorkspaceProblem
    double solve_s = 0.0;           // the solver's wall time
    core::AllocationResult result;  // status, objective, bound, gap, assignments
};

// One line of the table.
struct Measurement {
    std::string name;
    std::size_t parcels = 0;
    std::size_t buildings = 0;
    std::size_t parcel_sites = 0;
    std::size_t space_sites = 0;
    std::size_t projects = 0;
    double read_s = 0.0;
    double join_s = 0.0;
    double facts_s = 0.0;
    double load_s = 0.0;
    double index_s = 0.0;               // catalogue graph + matcher (sites sorted by size)
    Runs candidates;                    // matchAll(CandidatesOnly)
    Runs one_cpu;                       // matchAll(CandidatesOnly) held to one CPU
    std::optional<Runs> rejections;     // matchAll(WithRejections)
    std::uint64_t pairs_evaluated = 0;  // project × site of its type
    std::uint64_t pairs_checked = 0;    // in the project's size range: constraints checked
    std::uint64_t pairs_scored = 0;     // feasible: scored and ranked
    std::uint64_t rejections_kept = 0;  // WithRejections only
    double resident_after_load_gib = 0.0;
    std::vector<Allocation> allocations;  // on the candidates of the last matchAll
    // FNV-1a over every result (sites, ranks, score and criterion bits, reasons): a change
    // of speed must leave these alone.
    std::uint64_t candidates_digest = 0;
    std::optional<std::uint64_t> rejections_digest;
};

// FNV-1a, 64 bits.
class Digest {
public:
    void add(const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) {
            m_value = (m_value ^ bytes[i]) * 0x100000001B3ULL;
        }
    }
    void add(std::uint64_t value) { add(&value, sizeof value); }
    void add(double value) { add(&value, sizeof value); }
    void add(const std::string& text) {
        add(static_cast<std::uint64_t>(text.size()));
        add(text.data(), text.size());
    }
    [[nodiscard]] std::uint64_t value() const noexcept { return m_value; }

private:
    std::uint64_t m_value = 0xCBF29CE484222325ULL;
};

std::uint64_t digestOf(const std::vector<core::ProjectMatch>& matches) {
    Digest digest;
    for (const core::ProjectMatch& match : matches) {
        digest.add(static_cast<std::uint64_t>(match.project));
        for (const core::Candidate& c : match.candidates) {
            digest.add(static_cast<std::uint64_t>(c.site));
            digest.add(static_cast<std::uint64_t>(c.rank));
            digest.add(c.score);
            for (const auto& [criterion, value] : c.criteria) {
                digest.add(static_cast<std::uint64_t>(criterion));
                digest.add(value);
            }
        }
        for (const core::Rejection& r : match.rejected) {
            digest.add(static_cast<std::uint64_t>(r.site));
            // Digested as worded in English, so the digest reads the same as when reasons
            // were kept as text.
            for (const core::ConstraintFailure& f : r.reasons) {
                digest.add(std::string(core::toString(f.constraint)));
                digest.add(core::describe(f.required));
                digest.add(core::describe(f.actual));
            }
        }
    }
    return digest.value();
}

// Pairs inside each project's area range: what CandidatesOnly hands to the constraint checks
// (the matcher's own rule, docs/matching.md: land need..need×(1+tolerance), space ≥ need).
std::uint64_t pairsInSizeRange(const core::District& district,
                               const std::vector<core::SiteFacts>& sites,
                               const core::RulePack& rules) {
    std::vector<double> parcelAreas;
    std::vector<double> vacancies;
    for (const core::SiteFacts& s : sites) {
        if (s.type == core::SiteType::Parcel) {
            parcelAreas.push_back(s.area_m2);
        } else {
            vacancies.push_back(s.vacant_m2);
        }
    }
    std::sort(parcelAreas.begin(), parcelAreas.end());
    std::sort(vacancies.begin(), vacancies.end());
    std::uint64_t pairs = 0;
    for (const core::Project& p : district.projects) {
        if (p.need == core::ProjectNeed::Land) {
            const double need = p.land_m2.value_or(0.0);
            const double most = need * (1.0 + rules.land_oversize_tolerance);
            pairs += static_cast<std::uint64_t>(
                std::upper_bound(parcelAreas.begin(), parcelAreas.end(), most) -
                std::lower_bound(parcelAreas.begin(), parcelAreas.end(), need));
        } else {
            pairs += static_cast<std::uint64_t>(
                vacancies.end() -
                std::lower_bound(vacancies.begin(), vacancies.end(), p.floor_m2.value_or(0.0)));
        }
    }
    return pairs;
}

Allocation allocate(const core::District& district, const std::vector<core::SiteFacts>& sites,
                    const std::vector<core::ProjectMatch>& matches, const std::string& solver,
                    double timeLimit_s) {
    Allocation a;
    a.solver = solver;
    Clock::time_point start = Clock::now();
    const core::WorkspaceProblem built = core::buildWorkspaceProblem(district, sites, matches, {});
    a.build_s = secondsSince(start);
    a.pairs = built.problem.pairs.size();
    a.sites = built.problem.sites.size();
    core::SolveOptions options;
    options.time_limit_s = timeLimit_s;
    start = Clock::now();
    if (solver == "auto") {
        a.result = core::AutoAllocationSolver().solve(built.problem, options);
    } else {
        a.result = core::HeuristicAllocationSolver().solve(built.problem, options);
    }
    a.solve_s = secondsSince(start);
    return a;
}

Measurement measure(const std::string& name, const LoadedData& data, const core::RulePack& rules,
                    int runs, bool withRejections, const std::vector<std::string>& solvers,
                    double timeLimit_s) {
    const core::District& district = data.workspace.district;
    Measurement m;
    m.name = name;
    m.resident_after_load_gib = residentGiB();
    m.parcels = district.parcels.size();
    m.buildings = district.buildings.size();
    for (const core::SiteFacts& s : data.sites) {
        ++(s.type == core::SiteType::Parcel ? m.parcel_sites : m.space_sites);
    }
    m.projects = district.projects.size();
    m.read_s = data.read_s;
    m.join_s = data.join_s;
    m.facts_s = data.facts_s;
    m.load_s = data.load_s();
    for (const core::Project& p : district.projects) {
        m.pairs_evaluated += p.need == core::ProjectNeed::Land ? m.parcel_sites : m.space_sites;
    }
    m.pairs_checked = pairsInSizeRange(district, data.sites, rules);

    const Clock::time_point start = Clock::now();
    const core::IndustryCatalogue catalogue(district.catalogue, district.enterprises);
    const Matcher matcher(district, catalogue, rules, data.sites, kAsOf);
    m.index_s = secondsSince(start);

    std::vector<core::ProjectMatch> kept;
    // glibc keeps freed memory in each thread's arena; trimming it between runs keeps one
    // run's results from sitting beside the next one's.
    const auto freeKept = [&kept] {
        kept.clear();
        kept.shrink_to_fit();
        malloc_trim(0);
    };
    m.candidates = timeRuns(
        runs, [&] { kept = matcher.matchAll(Matcher::Detail::CandidatesOnly); }, freeKept);
    for (const core::ProjectMatch& match : kept) {
        m.pairs_scored += match.candidates.size();
    }
    m.candidates_digest = digestOf(kept);
    for (const std::string& solver : solvers) {
        std::cerr << name << ": allocating with " << solver << "\n";
        m.allocations.push_back(allocate(district, data.sites, kept, solver, timeLimit_s));
        malloc_trim(0);
    }
    kept.clear();
    // The same work held to one CPU: what the second core adds.
    {
        const OneCpu oneCpu;
        m.one_cpu = timeRuns(
            runs, [&] { kept = matcher.matchAll(Matcher::Detail::CandidatesOnly); }, freeKept);
    }
    // match() one project at a time reads the sites' own maps instead of matchAll's distance
    // table; both must give the same results.
    freeKept();
    for (std::size_t p = 0; p < district.projects.size(); ++p) {
        kept.push_back(matcher.match(p, Matcher::Detail::CandidatesOnly));
    }
    if (digestOf(kept) != m.candidates_digest) {
        throw Error(Error::Kind::Internal, "matchAll and match disagree on the candidates");
    }
    freeKept();
    if (withRejections) {
        m.rejections = timeRuns(
            runs, [&] { kept = matcher.matchAll(Matcher::Detail::WithRejections); }, freeKept);
        std::uint64_t scored = 0;
        for (const core::ProjectMatch& match : kept) {
            scored += match.candidates.size();
            m.rejections_kept += match.rejected.size();
        }
        m.rejections_digest = digestOf(kept);
        if (scored != m.pairs_scored || scored + m.rejections_kept != m.pairs_evaluated) {
            throw Error(Error::Kind::Internal,
                        "WithRejections does not account for every pair CandidatesOnly scored");
        }
    }
    return m;
}

std::string hex(std::uint64_t value) {
    char text[24];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

void printTable(const std::vector<Measurement>& rows, std::ostream& out) {
    out << "| data set | sites (parcel + space) | projects | read s | join s | site facts s "
           "| load s | index s | match s (candidates only) | match s (with rejections) "
           "| pairs evaluated | pairs checked | pairs scored | pairs/s | (index + match) / load "
           "|\n"
        << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const Measurement& m : rows) {
        const double match = median(m.candidates.wall_s);
        out << "| " << m.name << " | " << grouped(m.parcel_sites + m.space_sites) << " ("
            << grouped(m.parcel_sites) << " + " << grouped(m.space_sites) << ") | "
            << grouped(m.projects) << " | " << seconds(m.read_s) << " | " << seconds(m.join_s)
            << " | " << seconds(m.facts_s) << " | " << seconds(m.load_s) << " | "
            << seconds(m.index_s) << " | " << seconds(match) << " | "
            << (m.rejections ? seconds(median(m.rejections->wall_s)) : std::string("—")) << " | "
            << grouped(m.pairs_evaluated) << " | " << grouped(m.pairs_checked) << " | "
            << grouped(m.pairs_scored) << " | "
            << perSecond(static_cast<double>(m.pairs_evaluated) / match) << " | "
            << ratio((m.index_s + match) / m.load_s) << " |\n";
    }
}

std::string range(const std::vector<double>& sorted) {
    return seconds(sorted.front()) + "–" + seconds(sorted.back());
}

void printDetails(const std::vector<Measurement>& rows, std::ostream& out) {
    out << "\n| data set | parcels | buildings | candidates only: min–max s | candidates only: "
           "CPU s, all threads | the same held to one CPU s | with rejections: min–max s | "
           "rejections kept | resident after load GiB | result digests |\n"
        << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
    for (const Measurement& m : rows) {
        out << "| " << m.name << " | " << grouped(m.parcels) << " | " << grouped(m.buildings)
            << " | " << range(m.candidates.wall_s) << " | " << seconds(median(m.candidates.cpu_s))
            << " | " << seconds(median(m.one_cpu.wall_s)) << " | "
            << (m.rejections ? range(m.rejections->wall_s) : std::string("—")) << " | "
            << (m.rejections ? grouped(m.rejections_kept) : std::string("—")) << " | "
            << seconds(m.resident_after_load_gib) << " | " << hex(m.candidates_digest)
            << (m.rejections_digest ? " / " + hex(*m.rejections_digest) : std::string()) << " |\n";
    }
}

void printAllocations(const std::vector<Measurement>& rows, std::ostream& out) {
    out << "\n| data set | solver | projects | candidate sites | pairs | build s | solve s | "
           "reported solver | status | objective | bound | gap % | placed | match s | "
           "(match + build + solve) / load |\n"
        << "|---|---|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---:|---:|\n";
    for (const Measurement& m : rows) {
        const double match = median(m.candidates.wall_s);
        for (const Allocation& a : m.allocations) {
            char figures[160];
            std::snprintf(figures, sizeof figures, "%.1f | %.1f | %.3f", a.result.objective,
                          a.result.bound, 100.0 * a.result.gap);
            out << "| " << m.name << " | " << a.solver << " | " << grouped(m.projects) << " | "
                << grouped(a.sites) << " | " << grouped(a.pairs) << " | " << seconds(a.build_s)
                << " | " << seconds(a.solve_s) << " | " << a.result.solver << " | "
                << core::toString(a.result.status) << " | " << figures << " | "
                << grouped(a.result.assignments.size()) << " | " << seconds(match) << " | "
                << ratio((match + a.build_s + a.solve_s) / m.load_s) << " |\n";
        }
    }
}

std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

// Removes the generated file at the end unless the user asked to keep it.
class TemporaryFile {
public:
    explicit TemporaryFile(std::filesystem::path path, bool keep)
        : m_path(std::move(path)), m_keep(keep) {}
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    TemporaryFile(TemporaryFile&&) = delete;
    TemporaryFile& operator=(TemporaryFile&&) = delete;
    ~TemporaryFile() {
        if (!m_keep) {
            std::error_code ignored;
            std::filesystem::remove(m_path, ignored);
        }
    }
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_path; }

private:
    std::filesystem::path m_path;
    bool m_keep;
};

double peakResidentGiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);  // ru_maxrss is in KiB
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Times matching against loading the same data (docs/performance.md)"};
    double scale = kDefaultScale;
    std::size_t projectCount = 1000;
    std::string keep;
    bool reuse = false;
    std::string sample = SITEFIT_SAMPLE;
    int runs = 5;
    bool skipGenerated = false;
    bool rejectionsEverywhere = false;
    std::vector<std::string> solvers{"heuristic"};
    double timeLimit = 60.0;
    app.add_option("--scale", scale, "generator scale of the large district (173: ~100,000 sites)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_option("--projects", projectCount, "projects synthesised for the large district")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_option("--keep", keep, "write the generated GeoPackage here and keep it");
    app.add_flag("--reuse", reuse, "with --keep: load an existing file instead of generating");
    app.add_option("--sample", sample, "the committed sample workspace")->capture_default_str();
    app.add_option("--runs", runs, "timed runs of each match; the median is reported")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_flag("--sample-only", skipGenerated, "skip the generated district");
    app.add_flag("--rejections-everywhere", rejectionsEverywhere,
                 "time WithRejections on the generated district too (it keeps a reason for "
                 "every pair: small scales only)");
    app.add_option("--allocation", solvers,
                   "solvers to allocate the candidates with, in turn: heuristic, auto (CBC "
                   "first, as `sitefit allocate` does)")
        ->capture_default_str()
        ->check(CLI::IsMember({"heuristic", "auto"}));
    app.add_option("--allocation-time-limit", timeLimit, "seconds each solver may take")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? 0 : exitCodeFor(Error::Kind::Usage);
    }
    try {
        const core::RulePack rules = core::defaultRulePack();
        std::vector<Measurement> rows;
        const std::string loadBefore = loadAverage();

        std::cerr << "loading " << sample << "\n";
        {
            const LoadedData data = load(sample, rules);
            rows.push_back(
                measure("sample (haizhou.gpkg)", data, rules, runs, true, solvers, timeLimit));
        }

        if (!skipGenerated) {
            const bool kept = !keep.empty();
            const std::filesystem::path path =
                kept ? std::filesystem::path(keep)
                     : std::filesystem::temp_directory_path() /
                           ("sitefit-matching-bench-" + std::to_string(getpid()) + ".gpkg");
            const TemporaryFile file(path, kept);
            if (!(reuse && kept && std::filesystem::exists(path))) {
                std::cerr << "generating scale " << scale << " into " << path.string() << "\n";
                const std::string command = shellQuoted(SITEFIT_SAMPLE_GENERATOR) + " --quiet" +
                                            " --scale " + std::to_string(scale) + " --seed " +
                                            std::to_string(kGeneratorSeed) + " --out " +
                                            shellQuoted(path.string());
                const Clock::time_point start = Clock::now();
                if (std::system(command.c_str()) != 0) {
                    throw Error(Error::Kind::Internal, "the sample generator failed: " + command);
                }
                std::cerr << "generated in " << seconds(secondsSince(start)) << " s\n";
            }
            std::cerr << "loading " << path.string() << "\n";
            LoadedData data = load(path.string(), rules);
            core::District& district = data.workspace.district;
            district.projects = bench::SyntheticProjects::make(
                district.projects, district.catalogue, projectCount, kProjectSeed, kAsOf);
            char name[64];
            std::snprintf(name, sizeof name, "generated (scale %g)", scale);
            rows.push_back(
                measure(name, data, rules, runs, rejectionsEverywhere, solvers, timeLimit));
        }

        std::cout << "\n";
        printTable(rows, std::cout);
        printDetails(rows, std::cout);
        printAllocations(rows, std::cout);
        std::cout << "\nmedian of " << runs << " runs; matchAll on "
                  << std::thread::hardware_concurrency() << " hardware threads; as of 2025-03-01; "
                  << "peak resident memory " << seconds(peakResidentGiB()) << " GiB\n"
                  << "load average (1, 5, 15 min) before: " << loadBefore
                  << "; after: " << loadAverage() << " (other work on the machine skews the "
                  << "figures)\n";
        for (const Measurement& m : rows) {
            const double total = m.index_s + median(m.candidates.wall_s);
            std::cout << m.name << ": matching " << (total < m.load_s ? "is" : "is NOT")
                      << " faster than loading (" << seconds(total) << " s against "
                      << seconds(m.load_s) << " s)\n";
        }
    } catch (const Error& error) {
        std::cerr << "sitefit-matching-bench: error: " << error.what() << "\n";
        return exitCodeFor(error.kind());
    } catch (const std::exception& error) {
        std::cerr << "sitefit-matching-bench: internal error: " << error.what() << "\n";
        return exitCodeFor(Error::Kind::Internal);
    }
    return 0;
}
