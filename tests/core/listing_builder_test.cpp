#include <gtest/gtest.h>

#include "sitefit/core/error.hpp"
#include "sitefit/core/industry_catalogue.hpp"
#include "sitefit/core/listing.hpp"
#include "sitefit/core/listing_table.hpp"
#include "sitefit/core/units.hpp"

using namespace sitefit;
using namespace sitefit::core;

namespace {

// Two zones of two carriers: Z1 (chain A, carrier C1) holds parcels P1 (available), P2
// (reserved) and building B1 (vacant); Z2 (chain B, carrier C2) holds parcel P3 of C1 and
// building B2 of C2. A chain leader of A stands in Z1.
struct Fixture {
    District district;
    CapacityReport capacity;
    SpatialFacts facts;
    std::vector<SiteFacts> sites;
    DisclosureRules disclosure;

    Fixture() {
        district.catalogue.chains = {{"A", "甲链", "Chain A"}, {"B", "乙链", "Chain B"}};
        district.catalogue.categories = {{"A1", "A", "甲一", "A one", {"M1"}, 1},
                                         {"A2", "A", "甲二", "A two", {"M1"}, 1},
                                         {"B1", "B", "乙一", "B one", {"M1"}, 1}};
        district.catalogue.links = {{"A2", "A1"}};
        district.zones = {{"Z1", "一区 Zone One", ZoneKind::IndustrialPark, {"A"}, {}, 3, 5, "C1"},
                          {"Z2", "二区 Zone Two", ZoneKind::SpecialtyPark, {"B"}, {}, 3, {}, "C2"}};
        district.enterprises = {{"E1", "链主甲 Leader A", "A1", EnterpriseRole::ChainLeader, 10.0},
                                {"E2", "配套 Supplier", "A2", EnterpriseRole::Supporting, 1.0},
                                {"E3", "乙企 B firm", "B1", EnterpriseRole::Key, 2.0}};
        facts.enterprises = {{{0}}, {{1}}, {{0}}};
        capacity.zones.resize(2);
        capacity.zones[0].zone = 0;
        capacity.zones[0].vacant_m2 = 1200.0;
        capacity.zones[1].zone = 1;
        const auto parcel = [](std::string id, ParcelStatus status, std::size_t index,
                               std::size_t zone, std::string carrier, double area) {
            SiteFacts site;
            site.type = SiteType::Parcel;
            site.index = index;
            site.site_id = std::move(id);
            site.zone = zone;
            site.carrier = std::move(carrier);
            site.status = status;
            site.area_m2 = area;
            site.land_use = "M1";
            site.land_price_wan_per_mu = 30.0;
            site.nearest_enterprise_m_by_category = {{"A1", 500.0}, {"A2", 300.0}};
            site.nearest_chain_leader_m_by_chain = {{"A", 500.0}};
            return site;
        };
        const auto space = [](std::string id, std::size_t index, std::size_t zone,
                              std::string carrier, double vacant) {
            SiteFacts site;
            site.type = SiteType::Space;
            site.index = index;
            site.site_id = std::move(id);
            site.zone = zone;
            site.carrier = std::move(carrier);
            site.vacant_m2 = vacant;
            site.nearest_enterprise_m_by_category = {{"B1", 900.0}};
            return site;
        };
        // Site order deliberately not by id: the listing sorts.
        sites = {space("B1", 0, 0, "C1", 1200.0),
                 parcel("P2", ParcelStatus::Reserved, 1, 0, "C1", 10000.0),
                 parcel("P1", ParcelStatus::Available, 0, 0, "C1", 20000.0),
                 parcel("P3", ParcelStatus::Available, 2, 1, "C1", 6000.0),
                 space("B2", 1, 1, "C2", 800.0)};
        district.parcels.resize(3);
        district.parcels[0].height_max_m = 24.0;
        district.buildings.resize(2);
        district.buildings[0].floor_area_m2 = 5000.0;
    }

    [[nodiscard]] Listing build(const ListingScope& scope, const ListingSources& sources = {}) {
        const IndustryCatalogue catalogue(district.catalogue, district.enterprises);
        return ListingBuilder::build(district, capacity, facts, catalogue, sites, scope, sources,
                                     *parseIsoDate("2025-03-01"), disclosure);
    }
};

}  // namespace

// Z1 holds E1 alone of its chain A (E2 stands in Z2): a total of one enterprise is its
// output, so it is withheld by default (3 enterprises, p = 10 %) and shown only with both
// rules off. Two more A enterprises in Z1 make 10 + 4 + 1.5 = 15.5: three firms, and the
// 1.5 besides the two largest is at least 10 % of the largest (1.0), so it is shown; at
// p = 20 % (2.0) E1 dominates and it is withheld.
TEST(ListingBuilder, ZoneOutputTotalIsShownOnlyWhereEnoughEnterprisesMakeItUp) {
    Fixture f;
    EXPECT_EQ(f.build({"C1", ""}).zones[0].chain_output_yi, std::nullopt);
    f.disclosure = {1, 0.0};
    EXPECT_EQ(f.build({"C1", ""}).zones[0].chain_output_yi, std::optional<double>(10.0));

    f.disclosure = {};
    f.district.enterprises.push_back({"E4", "甲四 A four", "A1", EnterpriseRole::Key, 4.0});
    f.district.enterprises.push_back({"E5", "甲五 A five", "A2", EnterpriseRole::Key, 1.5});
    f.facts.enterprises.push_back({{0}});
    f.facts.enterprises.push_back({{0}});
    const ListedZone z1 = f.build({"C1", ""}).zones[0];
    EXPECT_EQ(z1.chain_enterprises_in_zone, 3);
    EXPECT_EQ(z1.chain_enterprises_with_output, 3);
    ASSERT_TRUE(z1.chain_output_yi.has_value());
    EXPECT_DOUBLE_EQ(*z1.chain_output_yi, 15.5);
    f.disclosure.p_percent = 20.0;
    EXPECT_EQ(f.build({"C1", ""}).zones[0].chain_output_yi, std::nullopt);

    // Three enterprises, but only two with a figure: the total would be two firms' output.
    f.disclosure = {};
    f.district.enterprises[4].annual_output_yi.reset();
    EXPECT_EQ(f.build({"C1", ""}).zones[0].chain_enterprises_with_output, 2);
    EXPECT_EQ(f.build({"C1", ""}).zones[0].chain_output_yi, std::nullopt);
    // Allowed two and no dominance rule, the two make 10 + 4, said to be theirs alone.
    f.disclosure = {2, 0.0};
    EXPECT_EQ(f.build({"C1", ""}).zones[0].chain_output_yi, std::optional<double>(14.0));
}

TEST(ListingBuilder, CarrierListsItsAvailableParcelsAndVacantSpaceByZone) {
    Fixture f;
    const Listing listing = f.build({"C1", ""});
    ASSERT_EQ(listing.zones.size(), 2U);
    const ListedZone& z1 = listing.zones[0];
    EXPECT_EQ(z1.zone, std::optional<std::size_t>(0));
    // P2 is reserved: not on offer. Land first, then space, numbered in that order.
    ASSERT_EQ(z1.sites.size(), 2U);
    EXPECT_EQ(listing.sites[z1.sites[0]].site_id, "P1");
    EXPECT_EQ(listing.sites[z1.sites[0]].number, 1);
    EXPECT_EQ(listing.sites[z1.sites[1]].site_id, "B1");
    EXPECT_EQ(listing.sites[z1.sites[1]].number, 2);
    EXPECT_DOUBLE_EQ(z1.listed_land_m2, 20000.0);
    EXPECT_DOUBLE_EQ(z1.listed_floor_m2, 1200.0);
    EXPECT_DOUBLE_EQ(z1.capacity.vacant_m2, 1200.0);
    EXPECT_EQ(z1.chain_enterprises_in_zone, 1);  // E1 (A1); E2 (A2) stands in Z2
    EXPECT_EQ(z1.chain_leaders, std::vector<std::size_t>{0});
    EXPECT_EQ(z1.chain_leaders_in_zone, std::vector<std::size_t>{0});
    // Z2 is C2's zone but holds C1's parcel P3, and only that (B2 is C2's).
    const ListedZone& z2 = listing.zones[1];
    ASSERT_EQ(z2.sites.size(), 1U);
    EXPECT_EQ(listing.sites[z2.sites[0]].site_id, "P3");
    EXPECT_EQ(listing.listedParcels(), 2);
    EXPECT_EQ(listing.listedBuildings(), 1);
    EXPECT_DOUBLE_EQ(listing.listedLandM2(), 26000.0);
}

TEST(ListingBuilder, SiteFiguresAndChainProximity) {
    Fixture f;
    const Listing listing = f.build({"C1", "Z1"});
    ASSERT_EQ(listing.zones.size(), 1U);
    const ListedSite& p1 = listing.sites[listing.zones[0].sites[0]];
    EXPECT_NEAR(p1.areaMu(), 30.0, 1e-9);
    EXPECT_NEAR(*p1.land_cost_wan, 900.0, 1e-9);  // 30 万元/亩 × 30 亩
    EXPECT_EQ(p1.height_max_m, std::optional<double>(24.0));
    ASSERT_EQ(p1.chains.size(), 1U);
    EXPECT_EQ(p1.chains[0].chain_code, "A");
    EXPECT_EQ(p1.chains[0].nearest_enterprise_m, std::optional<double>(300.0));  // A2 nearer
    EXPECT_EQ(p1.chains[0].nearest_leader_m, std::optional<double>(500.0));
    const ListedSite& b1 = listing.sites[listing.zones[0].sites[1]];
    EXPECT_EQ(b1.floor_area_m2, std::optional<double>(5000.0));
    EXPECT_DOUBLE_EQ(b1.area_m2, 1200.0);
    EXPECT_FALSE(b1.chains[0].nearest_enterprise_m.has_value());
}

TEST(ListingBuilder, ZoneScopeTakesEveryCarrierAndTheDistrictTakesEveryZone) {
    Fixture f;
    const Listing zone = f.build({"", "Z2"});
    ASSERT_EQ(zone.zones.size(), 1U);
    EXPECT_EQ(zone.zones[0].sites.size(), 2U);  // P3 of C1 and B2 of C2
    const Listing all = f.build({"", ""});
    EXPECT_EQ(all.zones.size(), 2U);
    EXPECT_EQ(all.sites.size(), 4U);
}

TEST(ListingBuilder, UnknownScopeIsAUsageError) {
    Fixture f;
    try {
        static_cast<void>(f.build({"", "Z9"}));
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Usage);
        EXPECT_NE(std::string(error.what()).find("Z1, Z2"), std::string::npos) << error.what();
    }
    EXPECT_THROW(static_cast<void>(f.build({"Nobody", ""})), Error);
}

TEST(ListingBuilder, ContactsAndEditLog) {
    Fixture f;
    ListingSources sources;
    sources.contacts = {{"C2", "李四", "0518-1", "", ""}, {"C1", "张三", "0518-2", "", ""}};
    sources.freshness.edit_log_present = true;
    sources.freshness.last_edit[{"parcels", "P1"}] = *parseIsoDate("2025-02-20");
    const Listing listing = f.build({"C1", ""}, sources);
    // C1 first (the listing's carrier), C2 as operator of Z2.
    ASSERT_EQ(listing.contacts.size(), 2U);
    EXPECT_EQ(listing.contacts[0].contact_name, "张三");
    EXPECT_TRUE(listing.edit_log_present);
    const ListedSite& p1 = listing.sites[listing.zones[0].sites[0]];
    EXPECT_EQ(p1.last_edit, parseIsoDate("2025-02-20"));
    EXPECT_EQ(daysBetween(*p1.last_edit, listing.as_of), 9);
    EXPECT_FALSE(listing.sites[listing.zones[0].sites[1]].last_edit.has_value());

    const Table table = listingTable(listing, f.district);
    ASSERT_EQ(table.rows.size(), 3U);
    EXPECT_EQ(std::get<std::string>(table.rows[0][0]), "P1");
    EXPECT_EQ(std::get<std::string>(table.rows[0][24]), "2025-02-20");  // last_edit
    EXPECT_EQ(std::get<std::string>(table.rows[0][26]), "0518-2");      // phone of C1
}

TEST(ListingBuilder, PartnersAroundACategory) {
    Fixture f;
    const IndustryCatalogue catalogue(f.district.catalogue, f.district.enterprises);
    const std::vector<ChainPartner> partners =
        ListingBuilder::partners(catalogue, f.sites[2], "A1");
    ASSERT_EQ(partners.size(), 2U);
    EXPECT_EQ(partners[0].category_code, "A1");
    EXPECT_EQ(partners[0].relation, ChainPartner::Relation::SameCategory);
    EXPECT_EQ(partners[0].enterprises, 1);
    EXPECT_EQ(partners[1].category_code, "A2");
    EXPECT_EQ(partners[1].relation, ChainPartner::Relation::Supplier);
    EXPECT_EQ(partners[1].nearest_enterprise_m, std::optional<double>(300.0));
    EXPECT_TRUE(ListingBuilder::partners(catalogue, f.sites[2], "ZZ").empty());
}
