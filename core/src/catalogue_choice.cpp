#include "sitefit/core/catalogue_choice.hpp"

#include <map>

#include "catalogue_json.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/industry_code.hpp"
#include "sitefit/core/national_industry_catalogue.hpp"

namespace sitefit::core {
namespace {

void checkCodesListedOnce(const std::vector<Category>& categories) {
    std::map<std::string, const Category*, std::less<>> owner;
    for (const Category& category : categories) {
        for (const std::string& code : category.industry_codes) {
            const auto [found, added] = owner.emplace(code, &category);
            if (!added && found->second != &category) {
                throw Error(Error::Kind::Input,
                            "industry code " + code + " is listed by categories '" +
                                found->second->category_code + "' and '" + category.category_code +
                                "'; a code belongs to one category",
                            {"", "categories", category.category_code, "industry_codes"});
            }
        }
    }
}

template <typename Record>
void fillCategories(std::vector<Record>& records, const std::vector<Category>& categories) {
    for (Record& record : records) {
        if (!record.category_code.empty() || record.industry_code.empty()) {
            continue;
        }
        if (const Category* category = categoryCovering(categories, record.industry_code)) {
            record.category_code = category->category_code;
        }
    }
}

std::string counted(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

CatalogueOrigin chooseCatalogue(District& district) {
    CatalogueOrigin origin = CatalogueOrigin::Workspace;
    if (district.catalogue.categories.empty() && district.catalogue.chains.empty() &&
        district.catalogue.links.empty()) {
        district.catalogue = nationalManufacturingDivisions();
        origin = CatalogueOrigin::BuiltIn;
    }
    checkCodesListedOnce(district.catalogue.categories);
    fillCategories(district.enterprises, district.catalogue.categories);
    fillCategories(district.projects, district.catalogue.categories);
    return origin;
}

std::string describeCatalogue(CatalogueOrigin origin, const CatalogueTables& tables) {
    return describeCatalogue(origin, tables.chains.size(), tables.categories.size());
}

std::string describeCatalogue(CatalogueOrigin origin, std::size_t chains, std::size_t categories) {
    if (origin == CatalogueOrigin::BuiltIn) {
        return "built-in GB/T 4754-2017 manufacturing divisions (the workspace has none)";
    }
    return "the workspace's (" + counted(chains, "chain", "chains") + ", " +
           counted(categories, "category", "categories") + ")";
}

std::string catalogueJson(const IndustryCatalogue& catalogue) {
    return detail::catalogueJson(catalogue).dump();
}

}  // namespace sitefit::core
