#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sitefit/core/district.hpp"
#include "sitefit/core/industry_catalogue.hpp"

namespace sitefit::core {

// One category of a chain as the district has it: who is there, which suppliers and
// customers are missing (补链 targets), and which open projects would fill the gap.
struct CategoryStanding {
    std::string category_code;
    int enterprises = 0;
    std::vector<std::string> chain_leaders;      // enterprise names
    std::vector<std::string> missing_suppliers;  // upstream categories with no enterprise
    std::vector<std::string> missing_customers;  // downstream categories with no enterprise
    std::vector<std::string> filling_projects;   // open projects of this category, if missing
};

struct ChainStanding {
    std::string chain_code;
    std::vector<CategoryStanding> categories;
    int categories_present = 0;
    int categories_missing = 0;
};

// The enterprises and projects whose industry code no category of the catalogue covers.
struct OutsideCatalogue {
    std::vector<std::string> enterprises;     // enterprise ids
    std::vector<std::string> projects;        // project ids
    std::vector<std::string> industry_codes;  // their codes, sorted, each once
};

// The district's industry chains against the catalogue (sitefit chains).
class ChainGapAnalysis {
public:
    [[nodiscard]] static std::vector<ChainStanding> analyse(const District& district,
                                                            const IndustryCatalogue& catalogue);
    // Records without a category (after catalogue_choice.hpp's chooseCatalogue).
    [[nodiscard]] static OutsideCatalogue outside(const District& district);
};

// {"catalogue": {"origin", "description", "chains", "categories"}, "chains": [{"chain_code",
// "name_zh", "name_en", "categories_present", "categories_missing", "categories":
// [{"category_code", "name_zh", "name_en", "enterprises", "chain_leaders",
// "missing_suppliers", "missing_customers", "filling_projects"}]}], "outside_catalogue":
// {"enterprises", "projects", "industry_codes"}}
[[nodiscard]] std::string chainGapsJson(const std::vector<ChainStanding>& chains,
                                        const OutsideCatalogue& outside,
                                        const IndustryCatalogue& catalogue);

}  // namespace sitefit::core
