#include <gtest/gtest.h>

#include "sitefit/core/error.hpp"
#include "sitefit/core/industry_catalogue.hpp"

using namespace sitefit::core;

namespace {

// Silicon micropowder → epoxy moulding compound → semiconductor packaging, across chains.
CatalogueTables tables() {
    CatalogueTables t;
    t.chains = {{"MAT", "新材料", "New materials"}, {"ELE", "电子信息", "Electronics"}};
    t.categories = {
        {"MAT01", "MAT", "硅微粉", "Silicon micropowder", {"M2"}, 2},
        {"MAT02", "MAT", "环氧塑封料", "Epoxy moulding compound", {"M2"}, 2},
        {"ELE01", "ELE", "封装测试", "Packaging and test", {"M1"}, 1},
    };
    t.links = {{"MAT01", "MAT02"}, {"MAT02", "ELE01"}};
    return t;
}

Enterprise firm(const std::string& id, const std::string& category, EnterpriseRole role) {
    Enterprise e;
    e.enterprise_id = id;
    e.category_code = category;
    e.role = role;
    return e;
}

}  // namespace

TEST(IndustryCatalogue, AnswersChainAndLinkQueries) {
    const IndustryCatalogue c(tables(), {firm("E1", "MAT01", EnterpriseRole::ChainLeader),
                                         firm("E2", "MAT01", EnterpriseRole::Key),
                                         firm("E3", "ELE01", EnterpriseRole::Supporting)});
    EXPECT_EQ(c.chainOf("MAT02"), "MAT");
    EXPECT_EQ(c.chainOf("nope"), "");
    EXPECT_EQ(c.categoriesOf("MAT"), (std::vector<std::string>{"MAT01", "MAT02"}));
    EXPECT_EQ(c.suppliersOf("MAT02"), std::vector<std::string>{"MAT01"});
    EXPECT_EQ(c.customersOf("MAT02"), std::vector<std::string>{"ELE01"});
    EXPECT_TRUE(c.suppliersOf("MAT01").empty());
    EXPECT_EQ(c.enterpriseCount("MAT01"), 2);
    EXPECT_FALSE(c.isPresent("MAT02"));
    EXPECT_EQ(c.chainLeadersOf("MAT"), std::vector<std::size_t>{0});
    EXPECT_TRUE(c.chainLeadersOf("ELE").empty());
}

TEST(IndustryCatalogue, RefusesReferencesToUnknownCodes) {
    auto t = tables();
    t.links.push_back({"MAT01", "XXX"});
    try {
        const IndustryCatalogue c(t, {});
        FAIL();
    } catch (const sitefit::Error& error) {
        EXPECT_NE(std::string(error.what()).find("layer 'chain_links'"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("field 'to_category'"), std::string::npos);
    }
    t = tables();
    t.categories[0].chain_code = "NOPE";
    EXPECT_THROW(IndustryCatalogue(t, {}), sitefit::Error);
    EXPECT_THROW(IndustryCatalogue(tables(), {firm("E1", "ZZZ", EnterpriseRole::Key)}),
                 sitefit::Error);
}
