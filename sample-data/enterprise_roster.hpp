#pragma once

#include <ogr_geometry.h>

#include <optional>
#include <string>
#include <vector>

#include "district_plan.hpp"
#include "parcel_designation.hpp"
#include "random_stream.hpp"
#include "sitefit/core/catalogue.hpp"
#include "sitefit/core/enterprise.hpp"

namespace sitefit::sample {

// A place where firms are: one firm's works, or a carrier's estate with tenants.
struct Premises {
    std::optional<std::size_t> zone;  // index into the plan's zones; none outside every zone
    SiteLayout layout = SiteLayout::Plant;
    std::string land_use;
    double area_mu = 0.0;
    bool producing = true;          // a works still being built has no output yet
    std::vector<OGRPoint> spots;    // workspace CRS: the works' main hall, or each let building
    std::string occupant_category;  // preset (scattered sites); else drawn
};

struct PlacedEnterprise {
    core::Enterprise record;
    OGRPoint location;  // workspace CRS
};

// Puts the district's firms on their premises: the chain leaders and key firms the report
// names on the largest fitting works of their zones, a generated firm on every other works,
// and tenants in the estates (the 均和云谷 park gets its fixed number, so that places are left
// out of the 30 it was built for). Categories follow the zone's leading chains, the land's
// planning class and the zone's pollution ceiling.
class EnterpriseRoster {
public:
    [[nodiscard]] static std::vector<PlacedEnterprise> assemble(
        const DistrictPlan& plan, const std::vector<Premises>& premises,
        const core::CatalogueTables& catalogue, double scale, RandomStream& random);
};

}  // namespace sitefit::sample
