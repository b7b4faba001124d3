#include "stored_plan_links.hpp"

#include <ostream>

namespace sitefit::cli {
namespace {

// The command-line link of the project (to `site`, or to any site when empty), or nullptr.
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
    StoredLinks out;
    const auto overrideBy = [&](const core::PlanLink& link, const char* option,
                                const core::PlanRequest::Link& given) {
        out.overridden.emplace_back(
            link, std::string(option) + " " + given.project_id + "=" + given.site_id);
    };
    for (const core::PlanLink& link : stored) {
        if (link.kind == core::PlanLinkKind::Pin) {
            if (const auto* pin = givenLink(request.pins, link.project_id, "")) {
                if (pin->site_id == link.site_id) {
                    out.applied.push_back(link);  // the same pin, given again
                } else {
                    overrideBy(link, "--pin", *pin);
                }
            } else if (const auto* excluded =
                           givenLink(request.exclusions, link.project_id, link.site_id)) {
                overrideBy(link, "--exclude", *excluded);
            } else {
                request.pins.push_back({link.project_id, link.site_id});
                out.applied.push_back(link);
            }
        } else if (const auto* pin = givenLink(request.pins, link.project_id, link.site_id)) {
            overrideBy(link, "--pin", *pin);
        } else {
            if (givenLink(request.exclusions, link.project_id, link.site_id) == nullptr) {
                request.exclusions.push_back({link.project_id, link.site_id});
            }
            out.applied.push_back(link);
        }
    }
    return out;
}

void printStoredLinks(const StoredLinks& links, std::ostream& out) {
    if (links.applied.empty() && links.overridden.empty()) {
        return;
    }
    out << "Stored links applied (" << links.applied.size() << "):";
    for (const core::PlanLink& link : links.applied) {
        out << "\n  " << core::toString(link.kind) << " " << link.label();
        if (!link.note.empty()) {
            out << " (" << link.note << ")";
        }
    }
    out << "\n";
    for (const auto& [link, by] : links.overridden) {
        out << "Stored " << core::toString(link.kind) << " " << link.label() << " overridden by "
            << by << " on the command line\n";
    }
    out << "\n";
}

}  // namespace sitefit::cli
