#pragma once

#include <vector>

#include "sitefit/core/building.hpp"
#include "sitefit/core/catalogue.hpp"
#include "sitefit/core/enterprise.hpp"
#include "sitefit/core/parcel.hpp"
#include "sitefit/core/plan_link.hpp"
#include "sitefit/core/project.hpp"
#include "sitefit/core/zone.hpp"

namespace sitefit::core {

// Every attribute record of a workspace, without geometry. Vectors keep the workspace's
// feature order; spatial facts refer to records by index into them.
struct District {
    std::vector<Zone> zones;
    std::vector<Parcel> parcels;
    std::vector<Building> buildings;
    std::vector<Enterprise> enterprises;
    std::vector<Project> projects;
    CatalogueTables catalogue;
    std::vector<PlanLink> plan_links;  // planners' stored pins and exclusions
};

}  // namespace sitefit::core
