#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <atomic>
#include <cstddef>
#include <memory>
#include <vector>

#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_results.hpp"
#include "sitefit/gui/map_settings.hpp"

namespace sitefit::gui {

// Everything one render needs, immutable and self-contained: the GUI thread takes it, the
// render threads only read it.
struct MapSnapshot {
    std::shared_ptr<const MapData> data;
    std::shared_ptr<const MapResults> results;
    MapSettings settings;
};

// Set to true to stop a render; each layer checks it between features.
using CancelFlag = std::atomic<bool>;

// Draws the layers of `snapshot` (no decorations) into an ARGB32 premultiplied image of
// settings.size, each visible layer into its own image on the global thread pool, then
// composited in order with its opacity. Only features whose envelope meets the visible
// extent are fetched (spatial index); features smaller than a pixel are drawn as a dot and
// outlines are thinned to the pixel size. Returns a null image when cancelled.
// Callable from any thread.
[[nodiscard]] QImage renderMap(const MapSnapshot& snapshot, const CancelFlag* cancel = nullptr);

// A layer the last render drew as a density surface (level of detail), and how many of its
// features were in view.
struct DensityLayer {
    MapLayerId layer = MapLayerId::Buildings;
    std::size_t features_in_view = 0;
    bool operator==(const DensityLayer&) const = default;
};

// The asynchronous renderer behind the map canvas. start() cancels the running render
// (merging rapid requests: only the newest snapshot is drawn), draws on worker threads and
// emits finished() on the GUI thread. Layer images are cached by layer settings, extent,
// size and results, so toggling one layer redraws only that layer.
// Thread rules: owned and called by the GUI thread.
class MapRenderJob : public QObject {
    Q_OBJECT
public:
    explicit MapRenderJob(QObject* parent = nullptr);
    ~MapRenderJob() override;

    void start(MapSnapshot snapshot);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // Drops cached layer images (after the data changed).
    void clearCache();
    // How many layer images the last emitted render drew; the others came from the cache.
    [[nodiscard]] int layersDrawnLastTime() const;
    // The layers of the last emitted render drawn as density (MapSettings::detail_budget),
    // bottom to top.
    [[nodiscard]] std::vector<DensityLayer> densityLayersLastTime() const;

signals:
    // The image of `settings` (the snapshot's settings), ready to show.
    void finished(const QImage& image, const sitefit::gui::MapSettings& settings);
    // Progressive rendering: while a render runs longer than a moment, the layers drawn so
    // far (zones and parcels are quick, a million buildings are not), composed in order
    // without the others, so the user sees the map fill in rather than a stale image.
    void partial(const QImage& image, const sitefit::gui::MapSettings& settings);

private:
    void launch(MapSnapshot snapshot);
    void onFinished();
    void showProgress();
    // Keeps the finished render's layer images for the next request.
    void remember(const MapSnapshot& snapshot);

    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace sitefit::gui
