#include "detail/plan_link_rules.hpp"

#include <map>
#include <set>
#include <utility>

#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

void checkPlanLinks(const core::District& district, const std::string& file) {
    if (district.plan_links.empty()) {
        return;
    }
    std::set<std::string> projects;
    for (const core::Project& project : district.projects) {
        projects.insert(project.project_id);
    }
    std::set<std::string> sites;
    for (const core::Parcel& parcel : district.parcels) {
        sites.insert(parcel.parcel_id);
    }
    for (const core::Building& building : district.buildings) {
        sites.insert(building.building_id);
    }
    std::set<std::pair<std::string, std::string>> pairs;
    std::map<std::string, std::string> pinned;  // project → site
    const std::string layer(layer_names::kPlanLinks);
    for (const core::PlanLink& link : district.plan_links) {
        const auto refuse = [&](const std::string& field, const std::string& message) {
            throw Error(Error::Kind::Input, message, {file, layer, link.label(), field});
        };
        if (projects.count(link.project_id) == 0) {
            refuse("project_id", "no project '" + link.project_id + "' in the workspace");
        }
        if (sites.count(link.site_id) == 0) {
            refuse("site_id",
                   "no site '" + link.site_id + "' (a parcel_id or building_id) in the workspace");
        }
        if (!pairs.emplace(link.project_id, link.site_id).second) {
            refuse("site_id",
                   "the project and site are linked twice; a pair is either a pin or an "
                   "exclusion, in one row");
        }
        if (link.kind == core::PlanLinkKind::Pin) {
            const auto [earlier, first] = pinned.emplace(link.project_id, link.site_id);
            if (!first) {
                refuse("kind", "project " + link.project_id + " is already pinned to site " +
                                   earlier->second + "; a project takes one site");
            }
        }
    }
}

}  // namespace sitefit::gis::detail
