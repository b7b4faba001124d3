#include "sitefit/gis/capacity_join.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "detail/geos_handles.hpp"
#include "detail/packed_wkb.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/parallel_for.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

using detail::GeometryPtr;
using detail::GeosContext;
using detail::PreparedPtr;
using detail::TreePtr;

constexpr std::size_t kProgressStep = 2000;
// Features a thread takes at a time: large enough that handing them out costs nothing,
// small enough that the threads finish together although overlays cluster in space.
constexpr std::size_t kChunk = 512;
// Fewer features than this are handled by the calling thread alone.
constexpr std::size_t kParallelFrom = 4 * kChunk;
// Footprints copied for the streaming threads and not joined yet, at most (about 150,000
// footprints): the reader waits beyond it.
constexpr std::size_t kBacklogBytes = std::size_t{16} << 20;

// Footprints of one batch of the reader, copied for the streaming threads.
struct FootprintBatch {
    std::size_t first = 0;  // the position of the first in the layer
    detail::PackedWkb wkb;
};

// The features of one layer as GEOS geometries, with what the join asks of them. Read only
// once built: every thread may use the geometries (their envelopes are computed before any
// thread starts, when the targets are indexed).
struct LayerGeometries {
    std::vector<GeometryPtr> geometries;
    std::vector<double> areas_m2;
};

// A layer that others are tested against: indexed and prepared, for one thread.
struct TargetLayer {
    const LayerGeometries* layer = nullptr;
    std::vector<PreparedPtr> prepared;
    std::vector<std::size_t> ids;  // stable storage; the tree's items point into it
    TreePtr tree;
};

// What one thread owns: its GEOS context (a context must never be used by two threads at
// once), a WKB reader and its share of the statistics. Its prepared targets and trees are in
// Targets[id].
struct Worker {
    explicit Worker(std::size_t number)
        : id(number),
          reader(GEOSWKBReader_create_r(context.handle()),
                 detail::WkbReaderDeleter{context.handle()}) {}

    std::size_t id;
    GeosContext context;
    detail::WkbReaderPtr reader;
    JoinStatistics statistics;
    // With JoinOptions::collect_invalid: the invalid polygons this worker met, by layer and
    // index (the streaming threads have no ids; they are looked up once the read is done).
    struct Invalid {
        std::string_view layer;
        std::size_t index = 0;
        std::string reason;
        std::optional<core::ProblemLocation> at;
    };
    std::vector<Invalid> invalid;
    std::vector<core::SharedLand> parcel_pairs;
    std::vector<core::SharedLand> zone_pairs;
};

// One thread's prepared targets and trees: prepared geometries build their indexes lazily,
// so they are never shared between threads.
struct Targets {
    TargetLayer zones;
    TargetLayer parcels;
};

class Join {
public:
    Join(core::ProgressSink& progress, std::size_t threads, const JoinOptions& options)
        : m_progress(progress), m_options(options) {
        const std::size_t count = threads > 0 ? threads : core::hardwareThreads();
        for (std::size_t t = 0; t < count; ++t) {
            m_workers.push_back(std::make_unique<Worker>(t));
        }
    }
    Join(const Join&) = delete;
    Join& operator=(const Join&) = delete;
    Join(Join&&) = delete;
    Join& operator=(Join&&) = delete;
    ~Join() { abandonStream(); }

    // The whole join of a workspace read already.
    core::SpatialFacts run(const Workspace& workspace, JoinStatistics& statistics,
                           core::ProblemReport* problems) {
        m_workspace = &workspace;
        prepare(std::span<const Wkb>(workspace.zone_geometries),
                std::span<const Wkb>(workspace.parcel_geometries));
        return finish(workspace, statistics, problems);
    }

    // --- The buildings joined while they are read (CapacityJoin::Streaming) ---

    // On the reading thread. The zones' and parcels' WKB is copied once each layer is final;
    // when the buildings begin, a thread of the join's own prepares the targets from the
    // copies, then joins the footprints as their batches come.
    void begin(std::string_view layer, std::size_t expected) {
        if (layer == layer_names::kBuildings && m_haveTargets == 2 && !m_streaming.joinable()) {
            m_facts.buildings.resize(expected);
            m_streaming = std::jthread([this] { stream(); });
        }
    }

    void end(const LayerEnd& end) {
        using namespace layer_names;
        if (end.layer == kZones || end.layer == kParcels) {
            (end.layer == kZones ? m_zoneWkb : m_parcelWkb) = detail::PackedWkb(end.geometries);
            ++m_haveTargets;
        } else if (end.layer == kBuildings && m_streaming.joinable()) {
            if (!end.set_aside.empty()) {
                // Buildings joined by position were set aside since: finish() joins them all.
                abandonStream();
                m_rejoin = true;
                return;
            }
            const std::lock_guard lock(m_streamMutex);
            m_inputDone = true;  // the threads join what is queued while the rest is read
            m_streamChanged.notify_all();
        }
    }

    // A copy of the footprints of a batch, queued for the streaming threads. The reader waits
    // while the queue holds more than kBacklogBytes, so that a join slower than the read never
    // holds a copy of every footprint. Batches past the count the layer announced are left to
    // finish(): the facts' vector is sized once, before the threads write into it.
    void batch(const FeatureBatch& batch) {
        if (batch.layer != layer_names::kBuildings || !m_streaming.joinable() || !m_accepting) {
            return;
        }
        if (batch.first != m_accepted || batch.first + batch.size() > m_facts.buildings.size()) {
            m_accepting = false;
            return;
        }
        FootprintBatch copy{batch.first, detail::PackedWkb(batch.geometries)};
        const std::size_t bytes = copy.wkb.bytes();
        std::unique_lock lock(m_streamMutex);
        m_streamChanged.wait(lock,
                             [this] { return m_backlogBytes < kBacklogBytes || m_streamFailed; });
        if (m_streamFailed) {
            m_accepting = false;
            return;
        }
        m_backlogBytes += bytes;
        m_queue.push_back(std::move(copy));
        m_accepted = batch.first + batch.size();
        m_streamChanged.notify_all();
    }

    // The read failed, or buildings joined were set aside: the threads stop at once and what
    // is queued is dropped.
    void abandonStream() noexcept {
        if (!m_streaming.joinable()) {
            return;
        }
        {
            const std::lock_guard lock(m_streamMutex);
            m_abandoned = true;
            m_streamChanged.notify_all();
        }
        m_streaming.join();
        m_queue.clear();
    }

    // The rest of the join, once `workspace` is read in full: the buildings not joined while
    // it was read (all of them when none were), the parcels' zones, the enterprises.
    core::SpatialFacts finish(const Workspace& workspace, JoinStatistics& statistics,
                              core::ProblemReport* problems) {
        drainStream();
        m_workspace = &workspace;
        if (!m_prepared) {
            // Not streamed, or the copies failed to prepare: the error again, with its id.
            prepare(std::span<const Wkb>(workspace.zone_geometries),
                    std::span<const Wkb>(workspace.parcel_geometries));
        }
        const std::size_t from = joinRemainingBuildings(workspace);
        core::SpatialFacts facts = std::move(m_facts);
        facts.parcels.resize(m_parcels.geometries.size());
        forEach(0, m_parcels.geometries.size(), [&](Worker& w, std::size_t p) {
            facts.parcels[p].area_m2 = m_parcels.areas_m2[p];
            facts.parcels[p].zone_overlaps =
                overlaps(w, m_targets[w.id].zones, *m_parcels.geometries[p], m_parcels.areas_m2[p]);
        });
        findAllSharedLand(facts);
        joinEnterprises(workspace, facts);
        statistics.joined_while_reading += from;
        for (const std::unique_ptr<Worker>& worker : m_workers) {
            statistics.candidate_pairs += worker->statistics.candidate_pairs;
            statistics.decided_without_overlay += worker->statistics.decided_without_overlay;
            statistics.overlays += worker->statistics.overlays;
        }
        reportInvalid(workspace, problems);
        return facts;
    }

private:
    // Lets the streaming threads join what is queued, then ends them.
    void drainStream() {
        if (!m_streaming.joinable()) {
            return;
        }
        {
            const std::lock_guard lock(m_streamMutex);
            m_inputDone = true;
            m_streamChanged.notify_all();
        }
        m_streaming.join();
    }

    // The buildings the streaming threads did not join. Returns how many they did.
    std::size_t joinRemainingBuildings(const Workspace& workspace) {
        using namespace layer_names;
        const std::vector<Wkb>& footprints = workspace.building_geometries;
        const std::size_t total = footprints.size();
        // A building that failed while streaming is met again here, in file order, so that
        // the error is the one a serial join reports, with its id (which the streaming threads
        // do not have).
        const std::size_t from = m_streamFailed || m_rejoin ? 0 : std::min(m_accepted, total);
        if (from == 0) {
            // What the streaming threads found is forgotten, their counts too: so far only
            // buildings have been counted.
            for (const std::unique_ptr<Worker>& worker : m_workers) {
                std::erase_if(worker->invalid,
                              [](const Worker::Invalid& i) { return i.layer == kBuildings; });
                worker->statistics = {};
            }
            m_facts.buildings.clear();
        }
        m_facts.buildings.resize(total);
        std::atomic<std::size_t> done{from};
        forEach(from, total, [&](Worker& w, std::size_t b) {
            joinBuilding(w, footprints[b], b);
            const std::size_t count = done.fetch_add(1) + 1;
            if (w.id == 0 && b % kProgressStep == 0) {
                m_progress.report("joining buildings to parcels and zones", count, total);
            }
        });
        m_progress.report("joining buildings to parcels and zones", total, total);
        m_progress.finish("joining buildings to parcels and zones");
        return from;
    }

    // The land parcels share, and zones share, each pair once in index order.
    void findAllSharedLand(core::SpatialFacts& facts) {
        forEach(0, m_parcels.geometries.size(), [&](Worker& w, std::size_t p) {
            findSharedLand(w, m_parcels, m_targets[w.id].parcels, p, w.parcel_pairs);
        });
        forEach(0, m_zones.geometries.size(), [&](Worker& w, std::size_t z) {
            findSharedLand(w, m_zones, m_targets[w.id].zones, z, w.zone_pairs);
        });
        for (const std::unique_ptr<Worker>& worker : m_workers) {
            facts.parcel_pairs.insert(facts.parcel_pairs.end(), worker->parcel_pairs.begin(),
                                      worker->parcel_pairs.end());
            facts.zone_pairs.insert(facts.zone_pairs.end(), worker->zone_pairs.begin(),
                                    worker->zone_pairs.end());
            worker->parcel_pairs.clear();
            worker->zone_pairs.clear();
        }
        const auto byIndex = [](const core::SharedLand& a, const core::SharedLand& b) {
            return std::pair(a.first, a.second) < std::pair(b.first, b.second);
        };
        std::sort(facts.parcel_pairs.begin(), facts.parcel_pairs.end(), byIndex);
        std::sort(facts.zone_pairs.begin(), facts.zone_pairs.end(), byIndex);
    }

    // The zones each enterprise stands in.
    void joinEnterprises(const Workspace& workspace, core::SpatialFacts& facts) {
        const LayerGeometries enterprises =
            load(std::span<const Wkb>(workspace.enterprise_geometries), layer_names::kEnterprises,
                 false);
        facts.enterprises.resize(enterprises.geometries.size());
        forEach(0, enterprises.geometries.size(), [&](Worker& w, std::size_t e) {
            facts.enterprises[e].zones =
                containing(w, m_targets[w.id].zones, *enterprises.geometries[e]);
        });
    }

    // Reads and checks the zones and parcels, and indexes them for every worker. Invalid
    // polygons met by an attempt before (the streaming one, from copies) are forgotten.
    template <typename Zones, typename Parcels>
    void prepare(const Zones& zones, const Parcels& parcels) {
        using namespace layer_names;
        for (const std::unique_ptr<Worker>& worker : m_workers) {
            std::erase_if(worker->invalid,
                          [](const Worker::Invalid& i) { return i.layer != kBuildings; });
        }
        m_targets.clear();  // before the geometries they index
        m_zones = load(zones, kZones, true);
        m_parcels = load(parcels, kParcels, true);
        m_targets.resize(m_workers.size());
        for (const std::unique_ptr<Worker>& worker : m_workers) {
            m_targets[worker->id].zones = index(*worker, m_zones);
            m_targets[worker->id].parcels = index(*worker, m_parcels);
        }
        m_prepared = true;
    }

    // Footprint b is read, checked, joined and freed in one step: a million GEOS polygons are
    // never held at once, and each thread's allocator reuses the memory of the footprint
    // before (loading them all, then joining, then freeing took a fifth longer).
    void joinBuilding(Worker& w, std::span<const std::uint8_t> wkb, std::size_t b) {
        const GeometryPtr footprint = readPolygon(w, wkb, layer_names::kBuildings, b);
        core::BuildingFacts& building = m_facts.buildings[b];
        if (GEOSisEmpty_r(w.context.handle(), footprint.get()) == 1) {
            return;  // an invalid footprint, listed: measured as nothing
        }
        GEOSArea_r(w.context.handle(), footprint.get(), &building.footprint_m2);
        const Targets& mine = m_targets[w.id];
        building.parcel_overlaps = overlaps(w, mine.parcels, *footprint, building.footprint_m2);
        building.zone_overlaps = overlaps(w, mine.zones, *footprint, building.footprint_m2);
    }

    // The streaming thread: prepares the targets from the copies, then joins the queued
    // batches on every worker until the input is done and the queue empty, or abandoned.
    void stream() {
        try {
            prepare(m_zoneWkb, m_parcelWkb);
        } catch (...) {
            m_prepared = false;  // finish() prepares again from the workspace
            const std::lock_guard lock(m_streamMutex);
            m_streamFailed = true;
            m_streamChanged.notify_all();
            return;
        }
        m_zoneWkb = {};
        m_parcelWkb = {};
        std::vector<std::jthread> threads;
        for (std::size_t t = 1; t < m_workers.size(); ++t) {
            threads.emplace_back([this, &worker = *m_workers[t]] { joinQueued(worker); });
        }
        joinQueued(*m_workers.front());
    }

    // One worker's part of the stream: a batch at a time, freed once joined.
    void joinQueued(Worker& worker) {
        for (;;) {
            FootprintBatch batch;
            {
                std::unique_lock lock(m_streamMutex);
                m_streamChanged.wait(lock, [this] {
                    return !m_queue.empty() || m_inputDone || m_abandoned || m_streamFailed;
                });
                if (m_queue.empty() || m_abandoned || m_streamFailed) {
                    return;
                }
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            try {
                for (std::size_t k = 0; k < batch.wkb.size(); ++k) {
                    joinBuilding(worker, batch.wkb[k], batch.first + k);
                }
            } catch (...) {
                const std::lock_guard lock(m_streamMutex);
                m_streamFailed = true;  // finish() meets it again, with its id
                m_streamChanged.notify_all();
                return;
            }
            const std::lock_guard lock(m_streamMutex);
            m_backlogBytes -= batch.wkb.bytes();
            m_streamChanged.notify_all();
        }
    }

    // Calls step(worker, i) for every i in [first, count), in chunks on every worker's thread (the
    // calling thread is the first worker). The first failure by index is rethrown at the end,
    // as a serial loop would have thrown it.
    template <typename Step>
    void forEach(std::size_t first, std::size_t count, Step step) {
        const std::size_t items = count - std::min(first, count);
        const std::size_t threads = items < kParallelFrom ? 1 : m_workers.size();
        core::parallelFor(
            items, threads,
            [&](std::size_t i, std::size_t slot) { step(*m_workers[slot], first + i); }, kChunk);
    }

    // `wkbs`: a std::span<const Wkb> or a PackedWkb.
    template <typename Wkbs>
    LayerGeometries load(const Wkbs& wkbs, std::string_view layer, bool polygons) {
        LayerGeometries out;
        out.geometries.resize(wkbs.size());
        out.areas_m2.assign(wkbs.size(), 0.0);
        forEach(0, wkbs.size(), [&](Worker& w, std::size_t i) {
            GeometryPtr geometry =
                polygons ? readPolygon(w, wkbs[i], layer, i) : read(w, wkbs[i], layer, i);
            if (polygons) {
                GEOSArea_r(w.context.handle(), geometry.get(), &out.areas_m2[i]);
            }
            out.geometries[i] = std::move(geometry);
        });
        return out;
    }

    // Feature i's geometry, read by the worker's own WKB reader.
    GeometryPtr read(Worker& w, std::span<const std::uint8_t> wkb, std::string_view layer,
                     std::size_t i) const {
        GeometryPtr geometry = detail::own(
            w.context,
            GEOSWKBReader_read_r(w.context.handle(), w.reader.get(), wkb.data(), wkb.size()));
        if (!geometry) {
            fail(layer, i, "unreadable geometry: " + w.context.lastError());
        }
        return geometry;
    }

    // As read(), for a polygon whose area will be measured: refused unless valid, or, when
    // collecting, listed and measured as empty.
    GeometryPtr readPolygon(Worker& w, std::span<const std::uint8_t> wkb, std::string_view layer,
                            std::size_t i) const {
        GeometryPtr geometry = read(w, wkb, layer, i);
        const GEOSContextHandle_t h = w.context.handle();
        if (GEOSisValid_r(h, geometry.get()) == 1) {
            return geometry;
        }
        char* rawReason = nullptr;
        GEOSGeometry* rawLocation = nullptr;
        GEOSisValidDetail_r(h, geometry.get(), 0, &rawReason, &rawLocation);
        const detail::GeosStringPtr reason(rawReason, detail::GeosStringDeleter{h});
        const GeometryPtr location = detail::own(w.context, rawLocation);
        const std::string why = reason ? reason.get() : "unknown reason";
        if (!m_options.collect_invalid) {
            fail(layer, i,
                 "invalid polygon (" + why +
                     "); areas would be wrong. Repair it with `sitefit import`, which applies "
                     "GEOS MakeValid and lists what it changed");
        }
        Worker::Invalid invalid{layer, i, why, std::nullopt};
        double x = 0.0;
        double y = 0.0;
        if (location && GEOSGeomGetX_r(h, location.get(), &x) == 1 &&
            GEOSGeomGetY_r(h, location.get(), &y) == 1) {
            invalid.at = core::ProblemLocation{x, y};
        }
        w.invalid.push_back(std::move(invalid));
        return detail::own(w.context, GEOSGeom_createEmptyPolygon_r(h));
    }

    // The invalid polygons met, as problems naming their features (read once the workspace
    // is complete), in layer and feature order.
    void reportInvalid(const Workspace& workspace, core::ProblemReport* problems) const {
        std::vector<Worker::Invalid> all;
        for (const std::unique_ptr<Worker>& worker : m_workers) {
            all.insert(all.end(), worker->invalid.begin(), worker->invalid.end());
        }
        if (problems == nullptr || all.empty()) {
            return;
        }
        using namespace layer_names;
        const auto order = [](std::string_view layer) {
            return layer == kZones ? 0 : layer == kParcels ? 1 : 2;
        };
        std::sort(all.begin(), all.end(), [&](const Worker::Invalid& a, const Worker::Invalid& b) {
            return std::pair(order(a.layer), a.index) < std::pair(order(b.layer), b.index);
        });
        const core::District& d = workspace.district;
        for (const Worker::Invalid& invalid : all) {
            core::DataProblem problem;
            problem.rule = std::string(core::rules::kInvalidGeometry);
            problem.layer = std::string(invalid.layer);
            problem.feature = invalid.layer == kZones ? d.zones.at(invalid.index).zone_id
                              : invalid.layer == kParcels
                                  ? d.parcels.at(invalid.index).parcel_id
                                  : d.buildings.at(invalid.index).building_id;
            problem.field = "geometry";
            problem.found = invalid.reason;
            problem.expected = "a valid polygon";
            const std::string at = invalid.at ? " at (" + core::decimal(invalid.at->x, 1) + ", " +
                                                    core::decimal(invalid.at->y, 1) + ")"
                                              : std::string();
            problem.message = "invalid polygon (" + invalid.reason + at +
                              "); its area would be wrong. Repair it with `sitefit import`, "
                              "which applies GEOS MakeValid and lists what it changed";
            problem.location = invalid.at;
            problem.position = invalid.index;
            problems->add(std::move(problem));
        }
    }

    // Feature p's shared land with each later feature of its layer, above the sliver area.
    // The envelopes' common area bounds the shared land, so neighbours along a straight
    // edge, the common case, need no overlay.
    void findSharedLand(Worker& w, const LayerGeometries& layer, const TargetLayer& target,
                        std::size_t p, std::vector<core::SharedLand>& found) const {
        const GEOSContextHandle_t h = w.context.handle();
        const GEOSGeometry& mine = *layer.geometries[p];
        if (GEOSisEmpty_r(h, &mine) == 1) {
            return;
        }
        const Box box = boxOf(h, mine);
        for (const std::size_t q : candidates(w, target, mine)) {
            if (q <= p) {
                continue;
            }
            const GEOSGeometry& other = *layer.geometries[q];
            const Box theirs = boxOf(h, other);
            const double width = std::min(box.maxX, theirs.maxX) - std::max(box.minX, theirs.minX);
            const double height = std::min(box.maxY, theirs.maxY) - std::max(box.minY, theirs.minY);
            if (width <= 0.0 || height <= 0.0 || width * height <= m_options.sliver_m2) {
                continue;
            }
            if (GEOSPreparedIntersects_r(h, target.prepared[p].get(), &other) != 1) {
                continue;
            }
            const GeometryPtr common = detail::own(w.context, GEOSIntersection_r(h, &mine, &other));
            if (!common) {
                throw Error(Error::Kind::Internal,
                            "GEOS could not intersect two polygons: " + w.context.lastError(),
                            {source()});
            }
            double shared = 0.0;
            GEOSArea_r(h, common.get(), &shared);
            if (shared <= m_options.sliver_m2) {
                continue;
            }
            core::SharedLand pair{p, q, shared, 0.0, 0.0};
            const GeometryPtr inside =
                detail::own(w.context, GEOSPointOnSurface_r(h, common.get()));
            if (inside) {
                GEOSGeomGetX_r(h, inside.get(), &pair.x);
                GEOSGeomGetY_r(h, inside.get(), &pair.y);
            }
            found.push_back(pair);
        }
    }

    struct Box {
        double minX = 0.0;
        double minY = 0.0;
        double maxX = 0.0;
        double maxY = 0.0;
    };
    static Box boxOf(GEOSContextHandle_t h, const GEOSGeometry& geometry) {
        Box box;
        GEOSGeom_getXMin_r(h, &geometry, &box.minX);
        GEOSGeom_getYMin_r(h, &geometry, &box.minY);
        GEOSGeom_getXMax_r(h, &geometry, &box.maxX);
        GEOSGeom_getYMax_r(h, &geometry, &box.maxY);
        return box;
    }

    // The workspace's name, for an error: unknown while streaming, where every error is met
    // again by finish().
    [[nodiscard]] std::string source() const {
        return m_workspace != nullptr ? m_workspace->source : std::string();
    }

    // Feature i's id, likewise.
    [[nodiscard]] std::string idAt(std::string_view layer, std::size_t i) const {
        if (m_workspace == nullptr) {
            return {};
        }
        using namespace layer_names;
        const core::District& d = m_workspace->district;
        return layer == kZones       ? d.zones.at(i).zone_id
               : layer == kParcels   ? d.parcels.at(i).parcel_id
               : layer == kBuildings ? d.buildings.at(i).building_id
                                     : d.enterprises.at(i).enterprise_id;
    }

    [[noreturn]] void fail(std::string_view layer, std::size_t i,
                           const std::string& message) const {
        throw Error(Error::Kind::Input, message,
                    {source(), std::string(layer), idAt(layer, i), "geometry"});
    }

    // Called before any thread starts: inserting a geometry computes its envelope, which
    // the threads then only read.
    static TargetLayer index(const Worker& worker, const LayerGeometries& layer) {
        const GEOSContextHandle_t h = worker.context.handle();
        TargetLayer target;
        target.layer = &layer;
        target.ids.resize(layer.geometries.size());
        std::iota(target.ids.begin(), target.ids.end(), std::size_t{0});
        target.tree = TreePtr(GEOSSTRtree_create_r(h, 10), detail::TreeDeleter{h});
        target.prepared.reserve(layer.geometries.size());
        for (std::size_t i = 0; i < layer.geometries.size(); ++i) {
            target.prepared.emplace_back(GEOSPrepare_r(h, layer.geometries[i].get()),
                                         detail::PreparedDeleter{h});
            if (GEOSisEmpty_r(h, layer.geometries[i].get()) != 1) {  // an invalid one, listed
                GEOSSTRtree_insert_r(h, target.tree.get(), layer.geometries[i].get(),
                                     &target.ids[i]);
            }
        }
        return target;
    }

    static std::vector<std::size_t> candidates(Worker& worker, const TargetLayer& target,
                                               const GEOSGeometry& geometry) {
        std::vector<std::size_t> found;
        GEOSSTRtree_query_r(
            worker.context.handle(), target.tree.get(), &geometry,
            [](void* item, void* userdata) {
                static_cast<std::vector<std::size_t>*>(userdata)->push_back(
                    *static_cast<const std::size_t*>(item));
            },
            &found);
        std::sort(found.begin(), found.end());  // repeatable order whatever the tree does
        return found;
    }

    // The area the geometry shares with each target it overlaps (positive areas only).
    std::vector<core::Overlap> overlaps(Worker& worker, const TargetLayer& target,
                                        const GEOSGeometry& geometry, double area_m2) const {
        std::vector<core::Overlap> out;
        const GEOSContextHandle_t h = worker.context.handle();
        JoinStatistics& statistics = worker.statistics;
        for (const std::size_t j : candidates(worker, target, geometry)) {
            ++statistics.candidate_pairs;
            const GEOSPreparedGeometry* prepared = target.prepared[j].get();
            if (GEOSPreparedCovers_r(h, prepared, &geometry) == 1) {
                ++statistics.decided_without_overlay;
                out.push_back({j, area_m2});
                continue;
            }
            if (GEOSPreparedIntersects_r(h, prepared, &geometry) != 1) {
                ++statistics.decided_without_overlay;
                continue;
            }
            ++statistics.overlays;
            const GeometryPtr common =
                detail::own(worker.context,
                            GEOSIntersection_r(h, target.layer->geometries[j].get(), &geometry));
            if (!common) {
                throw Error(Error::Kind::Internal,
                            "GEOS could not intersect two polygons: " + worker.context.lastError(),
                            {source()});
            }
            double shared = 0.0;
            GEOSArea_r(h, common.get(), &shared);
            if (shared > 0.0) {
                out.push_back({j, shared});
            }
        }
        return out;
    }

    static std::vector<std::size_t> containing(Worker& worker, const TargetLayer& target,
                                               const GEOSGeometry& point) {
        std::vector<std::size_t> out;
        for (const std::size_t j : candidates(worker, target, point)) {
            ++worker.statistics.candidate_pairs;
            ++worker.statistics.decided_without_overlay;
            if (GEOSPreparedCovers_r(worker.context.handle(), target.prepared[j].get(), &point) ==
                1) {
                out.push_back(j);
            }
        }
        return out;
    }

    core::ProgressSink& m_progress;
    JoinOptions m_options;
    bool m_rejoin = false;  // buildings joined while streaming were set aside since
    // Outlives every geometry, prepared geometry and tree, declared after it.
    std::vector<std::unique_ptr<Worker>> m_workers;
    const Workspace* m_workspace = nullptr;  // the one read; null while streaming
    LayerGeometries m_zones;
    LayerGeometries m_parcels;
    std::vector<Targets> m_targets;  // per worker; freed before the geometries they index
    bool m_prepared = false;
    core::SpatialFacts m_facts;  // the buildings' facts as they are joined

    // While streaming. The reading thread's alone: the zones' and parcels' WKB until the
    // streaming thread starts (which then frees them), and the buildings accepted.
    detail::PackedWkb m_zoneWkb;
    detail::PackedWkb m_parcelWkb;
    int m_haveTargets = 0;       // how many of the two were copied
    std::size_t m_accepted = 0;  // buildings [0, m_accepted) were queued
    bool m_accepting = true;
    // Under m_streamMutex: the queue and what the threads are told.
    std::mutex m_streamMutex;
    std::condition_variable m_streamChanged;
    std::deque<FootprintBatch> m_queue;
    std::size_t m_backlogBytes = 0;
    bool m_inputDone = false;
    bool m_abandoned = false;
    bool m_streamFailed = false;
    std::jthread m_streaming;  // last: joined before the rest goes
};

}  // namespace

core::SpatialFacts CapacityJoin::measure(const Workspace& workspace, core::ProgressSink& progress,
                                         JoinStatistics* statistics, std::size_t threads,
                                         const JoinOptions& options,
                                         core::ProblemReport* problems) {
    JoinStatistics local;
    Join join(progress, threads, options);
    return join.run(workspace, statistics != nullptr ? *statistics : local, problems);
}

struct CapacityJoin::Streaming::State {
    State(core::ProgressSink& progress, std::size_t threads, const JoinOptions& options)
        : join(progress, threads, options) {}
    Join join;
};

CapacityJoin::Streaming::Streaming(core::ProgressSink& progress, std::size_t threads,
                                   const JoinOptions& options)
    : m_state(std::make_unique<State>(progress, threads, options)) {}

CapacityJoin::Streaming::~Streaming() = default;

void CapacityJoin::Streaming::begin(std::string_view layer, std::size_t expected) {
    m_state->join.begin(layer, expected);
}

void CapacityJoin::Streaming::batch(const FeatureBatch& batch) {
    m_state->join.batch(batch);
}

void CapacityJoin::Streaming::end(const LayerEnd& end) {
    m_state->join.end(end);
}

void CapacityJoin::Streaming::failed() noexcept {
    m_state->join.abandonStream();
}

core::SpatialFacts CapacityJoin::Streaming::finish(const Workspace& workspace,
                                                   JoinStatistics* statistics,
                                                   core::ProblemReport* problems) {
    JoinStatistics local;
    return m_state->join.finish(workspace, statistics != nullptr ? *statistics : local, problems);
}

}  // namespace sitefit::gis
