#include "sitefit/gis/matching_session.hpp"

#include "sitefit/core/error.hpp"
#include "sitefit/core/match_tables.hpp"
#include "sitefit/gis/site_facts_builder.hpp"
#include "sitefit/gis/workspace_catalogue.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {

MatchingSession::MatchingSession(const std::string& dataset, core::RulePack rules, core::Date as_of,
                                 core::ProgressSink& progress, const ReadOptions& read)
    : m_capacity(analyseCapacity(dataset, progress, read)), m_rules(std::move(rules)) {
    // Before the site facts, which measure distances by the categories chosen here.
    m_catalogue = workspaceCatalogue(m_capacity.workspace.district, dataset);
    const core::District& d = district();
    m_sites = SiteFactsBuilder::build(m_capacity.workspace, m_capacity.facts, m_capacity.report,
                                      m_rules.commute_radius_m, progress);
    try {
        m_matcher = std::make_unique<core::Matcher>(d, *m_catalogue, m_rules, m_sites, as_of);
    } catch (const Error& error) {
        ErrorContext context = error.context();
        context.file = dataset;
        throw Error(error.kind(), error.message(), context);
    }
}

MatchingSession::~MatchingSession() = default;

std::size_t MatchingSession::projectIndex(const std::string& project_id) const {
    const auto& projects = district().projects;
    for (std::size_t p = 0; p < projects.size(); ++p) {
        if (projects[p].project_id == project_id) {
            return p;
        }
    }
    throw Error(Error::Kind::Usage, "no project '" + project_id + "' in the workspace",
                {m_capacity.workspace.source, std::string(layer_names::kProjects)});
}

const Wkb& MatchingSession::siteGeometry(const core::SiteFacts& site) const {
    return site.type == core::SiteType::Parcel
               ? m_capacity.workspace.parcel_geometries.at(site.index)
               : m_capacity.workspace.building_geometries.at(site.index);
}

std::vector<ResultLayer> MatchingSession::resultLayers(
    const std::vector<core::ProjectMatch>& matches, int top) const {
    ResultLayer candidates{
        "match_candidates", core::candidateTable(matches, district(), m_sites, top), {}};
    for (const core::ProjectMatch& match : matches) {
        const std::size_t shown =
            top > 0 ? std::min<std::size_t>(match.candidates.size(), static_cast<std::size_t>(top))
                    : match.candidates.size();
        for (std::size_t i = 0; i < shown; ++i) {
            candidates.geometries.push_back(siteGeometry(m_sites[match.candidates[i].site]));
        }
    }
    ResultLayer rejections{
        "match_rejections", core::rejectionTable(matches, district(), m_sites), {}};
    return {std::move(candidates), std::move(rejections)};
}

}  // namespace sitefit::gis
