#include "sitefit/gis/capacity_join.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include "detail/geos_handles.hpp"
#include "sitefit/core/error.hpp"
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

// What one thread owns (STYLE rule 7): its GEOS context, a WKB reader and its share of the
// statistics. Its prepared targets and trees are in Targets[id].
struct Worker {
    explicit Worker(std::size_t number)
        : id(number),
          reader(GEOSWKBReader_create_r(context.handle()),
                 detail::WkbReaderDeleter{context.handle()}) {}

    std::size_t id;
    GeosContext context;
    detail::WkbReaderPtr reader;
    JoinStatistics statistics;
};

// One thread's prepared targets and trees: prepared geometries build their indexes lazily,
// so they are never shared between threads.
struct Targets {
    TargetLayer zones;
    TargetLayer parcels;
};

// The failure a serial run would have met first: the one at the lowest feature index.
class FirstFailure {
public:
    void record(std::size_t index, std::exception_ptr error) {
        const std::lock_guard lock(m_mutex);
        if (!m_error || index < m_index.load()) {
            m_error = std::move(error);
            m_index.store(index);
        }
    }
    // SIZE_MAX while nothing failed: work past a failure is skipped.
    [[nodiscard]] std::size_t index() const noexcept { return m_index.load(); }
    void rethrow() const {
        if (m_error) {
            std::rethrow_exception(m_error);
        }
    }

private:
    std::mutex m_mutex;
    std::atomic<std::size_t> m_index{std::numeric_limits<std::size_t>::max()};
    std::exception_ptr m_error;
};

class Join {
public:
    Join(const Workspace& workspace, core::ProgressSink& progress, std::size_t threads)
        : m_workspace(workspace), m_progress(progress) {
        const std::size_t count =
            threads > 0 ? threads : std::max(1U, std::thread::hardware_concurrency());
        for (std::size_t t = 0; t < count; ++t) {
            m_workers.push_back(std::make_unique<Worker>(t));
        }
    }

    core::SpatialFacts run(JoinStatistics& statistics) {
        const core::District& d = m_workspace.district;
        using namespace layer_names;
        const LayerGeometries zones = load(m_workspace.zone_geometries, kZones, d.zones, true);
        const LayerGeometries parcels =
            load(m_workspace.parcel_geometries, kParcels, d.parcels, true);
        LayerGeometries buildings =
            load(m_workspace.building_geometries, kBuildings, d.buildings, true);
        const LayerGeometries enterprises =
            load(m_workspace.enterprise_geometries, kEnterprises, d.enterprises, false);

        // Declared after the geometries, so freed before them.
        std::vector<Targets> targets(m_workers.size());
        for (const std::unique_ptr<Worker>& worker : m_workers) {
            targets[worker->id].zones = index(*worker, zones);
            targets[worker->id].parcels = index(*worker, parcels);
        }

        core::SpatialFacts facts;
        facts.parcels.resize(parcels.geometries.size());
        forEach(parcels.geometries.size(), [&](Worker& w, std::size_t p) {
            facts.parcels[p].area_m2 = parcels.areas_m2[p];
            facts.parcels[p].zone_overlaps =
                overlaps(w, targets[w.id].zones, *parcels.geometries[p], parcels.areas_m2[p]);
        });

        const std::size_t total = buildings.geometries.size();
        facts.buildings.resize(total);
        std::atomic<std::size_t> done{0};
        forEach(total, [&](Worker& w, std::size_t b) {
            core::BuildingFacts& building = facts.buildings[b];
            building.footprint_m2 = buildings.areas_m2[b];
            const Targets& mine = targets[w.id];
            building.parcel_overlaps =
                overlaps(w, mine.parcels, *buildings.geometries[b], building.footprint_m2);
            building.zone_overlaps =
                overlaps(w, mine.zones, *buildings.geometries[b], building.footprint_m2);
            const std::size_t count = done.fetch_add(1) + 1;
            if (w.id == 0 && b % kProgressStep == 0) {
                m_progress.report("joining buildings to parcels and zones", count, total);
            }
        });
        m_progress.report("joining buildings to parcels and zones", total, total);
        m_progress.finish("joining buildings to parcels and zones");

        facts.enterprises.resize(enterprises.geometries.size());
        forEach(enterprises.geometries.size(), [&](Worker& w, std::size_t e) {
            facts.enterprises[e].zones =
                containing(w, targets[w.id].zones, *enterprises.geometries[e]);
        });

        // A million footprints take a while to free too: share it out, each thread freeing
        // through its own context.
        forEach(total, [&](Worker& w, std::size_t b) {
            GEOSGeom_destroy_r(w.context.handle(), buildings.geometries[b].release());
        });

        for (const std::unique_ptr<Worker>& worker : m_workers) {
            statistics.candidate_pairs += worker->statistics.candidate_pairs;
            statistics.decided_without_overlay += worker->statistics.decided_without_overlay;
            statistics.overlays += worker->statistics.overlays;
        }
        return facts;
    }

private:
    // Calls step(worker, i) for every i in [0, count), in chunks on every worker's thread (the
    // calling thread is the first worker). The first failure by index is rethrown at the end,
    // as a serial loop would have thrown it.
    template <typename Step>
    void forEach(std::size_t count, Step step) {
        FirstFailure failure;
        std::atomic<std::size_t> next{0};
        const auto loop = [&](Worker& worker) {
            for (;;) {
                const std::size_t begin = next.fetch_add(kChunk);
                if (begin >= count || begin > failure.index()) {
                    return;
                }
                const std::size_t end = std::min(count, begin + kChunk);
                for (std::size_t i = begin; i < end; ++i) {
                    try {
                        step(worker, i);
                    } catch (...) {
                        failure.record(i, std::current_exception());
                        return;
                    }
                }
            }
        };
        if (m_workers.size() == 1 || count < kParallelFrom) {
            loop(*m_workers.front());
        } else {
            std::vector<std::jthread> threads;
            threads.reserve(m_workers.size() - 1);
            for (std::size_t t = 1; t < m_workers.size(); ++t) {
                threads.emplace_back([&loop, &worker = *m_workers[t]] { loop(worker); });
            }
            loop(*m_workers.front());
        }  // the threads join here
        failure.rethrow();
    }

    template <typename Record>
    LayerGeometries load(const std::vector<Wkb>& wkbs, std::string_view layer,
                         const std::vector<Record>& records, bool polygons) {
        LayerGeometries out;
        out.geometries.resize(wkbs.size());
        out.areas_m2.assign(wkbs.size(), 0.0);
        forEach(wkbs.size(), [&](Worker& w, std::size_t i) {
            const GEOSContextHandle_t h = w.context.handle();
            GeometryPtr geometry = detail::own(
                w.context, GEOSWKBReader_read_r(h, w.reader.get(), wkbs[i].data(), wkbs[i].size()));
            if (!geometry) {
                fail(layer, idOf(records.at(i)), "unreadable geometry: " + w.context.lastError());
            }
            if (polygons) {
                checkValid(w.context, *geometry, layer, idOf(records.at(i)));
                GEOSArea_r(h, geometry.get(), &out.areas_m2[i]);
            }
            out.geometries[i] = std::move(geometry);
        });
        return out;
    }

    static const std::string& idOf(const core::Zone& r) { return r.zone_id; }
    static const std::string& idOf(const core::Parcel& r) { return r.parcel_id; }
    static const std::string& idOf(const core::Building& r) { return r.building_id; }
    static const std::string& idOf(const core::Enterprise& r) { return r.enterprise_id; }

    [[noreturn]] void fail(std::string_view layer, const std::string& id,
                           const std::string& message) const {
        throw Error(Error::Kind::Input, message,
                    {m_workspace.source, std::string(layer), id, "geometry"});
    }

    void checkValid(const GeosContext& context, const GEOSGeometry& geometry,
                    std::string_view layer, const std::string& id) const {
        if (GEOSisValid_r(context.handle(), &geometry) == 1) {
            return;
        }
        detail::GeosStringPtr reason(GEOSisValidReason_r(context.handle(), &geometry),
                                     detail::GeosStringDeleter{context.handle()});
        fail(layer, id,
             std::string("invalid polygon (") + (reason ? reason.get() : "unknown reason") +
                 "); areas would be wrong. Repair it with `sitefit import`, which applies "
                 "GEOS MakeValid and lists what it changed");
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
            GEOSSTRtree_insert_r(h, target.tree.get(), layer.geometries[i].get(), &target.ids[i]);
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
                            {m_workspace.source});
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

    const Workspace& m_workspace;
    core::ProgressSink& m_progress;
    // Outlives every geometry, prepared geometry and tree: they are run()'s locals.
    std::vector<std::unique_ptr<Worker>> m_workers;
};

}  // namespace

core::SpatialFacts CapacityJoin::measure(const Workspace& workspace, core::ProgressSink& progress,
                                         JoinStatistics* statistics, std::size_t threads) {
    JoinStatistics local;
    Join join(workspace, progress, threads);
    core::SpatialFacts facts = join.run(statistics != nullptr ? *statistics : local);
    return facts;
}

}  // namespace sitefit::gis
