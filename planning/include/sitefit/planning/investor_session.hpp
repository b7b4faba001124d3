#pragma once

#include <string>

#include "sitefit/planning/workspace_session.hpp"

namespace sitefit::planning {

// An investor's read-only session: the district's land, floor space, enterprises and
// catalogue, and the investor's own requirement matched against them. The planners' tables
// (projects, with their investors and investment figures, and plan links) are never read,
// and the enterprises hold no figure of their own (annual output), so no widget or page built
// on it can show them.
class InvestorSession final : public WorkspaceSession {
public:
    // Reads the workspace without the planners' tables and figures, whatever `read` says.
    InvestorSession(const std::string& dataset, core::RulePack rules, core::Date as_of,
                    core::ProgressSink& progress, gis::ReadOptions read = {});

    [[nodiscard]] bool holdsProjects() const noexcept override { return false; }
};

}  // namespace sitefit::planning
