#include "sitefit/core/chain_gaps.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "catalogue_json.hpp"

namespace sitefit::core {
namespace {

std::vector<std::string> missing(const IndustryCatalogue& catalogue,
                                 const std::vector<std::string>& categories) {
    std::vector<std::string> out;
    for (const std::string& category : categories) {
        if (!catalogue.isPresent(category)) {
            out.push_back(category);
        }
    }
    return out;
}

}  // namespace

std::vector<ChainStanding> ChainGapAnalysis::analyse(const District& district,
                                                     const IndustryCatalogue& catalogue) {
    std::vector<ChainStanding> chains;
    for (const Chain& chain : catalogue.tables().chains) {
        ChainStanding standing;
        standing.chain_code = chain.chain_code;
        for (const std::string& code : catalogue.categoriesOf(chain.chain_code)) {
            CategoryStanding category;
            category.category_code = code;
            category.enterprises = catalogue.enterpriseCount(code);
            for (const std::size_t e : catalogue.enterprisesIn(code)) {
                if (district.enterprises.at(e).role == EnterpriseRole::ChainLeader) {
                    category.chain_leaders.push_back(district.enterprises[e].name);
                }
            }
            category.missing_suppliers = missing(catalogue, catalogue.suppliersOf(code));
            category.missing_customers = missing(catalogue, catalogue.customersOf(code));
            if (category.enterprises == 0) {
                ++standing.categories_missing;
                for (const Project& project : district.projects) {
                    if (project.category_code == code) {
                        category.filling_projects.push_back(project.project_id);
                    }
                }
            } else {
                ++standing.categories_present;
            }
            standing.categories.push_back(std::move(category));
        }
        chains.push_back(std::move(standing));
    }
    return chains;
}

OutsideCatalogue ChainGapAnalysis::outside(const District& district) {
    OutsideCatalogue outside;
    for (const Enterprise& e : district.enterprises) {
        if (e.category_code.empty()) {
            outside.enterprises.push_back(e.enterprise_id);
            outside.industry_codes.push_back(e.industry_code);
        }
    }
    for (const Project& p : district.projects) {
        if (p.category_code.empty()) {
            outside.projects.push_back(p.project_id);
            outside.industry_codes.push_back(p.industry_code);
        }
    }
    std::sort(outside.industry_codes.begin(), outside.industry_codes.end());
    outside.industry_codes.erase(
        std::unique(outside.industry_codes.begin(), outside.industry_codes.end()),
        outside.industry_codes.end());
    return outside;
}

std::string chainGapsJson(const std::vector<ChainStanding>& chains, const OutsideCatalogue& outside,
                          const IndustryCatalogue& catalogue) {
    nlohmann::json out;
    out["catalogue"] = detail::catalogueJson(catalogue);
    out["chains"] = nlohmann::json::array();
    for (const ChainStanding& chain : chains) {
        const Chain* info = catalogue.chain(chain.chain_code);
        nlohmann::json categories = nlohmann::json::array();
        for (const CategoryStanding& c : chain.categories) {
            const Category* category = catalogue.category(c.category_code);
            categories.push_back({
                {"category_code", c.category_code},
                {"name_zh", category != nullptr ? category->name_zh : ""},
                {"name_en", category != nullptr ? category->name_en : ""},
                {"enterprises", c.enterprises},
                {"chain_leaders", c.chain_leaders},
                {"missing_suppliers", c.missing_suppliers},
                {"missing_customers", c.missing_customers},
                {"filling_projects", c.filling_projects},
            });
        }
        out["chains"].push_back({
            {"chain_code", chain.chain_code},
            {"name_zh", info != nullptr ? info->name_zh : ""},
            {"name_en", info != nullptr ? info->name_en : ""},
            {"categories_present", chain.categories_present},
            {"categories_missing", chain.categories_missing},
            {"categories", std::move(categories)},
        });
    }
    out["outside_catalogue"] = {{"enterprises", outside.enterprises},
                                {"projects", outside.projects},
                                {"industry_codes", outside.industry_codes}};
    return out.dump(2);
}

}  // namespace sitefit::core
