#include "sitefit/planning/workspace_session.hpp"

#include <utility>

#include "sitefit/gis/listing_sources.hpp"

namespace sitefit::planning {

WorkspaceSession::WorkspaceSession(const std::string& dataset, core::RulePack rules,
                                   core::Date as_of, core::ProgressSink& progress,
                                   const gis::ReadOptions& read)
    : m_data(dataset, std::move(rules), as_of, progress, read), m_asOf(as_of) {}

core::ProjectMatch WorkspaceSession::matchEdited(const core::District& district,
                                                 std::size_t project) const {
    // A matcher over the given district: cheap to build (it sorts the site list), and
    // matching one project takes milliseconds, so an edit rematches at once.
    const core::Matcher matcher(district, catalogue(), rules(), sites(), m_asOf);
    return matcher.match(project, core::Matcher::Detail::WithRejections);
}

core::ProjectMatch WorkspaceSession::matchRequirement(const core::Project& requirement) const {
    core::District alone = district();
    alone.projects = {requirement};
    return matchEdited(alone, 0);
}

core::Listing WorkspaceSession::listing(const core::ListingScope& scope,
                                        std::string* problem) const {
    return gis::buildListing(m_data, scope, m_asOf, problem);
}

gis::ResultLayer WorkspaceSession::listingLayer(const core::Listing& listing,
                                                const std::string& name) const {
    return gis::listingLayer(m_data, listing, name);
}

}  // namespace sitefit::planning
