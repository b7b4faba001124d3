#include "sitefit/planning/stored_links.hpp"

#include <string>

namespace sitefit::planning {
namespace {

// The request's link of the project (to `site`, or to any site when empty), or nullptr.
const core::PlanRequest::Link* givenLink(const std::vector<core::PlanRequest::Link>& links,
                                         const std::string& project, const std::string& site) {
    for (const core::PlanRequest::Link& given : links) {
        if (given.project_id == project && (site.empty() || given.site_id == site)) {
            return &given;
        }
    }
    return nullptr;
}

}  // namespace

StoredLinks mergeStoredLinks(const std::vector<core::PlanLink>& stored,
                             core::PlanRequest& request) {
    using Kind = core::PlanLinkKind;
    StoredLinks out;
    for (const core::PlanLink& link : stored) {
        if (link.kind == Kind::Pin) {
            if (const auto* pin = givenLink(request.pins, link.project_id, "")) {
                if (pin->site_id == link.site_id) {
                    out.applied.push_back(link);  // the same pin, given again
                } else {
                    out.overridden.push_back({link, Kind::Pin, *pin});
                }
            } else if (const auto* excluded =
                           givenLink(request.exclusions, link.project_id, link.site_id)) {
                out.overridden.push_back({link, Kind::Exclude, *excluded});
            } else {
                request.pins.push_back({link.project_id, link.site_id});
                out.applied.push_back(link);
            }
        } else if (const auto* pin = givenLink(request.pins, link.project_id, link.site_id)) {
            out.overridden.push_back({link, Kind::Pin, *pin});
        } else {
            if (givenLink(request.exclusions, link.project_id, link.site_id) == nullptr) {
                request.exclusions.push_back({link.project_id, link.site_id});
            }
            out.applied.push_back(link);
        }
    }
    return out;
}

}  // namespace sitefit::planning
