#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sitefit/core/date.hpp"

namespace sitefit::core {

// A project needs either a whole parcel (land) or floor space in a building (space).
enum class ProjectNeed { Land, Space };

[[nodiscard]] std::optional<ProjectNeed> parseProjectNeed(std::string_view text);
[[nodiscard]] std::string_view toString(ProjectNeed need);

// An incoming investment project (a row of the `projects` table).
struct Project {
    std::string project_id;
    std::string name;
    std::string investor;  // confidential: never shown to investors
    // As for an enterprise: a category, an industry code, or both (the category wins).
    std::string category_code;
    ProjectNeed need = ProjectNeed::Land;
    std::optional<double> land_m2;
    std::optional<double> floor_m2;
    std::optional<double> floor_load_kn_m2;
    std::optional<double> clear_height_m;
    std::optional<double> power_kva;
    std::optional<double> investment_wan;  // confidential
    int pollution_class = 1;
    std::string preferred_zone;
    std::optional<Date> needed_by;
    std::optional<double> annual_tax_wan;
    std::optional<int> jobs;
    double priority = 1.0;
    bool mandatory = false;
    std::string industry_code = {};  // GB/T 4754-2017, e.g. C2710; may be ""
};

}  // namespace sitefit::core
