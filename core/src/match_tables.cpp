#include "sitefit/core/match_tables.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "catalogue_json.hpp"
#include "sitefit/core/reason_wording.hpp"

namespace sitefit::core {
namespace {

std::size_t shown(const ProjectMatch& match, int top) {
    const std::size_t all = match.candidates.size();
    return top > 0 ? std::min(all, static_cast<std::size_t>(top)) : all;
}

}  // namespace

std::string matchJson(const std::vector<ProjectMatch>& matches, const District& district,
                      const std::vector<SiteFacts>& sites, int top,
                      const IndustryCatalogue& catalogue) {
    nlohmann::json projects = nlohmann::json::array();
    for (const ProjectMatch& match : matches) {
        nlohmann::json candidates = nlohmann::json::array();
        for (std::size_t i = 0; i < shown(match, top); ++i) {
            const Candidate& c = match.candidates[i];
            nlohmann::json criteria = nlohmann::json::object();
            for (const auto& [criterion, value] : c.criteria) {
                criteria[std::string(toString(criterion))] = value;
            }
            candidates.push_back({{"site_type", toString(sites[c.site].type)},
                                  {"site_id", sites[c.site].site_id},
                                  {"rank", c.rank},
                                  {"score", c.score},
                                  {"criteria", std::move(criteria)}});
        }
        nlohmann::json rejected = nlohmann::json::array();
        for (const Rejection& r : match.rejected) {
            nlohmann::json reasons = nlohmann::json::array();
            for (const ConstraintFailure& f : r.reasons) {
                reasons.push_back({{"constraint", toString(f.constraint)},
                                   {"required", describe(f.required)},
                                   {"actual", describe(f.actual)}});
            }
            rejected.push_back({{"site_type", toString(sites[r.site].type)},
                                {"site_id", sites[r.site].site_id},
                                {"reasons", std::move(reasons)}});
        }
        nlohmann::json project{{"project_id", district.projects.at(match.project).project_id},
                               {"candidates", std::move(candidates)},
                               {"rejected", std::move(rejected)}};
        if (match.not_matched) {
            project["not_matched"] = describe(*match.not_matched);
        }
        projects.push_back(std::move(project));
    }
    return nlohmann::json{{"catalogue", detail::catalogueJson(catalogue)},
                          {"projects", std::move(projects)}}
        .dump(2);
}

Table candidateTable(const std::vector<ProjectMatch>& matches, const District& district,
                     const std::vector<SiteFacts>& sites, int top) {
    Table table;
    table.columns = {{"project_id", ColumnType::Text},
                     {"site_type", ColumnType::Text},
                     {"site_id", ColumnType::Text},
                     {"rank", ColumnType::Integer},
                     {"score", ColumnType::Real}};
    for (const Criterion criterion : kAllCriteria) {
        table.columns.push_back({std::string(toString(criterion)), ColumnType::Real});
    }
    for (const ProjectMatch& match : matches) {
        for (std::size_t i = 0; i < shown(match, top); ++i) {
            const Candidate& c = match.candidates[i];
            std::vector<Cell> row{district.projects.at(match.project).project_id,
                                  std::string(toString(sites[c.site].type)), sites[c.site].site_id,
                                  std::int64_t{c.rank}, c.score};
            for (const Criterion criterion : kAllCriteria) {
                const auto value = c.criteria.find(criterion);
                row.emplace_back(value == c.criteria.end() ? Cell{} : Cell{value->second});
            }
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

Table rejectionTable(const std::vector<ProjectMatch>& matches, const District& district,
                     const std::vector<SiteFacts>& sites) {
    Table table;
    table.columns = {{"project_id", ColumnType::Text}, {"site_type", ColumnType::Text},
                     {"site_id", ColumnType::Text},    {"constraint", ColumnType::Text},
                     {"required", ColumnType::Text},   {"actual", ColumnType::Text}};
    for (const ProjectMatch& match : matches) {
        for (const Rejection& r : match.rejected) {
            for (const ConstraintFailure& f : r.reasons) {
                table.rows.push_back({district.projects.at(match.project).project_id,
                                      std::string(toString(sites[r.site].type)),
                                      sites[r.site].site_id, std::string(toString(f.constraint)),
                                      describe(f.required), describe(f.actual)});
            }
        }
    }
    return table;
}

}  // namespace sitefit::core
