#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sitefit/core/date.hpp"
#include "sitefit/core/listing.hpp"
#include "sitefit/core/matcher.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/core/rule_pack.hpp"
#include "sitefit/gis/matching_session.hpp"

namespace sitefit::planning {

// What every session on a workspace answers, whoever holds it: the workspace read and
// measured once (capacity, catalogue, sites), the rule pack and the as-of date, a
// requirement matched against the sites, and the listing of what is vacant. A planner's
// session (PlanningSession) adds the workspace's projects and the plan; an investor's
// (InvestorSession) never reads them.
// Thread rules: const after construction; its const members may run on several threads.
class WorkspaceSession {
public:
    WorkspaceSession(const WorkspaceSession&) = delete;
    WorkspaceSession& operator=(const WorkspaceSession&) = delete;
    WorkspaceSession(WorkspaceSession&&) = delete;
    WorkspaceSession& operator=(WorkspaceSession&&) = delete;
    virtual ~WorkspaceSession() = default;

    // The workspace as read and measured, for the map's and the listing's readers.
    [[nodiscard]] const gis::MatchingSession& data() const noexcept { return m_data; }
    [[nodiscard]] const gis::CapacityAnalysis& capacity() const noexcept {
        return m_data.capacity();
    }
    [[nodiscard]] const core::District& district() const noexcept { return m_data.district(); }
    [[nodiscard]] const core::RulePack& rules() const noexcept { return m_data.rules(); }
    [[nodiscard]] const core::IndustryCatalogue& catalogue() const noexcept {
        return m_data.catalogue();
    }
    [[nodiscard]] const std::vector<core::SiteFacts>& sites() const noexcept {
        return m_data.sites();
    }
    [[nodiscard]] core::Date asOf() const noexcept { return m_asOf; }
    // True for a planner's session, which holds the workspace's projects and plan links.
    [[nodiscard]] virtual bool holdsProjects() const noexcept = 0;

    // Project `project` of `district`, a district whose projects were edited (the map
    // window's requirements) or stand alone; the sites stay the session's.
    [[nodiscard]] core::ProjectMatch matchEdited(const core::District& district,
                                                 std::size_t project) const;
    // A requirement matched alone: the workspace's projects play no part in it.
    [[nodiscard]] core::ProjectMatch matchRequirement(const core::Project& requirement) const;

    // The listing of the vacant land and floor space in `scope` (a carrier's, a zone's or the
    // district's), with the optional tables read; `problem` receives what could not be read
    // of them. Throws sitefit::Error (Usage for an unknown zone or carrier).
    [[nodiscard]] core::Listing listing(const core::ListingScope& scope,
                                        std::string* problem = nullptr) const;
    // The listing as a layer with each site's polygon, workspace CRS.
    [[nodiscard]] gis::ResultLayer listingLayer(const core::Listing& listing,
                                                const std::string& name) const;

    // The site's geometry (parcel polygon or building footprint) as WKB, workspace CRS.
    [[nodiscard]] const gis::Wkb& siteGeometry(std::size_t site) const {
        return m_data.siteGeometry(sites().at(site));
    }

protected:
    // Reads (with `read`'s extras) and measures the workspace. Throws sitefit::Error.
    WorkspaceSession(const std::string& dataset, core::RulePack rules, core::Date as_of,
                     core::ProgressSink& progress, const gis::ReadOptions& read);

    [[nodiscard]] const core::Matcher& workspaceMatcher() const noexcept {
        return m_data.matcher();
    }

private:
    gis::MatchingSession m_data;
    core::Date m_asOf;
};

}  // namespace sitefit::planning
