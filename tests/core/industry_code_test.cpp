// GB/T 4754-2017 industry codes: their form, the built-in catalogue of manufacturing
// divisions, and how a record's code finds its category.

#include <gtest/gtest.h>

#include <set>

#include "sitefit/core/catalogue_choice.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/industry_code.hpp"
#include "sitefit/core/national_industry_catalogue.hpp"

using namespace sitefit::core;

namespace {

Project projectWith(const std::string& id, const std::string& category,
                    const std::string& industry) {
    Project p;
    p.project_id = id;
    p.category_code = category;
    p.industry_code = industry;
    return p;
}

Enterprise firmWith(const std::string& id, const std::string& industry) {
    Enterprise e;
    e.enterprise_id = id;
    e.industry_code = industry;
    return e;
}

// A district's own catalogue: pharma APIs (C271 化学药品原料药制造) apart from the rest of
// pharma (C27), and a category without codes.
CatalogueTables pharmaCatalogue() {
    CatalogueTables t;
    t.chains = {{"MED", "生物医药", "Biomedicine"}};
    Category api{"MED01", "MED", "化学原料药", "APIs", {"M2", "M3"}, 2, {"C271"}};
    Category pharma{"MED02", "MED", "医药制造", "Pharmaceuticals", {"M1", "M2"}, 1, {"C27"}};
    Category devices{"MED03", "MED", "医疗器械", "Medical devices", {"M1"}, 1, {}};
    t.categories = {api, pharma, devices};
    return t;
}

}  // namespace

TEST(IndustryCode, FormIsASectionLetterAndTwoToFourDigits) {
    for (const char* good : {"C27", "C271", "C2710", "A01", "T97"}) {
        EXPECT_TRUE(isIndustryCode(good)) << good;
    }
    for (const char* bad : {"", "C", "C2", "C27101", "2710", "c2710", "U27", "C27a", "CC27"}) {
        EXPECT_FALSE(isIndustryCode(bad)) << bad;
    }
}

TEST(NationalIndustryCatalogue, HoldsTheThirtyOneManufacturingDivisions) {
    const CatalogueTables& t = nationalManufacturingDivisions();
    ASSERT_EQ(t.chains.size(), 31U);
    ASSERT_EQ(t.categories.size(), 31U);
    EXPECT_TRUE(t.links.empty());  // the standard defines no supply relations
    std::set<std::string> codes;
    for (std::size_t i = 0; i < t.categories.size(); ++i) {
        const Category& c = t.categories[i];
        // C13, C14, … C43 in order, each its own chain, covering its own division.
        EXPECT_EQ(c.category_code, "C" + std::to_string(13 + i));
        EXPECT_EQ(c.chain_code, c.category_code);
        EXPECT_EQ(t.chains[i].chain_code, c.category_code);
        EXPECT_EQ(t.chains[i].name_zh, c.name_zh);
        EXPECT_EQ(c.industry_codes, std::vector<std::string>{c.category_code});
        EXPECT_EQ(c.land_use_classes, (std::vector<std::string>{"M1", "M2", "M3"}));
        EXPECT_FALSE(c.name_zh.empty());
        EXPECT_FALSE(c.name_en.empty());
        codes.insert(c.category_code);
    }
    EXPECT_EQ(codes.size(), 31U);
    const auto named = [&](const std::string& code) {
        for (const Category& c : t.categories) {
            if (c.category_code == code) {
                return c.name_zh;
            }
        }
        return std::string();
    };
    EXPECT_EQ(named("C13"), "农副食品加工业");
    EXPECT_EQ(named("C25"), "石油、煤炭及其他燃料加工业");
    EXPECT_EQ(named("C27"), "医药制造业");
    EXPECT_EQ(named("C36"), "汽车制造业");
    EXPECT_EQ(named("C39"), "计算机、通信和其他电子设备制造业");
    EXPECT_EQ(named("C43"), "金属制品、机械和设备修理业");
}

TEST(CatalogueChoice, AWorkspaceWithoutACatalogueGetsTheDivisions) {
    District d;
    d.projects = {projectWith("X1", "", "C2710"), projectWith("X2", "", "I6510")};
    d.enterprises = {firmWith("E1", "C3911")};
    const CatalogueOrigin origin = chooseCatalogue(d);
    EXPECT_EQ(origin, CatalogueOrigin::BuiltIn);
    EXPECT_EQ(d.catalogue.categories.size(), 31U);
    EXPECT_EQ(d.projects[0].category_code, "C27");
    EXPECT_EQ(d.projects[1].category_code, "");  // 软件开发 is not manufacturing
    EXPECT_EQ(d.enterprises[0].category_code, "C39");
    EXPECT_EQ(describeCatalogue(origin, d.catalogue),
              "built-in GB/T 4754-2017 manufacturing divisions (the workspace has none)");

    const IndustryCatalogue catalogue(d.catalogue, d.enterprises, origin);
    EXPECT_EQ(catalogue.enterpriseCount("C39"), 1);
    EXPECT_EQ(catalogue.enterprisesOutside(), 0);
}

TEST(CatalogueChoice, TheLongestListedPrefixWinsAndAnExplicitCategoryMore) {
    District d;
    d.catalogue = pharmaCatalogue();
    d.projects = {projectWith("X1", "", "C2710"), projectWith("X2", "", "C2720"),
                  projectWith("X3", "MED03", "C2710"), projectWith("X4", "", "C27")};
    EXPECT_EQ(chooseCatalogue(d), CatalogueOrigin::Workspace);
    EXPECT_EQ(d.catalogue.categories.size(), 3U);     // kept as it is
    EXPECT_EQ(d.projects[0].category_code, "MED01");  // C271 beats C27
    EXPECT_EQ(d.projects[1].category_code, "MED02");  // C272 化学药品制剂: only C27 covers it
    EXPECT_EQ(d.projects[2].category_code, "MED03");  // stated, so never overridden
    EXPECT_EQ(d.projects[3].category_code, "MED02");  // a division is not within C271
    EXPECT_EQ(describeCatalogue(CatalogueOrigin::Workspace, d.catalogue),
              "the workspace's (1 chain, 3 categories)");
    EXPECT_EQ(categoryCovering(d.catalogue.categories, "C3911"), nullptr);
}

TEST(CatalogueChoice, ACodeListedByTwoCategoriesIsRefused) {
    District d;
    d.catalogue = pharmaCatalogue();
    d.catalogue.categories[2].industry_codes = {"C27"};
    try {
        chooseCatalogue(d);
        FAIL() << "expected an error";
    } catch (const sitefit::Error& error) {
        EXPECT_EQ(error.kind(), sitefit::Error::Kind::Input);
        EXPECT_EQ(error.context().layer, "categories");
        EXPECT_EQ(error.context().feature, "MED03");
        EXPECT_EQ(error.context().field, "industry_codes");
        EXPECT_NE(std::string(error.what()).find("'MED02' and 'MED03'"), std::string::npos)
            << error.what();
    }
}

TEST(CatalogueChoice, AnEnterpriseOutsideTheCatalogueIsCountedNotRefused) {
    District d;
    d.enterprises = {firmWith("E1", "I6510"), firmWith("E2", "C2710")};
    const CatalogueOrigin origin = chooseCatalogue(d);
    const IndustryCatalogue catalogue(d.catalogue, d.enterprises, origin);
    EXPECT_EQ(catalogue.enterprisesOutside(), 1);
    EXPECT_EQ(catalogue.enterpriseCount("C27"), 1);
}

TEST(CatalogueChoice, AnUnknownStatedCategorySaysWhatTheBuiltInCatalogueIs) {
    District d;
    Enterprise e = firmWith("E1", "");
    e.category_code = "MED01";
    d.enterprises = {e};
    const CatalogueOrigin origin = chooseCatalogue(d);
    try {
        const IndustryCatalogue catalogue(d.catalogue, d.enterprises, origin);
        FAIL() << "expected an error";
    } catch (const sitefit::Error& error) {
        EXPECT_EQ(error.context().feature, "E1");
        EXPECT_EQ(error.context().field, "category_code");
        const std::string message = error.what();
        EXPECT_NE(message.find("category 'MED01' is not in the catalogue"), std::string::npos);
        EXPECT_NE(message.find("built-in GB/T 4754-2017"), std::string::npos) << message;
        EXPECT_NE(message.find("--categories"), std::string::npos) << message;
    }
}
