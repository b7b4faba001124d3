#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sitefit/core/catalogue.hpp"
#include "sitefit/core/enterprise.hpp"

namespace sitefit::core {

// The investment guidance catalogue as a graph: chains, their categories, and who supplies
// whom, with the district's enterprises placed on it. Answers the questions of 补链强链:
// which categories are present, which are missing, who leads each chain.
class IndustryCatalogue {
public:
    // Throws sitefit::Error (Input) for a category of an unknown chain, a link or an
    // enterprise naming an unknown category, or duplicate codes. An enterprise with no
    // category (its industry code is in none, see catalogue_choice.hpp) is outside the
    // catalogue: counted, not placed.
    IndustryCatalogue(const CatalogueTables& tables, const std::vector<Enterprise>& enterprises,
                      CatalogueOrigin origin = CatalogueOrigin::Workspace);

    [[nodiscard]] const CatalogueTables& tables() const noexcept { return m_tables; }
    [[nodiscard]] CatalogueOrigin origin() const noexcept { return m_origin; }
    // Which catalogue this is, for output: see describeCatalogue.
    [[nodiscard]] std::string description() const;
    // "category 'X' is not in the catalogue", with what to do when the catalogue is the
    // built-in one (the workspace names categories of a catalogue it does not hold).
    [[nodiscard]] std::string notInCatalogue(std::string_view code) const;
    // Enterprises whose industry code no category covers.
    [[nodiscard]] int enterprisesOutside() const noexcept { return m_outside; }
    [[nodiscard]] const Category* category(std::string_view code) const;
    [[nodiscard]] const Chain* chain(std::string_view code) const;
    // The chain of a category; "" for an unknown category.
    [[nodiscard]] std::string chainOf(std::string_view category) const;
    [[nodiscard]] std::vector<std::string> categoriesOf(std::string_view chain) const;

    // Upstream: the categories that supply `category`. Downstream: those it supplies.
    [[nodiscard]] const std::vector<std::string>& suppliersOf(std::string_view category) const;
    [[nodiscard]] const std::vector<std::string>& customersOf(std::string_view category) const;

    [[nodiscard]] int enterpriseCount(std::string_view category) const;
    [[nodiscard]] bool isPresent(std::string_view category) const {
        return enterpriseCount(category) > 0;
    }
    // Indices into the enterprise vector given at construction.
    [[nodiscard]] std::vector<std::size_t> enterprisesIn(std::string_view category) const;
    [[nodiscard]] std::vector<std::size_t> chainLeadersOf(std::string_view chain) const;

private:
    CatalogueTables m_tables;
    CatalogueOrigin m_origin;
    int m_outside = 0;
    std::vector<Enterprise> m_enterprises;
    std::map<std::string, std::size_t, std::less<>> m_categoryIndex;
    std::map<std::string, std::size_t, std::less<>> m_chainIndex;
    std::map<std::string, std::vector<std::string>, std::less<>> m_suppliers;
    std::map<std::string, std::vector<std::string>, std::less<>> m_customers;
    std::map<std::string, std::vector<std::size_t>, std::less<>> m_enterprisesByCategory;
};

}  // namespace sitefit::core
