// sitefit-load-bench: how long a workspace of a million footprints takes to load, next to a
// bare GDAL loop over the same file, and how much memory it takes (docs/performance.md,
// "Scale: load" and "Memory"). A timed harness, not a test: built with everything, never run
// by ctest.
//
//   sitefit-load-bench [--district DIR] [--scale 160] [--runs 3] [--format gpkg|fgb|both]
//
// Ours: gis::WorkspaceReader::read (every check of the schema, the values and the limits)
// with the map's drawable layers and their spatial index (gis::DrawableLayer for zones,
// parcels, buildings and enterprises) made while reading (gis::DrawableLayersSink),
// which is what opening a workspace in sitefit-gui does before the first frame. Also timed:
// the read alone, and the read followed by the drawable layers made from the WKB (how the
// map made them before). Baseline: an OGR C++ loop over every layer of the same file
// that reads every feature's geometry as WKB and every field with its typed getter, and
// keeps them (WKB bytes, numbers and strings) in memory. Each measurement runs in its own
// child process, alternating baseline and ours, the file warm in the page cache; the peak
// memory is the child's VmHWM less what it held when it started.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "harness_support.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/drawable_layer.hpp"
#include "sitefit/gis/drawable_layers_sink.hpp"
#include "sitefit/gis/workspace_reader.hpp"

namespace {

using namespace sitefit;
using bench::Clock;

// What a bare loop keeps of a file.
struct BareContents {
    std::vector<std::vector<std::uint8_t>> wkb;
    std::vector<double> numbers;
    std::vector<std::string> strings;
};

// One measurement: [wall s, CPU s, features, footprints, RSS at start KiB, peak KiB,
// RSS at end KiB, stage 1 s, stage 2 s].
enum Field { kWall, kCpu, kFeatures, kFootprints, kStartKiB, kPeakKiB, kEndKiB, kStage1, kStage2 };

std::vector<double> bareLoop(const std::string& path) {
    const double startKiB = static_cast<double>(bench::statusKiB("VmRSS"));
    const double cpuStart = bench::processCpuSeconds();
    const Clock::time_point start = Clock::now();
    GDALAllRegister();
    const GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        throw Error(Error::Kind::Input, "GDAL cannot open " + path);
    }
    BareContents kept;
    std::uint64_t features = 0;
    std::uint64_t footprints = 0;
    for (OGRLayer* layer : dataset->GetLayers()) {
        const OGRFeatureDefn& definition = *layer->GetLayerDefn();
        const int fieldCount = definition.GetFieldCount();
        const bool isBuildings = std::string(layer->GetName()) == "buildings";
        layer->ResetReading();
        for (const auto& feature : *layer) {
            ++features;
            if (const OGRGeometry* geometry = feature->GetGeometryRef(); geometry != nullptr) {
                std::vector<std::uint8_t>& wkb = kept.wkb.emplace_back(geometry->WkbSize());
                geometry->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
                footprints += isBuildings ? 1 : 0;
            }
            for (int i = 0; i < fieldCount; ++i) {
                if (!feature->IsFieldSetAndNotNull(i)) {
                    continue;
                }
                switch (definition.GetFieldDefn(i)->GetType()) {
                    case OFTInteger:
                    case OFTInteger64:
                        kept.numbers.push_back(
                            static_cast<double>(feature->GetFieldAsInteger64(i)));
                        break;
                    case OFTReal:
                        kept.numbers.push_back(feature->GetFieldAsDouble(i));
                        break;
                    case OFTDate:
                    case OFTDateTime: {
                        int y = 0;
                        int m = 0;
                        int d = 0;
                        int hh = 0;
                        int mm = 0;
                        float ss = 0.0F;
                        int tz = 0;
                        feature->GetFieldAsDateTime(i, &y, &m, &d, &hh, &mm, &ss, &tz);
                        kept.numbers.push_back(y * 10000.0 + m * 100.0 + d);
                        break;
                    }
                    default:
                        kept.strings.emplace_back(feature->GetFieldAsString(i));
                }
            }
        }
    }
    const double wall = bench::secondsSince(start);
    return {wall,
            bench::processCpuSeconds() - cpuStart,
            static_cast<double>(features),
            static_cast<double>(footprints),
            startKiB,
            static_cast<double>(bench::statusKiB("VmHWM")),
            static_cast<double>(bench::statusKiB("VmRSS")),
            wall,
            0.0};
}

// How ours makes the map's drawable layers.
enum class Drawable {
    None,          // the read alone
    WhileReading,  // gis::DrawableLayersSink: from GDAL's geometries as they are read
    AfterRead,     // DrawableLayer from the WKB once the read is done (before 2026-11-26)
};

std::vector<double> ourLoad(const std::string& path, Drawable drawable) {
    const double startKiB = static_cast<double>(bench::statusKiB("VmRSS"));
    const double cpuStart = bench::processCpuSeconds();
    const Clock::time_point start = Clock::now();
    gis::ReadOptions options;
    gis::DrawableLayersSink sink;
    if (drawable == Drawable::WhileReading) {
        options.sinks.push_back(&sink);
    }
    const gis::Workspace workspace =
        gis::WorkspaceReader::read(path, gis::InputLimits::fromEnvironment(), options);
    // The layers made while reading wait here for the last indexes.
    gis::DrawableLayers layers = sink.take();
    const double read = bench::secondsSince(start);
    const Clock::time_point indexStart = Clock::now();
    if (drawable == Drawable::AfterRead) {
        layers = gis::drawableLayersOf(workspace);  // none were read: all made here
    }
    const double index = bench::secondsSince(indexStart);
    if (drawable != Drawable::None && !layers.complete()) {
        throw Error(Error::Kind::Internal, "the drawable layers were not made");
    }
    const double wall = bench::secondsSince(start);
    const core::District& d = workspace.district;
    const std::size_t features = d.zones.size() + d.parcels.size() + d.buildings.size() +
                                 d.enterprises.size() + d.projects.size() +
                                 d.catalogue.chains.size() + d.catalogue.categories.size() +
                                 d.catalogue.links.size();
    return {wall,
            bench::processCpuSeconds() - cpuStart,
            static_cast<double>(features),
            static_cast<double>(d.buildings.size()),
            startKiB,
            static_cast<double>(bench::statusKiB("VmHWM")),
            static_cast<double>(bench::statusKiB("VmRSS")),
            read,
            index};
}

struct Series {
    std::vector<std::vector<double>> runs;
    [[nodiscard]] double median(Field field) const {
        std::vector<double> values;
        for (const std::vector<double>& run : runs) {
            values.push_back(run.at(field));
        }
        return bench::median(values);
    }
    [[nodiscard]] double peakMiB() const {  // the median run's peak over its start
        std::vector<double> values;
        for (const std::vector<double>& run : runs) {
            values.push_back((run.at(kPeakKiB) - run.at(kStartKiB)) / 1024.0);
        }
        return bench::median(values);
    }
    [[nodiscard]] double heldMiB() const {
        std::vector<double> values;
        for (const std::vector<double>& run : runs) {
            values.push_back((run.at(kEndKiB) - run.at(kStartKiB)) / 1024.0);
        }
        return bench::median(values);
    }
};

struct FormatResult {
    std::string name;
    std::filesystem::path path;
    Series bare;
    Series read;       // the read alone
    Series ours;       // the read with the drawable layers made while reading
    Series afterRead;  // the read, then the drawable layers from the WKB
    std::string load_before;
    std::string load_after;
};

FormatResult measure(const std::string& name, const std::filesystem::path& path, int runs) {
    FormatResult result{name, path, {}, {}, {}, {}, bench::loadAverage(), {}};
    bench::warmPageCache(path);
    for (int r = 0; r < runs; ++r) {
        std::cerr << name << " run " << (r + 1) << "/" << runs << ": bare GDAL loop";
        result.bare.runs.push_back(bench::inChild([&] { return bareLoop(path.string()); }));
        std::cerr << " " << bench::seconds(result.bare.runs.back()[kWall]) << " s; ours";
        result.ours.runs.push_back(
            bench::inChild([&] { return ourLoad(path.string(), Drawable::WhileReading); }));
        std::cerr << " " << bench::seconds(result.ours.runs.back()[kWall]) << " s; read alone";
        result.read.runs.push_back(
            bench::inChild([&] { return ourLoad(path.string(), Drawable::None); }));
        std::cerr << " " << bench::seconds(result.read.runs.back()[kWall])
                  << " s; drawable after the read";
        result.afterRead.runs.push_back(
            bench::inChild([&] { return ourLoad(path.string(), Drawable::AfterRead); }));
        std::cerr << " " << bench::seconds(result.afterRead.runs.back()[kWall]) << " s\n";
    }
    result.load_after = bench::loadAverage();
    return result;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Times loading a workspace against a bare GDAL loop (docs/performance.md)"};
    double scale = 160.0;
    std::filesystem::path district;
    int runs = 3;
    std::string format = "both";
    app.add_option("--district", district,
                   "directory made by sitefit-make-district (made there if missing); default "
                   "bench-data/scale-<scale> in the build tree");
    app.add_option("--scale", scale, "scale of the district to make when there is none")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_option("--runs", runs, "runs of each (the median is reported)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_option("--format", format, "gpkg, fgb or both")
        ->capture_default_str()
        ->check(CLI::IsMember({"gpkg", "fgb", "both"}));
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
        std::vector<FormatResult> results;
        if (format != "fgb") {
            results.push_back(measure("GeoPackage", files.gpkg, runs));
        }
        if (format != "gpkg") {
            results.push_back(measure("FlatGeobuf", files.fgb, runs));
        }

        std::cout << "\nmachine: " << bench::machineSummary() << "\n"
                  << "median of " << runs << " runs, each in its own process\n\n"
                  << "| format | file MB | features | footprints | bare GDAL loop s | read alone s "
                     "| ours: read with the drawable layers and index s | ours / bare | target | "
                     "read, then drawable layers from the WKB s | that / bare | read alone / bare "
                     "| CPU s (bare / ours / read, then layers) | load average before → after |\n"
                  << "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|\n";
        for (const FormatResult& r : results) {
            const double bare = r.bare.median(kWall);
            const double ours = r.ours.median(kWall);
            const double after = r.afterRead.median(kWall);
            std::cout << "| " << r.name << " | "
                      << bench::fixed(static_cast<double>(bench::sizeOnDisk(r.path)) / 1e6, 0)
                      << " | "
                      << bench::grouped(static_cast<std::uint64_t>(r.ours.median(kFeatures)))
                      << " | "
                      << bench::grouped(static_cast<std::uint64_t>(r.ours.median(kFootprints)))
                      << " | " << bench::seconds(bare) << " | "
                      << bench::seconds(r.read.median(kWall)) << " | " << bench::seconds(ours)
                      << " | " << bench::fixed(ours / bare, 2) << "× | ≤ 1.5× "
                      << (ours / bare <= 1.5 ? "(met)" : "(NOT met)") << " | "
                      << bench::seconds(after) << " | " << bench::fixed(after / bare, 2) << "× | "
                      << bench::fixed(r.read.median(kWall) / bare, 2) << "× | "
                      << bench::seconds(r.bare.median(kCpu)) << " / "
                      << bench::seconds(r.ours.median(kCpu)) << " / "
                      << bench::seconds(r.afterRead.median(kCpu)) << " | " << r.load_before << " → "
                      << r.load_after << " |\n";
        }
        std::cout << "\n| format | footprints | bare loop: peak MB | held MB | ours: peak MB | "
                     "held MB | ours: peak MB per 1M footprints | ours / bare (peak) |\n"
                  << "|---|---:|---:|---:|---:|---:|---:|---:|\n";
        for (const FormatResult& r : results) {
            const double millions = r.ours.median(kFootprints) / 1e6;
            const double toMB = 1.048576;  // MiB → MB
            std::cout << "| " << r.name << " | "
                      << bench::grouped(static_cast<std::uint64_t>(r.ours.median(kFootprints)))
                      << " | " << bench::fixed(r.bare.peakMiB() * toMB, 0) << " | "
                      << bench::fixed(r.bare.heldMiB() * toMB, 0) << " | "
                      << bench::fixed(r.ours.peakMiB() * toMB, 0) << " | "
                      << bench::fixed(r.ours.heldMiB() * toMB, 0) << " | "
                      << bench::fixed(r.ours.peakMiB() * toMB / millions, 0) << " | "
                      << bench::fixed(r.ours.peakMiB() / r.bare.peakMiB(), 2) << "× |\n";
        }
        // On a shared machine the fastest run of each is the one least disturbed.
        std::cout << "\nfastest runs (wall s), bare / ours:";
        for (const FormatResult& r : results) {
            double bare = 1e300;
            double ours = 1e300;
            for (std::size_t i = 0; i < r.ours.runs.size(); ++i) {
                bare = std::min(bare, r.bare.runs[i][kWall]);
                ours = std::min(ours, r.ours.runs[i][kWall]);
            }
            std::cout << "\n  " << r.name << ": " << bench::seconds(bare) << " / "
                      << bench::seconds(ours) << " = " << bench::fixed(ours / bare, 2) << "×";
        }
        std::cout << "\nruns (wall s), bare / ours:";
        for (const FormatResult& r : results) {
            std::cout << "\n  " << r.name << ":";
            for (std::size_t i = 0; i < r.ours.runs.size(); ++i) {
                std::cout << " " << bench::seconds(r.bare.runs[i][kWall]) << " / "
                          << bench::seconds(r.ours.runs[i][kWall]) << ";";
            }
        }
        std::cout << "\n";
    } catch (const Error& error) {
        std::cerr << "sitefit-load-bench: error: " << error.what() << "\n";
        return exitCodeFor(error.kind());
    } catch (const std::exception& error) {
        std::cerr << "sitefit-load-bench: internal error: " << error.what() << "\n";
        return exitCodeFor(Error::Kind::Internal);
    }
    return 0;
}
