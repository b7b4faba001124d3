#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sitefit/core/date.hpp"
#include "sitefit/core/industry_catalogue.hpp"
#include "sitefit/core/matcher.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/core/rule_pack.hpp"
#include "sitefit/core/site_facts.hpp"
#include "sitefit/gis/capacity_analysis.hpp"
#include "sitefit/gis/result_layer_writer.hpp"

namespace sitefit::gis {

// Everything matching needs, read and measured once: the workspace with its capacity, the
// catalogue graph (the workspace's, or the built-in one when it has none: see
// workspace_catalogue.hpp), the sites with their facts, and a Matcher over them. In its
// district, enterprises and projects given only an industry code carry the category
// covering it. Held in one place
// because the matcher refers to the rest; neither copied nor moved.
class MatchingSession {
public:
    // Reads (with `read`'s extras) and measures the workspace. Throws sitefit::Error.
    MatchingSession(const std::string& dataset, core::RulePack rules, core::Date as_of,
                    core::ProgressSink& progress, const ReadOptions& read = {});
    MatchingSession(const MatchingSession&) = delete;
    MatchingSession& operator=(const MatchingSession&) = delete;
    MatchingSession(MatchingSession&&) = delete;
    MatchingSession& operator=(MatchingSession&&) = delete;
    ~MatchingSession();

    [[nodiscard]] const CapacityAnalysis& capacity() const noexcept { return m_capacity; }
    [[nodiscard]] const core::District& district() const noexcept {
        return m_capacity.workspace.district;
    }
    [[nodiscard]] const core::RulePack& rules() const noexcept { return m_rules; }
    [[nodiscard]] const core::IndustryCatalogue& catalogue() const noexcept { return *m_catalogue; }
    [[nodiscard]] const std::vector<core::SiteFacts>& sites() const noexcept { return m_sites; }
    [[nodiscard]] const core::Matcher& matcher() const noexcept { return *m_matcher; }

    // Index of the project with this id; throws sitefit::Error (Usage) naming the id.
    [[nodiscard]] std::size_t projectIndex(const std::string& project_id) const;

    // The site's geometry (parcel polygon or building footprint) as WKB, workspace CRS.
    [[nodiscard]] const Wkb& siteGeometry(const core::SiteFacts& site) const;

    // `match_candidates` (a layer with the site geometry) and `match_rejections` (a table).
    [[nodiscard]] std::vector<ResultLayer> resultLayers(
        const std::vector<core::ProjectMatch>& matches, int top) const;

private:
    CapacityAnalysis m_capacity;
    core::RulePack m_rules;
    std::unique_ptr<core::IndustryCatalogue> m_catalogue;
    std::vector<core::SiteFacts> m_sites;
    std::unique_ptr<core::Matcher> m_matcher;
};

}  // namespace sitefit::gis
