#include "sitefit/gui/map_renderer.hpp"

#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>

#include "map_painting.hpp"

namespace sitefit::gui {
namespace {

using detail::ComposedLayer;
using detail::LayerImage;

bool drawn(const LayerSettings& layer) {
    return layer.visible && layer.opacity > 0.0;
}

// FNV-1a over the parts of the results a layer image shows, so a layer is redrawn only
// when what it shows changed (the selection is drawn at composition, never cached).
class ResultsHash {
public:
    void add(std::uint64_t value) {
        for (int byte = 0; byte < 8; ++byte) {
            m_hash = (m_hash ^ ((value >> (8 * byte)) & 0xFFU)) * 1099511628211ULL;
        }
    }
    void add(double value) { add(std::bit_cast<std::uint64_t>(value)); }
    [[nodiscard]] std::uint64_t value() const noexcept { return m_hash; }

private:
    std::uint64_t m_hash = 14695981039346656037ULL;
};

std::uint64_t resultsHashFor(MapLayerId layer, const MapResults* results) {
    if (results == nullptr ||
        (layer != MapLayerId::Candidates && layer != MapLayerId::Allocation)) {
        return 0;
    }
    ResultsHash hash;
    if (layer == MapLayerId::Candidates) {
        for (const CandidateMark& mark : results->candidates) {
            hash.add(std::uint64_t{mark.site});
            hash.add(static_cast<std::uint64_t>(mark.rank));
            hash.add(mark.score);
        }
    } else {
        for (const PlacementMark& mark : results->placements) {
            hash.add(std::uint64_t{mark.project});
            hash.add(std::uint64_t{mark.site});
        }
    }
    return hash.value();
}

// What a cached layer image depends on. Opacity is not part of it: it is applied when the
// layers are composed, so a slider drag redraws nothing.
struct LayerCacheKey {
    LayerSettings layer;
    gis::Envelope extent;
    QSize size;
    double dpi = 96.0;
    std::size_t detail_budget = 0;
    std::uint64_t results_hash = 0;
    const MapData* data = nullptr;
    bool operator==(const LayerCacheKey&) const = default;

    [[nodiscard]] bool sameView(const LayerCacheKey& other) const {
        return extent == other.extent && size == other.size && dpi == other.dpi &&
               detail_budget == other.detail_budget && data == other.data;
    }
};

LayerCacheKey cacheKey(const MapSnapshot& snapshot, const LayerSettings& layer) {
    LayerSettings normalised = layer;
    normalised.opacity = 1.0;
    normalised.visible = true;
    return LayerCacheKey{normalised,
                         snapshot.settings.extent,
                         snapshot.settings.size,
                         snapshot.settings.dpi,
                         snapshot.settings.detail_budget,
                         resultsHashFor(layer.layer, snapshot.results.get()),
                         snapshot.data.get()};
}

struct CachedLayer {
    LayerCacheKey key;
    std::shared_ptr<const LayerImage> image;
};

// A layer of the running render: taken from the cache or drawn by a worker.
struct LayerJob {
    LayerCacheKey key;
    double opacity = 1.0;
    std::shared_ptr<const LayerImage> image;  // set when cached or once drawn
};

}  // namespace

QImage renderMap(const MapSnapshot& snapshot, const CancelFlag* cancel) {
    const MapTransform transform(snapshot.settings.extent, snapshot.settings.size);
    std::vector<LayerSettings> layers;
    if (snapshot.data) {
        std::copy_if(snapshot.settings.layers.begin(), snapshot.settings.layers.end(),
                     std::back_inserter(layers), drawn);
    }
    // The calling thread takes part in the map, so this never starves the pool when it is
    // itself called from a pool thread.
    const std::vector<LayerImage> images = QtConcurrent::blockingMapped<std::vector<LayerImage>>(
        layers, [&](const LayerSettings& layer) {
            return detail::renderLayerImage(snapshot, layer, transform, cancel);
        });
    if (cancel != nullptr && cancel->load()) {
        return {};
    }
    std::vector<ComposedLayer> composed;
    composed.reserve(images.size());
    for (std::size_t i = 0; i < images.size(); ++i) {
        composed.push_back(ComposedLayer{&images[i], layers[i].opacity});
    }
    return detail::composeMap(snapshot, transform, composed);
}

struct MapRenderJob::State {
    QFutureWatcher<std::shared_ptr<const LayerImage>> watcher;
    std::shared_ptr<CancelFlag> cancel;
    std::optional<MapSnapshot> running;
    std::vector<LayerJob> jobs;          // every drawn layer of `running`, bottom to top
    std::vector<std::size_t> drawing;    // the jobs the workers draw, in result order
    std::optional<MapSnapshot> pending;  // the newest request made while one was running
    std::vector<CachedLayer> cache;
    int layersDrawnLastTime = 0;
    std::vector<DensityLayer> densityLayers;
    // Progressive rendering: looks at the running render now and then; partialLayers is how
    // many drawn layers the last partial image showed.
    QTimer progressTimer;
    int partialLayers = 0;
};

namespace {

// A render quicker than this shows no partial image: it would only flicker.
constexpr int kFirstPartialMs = 150;
constexpr int kPartialIntervalMs = 250;

}  // namespace

MapRenderJob::MapRenderJob(QObject* parent) : QObject(parent), m_state(std::make_unique<State>()) {
    connect(&m_state->watcher, &QFutureWatcherBase::finished, this, [this] { onFinished(); });
    connect(&m_state->progressTimer, &QTimer::timeout, this, [this] { showProgress(); });
}

MapRenderJob::~MapRenderJob() {
    cancel();
    // Workers hold their own copies of the snapshot, but waiting keeps no thread busy on
    // a render nobody will see after the canvas is gone.
    m_state->watcher.waitForFinished();
}

void MapRenderJob::start(MapSnapshot snapshot) {
    if (m_state->running) {
        // Merge: only the newest request is drawn once the running one has stopped.
        m_state->pending = std::move(snapshot);
        m_state->cancel->store(true);
        m_state->watcher.future().cancel();
        return;
    }
    launch(std::move(snapshot));
}

void MapRenderJob::cancel() {
    m_state->pending.reset();
    if (m_state->running) {
        m_state->cancel->store(true);
        m_state->watcher.future().cancel();
    }
}

bool MapRenderJob::isRunning() const {
    return m_state->running.has_value() || m_state->pending.has_value();
}

void MapRenderJob::clearCache() {
    m_state->cache.clear();
}

int MapRenderJob::layersDrawnLastTime() const {
    return m_state->layersDrawnLastTime;
}

std::vector<DensityLayer> MapRenderJob::densityLayersLastTime() const {
    return m_state->densityLayers;
}

void MapRenderJob::launch(MapSnapshot snapshot) {
    State& state = *m_state;
    state.cancel = std::make_shared<CancelFlag>(false);
    state.jobs.clear();
    state.drawing.clear();
    std::vector<LayerSettings> toDraw;
    if (snapshot.data) {
        for (const LayerSettings& layer : snapshot.settings.layers) {
            if (!drawn(layer)) {
                continue;
            }
            LayerJob job{cacheKey(snapshot, layer), layer.opacity, nullptr};
            const auto cached =
                std::find_if(state.cache.begin(), state.cache.end(),
                             [&](const CachedLayer& c) { return c.key == job.key; });
            if (cached != state.cache.end()) {
                job.image = cached->image;
            } else {
                state.drawing.push_back(state.jobs.size());
                toDraw.push_back(layer);
            }
            state.jobs.push_back(std::move(job));
        }
    }
    state.running = snapshot;
    state.partialLayers = 0;
    if (!toDraw.empty()) {
        state.progressTimer.start(kFirstPartialMs);
    }
    // The workers own copies of everything they read: the snapshot's shared data and the
    // cancel flag outlive this job even if it is destroyed mid-render.
    const MapTransform transform(snapshot.settings.extent, snapshot.settings.size);
    state.watcher.setFuture(QtConcurrent::mapped(
        std::move(toDraw),
        [snapshot = std::move(snapshot), transform,
         cancel = state.cancel](const LayerSettings& layer) -> std::shared_ptr<const LayerImage> {
            LayerImage image = detail::renderLayerImage(snapshot, layer, transform, cancel.get());
            if (image.image.isNull() && !image.blank) {
                return nullptr;  // cancelled
            }
            return std::make_shared<const LayerImage>(std::move(image));
        }));
}

void MapRenderJob::showProgress() {
    State& state = *m_state;
    state.progressTimer.setInterval(kPartialIntervalMs);
    if (!state.running || state.pending || state.cancel->load()) {
        return;
    }
    const QFuture<std::shared_ptr<const LayerImage>> future = state.watcher.future();
    std::vector<ComposedLayer> composed;
    // Keeps the layer images read from the future alive while `composed` points at them.
    std::vector<std::shared_ptr<const LayerImage>> held;
    int drawnSoFar = 0;
    std::size_t drawing = 0;  // position in state.drawing
    for (std::size_t i = 0; i < state.jobs.size(); ++i) {
        const LayerJob& job = state.jobs[i];
        if (drawing < state.drawing.size() && state.drawing[drawing] == i) {
            const int result = static_cast<int>(drawing++);
            if (future.isResultReadyAt(result)) {
                // resultAt copies the shared pointer; the image itself is immutable.
                const std::shared_ptr<const LayerImage> image = future.resultAt(result);
                if (image) {
                    ++drawnSoFar;
                    held.push_back(image);
                    composed.push_back(ComposedLayer{image.get(), job.opacity});
                }
            }
        } else if (job.image) {
            composed.push_back(ComposedLayer{job.image.get(), job.opacity});
        }
    }
    if (drawnSoFar <= state.partialLayers || drawnSoFar >= static_cast<int>(state.drawing.size())) {
        return;  // nothing new, or all done: finished() follows
    }
    state.partialLayers = drawnSoFar;
    const MapTransform transform(state.running->settings.extent, state.running->settings.size);
    const QImage image = detail::composeMap(*state.running, transform, composed);
    emit partial(image, state.running->settings);
}

void MapRenderJob::onFinished() {
    State& state = *m_state;
    state.progressTimer.stop();
    const QFuture<std::shared_ptr<const LayerImage>> future = state.watcher.future();
    bool complete = !future.isCanceled() && !state.cancel->load() &&
                    future.resultCount() == static_cast<int>(state.drawing.size());
    if (complete) {
        for (std::size_t i = 0; i < state.drawing.size(); ++i) {
            std::shared_ptr<const LayerImage> image = future.resultAt(static_cast<int>(i));
            complete = complete && image != nullptr;
            state.jobs[state.drawing[i]].image = std::move(image);
        }
    }
    MapSnapshot finishedSnapshot = std::move(*state.running);
    state.running.reset();
    if (complete) {
        remember(finishedSnapshot);
    }
    if (state.pending) {
        // A newer request is waiting: this image is stale, whether or not it completed.
        MapSnapshot next = std::move(*state.pending);
        state.pending.reset();
        launch(std::move(next));
        return;
    }
    if (!complete) {
        return;
    }
    std::vector<ComposedLayer> composed;
    composed.reserve(state.jobs.size());
    for (const LayerJob& job : state.jobs) {
        composed.push_back(ComposedLayer{job.image.get(), job.opacity});
    }
    const MapTransform transform(finishedSnapshot.settings.extent, finishedSnapshot.settings.size);
    const QImage image = detail::composeMap(finishedSnapshot, transform, composed);
    state.layersDrawnLastTime = static_cast<int>(state.drawing.size());
    state.densityLayers.clear();
    for (std::size_t i = 0; i < state.jobs.size(); ++i) {
        if (state.jobs[i].image && state.jobs[i].image->density_of > 0) {
            state.densityLayers.push_back(
                DensityLayer{state.jobs[i].key.layer.layer, state.jobs[i].image->density_of});
        }
    }
    emit finished(image, finishedSnapshot.settings);
}

void MapRenderJob::remember(const MapSnapshot& snapshot) {
    State& state = *m_state;
    // Keep this render's layers and, for the same view, the layers drawn before with other
    // settings (toggling a theme back and forth costs nothing); forget other views.
    std::vector<CachedLayer> cache;
    for (const LayerJob& job : state.jobs) {
        cache.push_back(CachedLayer{job.key, job.image});
    }
    const LayerCacheKey view = cacheKey(snapshot, LayerSettings{});
    constexpr std::size_t kMaxCachedLayers = 2 * kAllMapLayers.size();
    for (CachedLayer& old : state.cache) {
        if (cache.size() >= kMaxCachedLayers) {
            break;
        }
        const bool known = std::any_of(cache.begin(), cache.end(),
                                       [&](const CachedLayer& c) { return c.key == old.key; });
        if (!known && old.key.sameView(view)) {
            cache.push_back(std::move(old));
        }
    }
    state.cache = std::move(cache);
}

}  // namespace sitefit::gui
