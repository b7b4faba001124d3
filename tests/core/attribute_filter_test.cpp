// The filter language users type (docs/cli.md, "Filters"): parsing against the site
// whitelist, evaluation on hand-made sites, and every refusal with its column.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "sitefit/core/attribute_filter.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/industry_catalogue.hpp"
#include "sitefit/core/matcher.hpp"
#include "sitefit/core/site_filter.hpp"
#include "sitefit/core/units.hpp"

using namespace sitefit::core;

namespace {

Date day(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// Zones Z01 (海州经济开发区, leads C1 and C2) and Z03 (板桥工业园, leads C3); sites:
//   P1  20,010 m² = 30.015 亩, available, M1, 2500 kVA, Z01, from 2026-03-01
//   P2  19,980 m² = 29.97 亩,  available, M2, 1500 kVA, Z03, no date
//   P3  40,000 m² = 60 亩,     reserved,  M2, no power, Z03, from 2026-09-01
//   P4  26,680 m² ≈ 40.02 亩,  available, M1, 2000 kVA, outside every zone, carrier O'Brien
//   B1  space, 3,000 m² vacant, standard factory, 8 kN/m², Z01, from 2026-01-15
//   B2  space, 800 m² vacant, incubator, no floor load, Z03, no date
struct SiteWorld {
    District district;
    std::vector<SiteFacts> sites;

    SiteWorld() {
        Zone z01;
        z01.zone_id = "Z01";
        z01.name = "海州经济开发区";
        z01.leading_chains = {"C1", "C2"};
        z01.kind = ZoneKind::HighTechZone;
        z01.carrier = "海州经开区管委会";
        Zone z03;
        z03.zone_id = "Z03";
        z03.name = "板桥工业园";
        z03.leading_chains = {"C3"};
        z03.kind = ZoneKind::TownshipCluster;
        district.zones = {z01, z03};
        district.parcels.resize(4);
        district.parcels[0].height_max_m = 24.0;
        district.buildings.resize(2);
        sites = {
            parcel("P1", 0, 20010.0, ParcelStatus::Available, "M1", 2500.0, 0, day(2026, 3, 1),
                   "海州经开区管委会"),
            parcel("P2", 1, 19980.0, ParcelStatus::Available, "M2", 1500.0, 1, {}, "板桥园区"),
            parcel("P3", 2, 40000.0, ParcelStatus::Reserved, "M2", {}, 1, day(2026, 9, 1),
                   "板桥园区"),
            parcel("P4", 3, 26680.0, ParcelStatus::Available, "M1", 2000.0, {}, {},
                   "O'Brien Parks"),
            space("B1", 0, 3000.0, BuildingKind::StandardFactory, 8.0, 0, day(2026, 1, 15)),
            space("B2", 1, 800.0, BuildingKind::Incubator, {}, 1, {}),
        };
    }

    static SiteFacts parcel(const std::string& id, std::size_t index, double area_m2,
                            ParcelStatus status, const std::string& land_use,
                            std::optional<double> power, std::optional<std::size_t> zone,
                            std::optional<Date> from, const std::string& carrier) {
        SiteFacts s;
        s.type = SiteType::Parcel;
        s.index = index;
        s.site_id = id;
        s.area_m2 = area_m2;
        s.status = status;
        s.land_use = land_use;
        s.power_kva = power;
        s.zone = zone;
        s.available_from = from;
        s.carrier = carrier;
        return s;
    }

    static SiteFacts space(const std::string& id, std::size_t index, double vacant_m2,
                           BuildingKind kind, std::optional<double> load,
                           std::optional<std::size_t> zone, std::optional<Date> from) {
        SiteFacts s;
        s.type = SiteType::Space;
        s.index = index;
        s.site_id = id;
        s.vacant_m2 = vacant_m2;
        s.building_kind = kind;
        s.floor_load_kn_m2 = load;
        s.zone = zone;
        s.available_from = from;
        s.carrier = "海州经开区管委会";
        return s;
    }

    // The ids of the sites the filter admits, in site order, joined by spaces.
    [[nodiscard]] std::string admitted(const std::string& text) const {
        const SiteFilter filter = SiteFilter::parse(text);
        std::string ids;
        for (const SiteFacts& site : sites) {
            if (filter.admits(site, district)) {
                ids += (ids.empty() ? "" : " ") + site.site_id;
            }
        }
        return ids;
    }
};

// The refusal of a filter: its column and its message (without the "column N: " prefix
// checked separately), or column 0 when the filter was accepted.
struct Refusal {
    std::size_t column = 0;
    std::string message;
};

Refusal refusalOf(const std::string& text) {
    try {
        (void)SiteFilter::parse(text);
    } catch (const AttributeFilterError& error) {
        EXPECT_EQ(error.kind(), sitefit::Error::Kind::Usage);
        const std::string prefix = "column " + std::to_string(error.column()) + ": ";
        EXPECT_EQ(error.message().rfind(prefix, 0), 0U) << error.message();
        return {error.column(), error.message().substr(prefix.size())};
    }
    return {};
}

}  // namespace

TEST(SiteFilter, AreaInMuAndStatus) {
    const SiteWorld w;
    // P1 is 30.015 亩 and available; P2 is 29.97 亩; P3 reserved; P4 40.02 亩 available.
    // Buildings have no status, so the comparison is unknown and they are not admitted.
    EXPECT_EQ(w.admitted("area_mu >= 30 and status = 'available'"), "P1 P4");
    EXPECT_EQ(w.admitted("area_mu < 30"), "P2");
    EXPECT_EQ(w.admitted("area_m2 = 40000"), "P3");
}

TEST(SiteFilter, KeywordsFieldsAndEnumerationValuesIgnoreCase) {
    const SiteWorld w;
    EXPECT_EQ(w.admitted("AREA_MU >= 30 AnD Status = 'AVAILABLE'"), "P1 P4");
    EXPECT_EQ(w.admitted("site_type = 'Space'"), "B1 B2");
}

TEST(SiteFilter, MathematicalSignsAreOperators) {
    const SiteWorld w;
    EXPECT_EQ(w.admitted("power_kva ≥ 2000"), "P1 P4");
    EXPECT_EQ(w.admitted("power_kva ≤ 2000"), "P2 P4");
    EXPECT_EQ(w.admitted("land_use ≠ 'M1'"), "P2 P3");
    EXPECT_EQ(w.admitted("land_use <> 'M1'"), "P2 P3");
    EXPECT_EQ(w.admitted("land_use != 'M1'"), "P2 P3");
}

TEST(SiteFilter, AndBindsTighterThanOr) {
    const SiteWorld w;
    // zone_id = 'Z01' OR (zone_id = 'Z03' AND area_mu > 40): all of Z01, only P3 of Z03.
    EXPECT_EQ(w.admitted("zone_id = 'Z01' OR zone_id = 'Z03' AND area_mu > 40"), "P1 P3 B1");
    // Parentheses change it: Z01 or Z03, and more than 40 亩.
    EXPECT_EQ(w.admitted("(zone_id = 'Z01' OR zone_id = 'Z03') AND area_mu > 40"), "P3");
    EXPECT_EQ(w.admitted("area_mu > 40 AND zone_id = 'Z03' OR zone_id = 'Z01'"), "P1 P3 B1");
}

TEST(SiteFilter, NotFollowsThreeValuedLogic) {
    const SiteWorld w;
    EXPECT_EQ(w.admitted("NOT status = 'reserved'"), "P1 P2 P4");
    // P3 has no power figure: unknown stays unknown under NOT, so it is not admitted.
    EXPECT_EQ(w.admitted("NOT (power_kva >= 2000)"), "P2");
    EXPECT_EQ(w.admitted("not not site_type = 'space'"), "B1 B2");
    EXPECT_EQ(w.admitted("NOT zone_id = 'Z01' AND site_type = 'parcel'"), "P2 P3");
    // Unknown OR true is true.
    EXPECT_EQ(w.admitted("power_kva > 2000 OR status = 'reserved'"), "P1 P3");
}

TEST(SiteFilter, InAndNotIn) {
    const SiteWorld w;
    EXPECT_EQ(w.admitted("site_id IN ('P2', 'B1', 'X9')"), "P2 B1");
    EXPECT_EQ(w.admitted("zone_id NOT IN ('Z01')"), "P2 P3 B2");  // P4 has no zone: unknown
    EXPECT_EQ(w.admitted("power_kva in (1500, 2500)"), "P1 P2");
    EXPECT_EQ(w.admitted("building_kind IN ('incubator', 'warehouse')"), "B2");
}

TEST(SiteFilter, IsNullAndIsNotNull) {
    const SiteWorld w;
    EXPECT_EQ(w.admitted("zone_id IS NULL"), "P4");
    EXPECT_EQ(w.admitted("power_kva is null and site_type = 'parcel'"), "P3");
    EXPECT_EQ(w.admitted("floor_load_kn_m2 IS NOT NULL"), "B1");
    EXPECT_EQ(w.admitted("available_from IS NULL"), "P2 P4 B2");
}

TEST(SiteFilter, DatesCompareAsDates) {
    const SiteWorld w;
    EXPECT_EQ(w.admitted("available_from <= '2026-03-01'"), "P1 B1");
    EXPECT_EQ(w.admitted("available_from > '2026-03-01'"), "P3");
    EXPECT_EQ(w.admitted("available_from = '2026-01-15'"), "B1");
    // The slash form Chinese spreadsheets export is the same date.
    EXPECT_EQ(w.admitted("available_from < '2026/02/01'"), "B1");
}

TEST(SiteFilter, ChineseTextAndEscapedQuotes) {
    const SiteWorld w;
    EXPECT_EQ(w.admitted("carrier = '板桥园区'"), "P2 P3");
    EXPECT_EQ(w.admitted("zone_name = '海州经济开发区' AND site_type = 'parcel'"), "P1");
    EXPECT_EQ(w.admitted("carrier = 'O''Brien Parks'"), "P4");
    // Text is exact: another case is another value.
    EXPECT_EQ(w.admitted("zone_id = 'z01'"), "");
}

TEST(SiteFilter, ChainTestsMembershipOfTheZonesLeadingChains) {
    const SiteWorld w;
    EXPECT_EQ(w.admitted("chain = 'C2'"), "P1 B1");
    EXPECT_EQ(w.admitted("chain != 'C1'"), "P2 P3 B2");  // P4 has no zone: unknown
    EXPECT_EQ(w.admitted("chain IN ('C3', 'C9')"), "P2 P3 B2");
    EXPECT_EQ(w.admitted("chain IS NULL"), "P4");
}

TEST(SiteFilter, ParcelAttributesFromTheDistrictAndZoneKind) {
    const SiteWorld w;
    EXPECT_EQ(w.admitted("height_max_m = 24"), "P1");
    EXPECT_EQ(w.admitted("zone_kind = 'township_cluster'"), "P2 P3 B2");
    EXPECT_EQ(w.admitted("vacant_m2 >= 1000 AND floors >= 1"), "B1");
}

TEST(SiteFilter, WhitelistHoldsTheFieldsTheDocsName) {
    const FilterFieldWhitelist& fields = siteFilterFields();
    for (const char* name : {"site_id",
                             "site_type",
                             "zone_id",
                             "zone_name",
                             "zone_kind",
                             "chain",
                             "carrier",
                             "status",
                             "land_use",
                             "area_m2",
                             "area_mu",
                             "far_min",
                             "far_max",
                             "height_max_m",
                             "land_price_wan_per_mu",
                             "power_kva",
                             "building_kind",
                             "floors",
                             "vacant_m2",
                             "floor_load_kn_m2",
                             "clear_height_m",
                             "rent_yuan_m2_month",
                             "available_from"}) {
        EXPECT_TRUE(fields.indexOf(name).has_value()) << name;
    }
    EXPECT_EQ(fields.fields().size(), 23U);
}

TEST(SiteFilterRefusals, UnknownFieldListsTheAllowedOnes) {
    const Refusal r = refusalOf("area_mu >= 30 AND aera_mu < 60");
    EXPECT_EQ(r.column, 19U);
    EXPECT_NE(r.message.find("unknown field 'aera_mu'"), std::string::npos) << r.message;
    EXPECT_NE(r.message.find("expected one of: site_id, site_type, zone_id"), std::string::npos)
        << r.message;
    EXPECT_NE(r.message.find("area_mu"), std::string::npos);
    EXPECT_NE(r.message.find("available_from"), std::string::npos);
}

TEST(SiteFilterRefusals, TypeMismatches) {
    Refusal r = refusalOf("zone_id = 3");
    EXPECT_EQ(r.column, 11U);
    EXPECT_EQ(r.message, "field 'zone_id' is text; expected 'quoted text', found number 3");
    r = refusalOf("area_mu >= '30'");
    EXPECT_EQ(r.column, 12U);
    EXPECT_EQ(r.message,
              "field 'area_mu' is a number; expected a number without quotes, found text '30'");
    r = refusalOf("available_from > '2026-02-30'");
    EXPECT_EQ(r.column, 18U);
    EXPECT_EQ(r.message,
              "field 'available_from' is a date; expected 'YYYY-MM-DD' in quotes, found text "
              "'2026-02-30'");
    r = refusalOf("available_from > 2026");
    EXPECT_EQ(r.column, 18U);
    r = refusalOf("carrier > 'a'");
    EXPECT_EQ(r.column, 9U);
    EXPECT_EQ(r.message,
              "'>' compares by size, but field 'carrier' is text; expected =, !=, <>, IN or IS "
              "[NOT] NULL");
}

TEST(SiteFilterRefusals, UnknownEnumerationValue) {
    const Refusal r = refusalOf("status = 'sold'");
    EXPECT_EQ(r.column, 10U);
    EXPECT_EQ(r.message,
              "field 'status' has no value text 'sold'; expected one of: 'available', "
              "'reserved', 'transferred', 'built'");
    EXPECT_EQ(refusalOf("building_kind IN ('incubator', 'factory')").column, 32U);
}

TEST(SiteFilterRefusals, SyntaxErrorsSayWhereAndWhat) {
    Refusal r = refusalOf("area_mu >=");
    EXPECT_EQ(r.column, 11U);
    EXPECT_EQ(r.message,
              "expected a value for field 'area_mu' (a number), found the end of the filter");
    r = refusalOf("area_mu 30");
    EXPECT_EQ(r.column, 9U);
    EXPECT_EQ(r.message.rfind("expected an operator after field 'area_mu' (=, !=, <>", 0), 0U)
        << r.message;
    r = refusalOf("(area_mu > 1");
    EXPECT_EQ(r.column, 13U);
    EXPECT_EQ(r.message,
              "expected ')' to close the '(' at column 1, or AND, OR, found the end of the filter");
    r = refusalOf("site_type = 'parcel' status = 'available'");
    EXPECT_EQ(r.column, 22U);
    EXPECT_EQ(r.message, "unexpected 'status'; expected AND, OR or the end of the filter");
    r = refusalOf("area_mu >= 30 AND");
    EXPECT_EQ(r.column, 18U);
    EXPECT_EQ(r.message, "expected a field name, NOT or '(', found the end of the filter");
    r = refusalOf("");
    EXPECT_EQ(r.column, 1U);
    EXPECT_EQ(r.message, "the filter is empty; expected a condition such as area_mu >= 30");
    r = refusalOf("status = NULL");
    EXPECT_EQ(r.column, 10U);
    r = refusalOf("power_kva IS 0");
    EXPECT_EQ(r.column, 14U);
    EXPECT_EQ(r.message, "expected NULL after IS, found number 0");
    r = refusalOf("zone_id NOT 'Z01'");
    EXPECT_EQ(r.column, 13U);
    r = refusalOf("zone_id IN 'Z01'");
    EXPECT_EQ(r.column, 12U);
    r = refusalOf("zone_id IN ('Z01' 'Z03')");
    EXPECT_EQ(r.column, 19U);
    r = refusalOf("\"carrier\" = 'a'");
    EXPECT_EQ(r.column, 1U);
    EXPECT_NE(r.message.find("'single-quoted text'"), std::string::npos) << r.message;
}

TEST(SiteFilterRefusals, InjectionAttemptsAreSyntaxErrors) {
    // Errors come in reading order: the unknown field before the unclosed quote after it.
    Refusal r = refusalOf("x'; DROP TABLE parcels; --");
    EXPECT_EQ(r.column, 1U);
    EXPECT_EQ(r.message.rfind("unknown field 'x'; expected one of: site_id,", 0), 0U) << r.message;
    r = refusalOf("carrier = 'x'; DROP TABLE parcels; --");
    EXPECT_EQ(r.column, 14U);
    EXPECT_EQ(r.message.rfind("unexpected character ';'", 0), 0U) << r.message;
    r = refusalOf("carrier = 'x; DROP TABLE parcels; --");
    EXPECT_EQ(r.column, 11U);
    EXPECT_EQ(r.message,
              "the text starting here has no closing quote; expected ' to end it (write '' for a "
              "quote inside text)");
    r = refusalOf("carrier = '' OR 1=1 --");
    EXPECT_EQ(r.column, 17U);
    EXPECT_EQ(r.message, "expected a field name, NOT or '(', found number 1");
    r = refusalOf("1=1 OR");
    EXPECT_EQ(r.column, 1U);
    EXPECT_EQ(r.message, "expected a field name, NOT or '(', found number 1");
    r = refusalOf("area_mu >= 30; DROP TABLE parcels");
    EXPECT_EQ(r.column, 14U);
    EXPECT_EQ(r.message.rfind("unexpected character ';'", 0), 0U) << r.message;
    r = refusalOf("area_mu >= 30 -- comment");
    EXPECT_EQ(r.column, 15U);
    r = refusalOf("carrier = 'a' OR 1=1");
    EXPECT_EQ(r.column, 18U);
}

TEST(SiteFilterRefusals, UnitsGluedToNumbers) {
    const Refusal r = refusalOf("area_mu >= 30亩");
    EXPECT_EQ(r.column, 14U);
    EXPECT_NE(r.message.find("'亩' right after the number 30"), std::string::npos) << r.message;
    EXPECT_EQ(refusalOf("power_kva >= 2000kVA").column, 18U);
    EXPECT_EQ(refusalOf("area_mu >= 1.2.3").column, 12U);
}

TEST(SiteFilterRefusals, ColumnsCountCharactersNotBytes) {
    // c-a-r-r-i-e-r =' 海州 ' AND: "foo" starts at the 20th character (26th byte).
    const Refusal r = refusalOf("carrier = '海州' AND foo = 1");
    EXPECT_EQ(r.column, 20U);
}

TEST(SiteFilterRefusals, DeepNestingIsRefusedNotRecursedInto) {
    const std::string deep = std::string(10000, '(') + "area_mu > 1" + std::string(10000, ')');
    const Refusal r = refusalOf(deep);
    EXPECT_EQ(r.column, 66U);
    EXPECT_NE(r.message.find("more than 64 deep"), std::string::npos) << r.message;
    // A long flat chain is fine: AND and OR chains do not nest.
    std::string flat = "area_mu > 1";
    for (int i = 0; i < 5000; ++i) {
        flat += " AND area_mu > 1";
    }
    const SiteWorld w;
    EXPECT_EQ(w.admitted(flat), "P1 P2 P3 P4");
}

TEST(SiteFilter, TheFilterTextIsKept) {
    const SiteFilter filter = SiteFilter::parse("  area_mu >= 30 ");
    EXPECT_EQ(filter.text(), "  area_mu >= 30 ");
}

// The matcher with a site predicate: filtered-out sites are neither candidates nor
// rejections, and an empty predicate changes nothing.
TEST(MatcherSitePredicate, RestrictsTheSitesConsidered) {
    SiteWorld w;
    w.district.catalogue.chains = {{"C1", "链一", "Chain one"}};
    w.district.catalogue.categories = {{"C101", "C1", "类一", "Category one", {"M1", "M2"}, 1}};
    Project project;
    project.project_id = "J1";
    project.category_code = "C101";
    project.need = ProjectNeed::Land;
    project.land_m2 = 15000.0;
    project.pollution_class = 1;
    w.district.projects = {project};
    const IndustryCatalogue catalogue(w.district.catalogue, w.district.enterprises);
    const RulePack rules;
    const Matcher all(w.district, catalogue, rules, w.sites, day(2027, 1, 1));
    const Matcher unfiltered(w.district, catalogue, rules, w.sites, day(2027, 1, 1),
                             SitePredicate{});
    const SiteFilter filter = SiteFilter::parse("zone_id = 'Z03'");
    const Matcher filtered(w.district, catalogue, rules, w.sites, day(2027, 1, 1),
                           filter.predicate(w.district));

    const auto siteIds = [&w](const ProjectMatch& m) {
        std::vector<std::string> ids;
        for (const Candidate& c : m.candidates) {
            ids.push_back(w.sites[c.site].site_id);
        }
        for (const Rejection& r : m.rejected) {
            ids.push_back(w.sites[r.site].site_id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const ProjectMatch everything = all.match(0);
    EXPECT_EQ(siteIds(everything), (std::vector<std::string>{"P1", "P2", "P3", "P4"}));
    const ProjectMatch same = unfiltered.match(0);
    ASSERT_EQ(same.candidates.size(), everything.candidates.size());
    for (std::size_t i = 0; i < same.candidates.size(); ++i) {
        EXPECT_EQ(same.candidates[i].site, everything.candidates[i].site);
        EXPECT_EQ(same.candidates[i].score, everything.candidates[i].score);
    }
    EXPECT_EQ(siteIds(filtered.match(0)), (std::vector<std::string>{"P2", "P3"}));
    EXPECT_EQ(siteIds(filtered.matchAll().at(0)), (std::vector<std::string>{"P2", "P3"}));
    // The fast path prunes by size among the admitted sites only.
    const ProjectMatch fast = filtered.match(0, Matcher::Detail::CandidatesOnly);
    for (const Candidate& c : fast.candidates) {
        EXPECT_EQ(w.sites[c.site].zone, std::optional<std::size_t>(1));
    }
}
