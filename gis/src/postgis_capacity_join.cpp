#include "sitefit/gis/postgis_capacity_join.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "detail/pg_connection.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

using IdIndex = std::unordered_map<std::string, std::size_t>;

template <typename Record, typename IdOf>
IdIndex indexOf(const std::vector<Record>& records, IdOf idOf) {
    IdIndex index;
    for (std::size_t i = 0; i < records.size(); ++i) {
        index.emplace(idOf(records[i]), i);
    }
    return index;
}

class DatabaseJoin {
public:
    explicit DatabaseJoin(const Workspace& workspace)
        : m_workspace(workspace), m_connection(workspace.source) {
        const core::District& d = workspace.district;
        m_zones = indexOf(d.zones, [](const core::Zone& z) { return z.zone_id; });
        m_parcels = indexOf(d.parcels, [](const core::Parcel& p) { return p.parcel_id; });
        m_buildings = indexOf(d.buildings, [](const core::Building& b) { return b.building_id; });
        m_enterprises =
            indexOf(d.enterprises, [](const core::Enterprise& e) { return e.enterprise_id; });
    }

    core::SpatialFacts run(JoinStatistics& statistics) {
        using namespace layer_names;
        checkValid(kZones, "zone_id");
        checkValid(kParcels, "parcel_id");
        checkValid(kBuildings, "building_id");
        const core::District& d = m_workspace.district;
        core::SpatialFacts facts;
        facts.parcels.resize(d.parcels.size());
        facts.buildings.resize(d.buildings.size());
        facts.enterprises.resize(d.enterprises.size());

        for (const auto& [index, area] : areas(kParcels, "parcel_id", m_parcels)) {
            facts.parcels[index].area_m2 = area;
        }
        for (const auto& [index, area] : areas(kBuildings, "building_id", m_buildings)) {
            facts.buildings[index].footprint_m2 = area;
        }
        overlaps(
            kParcels, "parcel_id", m_parcels, kZones, "zone_id", m_zones, statistics,
            [&](std::size_t p, core::Overlap o) { facts.parcels[p].zone_overlaps.push_back(o); });
        overlaps(kBuildings, "building_id", m_buildings, kParcels, "parcel_id", m_parcels,
                 statistics, [&](std::size_t b, core::Overlap o) {
                     facts.buildings[b].parcel_overlaps.push_back(o);
                 });
        overlaps(
            kBuildings, "building_id", m_buildings, kZones, "zone_id", m_zones, statistics,
            [&](std::size_t b, core::Overlap o) { facts.buildings[b].zone_overlaps.push_back(o); });
        if (!d.enterprises.empty()) {
            pointsInZones(facts, statistics);
        }
        // As CapacityJoin lists them: by the other feature's index.
        const auto byIndex = [](const core::Overlap& a, const core::Overlap& b) {
            return a.index < b.index;
        };
        for (core::ParcelFacts& parcel : facts.parcels) {
            std::sort(parcel.zone_overlaps.begin(), parcel.zone_overlaps.end(), byIndex);
        }
        for (core::BuildingFacts& building : facts.buildings) {
            std::sort(building.parcel_overlaps.begin(), building.parcel_overlaps.end(), byIndex);
            std::sort(building.zone_overlaps.begin(), building.zone_overlaps.end(), byIndex);
        }
        for (core::EnterpriseFacts& enterprise : facts.enterprises) {
            std::sort(enterprise.zones.begin(), enterprise.zones.end());
        }
        return facts;
    }

private:
    std::size_t indexIn(const IdIndex& index, std::string_view layer, const std::string& id) {
        const auto found = index.find(id);
        if (found == index.end()) {
            throw Error(Error::Kind::Input,
                        "the workspace changed while it was analysed (a row was added or "
                        "removed); run the command again",
                        {m_workspace.source, std::string(layer), id});
        }
        return found->second;
    }

    void checkValid(std::string_view layer, std::string_view idField) {
        const detail::PgResult invalid = m_connection.exec(
            "SELECT " + m_connection.identifier(idField) + ", ST_IsValidReason(geom) FROM " +
            m_connection.identifier(layer) + " WHERE NOT ST_IsValid(geom) ORDER BY fid LIMIT 1");
        if (invalid.rows() > 0) {
            throw Error(Error::Kind::Input,
                        "invalid polygon (" + invalid.text(0, 1) +
                            "); areas would be wrong. Repair it with `sitefit import`, which "
                            "applies GEOS MakeValid and lists what it changed",
                        {m_workspace.source, std::string(layer), invalid.text(0, 0), "geometry"});
        }
    }

    std::vector<std::pair<std::size_t, double>> areas(std::string_view layer,
                                                      std::string_view idField,
                                                      const IdIndex& index) {
        const detail::PgResult rows =
            m_connection.exec("SELECT " + m_connection.identifier(idField) +
                              ", ST_Area(geom) FROM " + m_connection.identifier(layer));
        std::vector<std::pair<std::size_t, double>> out;
        out.reserve(static_cast<std::size_t>(rows.rows()));
        for (int r = 0; r < rows.rows(); ++r) {
            out.emplace_back(indexIn(index, layer, rows.text(r, 0)), rows.real(r, 1));
        }
        return out;
    }

    // Every pair whose boxes meet (the GiST index), settled as CapacityJoin settles it: a
    // target covering the feature shares all of it; one not touching it, nothing; else the
    // area of the intersection. Only positive areas are kept.
    template <typename Add>
    void overlaps(std::string_view layer, std::string_view idField, const IdIndex& index,
                  std::string_view target, std::string_view targetIdField,
                  const IdIndex& targetIndex, JoinStatistics& statistics, Add add) {
        const std::string a = m_connection.identifier(layer);
        const std::string t = m_connection.identifier(target);
        const detail::PgResult rows = m_connection.exec(
            "SELECT f." + m_connection.identifier(idField) + ", t." +
            m_connection.identifier(targetIdField) +
            ", covered, meets, CASE WHEN covered THEN ST_Area(f.geom) WHEN meets THEN "
            "ST_Area(ST_Intersection(t.geom, f.geom)) ELSE 0 END "
            "FROM " +
            a + " f JOIN " + t +
            " t ON t.geom && f.geom, "
            "LATERAL (SELECT ST_Covers(t.geom, f.geom) AS covered) c, "
            "LATERAL (SELECT covered OR ST_Intersects(t.geom, f.geom) AS meets) m");
        for (int r = 0; r < rows.rows(); ++r) {
            ++statistics.candidate_pairs;
            const bool covered = rows.text(r, 2) == "t";
            const bool meets = rows.text(r, 3) == "t";
            if (covered || !meets) {
                ++statistics.decided_without_overlay;
            } else {
                ++statistics.overlays;
            }
            const double area = rows.real(r, 4);
            if (meets && area > 0.0) {
                add(indexIn(index, layer, rows.text(r, 0)),
                    core::Overlap{indexIn(targetIndex, target, rows.text(r, 1)), area});
            }
        }
    }

    void pointsInZones(core::SpatialFacts& facts, JoinStatistics& statistics) {
        const detail::PgResult rows = m_connection.exec(
            "SELECT e.enterprise_id, z.zone_id, ST_Covers(z.geom, e.geom) "
            "FROM enterprises e JOIN zones z ON z.geom && e.geom");
        for (int r = 0; r < rows.rows(); ++r) {
            ++statistics.candidate_pairs;
            ++statistics.decided_without_overlay;
            if (rows.text(r, 2) == "t") {
                facts
                    .enterprises[indexIn(m_enterprises, layer_names::kEnterprises, rows.text(r, 0))]
                    .zones.push_back(indexIn(m_zones, layer_names::kZones, rows.text(r, 1)));
            }
        }
    }

    const Workspace& m_workspace;
    detail::PgConnection m_connection;
    IdIndex m_zones;
    IdIndex m_parcels;
    IdIndex m_buildings;
    IdIndex m_enterprises;
};

}  // namespace

core::SpatialFacts PostgisCapacityJoin::measure(const Workspace& workspace,
                                                JoinStatistics* statistics) {
    JoinStatistics local;
    DatabaseJoin join(workspace);
    return join.run(statistics != nullptr ? *statistics : local);
}

}  // namespace sitefit::gis
