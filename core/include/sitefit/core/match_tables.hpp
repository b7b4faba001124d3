#pragma once

#include <string>
#include <vector>

#include "sitefit/core/district.hpp"
#include "sitefit/core/industry_catalogue.hpp"
#include "sitefit/core/match_result.hpp"
#include "sitefit/core/site_facts.hpp"
#include "sitefit/core/table.hpp"

namespace sitefit::core {

// Results of `sitefit match` in the shapes docs/matching.md documents. `top` limits the
// candidates per project (0: all); rejections are always complete.

// {"catalogue": {"origin", "description", "chains", "categories"}, "projects":
// [{"project_id", "candidates": [{"site_type", "site_id", "rank", "score", "criteria":
// {name: value}}], "rejected": [{"site_type", "site_id", "reasons": [{"constraint",
// "required", "actual"}]}], "not_matched" (only when set)}]}
[[nodiscard]] std::string matchJson(const std::vector<ProjectMatch>& matches,
                                    const District& district, const std::vector<SiteFacts>& sites,
                                    int top, const IndustryCatalogue& catalogue);

// One row per candidate: project_id, site_type, site_id, rank, score, then each criterion.
[[nodiscard]] Table candidateTable(const std::vector<ProjectMatch>& matches,
                                   const District& district, const std::vector<SiteFacts>& sites,
                                   int top);

// One row per failed constraint: project_id, site_type, site_id, constraint, required, actual.
[[nodiscard]] Table rejectionTable(const std::vector<ProjectMatch>& matches,
                                   const District& district, const std::vector<SiteFacts>& sites);

}  // namespace sitefit::core
