#include "sitefit/planning/investor_session.hpp"

#include <utility>

namespace sitefit::planning {
namespace {

gis::ReadOptions withoutPlannerTables(gis::ReadOptions read) {
    read.planner_tables = false;
    return read;
}

}  // namespace

InvestorSession::InvestorSession(const std::string& dataset, core::RulePack rules, core::Date as_of,
                                 core::ProgressSink& progress, gis::ReadOptions read)
    : WorkspaceSession(dataset, std::move(rules), as_of, progress,
                       withoutPlannerTables(std::move(read))) {}

}  // namespace sitefit::planning
