#include "sitefit/core/allocation_problem.hpp"

#include <cmath>
#include <set>
#include <unordered_set>

#include "sitefit/core/error.hpp"

namespace sitefit::core {
namespace {

[[noreturn]] void refuse(const std::string& source, const std::string& where,
                         const std::string& message) {
    throw Error(Error::Kind::Input, message, {source, "", where, ""});
}

}  // namespace

void AllocationProblem::validate(const std::string& source) const {
    std::unordered_set<std::string> ids;
    for (std::size_t p = 0; p < projects.size(); ++p) {
        const AllocationProject& project = projects[p];
        const std::string where = "projects[" + std::to_string(p) + "]";
        if (project.id.empty() || !ids.insert(project.id).second) {
            refuse(source, where, "project id '" + project.id + "' is empty or not unique");
        }
        if (!std::isfinite(project.priority) || project.priority < 0.0) {
            refuse(source, where, "priority must be a finite number ≥ 0");
        }
    }
    ids.clear();
    for (std::size_t s = 0; s < sites.size(); ++s) {
        const AllocationSite& site = sites[s];
        const std::string where = "sites[" + std::to_string(s) + "]";
        if (site.id.empty() || !ids.insert(site.id).second) {
            refuse(source, where, "site id '" + site.id + "' is empty or not unique");
        }
        if (!std::isfinite(site.capacity) || site.capacity <= 0.0) {
            refuse(source, where, "capacity must be a finite number > 0");
        }
    }
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const AllocationPair& pair = pairs[i];
        const std::string where = "pairs[" + std::to_string(i) + "]";
        if (pair.project >= projects.size() || pair.site >= sites.size()) {
            refuse(source, where, "names a project or site that is not listed");
        }
        if (!std::isfinite(pair.score) || pair.score < 0.0) {
            refuse(source, where, "score must be a finite number ≥ 0");
        }
        if (!std::isfinite(pair.demand) || pair.demand <= 0.0) {
            refuse(source, where, "demand must be a finite number > 0");
        }
        if (!seen.insert({pair.project, pair.site}).second) {
            refuse(source, where,
                   "pair " + projects[pair.project].id + " → " + sites[pair.site].id +
                       " is listed twice");
        }
    }
    for (std::size_t i = 0; i < pins.size(); ++i) {
        const ProjectSite& pin = pins[i];
        const std::string where = "pins[" + std::to_string(i) + "]";
        if (pin.project >= projects.size() || pin.site >= sites.size()) {
            refuse(source, where, "names a project or site that is not listed");
        }
        if (!seen.contains({pin.project, pin.site})) {
            refuse(source, where,
                   "cannot pin " + projects[pin.project].id + " to " + sites[pin.site].id +
                       ": that site cannot take the project (no feasible pair)");
        }
    }
    for (std::size_t i = 0; i < exclusions.size(); ++i) {
        const ProjectSite& exclusion = exclusions[i];
        if (exclusion.project >= projects.size() || exclusion.site >= sites.size()) {
            refuse(source, "exclusions[" + std::to_string(i) + "]",
                   "names a project or site that is not listed");
        }
    }
}

}  // namespace sitefit::core
