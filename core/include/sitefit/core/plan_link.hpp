#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sitefit::core {

// A planner's stored what-if: the project must take the site (pin) or must not (exclude).
enum class PlanLinkKind { Pin, Exclude };

[[nodiscard]] std::optional<PlanLinkKind> parsePlanLinkKind(std::string_view text);
[[nodiscard]] std::string_view toString(PlanLinkKind kind);

// A row of the optional `plan_links` table. One row per (project, site); a project has at
// most one pin. Stored links are confidential to planners, like the projects' investors.
struct PlanLink {
    std::string project_id;
    std::string site_id;  // a parcel_id or a building_id
    PlanLinkKind kind = PlanLinkKind::Pin;
    std::string note;  // why, for the other planners; "" for none

    // "P=S", as the command line writes a link and the edit log names its row.
    [[nodiscard]] std::string label() const { return project_id + "=" + site_id; }
};

}  // namespace sitefit::core
