#include "sitefit/gis/capacity_join.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "detail/geos_handles.hpp"
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
    // index (a building's id cannot be read while the reader is still appending).
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
    ~Join() { stopStreaming(); }

    // The whole join of a workspace read already.
    core::SpatialFacts run(const Workspace& workspace, JoinStatistics& statistics,
                           core::ProblemReport* problems) {
        m_workspace = &workspace;
        prepare();
        return finish(workspace, statistics, problems);
    }

    // Buildings were set aside after they were joined: finish() starts them again.
    void invalidate() noexcept {
        stopStreaming();
        m_rejoin = true;
    }

    // --- The buildings joined while they are read (CapacityJoin::Streaming) ---

    // On the reading thread: `so_far` holds its zones and parcels, and its buildings' vectors
    // will not move until stopStreaming(). The targets are prepared and the buildings joined
    // as they come, on threads of their own.
    void startStreaming(const Workspace& so_far) {
        m_workspace = &so_far;
        m_footprints = so_far.building_geometries.data();
        m_facts.buildings.resize(so_far.building_geometries.capacity());
        m_streaming = std::jthread([this] { stream(); });
    }

    void buildingsAvailable(std::size_t count) {
        const std::lock_guard lock(m_streamMutex);
        m_available = count;
        m_streamChanged.notify_all();
    }

    // Joins what was made available, then lets go of the buildings' vectors.
    void stopStreaming() noexcept {
        if (!m_streaming.joinable()) {
            return;
        }
        {
            const std::lock_guard lock(m_streamMutex);
            m_stopped = true;
            m_streamChanged.notify_all();
        }
        m_streaming.join();
        m_footprints = nullptr;
    }

    // The rest of the join, once `workspace` is read in full: the buildings not joined while
    // it was read (all of them when none were), the parcels' zones, the enterprises.
    core::SpatialFacts finish(const Workspace& workspace, JoinStatistics& statistics,
                              core::ProblemReport* problems) {
        stopStreaming();
        m_workspace = &workspace;
        if (m_prepareFailure) {
            std::rethrow_exception(m_prepareFailure);
        }
        if (!m_prepared) {
            prepare();  // the read never reached the buildings (or was not streamed)
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
    // The buildings the streaming threads did not join. Returns how many they did.
    std::size_t joinRemainingBuildings(const Workspace& workspace) {
        using namespace layer_names;
        const std::vector<Wkb>& footprints = workspace.building_geometries;
        const std::size_t total = footprints.size();
        // A building that failed while streaming is met again here, in file order, so that
        // the error is the one a serial join reports, with its id (which the streaming threads
        // could not read while the records were still growing).
        const std::size_t from = m_streamFailed.load() || m_rejoin ? 0 : std::min(m_claimed, total);
        if (from == 0) {
            for (const std::unique_ptr<Worker>& worker : m_workers) {
                std::erase_if(worker->invalid,
                              [](const Worker::Invalid& i) { return i.layer == kBuildings; });
            }
            m_facts.buildings.clear();
        }
        m_facts.buildings.resize(total);
        std::atomic<std::size_t> done{from};
        forEach(from, total, [&](Worker& w, std::size_t b) {
            joinBuilding(w, footprints.data(), b);
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
            load(workspace.enterprise_geometries, layer_names::kEnterprises,
                 workspace.district.enterprises, false);
        facts.enterprises.resize(enterprises.geometries.size());
        forEach(0, enterprises.geometries.size(), [&](Worker& w, std::size_t e) {
            facts.enterprises[e].zones =
                containing(w, m_targets[w.id].zones, *enterprises.geometries[e]);
        });
    }

    // Reads and checks the zones and parcels, and indexes them for every worker.
    void prepare() {
        const core::District& d = m_workspace->district;
        using namespace layer_names;
        m_zones = load(m_workspace->zone_geometries, kZones, d.zones, true);
        m_parcels = load(m_workspace->parcel_geometries, kParcels, d.parcels, true);
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
    void joinBuilding(Worker& w, const Wkb* footprints, std::size_t b) {
        const GeometryPtr footprint =
            readPolygon(w, footprints, b, layer_names::kBuildings, m_workspace->district.buildings);
        core::BuildingFacts& building = m_facts.buildings[b];
        if (GEOSisEmpty_r(w.context.handle(), footprint.get()) == 1) {
            return;  // an invalid footprint, listed: measured as nothing
        }
        GEOSArea_r(w.context.handle(), footprint.get(), &building.footprint_m2);
        const Targets& mine = m_targets[w.id];
        building.parcel_overlaps = overlaps(w, mine.parcels, *footprint, building.footprint_m2);
        building.zone_overlaps = overlaps(w, mine.zones, *footprint, building.footprint_m2);
    }

    // The streaming thread: prepares the targets, then joins the buildings made available, in
    // chunks, on every worker, until stopped with nothing left.
    void stream() {
        try {
            prepare();
        } catch (...) {
            m_prepareFailure = std::current_exception();
            return;
        }
        const auto loop = [this](Worker& worker) {
            for (;;) {
                std::size_t begin = 0;
                std::size_t end = 0;
                {
                    std::unique_lock lock(m_streamMutex);
                    m_streamChanged.wait(
                        lock, [this] { return m_available >= m_claimed + kChunk || m_stopped; });
                    if (m_claimed >= m_available || m_streamFailed.load()) {
                        return;  // stopped, and nothing left
                    }
                    begin = m_claimed;
                    end = std::min(m_available, begin + kChunk);
                    m_claimed = end;
                }
                for (std::size_t b = begin; b < end; ++b) {
                    try {
                        joinBuilding(worker, m_footprints, b);
                    } catch (...) {
                        m_streamFailed.store(true);  // finish() meets it again, with its id
                        return;
                    }
                }
            }
        };
        std::vector<std::jthread> threads;
        for (std::size_t t = 1; t < m_workers.size(); ++t) {
            threads.emplace_back([&loop, &worker = *m_workers[t]] { loop(worker); });
        }
        loop(*m_workers.front());
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

    template <typename Record>
    LayerGeometries load(const std::vector<Wkb>& wkbs, std::string_view layer,
                         const std::vector<Record>& records, bool polygons) {
        LayerGeometries out;
        out.geometries.resize(wkbs.size());
        out.areas_m2.assign(wkbs.size(), 0.0);
        forEach(0, wkbs.size(), [&](Worker& w, std::size_t i) {
            GeometryPtr geometry = polygons ? readPolygon(w, wkbs.data(), i, layer, records)
                                            : read(w, wkbs.data(), i, layer, records);
            if (polygons) {
                GEOSArea_r(w.context.handle(), geometry.get(), &out.areas_m2[i]);
            }
            out.geometries[i] = std::move(geometry);
        });
        return out;
    }

    // Feature i's geometry, read by the worker's own WKB reader.
    template <typename Record>
    GeometryPtr read(Worker& w, const Wkb* wkbs, std::size_t i, std::string_view layer,
                     const std::vector<Record>& records) const {
        GeometryPtr geometry =
            detail::own(w.context, GEOSWKBReader_read_r(w.context.handle(), w.reader.get(),
                                                        wkbs[i].data(), wkbs[i].size()));
        if (!geometry) {
            fail(layer, idOf(records.at(i)), "unreadable geometry: " + w.context.lastError());
        }
        return geometry;
    }

    // As read(), for a polygon whose area will be measured: refused unless valid, or, when
    // collecting, listed and measured as empty.
    template <typename Record>
    GeometryPtr readPolygon(Worker& w, const Wkb* wkbs, std::size_t i, std::string_view layer,
                            const std::vector<Record>& records) const {
        GeometryPtr geometry = read(w, wkbs, i, layer, records);
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
            fail(layer, idOf(records.at(i)),
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
                            {m_workspace->source});
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

    static const std::string& idOf(const core::Zone& r) { return r.zone_id; }
    static const std::string& idOf(const core::Parcel& r) { return r.parcel_id; }
    static const std::string& idOf(const core::Building& r) { return r.building_id; }
    static const std::string& idOf(const core::Enterprise& r) { return r.enterprise_id; }

    [[noreturn]] void fail(std::string_view layer, const std::string& id,
                           const std::string& message) const {
        throw Error(Error::Kind::Input, message,
                    {m_workspace->source, std::string(layer), id, "geometry"});
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
                            {m_workspace->source});
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
    const Workspace* m_workspace = nullptr;  // the one read, or being read while streaming
    LayerGeometries m_zones;
    LayerGeometries m_parcels;
    std::vector<Targets> m_targets;  // per worker; freed before the geometries they index
    bool m_prepared = false;
    std::exception_ptr m_prepareFailure;  // a zone or parcel refused while streaming
    core::SpatialFacts m_facts;           // the buildings' facts as they are joined

    // While streaming: the buildings' WKB (stable until stopStreaming()), how many are final,
    // and how many the threads have taken.
    const Wkb* m_footprints = nullptr;
    std::mutex m_streamMutex;
    std::condition_variable m_streamChanged;
    std::size_t m_available = 0;
    std::size_t m_claimed = 0;
    bool m_stopped = false;
    std::atomic<bool> m_streamFailed{false};
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

void CapacityJoin::Streaming::start(const Workspace& so_far) {
    m_state->join.startStreaming(so_far);
}

void CapacityJoin::Streaming::available(std::size_t count) {
    m_state->join.buildingsAvailable(count);
}

void CapacityJoin::Streaming::stop() noexcept {
    m_state->join.stopStreaming();
}

void CapacityJoin::Streaming::invalidate() noexcept {
    m_state->join.invalidate();
}

core::SpatialFacts CapacityJoin::Streaming::finish(const Workspace& workspace,
                                                   JoinStatistics* statistics,
                                                   core::ProblemReport* problems) {
    JoinStatistics local;
    return m_state->join.finish(workspace, statistics != nullptr ? *statistics : local, problems);
}

}  // namespace sitefit::gis
