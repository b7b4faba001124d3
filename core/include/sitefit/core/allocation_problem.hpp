#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace sitefit::core {

// The generalized-assignment problem behind a plan (docs/allocation.md): each project gets
// at most one site (exactly one if mandatory) among its pairs; a site's capacity bounds the
// demand of the projects it takes; maximise Σ priority × score. A parcel is a site of
// capacity 1 taking demand 1; a building's vacant floor space has capacity vacant_m2 and a
// project demands its floor_m2.
struct AllocationProject {
    std::string id;
    double priority = 1.0;  // ≥ 0
    bool mandatory = false;
};

struct AllocationSite {
    std::string id;
    double capacity = 1.0;  // > 0
};

// A feasible (project, site) pair from matching. Indices into the vectors of the problem.
struct AllocationPair {
    std::size_t project = 0;
    std::size_t site = 0;
    double score = 0.0;   // finite, ≥ 0 (the matcher's 0..100)
    double demand = 1.0;  // > 0, in the site's capacity unit
};

struct ProjectSite {
    std::size_t project = 0;
    std::size_t site = 0;
};

struct AllocationProblem {
    std::vector<AllocationProject> projects;
    std::vector<AllocationSite> sites;
    std::vector<AllocationPair> pairs;
    std::vector<ProjectSite> pins;        // the project must take this site
    std::vector<ProjectSite> exclusions;  // the project must not take this site

    // Throws sitefit::Error (Input, naming `source` and the offending entry) for indices
    // out of range, non-finite or negative scores/priorities, non-positive demands or
    // capacities, duplicate ids or pairs, and pins without a pair.
    void validate(const std::string& source) const;

    // The objective value of a pair: priority × score.
    [[nodiscard]] double value(const AllocationPair& pair) const {
        return projects[pair.project].priority * pair.score;
    }
};

}  // namespace sitefit::core
