#include "district_generator.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include "building_layout.hpp"
#include "district_plan.hpp"
#include "district_projection.hpp"
#include "enterprise_roster.hpp"
#include "industry_catalogue.hpp"
#include "letting_terms.hpp"
#include "parcel_designation.hpp"
#include "parcel_subdivision.hpp"
#include "plan_geometry.hpp"
#include "project_pipeline.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/units.hpp"
#include "town_layout.hpp"

namespace sitefit::sample {
namespace {

constexpr double kOverlapToleranceM2 = 1.0;
constexpr Range kScatteredLandPrice{18, 24};

std::vector<std::string> splitChains(std::string_view text) {
    std::vector<std::string> chains;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        chains.emplace_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return chains;
}

std::vector<LocalPoint> scaledOutline(const std::vector<LocalPoint>& outline, double factor) {
    std::vector<LocalPoint> points;
    points.reserve(outline.size());
    for (const LocalPoint& p : outline) {
        points.push_back({p.u * factor, p.v * factor});
    }
    return points;
}

bool overlaps(const OGRGeometry& a, const OGRGeometry& b) {
    if (!a.Intersects(&b)) {
        return false;
    }
    const std::unique_ptr<OGRGeometry> shared(a.Intersection(&b));
    if (!shared) {
        return false;
    }
    const OGRwkbGeometryType type = wkbFlatten(shared->getGeometryType());
    if (type == wkbPolygon) {
        return shared->toPolygon()->get_Area() > kOverlapToleranceM2;
    }
    if (type == wkbMultiPolygon) {
        return shared->toMultiPolygon()->get_Area() > kOverlapToleranceM2;
    }
    if (type == wkbGeometryCollection) {
        for (const OGRGeometry* part : *shared->toGeometryCollection()) {
            if (wkbFlatten(part->getGeometryType()) == wkbPolygon &&
                part->toPolygon()->get_Area() > kOverlapToleranceM2) {
                return true;
            }
        }
    }
    return false;
}

std::string numbered(const char* prefix, std::size_t number, int digits) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%0*zu", prefix, digits, number);
    return buffer;
}

// Builds the workspace step by step; each step draws from its own random stream.
class Builder {
public:
    explicit Builder(const GeneratorOptions& options)
        : m_options(options),
          m_linear(std::sqrt(options.scale)),
          m_plan(haizhouPlan()),
          m_centre(m_projection.project(m_plan.centre.longitude, m_plan.centre.latitude)) {
        m_result.workspace.crs_wkt = m_projection.crsWkt();
        m_result.workspace.district.catalogue = industryCatalogue();
    }

    GeneratedDistrict build() {
        addZones();
        for (std::size_t z = 0; z < m_plan.zones.size(); ++z) {
            addZoneParcels(z);
        }
        addScatteredSites();
        addTowns();
        addEnterprises();
        RandomStream random(m_options.seed, "projects");
        m_result.workspace.district.projects =
            ProjectPipeline::projects(m_result.workspace.district.catalogue, random);
        return std::move(m_result);
    }

private:
    // The frame of a site: its anchor projected by PROJ, moved away from the district centre
    // by the linear scale.
    LocalFrame frameOf(const SitePlacement& placement) {
        const ProjectedPoint anchor =
            m_projection.project(placement.anchor.longitude, placement.anchor.latitude);
        return {m_centre.easting + m_linear * (anchor.easting - m_centre.easting),
                m_centre.northing + m_linear * (anchor.northing - m_centre.northing),
                placement.rotation_degrees};
    }

    void addZones() {
        core::District& d = m_result.workspace.district;
        for (const ZonePlan& plan : m_plan.zones) {
            core::Zone zone;
            zone.zone_id = std::string(plan.zone_id);
            zone.name = std::string(plan.name);
            zone.kind = plan.kind;
            zone.leading_chains = splitChains(plan.leading_chains);
            zone.min_investment_intensity_wan_per_mu = plan.min_investment_intensity_wan_per_mu;
            zone.max_pollution_class = plan.max_pollution_class;
            if (plan.enterprise_capacity) {
                zone.enterprise_capacity = std::max(
                    1, static_cast<int>(std::lround(*plan.enterprise_capacity * m_options.scale)));
            }
            zone.carrier = std::string(plan.carrier);
            d.zones.push_back(std::move(zone));

            const LocalFrame frame = frameOf(plan.placement);
            m_zoneFrames.push_back(frame);
            const OGRPolygon shape = frame.polygon(scaledOutline(plan.outline, m_linear));
            for (const OGRPolygon& other : m_zoneShapes) {
                if (overlaps(shape, other)) {
                    throw Error(Error::Kind::Internal,
                                "zone " + std::string(plan.zone_id) + " overlaps another zone");
                }
            }
            m_result.workspace.zone_geometries.push_back(isoWkb(shape));
            m_zoneShapes.push_back(shape);
        }
    }

    void addZoneParcels(std::size_t z) {
        const ZonePlan& plan = m_plan.zones[z];
        const LocalFrame& frame = m_zoneFrames[z];
        const std::string key(plan.zone_id);
        RandomStream parcelRandom(m_options.seed, "parcels:" + key);
        const OGRPolygon outline = localPolygon(scaledOutline(plan.outline, m_linear));
        const std::vector<SubdividedParcel> lots =
            ParcelSubdivision::subdivide(outline, plan, parcelRandom);
        const std::vector<DesignatedParcel> parcels =
            ParcelDesignation::designate(plan, lots, m_options.scale, parcelRandom);

        std::map<std::size_t, std::vector<NeighbourLot>> blocks;
        for (std::size_t i = 0; i < lots.size(); ++i) {
            blocks[lots[i].block].push_back({lots[i].rect, parcels[i].record.status, i});
        }
        RandomStream buildingRandom(m_options.seed, "buildings:" + key);
        for (std::size_t i = 0; i < lots.size(); ++i) {
            const OGRPolygon shape =
                lots[i].irregular ? frame.place(lots[i].shape) : frame.polygon(lots[i].rect);
            addParcel(parcels[i].record, shape);
            if (lots[i].irregular) {
                continue;
            }
            std::vector<PlannedBuilding> buildings = BuildingLayout::layOut(
                lots[i].rect, i, parcels[i], blocks[lots[i].block], buildingRandom);
            addParcelBuildings(buildings, lots[i].rect, lots[i].area_m2, parcels[i], plan.carrier,
                               plan.rent_yuan_m2_month, plan.fully_let_share, z, frame,
                               buildingRandom, "");
        }
    }

    void addParcel(const core::Parcel& record, const OGRPolygon& shape) {
        m_result.workspace.district.parcels.push_back(record);
        m_result.workspace.parcel_geometries.push_back(isoWkb(shape));
    }

    void addParcelBuildings(std::vector<PlannedBuilding>& buildings, const LocalRect& lot,
                            double area_m2, const DesignatedParcel& parcel,
                            std::string_view carrier, Range rent, double fully_let_share,
                            std::optional<std::size_t> zone, const LocalFrame& frame,
                            RandomStream& random, std::string_view occupant_category) {
        const LettingContext letting{parcel.layout, parcel.completed_year, rent, fully_let_share};
        Premises premises;
        premises.zone = zone;
        premises.layout = parcel.layout;
        premises.land_use = parcel.record.land_use;
        premises.area_mu = core::muFromSquareMetres(area_m2);
        premises.producing = parcel.record.status == core::ParcelStatus::Built;
        premises.occupant_category = std::string(occupant_category);
        const PlannedBuilding* mainHall = nullptr;
        for (PlannedBuilding& b : buildings) {
            LettingTerms::apply(b, letting, random);
            b.record.carrier = std::string(carrier);
            addBuilding(b, frame);
            ++m_result.summary.buildings_on_parcels;
            const LocalRect& f = b.footprint;
            if (f.u0 < lot.u0 || f.v0 < lot.v0 || f.u1 > lot.u1 || f.v1 > lot.v1) {
                ++m_result.summary.straddling_buildings;
            }
            if (b.use == BuildingUse::ProductionHall &&
                (mainHall == nullptr || f.area_m2() > mainHall->footprint.area_m2())) {
                mainHall = &b;
            }
            const bool let = b.use == BuildingUse::EstateFactory || b.use == BuildingUse::Incubator;
            const double floorArea = f.area_m2() * b.record.floors;
            if (parcel.layout == SiteLayout::Estate && let &&
                b.record.vacant_m2.value_or(0.0) < floorArea - 1.0) {
                premises.spots.push_back(frame.point(f.centre()));
            }
        }
        if (parcel.layout == SiteLayout::Plant && !buildings.empty()) {
            const PlannedBuilding& main = mainHall != nullptr ? *mainHall : buildings.front();
            premises.spots.push_back(frame.point(main.footprint.centre()));
        }
        if (parcel.layout == SiteLayout::Plant || parcel.layout == SiteLayout::Estate) {
            m_premises.push_back(std::move(premises));
        }
    }

    void addBuilding(PlannedBuilding& building, const LocalFrame& frame) {
        core::District& d = m_result.workspace.district;
        building.record.building_id = numbered("B", d.buildings.size() + 1, 6);
        if (!building.record.floor_area_m2) {
            ++m_result.summary.unset_floor_areas;
        }
        d.buildings.push_back(building.record);
        m_result.workspace.building_geometries.push_back(isoWkb(frame.polygon(building.footprint)));
    }

    void addScatteredSites() {
        RandomStream random(m_options.seed, "scattered");
        for (std::size_t i = 0; i < m_plan.scattered_sites.size(); ++i) {
            const ScatteredSitePlan& site = m_plan.scattered_sites[i];
            const LocalFrame frame = frameOf(site.placement);
            const LocalRect lot{-site.width_m / 2, -site.depth_m / 2, site.width_m / 2,
                                site.depth_m / 2};
            const OGRPolygon shape = frame.polygon(lot);
            for (const OGRPolygon& zone : m_zoneShapes) {
                if (shape.Intersects(&zone)) {
                    throw Error(Error::Kind::Internal,
                                "scattered site " + std::to_string(i + 1) + " lies in a zone");
                }
            }
            m_scatteredShapes.push_back(shape);

            DesignatedParcel parcel;
            parcel.record.parcel_id = numbered("SW-", i + 1, 4);
            parcel.record.land_use = std::string(site.land_use);
            parcel.record.status = site.status;
            parcel.record.carrier = std::string(site.carrier);
            ParcelDesignation::setPlanningIndicators(parcel.record, lot.area_m2(),
                                                     kScatteredLandPrice, false, random);
            if (site.status == core::ParcelStatus::Available) {
                parcel.record.available_from =
                    core::Date{std::chrono::year{random.integer(2023, 2025)},
                               std::chrono::month{static_cast<unsigned>(random.integer(1, 12))},
                               std::chrono::day{1}};
            } else {
                // Older works from before the zones were drawn; a transferred lot being built.
                parcel.layout = SiteLayout::Plant;
                parcel.completed_year =
                    site.status == core::ParcelStatus::Built ? random.integer(1998, 2012) : 2025;
            }
            addParcel(parcel.record, shape);
            std::vector<PlannedBuilding> buildings =
                BuildingLayout::layOut(lot, 0, parcel, {}, random);
            addParcelBuildings(buildings, lot, lot.area_m2(), parcel, site.carrier, Range{12, 16},
                               0.5, std::nullopt, frame, random, site.occupant_category);
        }
    }

    void addTowns() {
        for (const TownPlan& town : m_plan.towns) {
            const LocalFrame frame = frameOf(town.placement);
            for (const LocalRect& area : TownLayout::footprintAreas(town, m_linear)) {
                const OGRPolygon shape = frame.polygon(area);
                const auto clashes = [&](const std::vector<OGRPolygon>& shapes) {
                    return std::any_of(shapes.begin(), shapes.end(), [&](const OGRPolygon& other) {
                        return shape.Intersects(&other);
                    });
                };
                if (clashes(m_zoneShapes) || clashes(m_scatteredShapes)) {
                    throw Error(Error::Kind::Internal,
                                "town " + std::string(town.name) + " runs into a zone or site");
                }
            }
            RandomStream random(m_options.seed, "town:" + std::string(town.name));
            std::vector<PlannedBuilding> buildings = TownLayout::layOut(town, m_linear, random);
            const LettingContext noLetting{SiteLayout::Empty, 0, {}, 0.0};
            for (PlannedBuilding& b : buildings) {
                LettingTerms::apply(b, noLetting, random);
                addBuilding(b, frame);
            }
        }
    }

    void addEnterprises() {
        RandomStream random(m_options.seed, "enterprises");
        std::vector<PlacedEnterprise> firms = EnterpriseRoster::assemble(
            m_plan, m_premises, m_result.workspace.district.catalogue, m_options.scale, random);
        for (PlacedEnterprise& firm : firms) {
            m_result.workspace.district.enterprises.push_back(std::move(firm.record));
            m_result.workspace.enterprise_geometries.push_back(isoWkb(firm.location));
        }
    }

    GeneratorOptions m_options;
    double m_linear;
    DistrictPlan m_plan;
    DistrictProjection m_projection;
    ProjectedPoint m_centre;
    GeneratedDistrict m_result;
    std::vector<LocalFrame> m_zoneFrames;
    std::vector<OGRPolygon> m_zoneShapes;
    std::vector<OGRPolygon> m_scatteredShapes;
    std::vector<Premises> m_premises;
};

}  // namespace

GeneratedDistrict DistrictGenerator::generate(const GeneratorOptions& options) {
    if (!(options.scale > 0.0)) {
        throw Error(Error::Kind::Usage, "--scale must be a positive number");
    }
    return Builder(options).build();
}

}  // namespace sitefit::sample
