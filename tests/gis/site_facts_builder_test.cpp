#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "sitefit/core/date.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/site_facts.hpp"
#include "sitefit/gis/capacity_analysis.hpp"
#include "sitefit/gis/site_facts_builder.hpp"
#include "test_dataset.hpp"

using namespace sitefit;
using namespace sitefit::test;

namespace {

constexpr double kCommuteRadius_m = 3000.0;

// Two zones side by side, Z1 x 0..1000 and Z2 x 1000..2000 (y 0..1000), with every figure
// the tests assert worked out by hand in the comments (offsets and distances in metres).
std::vector<TestLayer> siteDistrict() {
    using F = TestFieldType;
    auto layers = minimalWorkspaceLayers();
    layerNamed(layers, "zones")
        .features.push_back({rectangle(1000, 0, 2000, 1000),
                             {{"zone_id", "Z2"}, {"name", "二号园"}, {"kind", "specialty_park"}}});

    auto& parcels = layerNamed(layers, "parcels");
    parcels.fields.push_back({"power_kva", F::Real});
    parcels.features = {
        // P1: 100 × 100 = 10,000 in Z1; B1 stands on it. A site.
        {rectangle(100, 100, 200, 200),
         {{"parcel_id", "P1"},
          {"land_use", "M1"},
          {"status", "available"},
          {"far_min", "1.0"},
          {"far_max", "2.0"},
          {"land_price", "45"},
          {"power_kva", "800"},
          {"available_from", "2024-01-01"},
          {"carrier", "海州城投"}}},
        // P2: built, not a site.
        {rectangle(300, 100, 500, 300),
         {{"parcel_id", "P2"}, {"land_use", "M1"}, {"status", "built"}}},
        // P3: 200 × 200 = 40,000 in Z2, reserved: still a site (the matcher says why not).
        {rectangle(1100, 100, 1300, 300),
         {{"parcel_id", "P3"}, {"land_use", "M2"}, {"status", "reserved"}}},
        // P4: transferred, not a site.
        {rectangle(1400, 100, 1500, 200),
         {{"parcel_id", "P4"}, {"land_use", "M2"}, {"status", "transferred"}}},
    };

    auto& buildings = layerNamed(layers, "buildings");
    buildings.fields.push_back({"available_from", F::Date});
    buildings.features = {
        // B1: 20 × 20 = 400 on P1, 2 floors, no floor area → 800 m² on P1; 100 vacant.
        {rectangle(120, 120, 140, 140),
         {{"building_id", "B1"},
          {"kind", "standard_factory"},
          {"floors", "2"},
          {"vacant_m2", "100"}}},
        // B2: 100 × 100 on P3, 25,000 m² given, nothing vacant: not a site.
        {rectangle(1150, 150, 1250, 250),
         {{"building_id", "B2"},
          {"kind", "standard_factory"},
          {"floors", "3"},
          {"floor_area_m2", "25000"},
          {"vacant_m2", "0"}}},
        // B3: across the zone line: 50 × 50 = 2,500 in Z1, 100 × 50 = 5,000 in Z2 → Z2.
        {rectangle(950, 700, 1100, 750),
         {{"building_id", "B3"},
          {"kind", "rnd_office"},
          {"floors", "3"},
          {"vacant_m2", "500"},
          {"floor_load_kn_m2", "8"},
          {"clear_height_m", "4.5"},
          {"rent", "20"},
          {"available_from", "2025-06-30"},
          {"carrier", "高新区管委会"}}},
        // B4: vacancy unknown: not a site.
        {rectangle(700, 100, 720, 120),
         {{"building_id", "B4"}, {"kind", "warehouse"}, {"floors", "1"}}},
        // R1: residential 100 × 100 × 5 floors = 50,000 m², 2,999 east of P1 (x 200 → 3199).
        {rectangle(3199, 100, 3299, 200),
         {{"building_id", "R1"}, {"kind", "residential"}, {"floors", "5"}}},
        // R2: residential, 7,777 m² given, 3,001 north of P1 (y 200 → 3201).
        {rectangle(100, 3201, 200, 3301),
         {{"building_id", "R2"},
          {"kind", "residential"},
          {"floors", "9"},
          {"floor_area_m2", "7777"}}},
        // S1: public service 100 × 100 × 2 floors = 20,000 m², 2,900 south of P1.
        {rectangle(100, -2900, 200, -2800),
         {{"building_id", "S1"}, {"kind", "public_service"}, {"floors", "2"}}},
        // S2: public service, 1,234 m² given, near everything; with vacancy it is a site
        // too, whatever its kind.
        {rectangle(600, 600, 620, 620),
         {{"building_id", "S2"},
          {"kind", "public_service"},
          {"floors", "1"},
          {"floor_area_m2", "1234"},
          {"vacant_m2", "50"}}},
    };

    auto& enterprises = layerNamed(layers, "enterprises");
    const auto firm = [](const std::string& id, const std::string& category,
                         const std::string& role) {
        return std::map<std::string, std::string>{
            {"enterprise_id", id}, {"name", id}, {"category_code", category}, {"role", role}};
    };
    enterprises.features = {
        {point(500, 150), firm("E1", "MED01", "chain_leader")},    // 300 east of P1
        {point(150, 150), firm("E2", "MED02", "key")},             // inside P1
        {point(5000, 130), firm("E3", "CHEM01", "chain_leader")},  // 4,800 east of P1
        {point(1200, 700), firm("E4", "MED02", "chain_leader")},   // 400 north of P3
        {point(100, 600), firm("E5", "UNK99", "chain_leader")},    // not in the catalogue
    };

    // MED: MED01, MED02; CHEM: CHEM01; NEWC: NEW01, which no enterprise belongs to.
    auto& chains = layerNamed(layers, "chains");
    chains.features.push_back(
        {"", {{"chain_code", "CHEM"}, {"name_zh", "新材料"}, {"name_en", "Materials"}}});
    chains.features.push_back(
        {"", {{"chain_code", "NEWC"}, {"name_zh", "新链"}, {"name_en", "New chain"}}});
    auto& categories = layerNamed(layers, "categories");
    const auto category = [](const std::string& code, const std::string& chain) {
        return TestFeature{"", {{"category_code", code}, {"chain_code", chain}, {"name_zh", code}}};
    };
    categories.features.push_back(category("MED02", "MED"));
    categories.features.push_back(category("CHEM01", "CHEM"));
    categories.features.push_back(category("NEW01", "NEWC"));
    return layers;
}

struct BuiltSites {
    gis::CapacityAnalysis analysis;
    std::vector<core::SiteFacts> sites;
};

BuiltSites buildSites(double commute_radius_m = kCommuteRadius_m) {
    TempDir dir;
    writeDataset(dir / "w.gpkg", siteDistrict());
    BuiltSites built{gis::analyseCapacity((dir / "w.gpkg").string(), core::silentProgress()), {}};
    built.sites = gis::SiteFactsBuilder::build(built.analysis.workspace, built.analysis.facts,
                                               built.analysis.report, commute_radius_m);
    return built;
}

const core::SiteFacts& siteNamed(const std::vector<core::SiteFacts>& sites, const std::string& id) {
    for (const core::SiteFacts& site : sites) {
        if (site.site_id == id) {
            return site;
        }
    }
    throw std::runtime_error("no site " + id);
}

std::vector<std::string> keys(const std::map<std::string, double>& map) {
    std::vector<std::string> out;
    out.reserve(map.size());
    for (const auto& [key, value] : map) {
        out.push_back(key);
    }
    return out;
}

}  // namespace

TEST(SiteFacts, TypeNamesAreTheSchemaSpelling) {
    EXPECT_EQ(core::toString(core::SiteType::Parcel), "parcel");
    EXPECT_EQ(core::toString(core::SiteType::Space), "space");
}

TEST(SiteFactsBuilder, ParcelsOnOfferThenVacantBuildingsInWorkspaceOrder) {
    const BuiltSites built = buildSites();
    const auto& sites = built.sites;
    // Built P2 and transferred P4 are not on offer; B2 has nothing vacant, B4 an unknown
    // vacancy, and the residential and S1 buildings none; S2 is a site whatever its kind.
    ASSERT_EQ(sites.size(), 5U);
    const std::vector<std::pair<std::string, core::SiteType>> expected{
        {"P1", core::SiteType::Parcel}, {"P3", core::SiteType::Parcel},
        {"B1", core::SiteType::Space},  {"B3", core::SiteType::Space},
        {"S2", core::SiteType::Space},
    };
    const std::vector<std::size_t> indices{0, 2, 0, 2, 7};
    for (std::size_t i = 0; i < sites.size(); ++i) {
        EXPECT_EQ(sites[i].site_id, expected[i].first) << i;
        EXPECT_EQ(sites[i].type, expected[i].second) << i;
        EXPECT_EQ(sites[i].index, indices[i]) << i;
    }
}

TEST(SiteFactsBuilder, ParcelSitesCarryAreaZoneFloorAreaAndAttributes) {
    const BuiltSites built = buildSites();

    const core::SiteFacts& p1 = siteNamed(built.sites, "P1");
    ASSERT_TRUE(p1.zone.has_value());
    EXPECT_EQ(*p1.zone, 0U);
    EXPECT_DOUBLE_EQ(p1.area_m2, 10000.0);
    EXPECT_DOUBLE_EQ(p1.existing_floor_area_m2, 800.0);  // B1: 400 × 2 floors
    EXPECT_EQ(p1.status, core::ParcelStatus::Available);
    EXPECT_EQ(p1.land_use, "M1");
    EXPECT_EQ(p1.far_min, 1.0);
    EXPECT_EQ(p1.far_max, 2.0);
    EXPECT_EQ(p1.land_price_wan_per_mu, 45.0);
    EXPECT_EQ(p1.power_kva, 800.0);
    EXPECT_EQ(p1.carrier, "海州城投");
    ASSERT_TRUE(p1.available_from.has_value());
    EXPECT_EQ(core::formatIsoDate(*p1.available_from), "2024-01-01");

    const core::SiteFacts& p3 = siteNamed(built.sites, "P3");
    ASSERT_TRUE(p3.zone.has_value());
    EXPECT_EQ(*p3.zone, 1U);
    EXPECT_EQ(p3.status, core::ParcelStatus::Reserved);
    EXPECT_DOUBLE_EQ(p3.area_m2, 40000.0);
    EXPECT_DOUBLE_EQ(p3.existing_floor_area_m2, 25000.0);  // B2's given floor area
    EXPECT_FALSE(p3.far_max.has_value());
    EXPECT_FALSE(p3.available_from.has_value());
}

TEST(SiteFactsBuilder, SpaceSitesCarryLargestShareZoneAndBuildingAttributes) {
    const BuiltSites built = buildSites();

    const core::SiteFacts& b3 = siteNamed(built.sites, "B3");
    ASSERT_TRUE(b3.zone.has_value());
    EXPECT_EQ(*b3.zone, 1U);  // 5,000 of its 7,500 m² footprint lie in Z2
    EXPECT_EQ(b3.building_kind, core::BuildingKind::RndOffice);
    EXPECT_EQ(b3.floors, 3);
    EXPECT_DOUBLE_EQ(b3.vacant_m2, 500.0);
    EXPECT_EQ(b3.floor_load_kn_m2, 8.0);
    EXPECT_EQ(b3.clear_height_m, 4.5);
    EXPECT_EQ(b3.rent_yuan_m2_month, 20.0);
    EXPECT_EQ(b3.carrier, "高新区管委会");
    ASSERT_TRUE(b3.available_from.has_value());
    EXPECT_EQ(core::formatIsoDate(*b3.available_from), "2025-06-30");

    const core::SiteFacts& b1 = siteNamed(built.sites, "B1");
    ASSERT_TRUE(b1.zone.has_value());
    EXPECT_EQ(*b1.zone, 0U);
    EXPECT_EQ(b1.building_kind, core::BuildingKind::StandardFactory);
    EXPECT_DOUBLE_EQ(b1.vacant_m2, 100.0);
    EXPECT_FALSE(b1.floor_load_kn_m2.has_value());

    EXPECT_EQ(siteNamed(built.sites, "S2").building_kind, core::BuildingKind::PublicService);
}

TEST(SiteFactsBuilder, MeasuresTheNearestEnterpriseOfEachCategory) {
    const BuiltSites built = buildSites();

    // NEW01 has no enterprise, so it is absent; UNK99 is not in the catalogue but has one.
    const core::SiteFacts& p1 = siteNamed(built.sites, "P1");
    EXPECT_EQ(keys(p1.nearest_enterprise_m_by_category),
              (std::vector<std::string>{"CHEM01", "MED01", "MED02", "UNK99"}));
    EXPECT_DOUBLE_EQ(p1.nearest_enterprise_m_by_category.at("MED01"), 300.0);  // E1, east
    EXPECT_DOUBLE_EQ(p1.nearest_enterprise_m_by_category.at("MED02"), 0.0);    // E2 inside
    EXPECT_DOUBLE_EQ(p1.nearest_enterprise_m_by_category.at("CHEM01"), 4800.0);
    EXPECT_DOUBLE_EQ(p1.nearest_enterprise_m_by_category.at("UNK99"), 400.0);

    // From B1's footprint (120..140 × 120..140) rather than from its parcel.
    const core::SiteFacts& b1 = siteNamed(built.sites, "B1");
    EXPECT_NEAR(b1.nearest_enterprise_m_by_category.at("MED01"), std::hypot(360.0, 10.0), 1e-9);
    EXPECT_NEAR(b1.nearest_enterprise_m_by_category.at("MED02"), std::hypot(10.0, 10.0), 1e-9);
    EXPECT_DOUBLE_EQ(b1.nearest_enterprise_m_by_category.at("CHEM01"), 4860.0);
    EXPECT_NEAR(b1.nearest_enterprise_m_by_category.at("UNK99"), std::hypot(20.0, 460.0), 1e-9);

    // P3 (1100..1300 × 100..300): of the two MED02 firms, E4 400 north is nearer than E2.
    const core::SiteFacts& p3 = siteNamed(built.sites, "P3");
    EXPECT_DOUBLE_EQ(p3.nearest_enterprise_m_by_category.at("MED02"), 400.0);
    EXPECT_DOUBLE_EQ(p3.nearest_enterprise_m_by_category.at("MED01"), 600.0);
}

TEST(SiteFactsBuilder, MeasuresTheNearestChainLeaderOfEachChain) {
    const BuiltSites built = buildSites();

    // Only leaders count (E2, a key firm, stands inside P1); UNK99's leader has no chain
    // and NEWC has no leader, so both are absent.
    const core::SiteFacts& p1 = siteNamed(built.sites, "P1");
    EXPECT_EQ(keys(p1.nearest_chain_leader_m_by_chain), (std::vector<std::string>{"CHEM", "MED"}));
    EXPECT_DOUBLE_EQ(p1.nearest_chain_leader_m_by_chain.at("MED"), 300.0);  // E1 (MED01)
    EXPECT_DOUBLE_EQ(p1.nearest_chain_leader_m_by_chain.at("CHEM"), 4800.0);

    // P3: MED leaders are E1 600 west and E4 (MED02) 400 north.
    const core::SiteFacts& p3 = siteNamed(built.sites, "P3");
    EXPECT_DOUBLE_EQ(p3.nearest_chain_leader_m_by_chain.at("MED"), 400.0);
}

TEST(SiteFactsBuilder, SumsResidentialAndPublicServiceFloorAreaWithinTheCommutingRadius) {
    const BuiltSites built = buildSites();

    // P1: R1 at 2,999 counts (5 floors × 10,000), R2 at 3,001 does not; S1 at 2,900
    // (2 × 10,000) and S2 (1,234) do.
    const core::SiteFacts& p1 = siteNamed(built.sites, "P1");
    EXPECT_DOUBLE_EQ(p1.residential_floor_m2_within_commute, 50000.0);
    EXPECT_DOUBLE_EQ(p1.public_service_floor_m2_within_commute, 21234.0);

    // B1 on P1 is 3,059 from R1 and 3,061 from R2, 2,920 from S1.
    const core::SiteFacts& b1 = siteNamed(built.sites, "B1");
    EXPECT_DOUBLE_EQ(b1.residential_floor_m2_within_commute, 0.0);
    EXPECT_DOUBLE_EQ(b1.public_service_floor_m2_within_commute, 21234.0);

    // B3 (950..1100 × 700..750): R1 at hypot(2099, 500), R2 at hypot(750, 2451), both in;
    // S1 at hypot(750, 3500) out.
    const core::SiteFacts& b3 = siteNamed(built.sites, "B3");
    EXPECT_DOUBLE_EQ(b3.residential_floor_m2_within_commute, 57777.0);
    EXPECT_DOUBLE_EQ(b3.public_service_floor_m2_within_commute, 1234.0);

    // P3 (1100..1300 × 100..300): R1 at 1,899 in, R2 at hypot(800, 2901) ≈ 3,009 out,
    // S1 at hypot(900, 2900) ≈ 3,036 out.
    const core::SiteFacts& p3 = siteNamed(built.sites, "P3");
    EXPECT_DOUBLE_EQ(p3.residential_floor_m2_within_commute, 50000.0);
    EXPECT_DOUBLE_EQ(p3.public_service_floor_m2_within_commute, 1234.0);
}

TEST(SiteFactsBuilder, TheCommutingRadiusComesFromTheCaller) {
    // 3,001 m reaches R2 from P1 as well.
    const BuiltSites built = buildSites(3001.0);
    EXPECT_DOUBLE_EQ(siteNamed(built.sites, "P1").residential_floor_m2_within_commute, 57777.0);
}

TEST(SiteFactsBuilder, RefusesFactsOfAnotherWorkspace) {
    const BuiltSites built = buildSites();
    const core::SpatialFacts none;
    try {
        (void)gis::SiteFactsBuilder::build(built.analysis.workspace, none, built.analysis.report,
                                           kCommuteRadius_m);
        FAIL() << "expected an Error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Internal);
    }
}
