#include "sitefit/core/allocation_request.hpp"

#include <map>
#include <set>

#include "sitefit/core/error.hpp"

namespace sitefit::core {
namespace {

[[noreturn]] void refuse(const std::string& message) {
    throw Error(Error::Kind::Usage, message);
}

}  // namespace

WorkspaceProblem buildWorkspaceProblem(const District& district,
                                       const std::vector<SiteFacts>& sites,
                                       const std::vector<ProjectMatch>& matches,
                                       const PlanRequest& request) {
    WorkspaceProblem built;
    AllocationProblem& problem = built.problem;
    std::map<std::string, std::size_t> projectIndex;
    for (const Project& project : district.projects) {
        projectIndex.emplace(project.project_id, problem.projects.size());
        problem.projects.push_back({project.project_id, project.priority, project.mandatory});
    }
    std::map<std::size_t, std::size_t> siteIndex;  // site facts → problem site
    std::map<std::string, std::size_t> siteById;
    for (const ProjectMatch& match : matches) {
        const Project& project = district.projects.at(match.project);
        for (const Candidate& candidate : match.candidates) {
            const SiteFacts& site = sites.at(candidate.site);
            auto [it, inserted] = siteIndex.emplace(candidate.site, problem.sites.size());
            if (inserted) {
                const double capacity = site.type == SiteType::Parcel ? 1.0 : site.vacant_m2;
                problem.sites.push_back({site.site_id, capacity});
                built.site_facts.push_back(candidate.site);
                siteById.emplace(site.site_id, it->second);
            }
            const double demand =
                site.type == SiteType::Parcel ? 1.0 : project.floor_m2.value_or(0.0);
            problem.pairs.push_back(
                {projectIndex.at(project.project_id), it->second, candidate.score, demand});
        }
    }
    // Sites that no project can use may still be named in a what-if: know all ids.
    std::set<std::string> allSiteIds;
    for (const SiteFacts& site : sites) {
        allSiteIds.insert(site.site_id);
    }
    const auto project = [&](const std::string& id, const char* what) {
        const auto found = projectIndex.find(id);
        if (found == projectIndex.end()) {
            refuse(std::string(what) + ": no project '" + id + "' in the workspace");
        }
        return found->second;
    };
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (const AllocationPair& pair : problem.pairs) {
        pairs.insert({pair.project, pair.site});
    }
    for (const PlanRequest::Link& pin : request.pins) {
        const std::size_t p = project(pin.project_id, "--pin");
        const auto site = siteById.find(pin.site_id);
        if (!allSiteIds.contains(pin.site_id)) {
            refuse("--pin: no site '" + pin.site_id +
                   "' (a parcel on offer or a building with "
                   "vacant space) in the workspace");
        }
        if (site == siteById.end() || !pairs.contains({p, site->second})) {
            refuse("--pin: site " + pin.site_id + " cannot take project " + pin.project_id +
                   "; `sitefit match --project " + pin.project_id + "` says why");
        }
        problem.pins.push_back({p, site->second});
    }
    for (const PlanRequest::Link& exclusion : request.exclusions) {
        if (!allSiteIds.contains(exclusion.site_id)) {
            refuse("--exclude: no site '" + exclusion.site_id + "' in the workspace");
        }
        const auto site = siteById.find(exclusion.site_id);
        if (site == siteById.end()) {
            continue;  // no project could use it anyway
        }
        if (exclusion.project_id == "*") {
            for (std::size_t p = 0; p < problem.projects.size(); ++p) {
                problem.exclusions.push_back({p, site->second});
            }
        } else {
            problem.exclusions.push_back(
                {project(exclusion.project_id, "--exclude"), site->second});
        }
    }
    return built;
}

PlanUtilisation planUtilisation(const District& district, const std::vector<SiteFacts>& sites,
                                const CapacityReport& capacity, const WorkspaceProblem& built,
                                const AllocationResult& result) {
    PlanUtilisation out;
    out.projects = static_cast<int>(district.projects.size());
    for (const Project& project : district.projects) {
        if (project.need == ProjectNeed::Land) {
            out.land_asked_m2 += project.land_m2.value_or(0.0);
        } else {
            out.floor_asked_m2 += project.floor_m2.value_or(0.0);
        }
    }
    std::vector<ZoneUtilisation> zones(district.zones.size() + 1);
    for (std::size_t z = 0; z < district.zones.size(); ++z) {
        zones[z].zone_id = district.zones[z].zone_id;
        zones[z].land_left_m2 = capacity.zones.at(z).available_land_m2;
    }
    // Vacancy on offer per zone: the space sites' vacancy (what matching could use).
    for (const SiteFacts& site : sites) {
        if (site.type == SiteType::Space) {
            zones[site.zone.value_or(district.zones.size())].vacant_left_m2 += site.vacant_m2;
        }
    }
    for (const Assignment& assignment : result.assignments) {
        const AllocationPair& pair = built.problem.pairs.at(assignment.pair);
        const SiteFacts& site = sites.at(built.site_facts.at(pair.site));
        const Project& project = district.projects.at(pair.project);
        ZoneUtilisation& zone = zones[site.zone.value_or(district.zones.size())];
        ++zone.projects_placed;
        ++out.projects_placed;
        if (site.type == SiteType::Parcel) {
            zone.land_used_m2 += site.area_m2;
            if (site.status == ParcelStatus::Available) {
                zone.land_left_m2 -= site.area_m2;
            }
            out.land_placed_m2 += project.land_m2.value_or(0.0);
        } else {
            zone.floor_used_m2 += pair.demand;
            zone.vacant_left_m2 -= pair.demand;
            out.floor_placed_m2 += pair.demand;
        }
    }
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const bool outside = z == district.zones.size();
        if (!outside || zones[z].projects_placed > 0 || zones[z].vacant_left_m2 > 0.0) {
            out.zones.push_back(zones[z]);
        }
    }
    return out;
}

}  // namespace sitefit::core
