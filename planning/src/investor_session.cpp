#include "sitefit/planning/investor_session.hpp"

#include <utility>

namespace sitefit::planning {
namespace {

gis::ReadOptions withoutPlannersData(gis::ReadOptions read) {
    read.planner_tables = false;
    read.enterprise_figures = false;
    return read;
}

}  // namespace

InvestorSession::InvestorSession(const std::string& dataset, core::RulePack rules, core::Date as_of,
                                 core::ProgressSink& progress, gis::ReadOptions read)
    : WorkspaceSession(dataset, std::move(rules), as_of, progress,
                       withoutPlannersData(std::move(read))) {}

}  // namespace sitefit::planning
