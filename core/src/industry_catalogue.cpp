#include "sitefit/core/industry_catalogue.hpp"

#include "sitefit/core/catalogue_choice.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::core {
namespace {

const std::vector<std::string> kNone;

}  // namespace

std::string IndustryCatalogue::notInCatalogue(std::string_view code) const {
    std::string message = "category '" + std::string(code) + "' is not in the catalogue";
    if (m_origin == CatalogueOrigin::BuiltIn) {
        // The workspace names categories of a catalogue it does not hold.
        message +=
            " (the workspace has no catalogue tables, so the built-in GB/T 4754-2017 "
            "manufacturing divisions C13–C43 are used: give an industry_code instead, or add "
            "your catalogue with `sitefit import … --chains SRC --categories SRC`)";
    }
    return message;
}

IndustryCatalogue::IndustryCatalogue(const CatalogueTables& tables,
                                     const std::vector<Enterprise>& enterprises,
                                     CatalogueOrigin origin)
    : m_tables(tables), m_origin(origin), m_enterprises(enterprises) {
    for (std::size_t i = 0; i < m_tables.chains.size(); ++i) {
        const std::string& code = m_tables.chains[i].chain_code;
        if (!m_chainIndex.emplace(code, i).second) {
            throw Error(Error::Kind::Input, "duplicate chain code '" + code + "'",
                        {"", "chains", code, "chain_code"});
        }
    }
    for (std::size_t i = 0; i < m_tables.categories.size(); ++i) {
        const Category& c = m_tables.categories[i];
        if (!m_categoryIndex.emplace(c.category_code, i).second) {
            throw Error(Error::Kind::Input, "duplicate category code '" + c.category_code + "'",
                        {"", "categories", c.category_code, "category_code"});
        }
        if (!m_chainIndex.contains(c.chain_code)) {
            throw Error(Error::Kind::Input,
                        "chain '" + c.chain_code + "' is not in the chains table",
                        {"", "categories", c.category_code, "chain_code"});
        }
    }
    for (const ChainLink& link : m_tables.links) {
        const std::string label = link.from_category + "->" + link.to_category;
        for (const auto* end : {&link.from_category, &link.to_category}) {
            if (!m_categoryIndex.contains(*end)) {
                throw Error(Error::Kind::Input,
                            "category '" + *end + "' is not in the categories table",
                            {"", "chain_links", label,
                             end == &link.from_category ? "from_category" : "to_category"});
            }
        }
        m_suppliers[link.to_category].push_back(link.from_category);
        m_customers[link.from_category].push_back(link.to_category);
    }
    for (std::size_t i = 0; i < m_enterprises.size(); ++i) {
        const Enterprise& e = m_enterprises[i];
        if (e.category_code.empty()) {
            ++m_outside;
            continue;
        }
        if (!m_categoryIndex.contains(e.category_code)) {
            throw Error(Error::Kind::Input, notInCatalogue(e.category_code),
                        {"", "enterprises", e.enterprise_id, "category_code"});
        }
        m_enterprisesByCategory[e.category_code].push_back(i);
    }
}

std::string IndustryCatalogue::description() const {
    return describeCatalogue(m_origin, m_tables);
}

const Category* IndustryCatalogue::category(std::string_view code) const {
    const auto found = m_categoryIndex.find(code);
    return found == m_categoryIndex.end() ? nullptr : &m_tables.categories[found->second];
}

const Chain* IndustryCatalogue::chain(std::string_view code) const {
    const auto found = m_chainIndex.find(code);
    return found == m_chainIndex.end() ? nullptr : &m_tables.chains[found->second];
}

std::string IndustryCatalogue::chainOf(std::string_view category) const {
    const Category* c = this->category(category);
    return c == nullptr ? std::string{} : c->chain_code;
}

std::vector<std::string> IndustryCatalogue::categoriesOf(std::string_view chain) const {
    std::vector<std::string> codes;
    for (const Category& c : m_tables.categories) {
        if (c.chain_code == chain) {
            codes.push_back(c.category_code);
        }
    }
    return codes;
}

const std::vector<std::string>& IndustryCatalogue::suppliersOf(std::string_view category) const {
    const auto found = m_suppliers.find(category);
    return found == m_suppliers.end() ? kNone : found->second;
}

const std::vector<std::string>& IndustryCatalogue::customersOf(std::string_view category) const {
    const auto found = m_customers.find(category);
    return found == m_customers.end() ? kNone : found->second;
}

int IndustryCatalogue::enterpriseCount(std::string_view category) const {
    const auto found = m_enterprisesByCategory.find(category);
    return found == m_enterprisesByCategory.end() ? 0 : static_cast<int>(found->second.size());
}

std::vector<std::size_t> IndustryCatalogue::enterprisesIn(std::string_view category) const {
    const auto found = m_enterprisesByCategory.find(category);
    return found == m_enterprisesByCategory.end() ? std::vector<std::size_t>{} : found->second;
}

std::vector<std::size_t> IndustryCatalogue::chainLeadersOf(std::string_view chain) const {
    std::vector<std::size_t> leaders;
    for (std::size_t i = 0; i < m_enterprises.size(); ++i) {
        if (m_enterprises[i].role == EnterpriseRole::ChainLeader &&
            chainOf(m_enterprises[i].category_code) == chain) {
            leaders.push_back(i);
        }
    }
    return leaders;
}

}  // namespace sitefit::core
