// sitefit-capacity-bench: the capacity analysis of a district of a million footprints (our
// load and join together) next to PostGIS's join alone on the same data, already loaded in a
// local server (docs/performance.md, "Capacity"). A timed harness, not a test: built with
// everything, never run by ctest.
//
//   sitefit-capacity-bench [--district DIR] [--scale 160] [--runs 3] [--threads-compare]
//                          [--compare-after-read] [--check-compare]
//                          [--pg-bin /usr/lib/postgresql/15/bin]
//
// Ours: gis::analyseCapacity on the GeoPackage — WorkspaceReader::read with the buildings
// joined as they are read (CapacityJoin::Streaming), then the rest of the join
// (building × parcel and building × zone intersection areas, parcel × zone areas, the zones
// each enterprise stands in, with every polygon's validity checked) and the capacity figures.
// Each run in its own child process, the file warm in the page cache.
//
// Baseline: a PostgreSQL 15 server of our own (initdb in a temporary directory, a private
// port on a Unix socket only, max_parallel_workers_per_gather = 2, stopped and removed at the
// end), the four layers loaded with ogr2ogr, GiST indexes built and ANALYZE run — none of it
// timed. Timed through libpq: the SQL join alone, each query once to warm up and then `runs`
// times, medians:
//   1. buildings × parcels: Σ ST_Area(ST_Intersection(b, p)) per parcel, pairs found by
//      ST_Intersects (the GiST index);
//   2. parcels × zones: ST_Area(ST_Intersection(p, z)) per intersecting pair;
//   3. enterprises in zones: count per zone, by ST_Intersects;
//   4. buildings × zones: Σ intersection area per zone — ours measures it too, so it is
//      reported beside the first three.
// Every query returns a count and a sum, so that the results can be set against ours.
//
// --threads-compare: also times our analysis with the join held to one thread (after the read).
// --compare-after-read: also times it with the join after the read, on every thread (how
// analyseCapacity worked before the join streamed).
// --check-compare: also times `sitefit check`'s work on the same file (gis::checkWorkspace:
// every flaw collected, overlaps and building topology), as a ratio to ours.

#include <libpq-fe.h>
#include <pwd.h>
#include <sched.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <limits>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "harness_support.hpp"
#include "sitefit/core/capacity_calculator.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/gis/capacity_analysis.hpp"
#include "sitefit/gis/capacity_join.hpp"
#include "sitefit/gis/workspace_check.hpp"
#include "sitefit/gis/workspace_reader.hpp"

namespace {

using namespace sitefit;
using bench::Clock;

// Notes when the reading stage ends, to split our time into read and join.
class StageClock final : public core::ProgressSink {
public:
    explicit StageClock(Clock::time_point start) : m_start(start) {}
    void report(std::string_view /*stage*/, std::size_t /*done*/, std::size_t /*total*/) override {}
    void finish(std::string_view stage) override {
        if (stage == "reading workspace") {
            m_read_s = bench::secondsSince(m_start);
        }
    }
    [[nodiscard]] double readSeconds() const noexcept { return m_read_s; }

private:
    Clock::time_point m_start;
    double m_read_s = 0.0;
};

// One run of ours: the fields of the vector inChild returns.
enum Field {
    kWall,
    kRead,
    kCpu,
    kCandidates,
    kDecided,
    kOverlays,
    kFootprintOnParcels,  // Σ building ∩ parcel, m²
    kParcelInZones,       // Σ parcel ∩ zone, m²
    kEnterprisesInZones,  // Σ over enterprises of the zones holding them
    kFootprintInZones,    // Σ building ∩ zone, m²
    kPeakKiB,
    kParcelsWithBuildings,
    kJoinedWhileReading,
    kFieldCount
};

std::vector<double> ourAnalysis(const std::string& gpkg, std::size_t threads) {
    const double cpuStart = bench::processCpuSeconds();
    const Clock::time_point start = Clock::now();
    StageClock stages(start);
    gis::CapacityAnalysis analysis;
    if (threads == 0) {
        analysis = gis::analyseCapacity(gpkg, stages);
    } else {  // analyseCapacity's steps, with the join's threads given
        analysis.workspace = gis::WorkspaceReader::read(gpkg);
        stages.finish("reading workspace");
        analysis.facts =
            gis::CapacityJoin::measure(analysis.workspace, stages, &analysis.statistics, threads);
        analysis.report =
            core::CapacityCalculator::compute(analysis.workspace.district, analysis.facts);
    }
    const double wall = bench::secondsSince(start);
    std::vector<double> out(kFieldCount, 0.0);
    out[kWall] = wall;
    out[kRead] = stages.readSeconds();
    out[kCpu] = bench::processCpuSeconds() - cpuStart;
    out[kCandidates] = static_cast<double>(analysis.statistics.candidate_pairs);
    out[kDecided] = static_cast<double>(analysis.statistics.decided_without_overlay);
    out[kOverlays] = static_cast<double>(analysis.statistics.overlays);
    out[kJoinedWhileReading] = static_cast<double>(analysis.statistics.joined_while_reading);
    std::vector<bool> parcelHasBuilding(analysis.facts.parcels.size(), false);
    for (const core::BuildingFacts& b : analysis.facts.buildings) {
        for (const core::Overlap& o : b.parcel_overlaps) {
            out[kFootprintOnParcels] += o.area_m2;
            parcelHasBuilding[o.index] = true;
        }
        for (const core::Overlap& o : b.zone_overlaps) {
            out[kFootprintInZones] += o.area_m2;
        }
    }
    for (const bool has : parcelHasBuilding) {
        out[kParcelsWithBuildings] += has ? 1.0 : 0.0;
    }
    for (const core::ParcelFacts& p : analysis.facts.parcels) {
        for (const core::Overlap& o : p.zone_overlaps) {
            out[kParcelInZones] += o.area_m2;
        }
    }
    for (const core::EnterpriseFacts& e : analysis.facts.enterprises) {
        out[kEnterprisesInZones] += static_cast<double>(e.zones.size());
    }
    out[kPeakKiB] = static_cast<double>(bench::statusKiB("VmHWM"));
    return out;
}

// One run of `sitefit check`'s work (checkWorkspace: the capacity analysis with every
// flaw collected, plus the building topology): wall seconds, errors, warnings, peak KiB.
std::vector<double> ourCheck(const std::string& gpkg) {
    const Clock::time_point start = Clock::now();
    const gis::CapacityAnalysis checked =
        gis::checkWorkspace(gpkg, core::DataTolerances{}, core::silentProgress());
    return {bench::secondsSince(start),
            static_cast<double>(checked.workspace.problems.errorCount()),
            static_cast<double>(checked.workspace.problems.warningCount()),
            static_cast<double>(bench::statusKiB("VmHWM"))};
}

// A PostgreSQL server of our own in a temporary directory, stopped and removed at the end.
class PostgresServer {
public:
    PostgresServer(std::string bin, int port) : m_bin(std::move(bin)), m_port(port) {
        char pattern[] = "/tmp/sitefit-capacity-bench-XXXXXX";
        if (::mkdtemp(pattern) == nullptr) {
            throw Error(Error::Kind::Internal, "cannot make a temporary directory");
        }
        m_dir = pattern;
        std::filesystem::create_directories(m_dir / "socket");
        m_asPostgres = ::geteuid() == 0;
        if (m_asPostgres) {  // initdb refuses root: the cluster belongs to `postgres`
            const passwd* user = ::getpwnam("postgres");
            if (user == nullptr) {
                throw Error(Error::Kind::Internal, "there is no `postgres` user to run the server");
            }
            bench::runCommand("chown -R postgres:postgres " + bench::shellQuoted(m_dir.string()));
        }
        run(bench::shellQuoted(m_bin + "/initdb") + " -D " +
            bench::shellQuoted((m_dir / "data").string()) +
            " -A trust -U postgres -E UTF8 > /dev/null");
        const std::string options = "-p " + std::to_string(m_port) + " -k " +
                                    (m_dir / "socket").string() +
                                    " -c listen_addresses='' -c max_parallel_workers_per_gather=2"
                                    " -c shared_buffers=1GB -c work_mem=256MB";
        run(bench::shellQuoted(m_bin + "/pg_ctl") + " -D " +
            bench::shellQuoted((m_dir / "data").string()) + " -l " +
            bench::shellQuoted((m_dir / "server.log").string()) + " -o " +
            bench::shellQuoted(options) + " -w start > /dev/null");
        m_started = true;
    }
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;
    PostgresServer(PostgresServer&&) = delete;
    PostgresServer& operator=(PostgresServer&&) = delete;
    ~PostgresServer() {
        if (m_started) {
            std::system((prefix() + bench::shellQuoted(m_bin + "/pg_ctl") + " -D " +
                         bench::shellQuoted((m_dir / "data").string()) +
                         " -m fast -w stop > /dev/null")
                            .c_str());
        }
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }

    [[nodiscard]] std::string connection() const {
        return "host=" + (m_dir / "socket").string() + " port=" + std::to_string(m_port) +
               " user=postgres dbname=postgres";
    }

private:
    [[nodiscard]] std::string prefix() const {
        return m_asPostgres ? "runuser -u postgres -- " : "";
    }
    void run(const std::string& command) const { bench::runCommand(prefix() + command); }

    std::string m_bin;
    int m_port;
    std::filesystem::path m_dir;
    bool m_asPostgres = false;
    bool m_started = false;
};

struct ConnectionDeleter {
    void operator()(PGconn* connection) const { PQfinish(connection); }
};
struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using Connection = std::unique_ptr<PGconn, ConnectionDeleter>;
using Result = std::unique_ptr<PGresult, ResultDeleter>;

Result execute(PGconn* connection, const std::string& sql) {
    Result result(PQexec(connection, sql.c_str()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        throw Error(Error::Kind::Internal,
                    "PostgreSQL refused `" + sql + "`: " + PQerrorMessage(connection));
    }
    return result;
}

struct Query {
    std::string name;
    std::string sql;
    std::vector<double> seconds;
    double count = 0.0;
    double sum = 0.0;
};

std::vector<Query> joinQueries() {
    return {
        {"buildings × parcels (Σ area per parcel)",
         "SELECT count(*), sum(s) FROM (SELECT p.fid, "
         "sum(ST_Area(ST_Intersection(b.geom, p.geom))) AS s FROM parcels p JOIN buildings b "
         "ON ST_Intersects(b.geom, p.geom) GROUP BY p.fid) t",
         {}},
        {"parcels × zones (area per pair)",
         "SELECT count(*), sum(a) FROM (SELECT p.fid, z.fid, "
         "ST_Area(ST_Intersection(p.geom, z.geom)) AS a FROM parcels p JOIN zones z "
         "ON ST_Intersects(p.geom, z.geom)) t",
         {}},
        {"enterprises in zones (count per zone)",
         "SELECT count(*), sum(n) FROM (SELECT z.fid, count(*) AS n FROM zones z "
         "JOIN enterprises e ON ST_Intersects(z.geom, e.geom) GROUP BY z.fid) t",
         {}},
        {"buildings × zones (Σ area per zone)",
         "SELECT count(*), sum(s) FROM (SELECT z.fid, "
         "sum(ST_Area(ST_Intersection(b.geom, z.geom))) AS s FROM zones z JOIN buildings b "
         "ON ST_Intersects(b.geom, z.geom) GROUP BY z.fid) t",
         {}},
    };
}

double timeQuery(PGconn* connection, Query& query) {
    const Clock::time_point start = Clock::now();
    const Result result = execute(connection, query.sql);
    const double seconds = bench::secondsSince(start);
    query.count = std::strtod(PQgetvalue(result.get(), 0, 0), nullptr);
    query.sum = std::strtod(PQgetvalue(result.get(), 0, 1), nullptr);
    return seconds;
}

struct OurRuns {
    std::vector<std::vector<double>> runs;
    [[nodiscard]] double median(Field field) const {
        std::vector<double> values;
        for (const std::vector<double>& run : runs) {
            values.push_back(run.at(field));
        }
        return bench::median(values);
    }
    [[nodiscard]] double fastest(Field field) const {
        double best = std::numeric_limits<double>::infinity();
        for (const std::vector<double>& run : runs) {
            best = std::min(best, run.at(field));
        }
        return best;
    }
};

std::string percent(double share) {
    return bench::fixed(100.0 * share, 1) + " %";
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Times our capacity analysis against PostGIS's join (docs/performance.md)"};
    double scale = 160.0;
    std::filesystem::path district;
    int runs = 3;
    bool threadsCompare = false;
    bool compareAfterRead = false;
    std::string pgBin = "/usr/lib/postgresql/15/bin";
    app.add_option("--district", district,
                   "directory made by sitefit-make-district (made there if missing); default "
                   "bench-data/scale-<scale> in the build tree");
    app.add_option("--scale", scale, "scale of the district to make when there is none")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_option("--runs", runs, "timed runs of each (the median is reported)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_flag("--threads-compare", threadsCompare,
                 "also time our analysis with the join on one thread");
    app.add_flag("--compare-after-read", compareAfterRead,
                 "also time our analysis with the join after the read, on every thread");
    bool checkCompare = false;
    app.add_flag("--check-compare", checkCompare,
                 "also time `sitefit check`'s work (checkWorkspace) on the same file");
    app.add_option("--pg-bin", pgBin, "PostgreSQL's programs")->capture_default_str();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? 0 : exitCodeFor(Error::Kind::Usage);
    }
    try {
        if (district.empty()) {
            district = bench::defaultDistrictDir(scale);
        }
        const bench::DistrictFiles files = bench::ensureDistrict(district, scale);
        const std::string gpkg = files.gpkg.string();
        const std::string loadAtStart = bench::loadAverage();

        // The server first: its set-up is not timed.
        const int port = 40000 + static_cast<int>(::getpid() % 20000);
        std::cerr << "starting PostgreSQL on port " << port << "\n";
        const PostgresServer server(pgBin, port);
        const Connection connection(PQconnectdb(server.connection().c_str()));
        if (PQstatus(connection.get()) != CONNECTION_OK) {
            throw Error(Error::Kind::Internal,
                        std::string("cannot connect: ") + PQerrorMessage(connection.get()));
        }
        execute(connection.get(), "CREATE EXTENSION postgis");
        std::cerr << "loading the district into PostGIS (ogr2ogr)\n";
        const Clock::time_point loadStart = Clock::now();
        bench::runCommand("ogr2ogr -f PostgreSQL " +
                          bench::shellQuoted("PG:" + server.connection()) + " " +
                          bench::shellQuoted(gpkg) +
                          " zones parcels buildings enterprises -lco GEOMETRY_NAME=geom"
                          " -lco SPATIAL_INDEX=NONE -lco FID=fid");
        for (const char* table : {"zones", "parcels", "buildings", "enterprises"}) {
            execute(connection.get(),
                    std::string("CREATE INDEX ON ") + table + " USING GIST (geom)");
        }
        execute(connection.get(), "VACUUM ANALYZE");
        const double pgLoad_s = bench::secondsSince(loadStart);
        const Result version = execute(connection.get(), "SELECT postgis_full_version()");
        const std::string postgisVersion = PQgetvalue(version.get(), 0, 0);

        bench::warmPageCache(files.gpkg);
        std::vector<Query> queries = joinQueries();
        for (Query& query : queries) {  // warm-up, untimed
            std::cerr << "PostGIS warm-up: " << query.name << "\n";
            timeQuery(connection.get(), query);
        }
        OurRuns ours;
        OurRuns oneThread;
        OurRuns afterRead;
        std::vector<std::vector<double>> checks;  // ourCheck's fields, a run each
        const std::size_t everyThread = std::max(1U, std::thread::hardware_concurrency());
        for (int r = 0; r < runs; ++r) {
            std::cerr << "run " << (r + 1) << "/" << runs << ": ours";
            ours.runs.push_back(bench::inChild([&] { return ourAnalysis(gpkg, 0); }));
            std::cerr << " " << bench::seconds(ours.runs.back()[kWall]) << " s";
            if (threadsCompare) {
                oneThread.runs.push_back(bench::inChild([&] { return ourAnalysis(gpkg, 1); }));
                std::cerr << " (one thread " << bench::seconds(oneThread.runs.back()[kWall])
                          << " s)";
            }
            if (compareAfterRead) {
                afterRead.runs.push_back(
                    bench::inChild([&] { return ourAnalysis(gpkg, everyThread); }));
                std::cerr << " (join after the read "
                          << bench::seconds(afterRead.runs.back()[kWall]) << " s)";
            }
            if (checkCompare) {
                checks.push_back(bench::inChild([&] { return ourCheck(gpkg); }));
                std::cerr << " (check " << bench::seconds(checks.back()[0]) << " s)";
            }
            std::cerr << "; PostGIS";
            for (Query& query : queries) {
                query.seconds.push_back(timeQuery(connection.get(), query));
                std::cerr << " " << bench::seconds(query.seconds.back());
            }
            std::cerr << " s\n";
        }
        const std::string loadAtEnd = bench::loadAverage();

        const double oursWall = ours.median(kWall);
        const double oursRead = ours.median(kRead);
        double pgThree = 0.0;
        double pgFour = 0.0;
        for (std::size_t q = 0; q < queries.size(); ++q) {
            const double m = bench::median(queries[q].seconds);
            pgFour += m;
            pgThree += q < 3 ? m : 0.0;
        }
        std::cout << "\nmachine: " << bench::machineSummary() << "\n"
                  << "PostGIS: " << postgisVersion << "\n"
                  << "PostgreSQL settings: max_parallel_workers_per_gather = 2, shared_buffers = "
                     "1GB, work_mem = 256MB; loading and indexing (untimed) took "
                  << bench::seconds(pgLoad_s) << " s\n"
                  << "median of " << runs << " runs; load average at start " << loadAtStart
                  << ", at end " << loadAtEnd << "\n\n";
        std::cout << "| | s | ours / this |\n|---|---:|---:|\n"
                  << "| ours: load + join + figures (analyseCapacity) | "
                  << bench::seconds(oursWall) << " | — |\n"
                  << "| … of which reading the GeoPackage, the buildings joined as they come | "
                  << bench::seconds(oursRead) << " | — |\n"
                  << "| … of which the rest of the join and the figures | "
                  << bench::seconds(oursWall - oursRead) << " | — |\n";
        if (compareAfterRead) {
            std::cout << "| ours with the join after the read (before the join streamed) | "
                      << bench::seconds(afterRead.median(kWall)) << " (join "
                      << bench::seconds(afterRead.median(kWall) - afterRead.median(kRead)) << ") | "
                      << bench::fixed(afterRead.median(kWall) / pgThree, 2) << "× PostGIS 1–3 |\n";
        }
        if (threadsCompare) {
            std::cout << "| ours with the join on one thread | "
                      << bench::seconds(oneThread.median(kWall)) << " (join "
                      << bench::seconds(oneThread.median(kWall) - oneThread.median(kRead))
                      << ") | — |\n";
        }
        if (checkCompare) {
            std::vector<double> wall;
            for (const std::vector<double>& run : checks) {
                wall.push_back(run[0]);
            }
            const double check = bench::median(wall);
            std::cout << "| sitefit check's work (checkWorkspace): "
                      << bench::grouped(static_cast<std::uint64_t>(checks.front()[1]))
                      << " errors, "
                      << bench::grouped(static_cast<std::uint64_t>(checks.front()[2]))
                      << " warnings; peak " << bench::fixed(checks.front()[3] / 1024.0, 0)
                      << " MiB | " << bench::seconds(check) << " | check / capacity: **"
                      << bench::fixed(check / oursWall, 2)
                      << "×** (target ≤ 2×: " << (check / oursWall <= 2.0 ? "met" : "NOT met")
                      << ") |\n";
        }
        for (const Query& query : queries) {
            const double m = bench::median(query.seconds);
            std::cout << "| PostGIS: " << query.name << " | " << bench::seconds(m) << " | "
                      << bench::fixed(oursWall / m, 2) << "× |\n";
        }
        std::cout << "| **PostGIS: queries 1–3** | " << bench::seconds(pgThree) << " | **"
                  << bench::fixed(oursWall / pgThree, 2)
                  << "×** (target ≤ 0.5×: " << (oursWall / pgThree <= 0.5 ? "met" : "NOT met")
                  << ") |\n"
                  << "| PostGIS: queries 1–4 (all ours does) | " << bench::seconds(pgFour) << " | "
                  << bench::fixed(oursWall / pgFour, 2) << "× |\n";

        const double candidates = ours.median(kCandidates);
        const double decided = ours.median(kDecided);
        std::cout << "\nour join: " << bench::grouped(static_cast<std::uint64_t>(candidates))
                  << " candidate pairs from the index, "
                  << bench::grouped(static_cast<std::uint64_t>(decided))
                  << " decided without an overlay (" << percent(decided / candidates)
                  << "; target ≥ 90 %: " << (decided / candidates >= 0.9 ? "met" : "NOT met")
                  << "), " << bench::grouped(static_cast<std::uint64_t>(ours.median(kOverlays)))
                  << " overlays; "
                  << bench::grouped(static_cast<std::uint64_t>(ours.median(kJoinedWhileReading)))
                  << " buildings joined while the file was read; CPU "
                  << bench::seconds(ours.median(kCpu)) << " s for " << bench::seconds(oursWall)
                  << " s wall on " << std::thread::hardware_concurrency()
                  << " hardware threads; peak " << bench::fixed(ours.median(kPeakKiB) / 1024.0, 0)
                  << " MiB\n\n"
                  << "the same answers (ours / PostGIS):\n"
                  << "  parcels with buildings:          "
                  << bench::grouped(static_cast<std::uint64_t>(ours.median(kParcelsWithBuildings)))
                  << " / " << bench::grouped(static_cast<std::uint64_t>(queries[0].count)) << "\n"
                  << "  Σ footprint on parcels, m²:      "
                  << bench::fixed(ours.median(kFootprintOnParcels), 1) << " / "
                  << bench::fixed(queries[0].sum, 1) << "\n"
                  << "  Σ parcel area in zones, m²:      "
                  << bench::fixed(ours.median(kParcelInZones), 1) << " / "
                  << bench::fixed(queries[1].sum, 1) << "\n"
                  << "  enterprises in zones:            "
                  << bench::grouped(static_cast<std::uint64_t>(ours.median(kEnterprisesInZones)))
                  << " / " << bench::grouped(static_cast<std::uint64_t>(queries[2].sum)) << "\n"
                  << "  Σ footprint in zones, m²:        "
                  << bench::fixed(ours.median(kFootprintInZones), 1) << " / "
                  << bench::fixed(queries[3].sum, 1) << "\n";
        // On a shared machine the fastest run of each is the one least disturbed.
        double pgFastest = 0.0;
        for (std::size_t q = 0; q < 3; ++q) {
            pgFastest += *std::min_element(queries[q].seconds.begin(), queries[q].seconds.end());
        }
        std::cout << "\nfastest runs: ours " << bench::seconds(ours.fastest(kWall))
                  << " s, PostGIS queries 1–3 " << bench::seconds(pgFastest)
                  << " s: " << bench::fixed(ours.fastest(kWall) / pgFastest, 2) << "×\n";
        std::cout << "\nruns (wall s), ours / PostGIS 1–3:";
        for (int r = 0; r < runs; ++r) {
            double pg = 0.0;
            for (std::size_t q = 0; q < 3; ++q) {
                pg += queries[q].seconds[static_cast<std::size_t>(r)];
            }
            std::cout << " " << bench::seconds(ours.runs[static_cast<std::size_t>(r)][kWall])
                      << " / " << bench::seconds(pg) << ";";
        }
        std::cout << "\n";
    } catch (const Error& error) {
        std::cerr << "sitefit-capacity-bench: error: " << error.what() << "\n";
        return exitCodeFor(error.kind());
    } catch (const std::exception& error) {
        std::cerr << "sitefit-capacity-bench: internal error: " << error.what() << "\n";
        return exitCodeFor(Error::Kind::Internal);
    }
    return 0;
}
