// sitefit-render-bench: how long the map takes to draw (docs/performance.md). A timed
// harness, not a test: built with everything, never run by ctest.
//
// Loads a workspace once, as `sitefit render` does (MatchingSession, then MapData), then
// times: the whole district at 1920 × 1080, a zoom to 1:5,000 around the district's centre,
// a pan frame (the last image drawn shifted by 40 px into a new one: what the canvas shows
// while the user drags, before the new render arrives), and converting the buildings for
// drawing (DrawableLayer). The committed sample by default; `--scale S` generates a larger
// district with sitefit-sample-generator first (about 6,300 buildings per unit of scale).
//
//   sitefit-render-bench [--scale S] [--sample FILE] [--qgis [--qgis-only] [--runs N]]
//                        [Google Benchmark flags]
//
// --qgis: before the Google Benchmark runs, renders the same views with QGIS
// (bench/qgis_render_baseline.py under Debian's /usr/bin/python3, QgsMapRendererParallelJob
// on the same GeoPackage) and with our renderer, N runs each after a warm-up, and prints
// the medians side by side with their ratio (docs/performance.md, "Scale: rendering vs
// QGIS"). --qgis-only skips the Google Benchmark runs.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/gis/drawable_layer.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_renderer.hpp"
#include "sitefit/gui/map_settings.hpp"
#include "sitefit/gui/map_transform.hpp"
#include "sitefit/planning/planning_session.hpp"

namespace {

using namespace sitefit;

constexpr std::uint64_t kGeneratorSeed = 20230305;  // the sample's seed
const QSize kScreen(1920, 1080);
constexpr double kScreenDpi = 96.0;
constexpr double kZoomScale = 5000.0;
constexpr int kPanStepPx = 40;
constexpr double kMetresPerInch = 0.0254;

// Loaded once in main(), read by every benchmark.
struct Loaded {
    std::unique_ptr<planning::PlanningSession> session;
    std::shared_ptr<const gui::MapData> data;
};
Loaded& loaded() {
    static Loaded instance;
    return instance;
}

gui::MapSnapshot snapshotAt(const gis::Envelope& extent) {
    gui::MapSnapshot snapshot;
    snapshot.data = loaded().data;
    snapshot.results = std::make_shared<const gui::MapResults>();
    snapshot.settings.extent = extent;
    snapshot.settings.size = kScreen;
    snapshot.settings.dpi = kScreenDpi;
    snapshot.settings.layers = gui::defaultLayerSettings();
    return snapshot;
}

// Features of each layer that meet the view: what the renderer has to draw.
void countFeatures(benchmark::State& state, const gis::Envelope& extent) {
    const gui::MapData& data = *loaded().data;
    const gis::Envelope view = gui::MapTransform(extent, kScreen).visibleExtent();
    state.counters["zones"] = static_cast<double>(data.zones->query(view).size());
    state.counters["parcels"] = static_cast<double>(data.parcels->query(view).size());
    state.counters["buildings"] = static_cast<double>(data.buildings->query(view).size());
    state.counters["enterprises"] = static_cast<double>(data.enterprises->query(view).size());
}

void renderAt(benchmark::State& state, const gis::Envelope& extent) {
    const gui::MapSnapshot snapshot = snapshotAt(extent);
    for (auto _ : state) {
        QImage image = gui::renderMap(snapshot);
        benchmark::DoNotOptimize(image.constBits());
    }
    countFeatures(state, extent);
}

void renderFullExtent(benchmark::State& state) {
    renderAt(state, loaded().data->extent());
}

// The 1:5,000 view of a 1920 × 1080 screen centred on (cx, cy).
gis::Envelope zoomAround(double cx, double cy) {
    const double metresPerPixel = kZoomScale * kMetresPerInch / kScreenDpi;
    const double halfWidth = metresPerPixel * kScreen.width() / 2.0;
    const double halfHeight = metresPerPixel * kScreen.height() / 2.0;
    return {cx - halfWidth, cy - halfHeight, cx + halfWidth, cy + halfHeight};
}

void renderZoom1To5000(benchmark::State& state) {
    const gis::Envelope all = loaded().data->extent();
    renderAt(state, zoomAround((all.min_x + all.max_x) / 2.0, (all.min_y + all.max_y) / 2.0));
}

// The same zoom on the largest zone: a view full of parcels and factories (the district's
// centre may fall between parks).
void renderZoom1To5000LargestZone(benchmark::State& state) {
    const gis::DrawableLayer& zones = *loaded().data->zones;
    gis::Envelope largest;
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const gis::Envelope e = zones.feature(i).envelope;
        if (e.width() * e.height() > largest.width() * largest.height()) {
            largest = e;
        }
    }
    renderAt(state, zoomAround((largest.min_x + largest.max_x) / 2.0,
                               (largest.min_y + largest.max_y) / 2.0));
}

void panFrame(benchmark::State& state) {
    const gui::MapSnapshot snapshot = snapshotAt(loaded().data->extent());
    const QImage last = gui::renderMap(snapshot);
    for (auto _ : state) {
        QImage frame(last.size(), QImage::Format_ARGB32_Premultiplied);
        frame.fill(snapshot.settings.background);
        {
            QPainter painter(&frame);
            painter.drawImage(QPoint(kPanStepPx, 0), last);
        }
        benchmark::DoNotOptimize(frame.constBits());
    }
}

void drawableLayerBuildings(benchmark::State& state) {
    const std::vector<gis::Wkb>& wkbs = loaded().session->capacity().workspace.building_geometries;
    std::size_t bytes = 0;
    for (auto _ : state) {
        const gis::DrawableLayer layer(wkbs, "buildings");
        bytes = layer.memoryBytes();
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(wkbs.size()));
    state.counters["buildings"] = static_cast<double>(wkbs.size());
    state.counters["MiB"] = static_cast<double>(bytes) / (1024.0 * 1024.0);
}

BENCHMARK(renderFullExtent)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(renderZoom1To5000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(renderZoom1To5000LargestZone)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(panFrame)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(drawableLayerBuildings)->Unit(benchmark::kMillisecond)->UseRealTime();

// The views both renderers draw, by name.
struct View {
    std::string name;
    gis::Envelope extent;
};

std::vector<View> comparedViews() {
    const gis::Envelope all = loaded().data->extent();
    const gis::DrawableLayer& zones = *loaded().data->zones;
    gis::Envelope largest;
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const gis::Envelope e = zones.feature(i).envelope;
        if (e.width() * e.height() > largest.width() * largest.height()) {
            largest = e;
        }
    }
    return {
        {"full extent", all},
        {"1:5,000 at the centre",
         zoomAround((all.min_x + all.max_x) / 2.0, (all.min_y + all.max_y) / 2.0)},
        {"1:5,000 on the largest zone",
         zoomAround((largest.min_x + largest.max_x) / 2.0, (largest.min_y + largest.max_y) / 2.0)},
    };
}

double medianOf(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

// Wall milliseconds of our renderMap at `extent`: the median of `runs` after one warm-up.
// `detail_budget` as the map window sets it (MapCanvas::kDetailBudget), or 0 for every
// feature, as QGIS draws them.
double ourRenderMs(const gis::Envelope& extent, int runs, std::size_t detail_budget = 0) {
    gui::MapSnapshot snapshot = snapshotAt(extent);
    snapshot.settings.detail_budget = detail_budget;
    std::vector<double> times;
    for (int r = 0; r <= runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const QImage image = gui::renderMap(snapshot);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        if (r > 0) {
            times.push_back(ms);
        }
        benchmark::DoNotOptimize(image.constBits());
    }
    return medianOf(times);
}

double panFrameMs(int runs) {
    const gui::MapSnapshot snapshot = snapshotAt(loaded().data->extent());
    const QImage last = gui::renderMap(snapshot);
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        QImage frame(last.size(), QImage::Format_ARGB32_Premultiplied);
        frame.fill(snapshot.settings.background);
        {
            QPainter painter(&frame);
            painter.drawImage(QPoint(kPanStepPx, 0), last);
        }
        benchmark::DoNotOptimize(frame.constBits());
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    return medianOf(times);
}

std::string loadAverage() {
    std::ifstream file("/proc/loadavg");
    std::string one;
    std::string five;
    std::string fifteen;
    file >> one >> five >> fifteen;
    return file ? one + " " + five + " " + fifteen : std::string("unknown");
}

std::string shellQuoted(const std::string& text);

// The number after `"key": ` in one JSON line of the baseline script.
double jsonNumber(const std::string& line, const std::string& key) {
    const std::size_t at = line.find("\"" + key + "\": ");
    return at == std::string::npos ? -1.0
                                   : std::strtod(line.c_str() + at + key.size() + 4, nullptr);
}

// Runs the QGIS baseline on the same GeoPackage and views; prints both, side by side.
void compareWithQgis(const std::string& gpkg, int runs) {
    const std::vector<View> views = comparedViews();
    const std::string before = loadAverage();
    std::string command =
        "QT_QPA_PLATFORM=offscreen /usr/bin/python3 " + shellQuoted(SITEFIT_QGIS_BASELINE) +
        " --gpkg " + shellQuoted(gpkg) + " --size " + std::to_string(kScreen.width()) + "x" +
        std::to_string(kScreen.height()) + " --dpi " +
        std::to_string(static_cast<int>(kScreenDpi)) + " --runs " + std::to_string(runs);
    for (std::size_t v = 0; v < views.size(); ++v) {
        char box[160];
        std::snprintf(box, sizeof box, "%.3f,%.3f,%.3f,%.3f", views[v].extent.min_x,
                      views[v].extent.min_y, views[v].extent.max_x, views[v].extent.max_y);
        command += " --view v" + std::to_string(v) + ":" + box;
    }
    std::cerr << "QGIS: " << command << "\n";
    std::vector<double> qgisMs(views.size(), -1.0);
    std::vector<double> qgisFirstMs(views.size(), -1.0);
    {
        FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
        if (pipe == nullptr) {
            throw Error(Error::Kind::Internal, "cannot run the QGIS baseline: " + command);
        }
        char line[1024];
        while (std::fgets(line, sizeof line, pipe) != nullptr) {
            const std::string text(line);
            const std::size_t at = text.find("\"view\": \"v");
            if (at == std::string::npos) {
                continue;
            }
            const auto v =
                static_cast<std::size_t>(std::strtoul(text.c_str() + at + 10, nullptr, 10));
            if (v < views.size()) {
                qgisMs[v] = jsonNumber(text, "median_ms");
                qgisFirstMs[v] = jsonNumber(text, "first_ms");
            }
        }
        if (::pclose(pipe) != 0) {
            throw Error(Error::Kind::Internal, "the QGIS baseline failed: " + command);
        }
    }
    std::vector<double> oursMs;
    for (const View& view : views) {
        oursMs.push_back(ourRenderMs(view.extent, runs));
    }
    const double pan = panFrameMs(std::max(runs, 20));
    // The map window's level of detail: beyond this many buildings in view they are drawn
    // as density (gui/app/src/map_canvas.hpp, kDetailBudget; not linked here, so repeated).
    constexpr std::size_t kCanvasDetailBudget = 150'000;
    const double fullWithDetail = ourRenderMs(views.front().extent, runs, kCanvasDetailBudget);
    std::printf(
        "\n%zu buildings, %zu parcels, %zu zones, %zu enterprises; %dx%d at %.0f dpi; "
        "median of %d runs after a warm-up\n\n",
        loaded().data->buildings->size(), loaded().data->parcels->size(),
        loaded().data->zones->size(), loaded().data->enterprises->size(), kScreen.width(),
        kScreen.height(), kScreenDpi, runs);
    std::printf(
        "| view | buildings in view | ours ms | QGIS 3.22 ms (first run) | ours / QGIS | "
        "target |\n|---|---:|---:|---:|---:|---|\n");
    for (std::size_t v = 0; v < views.size(); ++v) {
        const gis::Envelope visible = gui::MapTransform(views[v].extent, kScreen).visibleExtent();
        const double ratio = oursMs[v] / qgisMs[v];
        std::printf("| %s | %zu | %.1f | %.1f (%.1f) | %.2f× | ≤ 0.5× %s |\n",
                    views[v].name.c_str(), loaded().data->buildings->query(visible).size(),
                    oursMs[v], qgisMs[v], qgisFirstMs[v], ratio,
                    ratio <= 0.5 ? "(met)" : "(NOT met)");
    }
    std::printf(
        "| %s, map window (density beyond %zu in view) | %zu | %.1f | %.1f | %.2f× | ≤ 0.5× "
        "%s |\n",
        views.front().name.c_str(), kCanvasDetailBudget, loaded().data->buildings->size(),
        fullWithDetail, qgisMs.front(), fullWithDetail / qgisMs.front(),
        fullWithDetail / qgisMs.front() <= 0.5 ? "(met)" : "(NOT met)");
    std::printf("| pan frame from the last image | — | %.2f | — | — | ≤ 16 ms %s |\n", pan,
                pan <= 16.0 ? "(met)" : "(NOT met)");
    std::printf("\nload average before: %s; after: %s\n\n", before.c_str(), loadAverage().c_str());
    std::fflush(stdout);
}

std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

// Removes the generated district at the end.
class TemporaryFile {
public:
    explicit TemporaryFile(std::filesystem::path path) : m_path(std::move(path)) {}
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

}  // namespace

int main(int argc, char** argv) {
    // Our own options come out of argv before Google Benchmark sees it.
    std::string sample = SITEFIT_SAMPLE;
    std::string scale;
    bool qgis = false;
    bool qgisOnly = false;
    int runs = 5;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if ((arg == "--scale" || arg == "--sample") && i + 1 < argc) {
            (arg == "--scale" ? scale : sample) = argv[++i];
        } else if (arg == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--qgis" || arg == "--qgis-only") {
            qgis = true;
            qgisOnly = arg == "--qgis-only";
        } else {
            rest.push_back(argv[i]);
        }
    }
    int restCount = static_cast<int>(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data())) {
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
    int qtArgc = 1;
    const QGuiApplication application(qtArgc, argv);
    try {
        std::unique_ptr<TemporaryFile> generated;
        if (!scale.empty()) {
            generated = std::make_unique<TemporaryFile>(
                std::filesystem::temp_directory_path() /
                ("sitefit-render-bench-" + std::to_string(getpid()) + ".gpkg"));
            const std::string command = shellQuoted(SITEFIT_SAMPLE_GENERATOR) +
                                        " --quiet --scale " + shellQuoted(scale) + " --seed " +
                                        std::to_string(kGeneratorSeed) + " --out " +
                                        shellQuoted(generated->path().string());
            std::cerr << "generating scale " << scale << " into " << generated->path() << "\n";
            if (std::system(command.c_str()) != 0) {
                std::cerr << "the sample generator failed: " << command << "\n";
                return 1;
            }
            sample = generated->path().string();
        }
        std::cerr << "loading " << sample << "\n";
        const auto start = std::chrono::steady_clock::now();
        loaded().session = std::make_unique<planning::PlanningSession>(
            sample, core::defaultRulePack(),
            core::Date{std::chrono::year{2025}, std::chrono::month{3}, std::chrono::day{1}},
            core::silentProgress());
        loaded().data = gui::makeMapData(loaded().session->data());
        std::cerr << "loaded in "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
                  << " s: " << loaded().data->buildings->size() << " buildings, "
                  << loaded().data->parcels->size() << " parcels\n";
        if (qgis) {
            compareWithQgis(sample, runs);
        }
        if (!qgisOnly) {
            benchmark::RunSpecifiedBenchmarks();
        }
        benchmark::Shutdown();
        loaded() = {};
    } catch (const Error& error) {
        std::cerr << "sitefit-render-bench: " << error.what() << "\n";
        return exitCodeFor(error.kind());
    }
    return 0;
}
