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
//   sitefit-render-bench [--scale S] [--sample FILE] [Google Benchmark flags]

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
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
#include "sitefit/gis/matching_session.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_renderer.hpp"
#include "sitefit/gui/map_settings.hpp"
#include "sitefit/gui/map_transform.hpp"

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
    std::unique_ptr<gis::MatchingSession> session;
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
    state.counters["zones"] = static_cast<double>(data.zones.query(view).size());
    state.counters["parcels"] = static_cast<double>(data.parcels.query(view).size());
    state.counters["buildings"] = static_cast<double>(data.buildings.query(view).size());
    state.counters["enterprises"] = static_cast<double>(data.enterprises.query(view).size());
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
    const gis::DrawableLayer& zones = loaded().data->zones;
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
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if ((arg == "--scale" || arg == "--sample") && i + 1 < argc) {
            (arg == "--scale" ? scale : sample) = argv[++i];
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
        loaded().session = std::make_unique<gis::MatchingSession>(
            sample, core::defaultRulePack(),
            core::Date{std::chrono::year{2025}, std::chrono::month{3}, std::chrono::day{1}},
            core::silentProgress());
        loaded().data = gui::makeMapData(*loaded().session);
        std::cerr << "loaded in "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
                  << " s: " << loaded().data->buildings.size() << " buildings, "
                  << loaded().data->parcels.size() << " parcels\n";
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        loaded() = {};
    } catch (const Error& error) {
        std::cerr << "sitefit-render-bench: " << error.what() << "\n";
        return exitCodeFor(error.kind());
    }
    return 0;
}
