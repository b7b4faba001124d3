#include "sitefit/gis/capacity_join.hpp"

#include <algorithm>
#include <numeric>
#include <string>

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

// The features of one layer as GEOS geometries, with what the join asks of them.
struct LayerGeometries {
    std::vector<GeometryPtr> geometries;
    std::vector<double> areas_m2;
};

// A layer that others are tested against: indexed and prepared.
struct TargetLayer {
    const LayerGeometries* layer = nullptr;
    std::vector<PreparedPtr> prepared;
    std::vector<std::size_t> ids;  // stable storage; the tree's items point into it
    TreePtr tree;
};

class Join {
public:
    Join(const Workspace& workspace, core::ProgressSink& progress)
        : m_workspace(workspace),
          m_progress(progress),
          m_reader(GEOSWKBReader_create_r(m_context.handle()),
                   detail::WkbReaderDeleter{m_context.handle()}) {}

    core::SpatialFacts run(JoinStatistics& statistics) {
        const core::District& d = m_workspace.district;
        using namespace layer_names;
        const LayerGeometries zones = load(m_workspace.zone_geometries, kZones, d.zones, true);
        const LayerGeometries parcels =
            load(m_workspace.parcel_geometries, kParcels, d.parcels, true);
        const LayerGeometries buildings =
            load(m_workspace.building_geometries, kBuildings, d.buildings, true);
        const LayerGeometries enterprises =
            load(m_workspace.enterprise_geometries, kEnterprises, d.enterprises, false);

        const TargetLayer zoneTargets = index(zones);
        const TargetLayer parcelTargets = index(parcels);

        core::SpatialFacts facts;
        facts.parcels.resize(parcels.geometries.size());
        for (std::size_t p = 0; p < parcels.geometries.size(); ++p) {
            facts.parcels[p].area_m2 = parcels.areas_m2[p];
            facts.parcels[p].zone_overlaps =
                overlaps(zoneTargets, *parcels.geometries[p], parcels.areas_m2[p], statistics);
        }

        const std::size_t total = buildings.geometries.size();
        facts.buildings.resize(total);
        for (std::size_t b = 0; b < total; ++b) {
            core::BuildingFacts& building = facts.buildings[b];
            building.footprint_m2 = buildings.areas_m2[b];
            building.parcel_overlaps = overlaps(parcelTargets, *buildings.geometries[b],
                                                building.footprint_m2, statistics);
            building.zone_overlaps =
                overlaps(zoneTargets, *buildings.geometries[b], building.footprint_m2, statistics);
            if (b % kProgressStep == 0) {
                m_progress.report("joining buildings to parcels and zones", b, total);
            }
        }
        m_progress.report("joining buildings to parcels and zones", total, total);
        m_progress.finish("joining buildings to parcels and zones");

        facts.enterprises.resize(enterprises.geometries.size());
        for (std::size_t e = 0; e < enterprises.geometries.size(); ++e) {
            facts.enterprises[e].zones =
                containing(zoneTargets, *enterprises.geometries[e], statistics);
        }
        return facts;
    }

private:
    template <typename Record>
    LayerGeometries load(const std::vector<Wkb>& wkbs, std::string_view layer,
                         const std::vector<Record>& records, bool polygons) {
        LayerGeometries out;
        out.geometries.reserve(wkbs.size());
        out.areas_m2.reserve(wkbs.size());
        for (std::size_t i = 0; i < wkbs.size(); ++i) {
            GeometryPtr geometry =
                detail::own(m_context, GEOSWKBReader_read_r(m_context.handle(), m_reader.get(),
                                                            wkbs[i].data(), wkbs[i].size()));
            if (!geometry) {
                fail(layer, idOf(records.at(i)), "unreadable geometry: " + m_context.lastError());
            }
            double area = 0.0;
            if (polygons) {
                checkValid(*geometry, layer, idOf(records.at(i)));
                GEOSArea_r(m_context.handle(), geometry.get(), &area);
            }
            out.areas_m2.push_back(area);
            out.geometries.push_back(std::move(geometry));
        }
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

    void checkValid(const GEOSGeometry& geometry, std::string_view layer, const std::string& id) {
        if (GEOSisValid_r(m_context.handle(), &geometry) == 1) {
            return;
        }
        detail::GeosStringPtr reason(GEOSisValidReason_r(m_context.handle(), &geometry),
                                     detail::GeosStringDeleter{m_context.handle()});
        fail(layer, id,
             std::string("invalid polygon (") + (reason ? reason.get() : "unknown reason") +
                 "); areas would be wrong. Repair it with `sitefit import`, which applies "
                 "GEOS MakeValid and lists what it changed");
    }

    TargetLayer index(const LayerGeometries& layer) {
        TargetLayer target;
        target.layer = &layer;
        target.ids.resize(layer.geometries.size());
        std::iota(target.ids.begin(), target.ids.end(), std::size_t{0});
        target.tree = TreePtr(GEOSSTRtree_create_r(m_context.handle(), 10),
                              detail::TreeDeleter{m_context.handle()});
        target.prepared.reserve(layer.geometries.size());
        for (std::size_t i = 0; i < layer.geometries.size(); ++i) {
            target.prepared.emplace_back(
                GEOSPrepare_r(m_context.handle(), layer.geometries[i].get()),
                detail::PreparedDeleter{m_context.handle()});
            GEOSSTRtree_insert_r(m_context.handle(), target.tree.get(), layer.geometries[i].get(),
                                 &target.ids[i]);
        }
        return target;
    }

    std::vector<std::size_t> candidates(const TargetLayer& target, const GEOSGeometry& geometry) {
        std::vector<std::size_t> found;
        GEOSSTRtree_query_r(
            m_context.handle(), target.tree.get(), &geometry,
            [](void* item, void* userdata) {
                static_cast<std::vector<std::size_t>*>(userdata)->push_back(
                    *static_cast<const std::size_t*>(item));
            },
            &found);
        std::sort(found.begin(), found.end());  // repeatable order whatever the tree does
        return found;
    }

    // The area the geometry shares with each target it overlaps (positive areas only).
    std::vector<core::Overlap> overlaps(const TargetLayer& target, const GEOSGeometry& geometry,
                                        double area_m2, JoinStatistics& statistics) {
        std::vector<core::Overlap> out;
        const GEOSContextHandle_t h = m_context.handle();
        for (const std::size_t j : candidates(target, geometry)) {
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
            const GeometryPtr common = detail::own(
                m_context, GEOSIntersection_r(h, target.layer->geometries[j].get(), &geometry));
            if (!common) {
                throw Error(Error::Kind::Internal,
                            "GEOS could not intersect two polygons: " + m_context.lastError(),
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

    std::vector<std::size_t> containing(const TargetLayer& target, const GEOSGeometry& point,
                                        JoinStatistics& statistics) {
        std::vector<std::size_t> out;
        for (const std::size_t j : candidates(target, point)) {
            ++statistics.candidate_pairs;
            ++statistics.decided_without_overlay;
            if (GEOSPreparedCovers_r(m_context.handle(), target.prepared[j].get(), &point) == 1) {
                out.push_back(j);
            }
        }
        return out;
    }

    const Workspace& m_workspace;
    core::ProgressSink& m_progress;
    GeosContext m_context;
    detail::WkbReaderPtr m_reader;
};

}  // namespace

core::SpatialFacts CapacityJoin::measure(const Workspace& workspace, core::ProgressSink& progress,
                                         JoinStatistics* statistics) {
    JoinStatistics local;
    Join join(workspace, progress);
    core::SpatialFacts facts = join.run(statistics != nullptr ? *statistics : local);
    return facts;
}

}  // namespace sitefit::gis
