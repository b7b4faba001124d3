#include "sitefit/gis/site_facts_builder.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "detail/geos_handles.hpp"
#include "sitefit/core/capacity_calculator.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

using detail::GeometryPtr;
using detail::TreePtr;

constexpr std::size_t kProgressStep = 2000;
constexpr std::string_view kStage = "measuring site facts";
constexpr std::size_t kTreeNodeCapacity = 10;

// Which record a site is made of, chosen before any geometry is touched so that progress
// knows the total.
struct SiteSource {
    core::SiteType type = core::SiteType::Parcel;
    std::size_t index = 0;
};

// Footprints of one building kind, found by envelope; the tree's items point into `ids`.
struct FootprintIndex {
    std::vector<std::size_t> ids;
    TreePtr tree;
};

// The site side of a nearest-enterprise search. Its own address is the query item, so the
// distance callback can tell it from the tree's items (enterprise points), in whichever
// order GEOS passes the two.
struct NearestQuery {
    GEOSContextHandle_t context = nullptr;
    const GEOSPreparedGeometry* site = nullptr;

    // A GEOSDistanceCallback: must not throw; returns 0 when GEOS fails, and GEOS then
    // abandons the search and reports the error on the context.
    static int distance(const void* item1, const void* item2, double* distance_m,
                        void* userdata) noexcept {
        const auto* query = static_cast<const NearestQuery*>(userdata);
        const void* point = item1 == query ? item2 : item1;
        return GEOSPreparedDistance_r(query->context, query->site,
                                      static_cast<const GEOSGeometry*>(point), distance_m);
    }
};

class Builder {
public:
    Builder(const Workspace& workspace, const core::SpatialFacts& facts,
            const core::CapacityReport& report, double commute_radius_m,
            core::ProgressSink& progress)
        : m_workspace(workspace),
          m_facts(facts),
          m_report(report),
          m_commuteRadius_m(commute_radius_m),
          m_progress(progress),
          m_reader(GEOSWKBReader_create_r(m_context.handle()),
                   detail::WkbReaderDeleter{m_context.handle()}) {}

    std::vector<core::SiteFacts> run() {
        checkInputs();
        const std::vector<SiteSource> sources = selectSites();

        m_footprints = readLayer(m_workspace.building_geometries, layer_names::kBuildings,
                                 m_workspace.district.buildings);
        m_enterprisePoints = readLayer(m_workspace.enterprise_geometries, layer_names::kEnterprises,
                                       m_workspace.district.enterprises);
        indexEnterprises();
        m_residential = indexFootprints(core::BuildingKind::Residential);
        m_publicService = indexFootprints(core::BuildingKind::PublicService);

        std::vector<core::SiteFacts> sites;
        sites.reserve(sources.size());
        const std::size_t total = sources.size();
        for (std::size_t s = 0; s < total; ++s) {
            if (s % kProgressStep == 0) {
                m_progress.report(kStage, s, total);
            }
            sites.push_back(sources[s].type == core::SiteType::Parcel
                                ? parcelSite(sources[s].index)
                                : spaceSite(sources[s].index));
        }
        m_progress.report(kStage, total, total);
        m_progress.finish(kStage);
        return sites;
    }

private:
    void checkInputs() const {
        const core::District& d = m_workspace.district;
        if (m_facts.parcels.size() != d.parcels.size() ||
            m_facts.buildings.size() != d.buildings.size() ||
            m_report.parcels.size() != d.parcels.size() ||
            m_workspace.parcel_geometries.size() != d.parcels.size() ||
            m_workspace.building_geometries.size() != d.buildings.size() ||
            m_workspace.enterprise_geometries.size() != d.enterprises.size()) {
            throw Error(Error::Kind::Internal,
                        "site facts need spatial facts and a capacity report measured for the "
                        "same workspace (" +
                            std::to_string(d.parcels.size()) + " parcels, " +
                            std::to_string(d.buildings.size()) + " buildings; facts have " +
                            std::to_string(m_facts.parcels.size()) + " and " +
                            std::to_string(m_facts.buildings.size()) + ", the report " +
                            std::to_string(m_report.parcels.size()) + " parcels)",
                        {m_workspace.source});
        }
        if (!std::isfinite(m_commuteRadius_m) || m_commuteRadius_m < 0.0) {
            throw Error(Error::Kind::Internal,
                        "the commuting radius must be a non-negative number of metres, not " +
                            std::to_string(m_commuteRadius_m),
                        {m_workspace.source});
        }
    }

    // Reserved parcels are kept so that the matcher can reject them with a reason planners
    // see; transferred and built land is not on offer at all.
    std::vector<SiteSource> selectSites() const {
        const core::District& d = m_workspace.district;
        std::vector<SiteSource> sources;
        for (std::size_t p = 0; p < d.parcels.size(); ++p) {
            const core::ParcelStatus status = d.parcels[p].status;
            if (status == core::ParcelStatus::Available || status == core::ParcelStatus::Reserved) {
                sources.push_back({core::SiteType::Parcel, p});
            }
        }
        for (std::size_t b = 0; b < d.buildings.size(); ++b) {
            if (d.buildings[b].vacant_m2.value_or(0.0) > 0.0) {
                sources.push_back({core::SiteType::Space, b});
            }
        }
        return sources;
    }

    core::SiteFacts parcelSite(std::size_t p) {
        const core::Parcel& parcel = m_workspace.district.parcels[p];
        const core::ParcelCapacity& capacity = m_report.parcels[p];
        core::SiteFacts site;
        site.type = core::SiteType::Parcel;
        site.index = p;
        site.site_id = parcel.parcel_id;
        site.zone = capacity.zone;
        site.carrier = parcel.carrier;
        site.status = parcel.status;
        site.area_m2 = capacity.area_m2;
        site.land_use = parcel.land_use;
        site.far_min = parcel.far_min;
        site.far_max = parcel.far_max;
        site.land_price_wan_per_mu = parcel.land_price_wan_per_mu;
        site.power_kva = parcel.power_kva;
        site.existing_floor_area_m2 = capacity.floor_area_m2;
        site.available_from = parcel.available_from;
        const GeometryPtr polygon =
            read(m_workspace.parcel_geometries[p], layer_names::kParcels, parcel.parcel_id);
        measureSurroundings(*polygon, site);
        return site;
    }

    core::SiteFacts spaceSite(std::size_t b) {
        const core::Building& building = m_workspace.district.buildings[b];
        core::SiteFacts site;
        site.type = core::SiteType::Space;
        site.index = b;
        site.site_id = building.building_id;
        site.zone = core::largestShare(m_facts.buildings[b].zone_overlaps);
        site.carrier = building.carrier;
        site.building_kind = building.kind;
        site.floors = building.floors;
        site.vacant_m2 = building.vacant_m2.value_or(0.0);
        site.floor_load_kn_m2 = building.floor_load_kn_m2;
        site.clear_height_m = building.clear_height_m;
        site.rent_yuan_m2_month = building.rent_yuan_m2_month;
        site.available_from = building.available_from;
        measureSurroundings(*m_footprints[b], site);
        return site;
    }

    // The spatial facts of one site. The site is prepared once because it is tested
    // against every category's nearest point and every job–housing candidate.
    void measureSurroundings(const GEOSGeometry& siteGeometry, core::SiteFacts& site) {
        const GEOSContextHandle_t h = m_context.handle();
        if (GEOSisEmpty_r(h, &siteGeometry) == 1) {
            return;  // nothing to measure from; an empty site is left to the matcher's checks
        }
        const detail::PreparedPtr prepared(GEOSPrepare_r(h, &siteGeometry),
                                           detail::PreparedDeleter{h});
        if (!prepared) {
            geosFailure("prepare a site geometry", site.site_id);
        }
        for (const auto& [category, tree] : m_nearestByCategory) {
            site.nearest_enterprise_m_by_category.emplace(
                category, nearestDistance(*tree, siteGeometry, *prepared, site.site_id));
        }
        for (const auto& [chain, tree] : m_nearestLeaderByChain) {
            site.nearest_chain_leader_m_by_chain.emplace(
                chain, nearestDistance(*tree, siteGeometry, *prepared, site.site_id));
        }
        site.residential_floor_m2_within_commute =
            floorAreaWithinCommute(m_residential, siteGeometry, *prepared, site.site_id);
        site.public_service_floor_m2_within_commute =
            floorAreaWithinCommute(m_publicService, siteGeometry, *prepared, site.site_id);
    }

    // The tree finds the nearest point by branch and bound over its node envelopes, so
    // each call visits a handful of nodes, not every enterprise. The point-to-site distances
    // it needs on the way are measured on the prepared site: cheaper than the plain distance
    // GEOSSTRtree_nearest_r would compute (a quarter less time on 100,000 sites).
    double nearestDistance(GEOSSTRtree& tree, const GEOSGeometry& siteGeometry,
                           const GEOSPreparedGeometry& prepared, const std::string& siteId) {
        const GEOSContextHandle_t h = m_context.handle();
        m_context.clearError();
        NearestQuery query{h, &prepared};
        const void* nearest = GEOSSTRtree_nearest_generic_r(h, &tree, &query, &siteGeometry,
                                                            &NearestQuery::distance, &query);
        if (nearest == nullptr) {
            geosFailure("find the nearest enterprise", siteId);  // trees are never empty
        }
        double distance_m = 0.0;
        if (GEOSPreparedDistance_r(h, &prepared, static_cast<const GEOSGeometry*>(nearest),
                                   &distance_m) != 1) {
            geosFailure("measure the distance to an enterprise", siteId);
        }
        return distance_m;
    }

    // Σ floor area of the indexed buildings any part of which lies within the commuting
    // radius of the site. Candidates come from the site's envelope grown by the radius;
    // the exact distance test then drops those only the envelopes brought near.
    double floorAreaWithinCommute(const FootprintIndex& index, const GEOSGeometry& siteGeometry,
                                  const GEOSPreparedGeometry& prepared, const std::string& siteId) {
        if (index.ids.empty()) {
            return 0.0;
        }
        const GEOSContextHandle_t h = m_context.handle();
        double xmin = 0.0;
        double ymin = 0.0;
        double xmax = 0.0;
        double ymax = 0.0;
        if (GEOSGeom_getXMin_r(h, &siteGeometry, &xmin) != 1 ||
            GEOSGeom_getYMin_r(h, &siteGeometry, &ymin) != 1 ||
            GEOSGeom_getXMax_r(h, &siteGeometry, &xmax) != 1 ||
            GEOSGeom_getYMax_r(h, &siteGeometry, &ymax) != 1) {
            geosFailure("read a site's envelope", siteId);
        }
        const double r = m_commuteRadius_m;
        const GeometryPtr reach = detail::own(
            m_context, GEOSGeom_createRectangle_r(h, xmin - r, ymin - r, xmax + r, ymax + r));
        if (!reach) {
            geosFailure("grow a site's envelope by the commuting radius", siteId);
        }
        std::vector<std::size_t> candidates;
        GEOSSTRtree_query_r(
            h, index.tree.get(), reach.get(),
            [](void* item, void* userdata) {
                static_cast<std::vector<std::size_t>*>(userdata)->push_back(
                    *static_cast<const std::size_t*>(item));
            },
            &candidates);
        // The same sum in the same order whatever order the tree returns them in.
        std::sort(candidates.begin(), candidates.end());

        double floor_m2 = 0.0;
        for (const std::size_t b : candidates) {
            const char within =
                GEOSPreparedDistanceWithin_r(h, &prepared, m_footprints[b].get(), r);
            if (within == 2) {
                geosFailure("test a building's distance from a site", siteId);
            }
            if (within == 1) {
                floor_m2 += core::effectiveFloorArea(m_workspace.district.buildings[b],
                                                     m_facts.buildings[b].footprint_m2);
            }
        }
        return floor_m2;
    }

    // One tree per category and one per chain of chain leaders: a nearest search in a
    // tree holding only the wanted kind needs no filter that would defeat its pruning.
    // The items are the point geometries themselves, which the nearest search returns.
    void indexEnterprises() {
        const core::District& d = m_workspace.district;
        std::map<std::string, std::string> chainOfCategory;
        for (const core::Category& category : d.catalogue.categories) {
            chainOfCategory.emplace(category.category_code, category.chain_code);
        }
        const GEOSContextHandle_t h = m_context.handle();
        const auto treeFor = [h](std::map<std::string, TreePtr>& trees, const std::string& key) {
            auto [at, inserted] = trees.try_emplace(key);
            if (inserted) {
                at->second =
                    TreePtr(GEOSSTRtree_create_r(h, kTreeNodeCapacity), detail::TreeDeleter{h});
            }
            return at->second.get();
        };
        for (std::size_t e = 0; e < d.enterprises.size(); ++e) {
            GEOSGeometry* point = m_enterprisePoints[e].get();
            // An empty point has no position and no envelope: it is near nothing.
            if (GEOSisEmpty_r(h, point) == 1) {
                continue;
            }
            const core::Enterprise& enterprise = d.enterprises[e];
            GEOSSTRtree_insert_r(h, treeFor(m_nearestByCategory, enterprise.category_code), point,
                                 point);
            if (enterprise.role != core::EnterpriseRole::ChainLeader) {
                continue;
            }
            // A leader whose category the catalogue does not list leads no known chain.
            const auto chain = chainOfCategory.find(enterprise.category_code);
            if (chain != chainOfCategory.end()) {
                GEOSSTRtree_insert_r(h, treeFor(m_nearestLeaderByChain, chain->second), point,
                                     point);
            }
        }
    }

    FootprintIndex indexFootprints(core::BuildingKind kind) {
        const core::District& d = m_workspace.district;
        const GEOSContextHandle_t h = m_context.handle();
        FootprintIndex index;
        for (std::size_t b = 0; b < d.buildings.size(); ++b) {
            if (d.buildings[b].kind == kind && GEOSisEmpty_r(h, m_footprints[b].get()) != 1) {
                index.ids.push_back(b);
            }
        }
        index.tree = TreePtr(GEOSSTRtree_create_r(h, kTreeNodeCapacity), detail::TreeDeleter{h});
        for (std::size_t& id : index.ids) {  // `ids` is not resized again: stable addresses
            GEOSSTRtree_insert_r(h, index.tree.get(), m_footprints[id].get(), &id);
        }
        return index;
    }

    template <typename Record>
    std::vector<GeometryPtr> readLayer(const std::vector<Wkb>& wkbs, std::string_view layer,
                                       const std::vector<Record>& records) {
        std::vector<GeometryPtr> geometries;
        geometries.reserve(wkbs.size());
        for (std::size_t i = 0; i < wkbs.size(); ++i) {
            geometries.push_back(read(wkbs[i], layer, idOf(records[i])));
        }
        return geometries;
    }

    GeometryPtr read(const Wkb& wkb, std::string_view layer, const std::string& id) {
        GeometryPtr geometry = detail::own(
            m_context,
            GEOSWKBReader_read_r(m_context.handle(), m_reader.get(), wkb.data(), wkb.size()));
        if (!geometry) {
            throw Error(Error::Kind::Input, "unreadable geometry: " + m_context.lastError(),
                        {m_workspace.source, std::string(layer), id, "geometry"});
        }
        return geometry;
    }

    static const std::string& idOf(const core::Building& r) { return r.building_id; }
    static const std::string& idOf(const core::Enterprise& r) { return r.enterprise_id; }

    [[noreturn]] void geosFailure(std::string_view what, const std::string& siteId) const {
        throw Error(Error::Kind::Internal,
                    "GEOS could not " + std::string(what) + ": " +
                        (m_context.lastError().empty() ? std::string("unknown error")
                                                       : m_context.lastError()),
                    {m_workspace.source, "", siteId});
    }

    const Workspace& m_workspace;
    const core::SpatialFacts& m_facts;
    const core::CapacityReport& m_report;
    double m_commuteRadius_m;
    core::ProgressSink& m_progress;
    detail::GeosContext m_context;
    detail::WkbReaderPtr m_reader;
    // Declared before the trees that point into them, so they are destroyed after them.
    std::vector<GeometryPtr> m_footprints;        // index-aligned with District::buildings
    std::vector<GeometryPtr> m_enterprisePoints;  // index-aligned with District::enterprises
    std::map<std::string, TreePtr> m_nearestByCategory;
    std::map<std::string, TreePtr> m_nearestLeaderByChain;
    FootprintIndex m_residential;
    FootprintIndex m_publicService;
};

}  // namespace

std::vector<core::SiteFacts> SiteFactsBuilder::build(const Workspace& workspace,
                                                     const core::SpatialFacts& facts,
                                                     const core::CapacityReport& report,
                                                     double commute_radius_m,
                                                     core::ProgressSink& progress) {
    Builder builder(workspace, facts, report, commute_radius_m, progress);
    return builder.run();
}

}  // namespace sitefit::gis
