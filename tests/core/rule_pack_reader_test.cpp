#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "sitefit/core/error.hpp"
#include "sitefit/core/rule_pack_reader.hpp"

using namespace sitefit::core;

namespace {

// Lines 1–3 of every test pack; the lines the tests count start at 4.
const std::string kPackHeader = "[pack]\nname = \"test\"\nversion = 1\n";

std::filesystem::path shippedPack() {
    return std::filesystem::path(SITEFIT_SOURCE_DIR) / "rules" / "jiangsu-north.toml";
}

}  // namespace

TEST(RulePackReader, ShippedJiangsuNorthPackReadsWithTheValuesItStates) {
    const RulePack pack = RulePackReader::read(shippedPack());
    EXPECT_EQ(pack.name, "jiangsu-north");
    EXPECT_EQ(pack.version, 1);
    EXPECT_EQ(pack.source, shippedPack().string());

    EXPECT_DOUBLE_EQ(pack.land_oversize_tolerance, 0.3);
    EXPECT_EQ(pack.industrial_land_uses, (std::vector<std::string>{"M1", "M2", "M3"}));
    EXPECT_DOUBLE_EQ(pack.building_coverage_min, 0.3);

    EXPECT_DOUBLE_EQ(pack.far_min_new_industrial, 1.0);
    EXPECT_EQ(pack.far_min_by_chain, (std::map<std::string, double>{
                                         {"MED", 0.7}, {"EQP", 0.7}, {"MAT", 0.7}, {"ELE", 1.0}}));
    EXPECT_EQ(pack.far_min_by_category.size(), 7U);
    EXPECT_DOUBLE_EQ(pack.far_min_by_category.at("MAT05"), 0.6);
    EXPECT_DOUBLE_EQ(pack.far_min_by_category.at("MAT03"), 0.8);
    EXPECT_DOUBLE_EQ(pack.far_min_by_category.at("MAT08"), 1.0);

    EXPECT_DOUBLE_EQ(pack.intensity_default_min_wan_per_mu, 0.0);
    EXPECT_EQ(pack.intensity_min_by_zone_kind,
              (std::map<ZoneKind, double>{{ZoneKind::HighTechZone, 300.0},
                                          {ZoneKind::IndustrialPark, 250.0},
                                          {ZoneKind::SpecialtyPark, 250.0},
                                          {ZoneKind::TownshipCluster, 150.0}}));
    EXPECT_TRUE(pack.intensity_min_by_zone.empty());

    EXPECT_EQ(pack.max_pollution_by_land_use,
              (std::map<std::string, int>{{"M1", 1}, {"M2", 2}, {"M3", 3}, {"W1", 1}}));
    EXPECT_EQ(pack.max_pollution_outside_zones, 1);

    EXPECT_EQ(pack.space_building_kinds,
              (std::vector<BuildingKind>{BuildingKind::StandardFactory, BuildingKind::Incubator,
                                         BuildingKind::RndOffice, BuildingKind::Warehouse}));

    EXPECT_EQ(pack.weights, (std::map<Criterion, double>{{Criterion::ChainSynergy, 25.0},
                                                         {Criterion::ZoneOrientation, 15.0},
                                                         {Criterion::SizeFit, 15.0},
                                                         {Criterion::Cost, 10.0},
                                                         {Criterion::Readiness, 10.0},
                                                         {Criterion::JobHousing, 10.0},
                                                         {Criterion::PreferredZone, 10.0},
                                                         {Criterion::ChainGap, 5.0}}));

    EXPECT_DOUBLE_EQ(pack.synergy_half_distance_m, 2000.0);
    EXPECT_DOUBLE_EQ(pack.synergy_same_chain_weight, 1.0);
    EXPECT_DOUBLE_EQ(pack.synergy_linked_weight, 1.0);
    EXPECT_DOUBLE_EQ(pack.synergy_leader_weight, 2.0);
    EXPECT_DOUBLE_EQ(pack.commute_radius_m, 3000.0);
    EXPECT_DOUBLE_EQ(pack.residential_m2_per_job, 30.0);
    EXPECT_DOUBLE_EQ(pack.readiness_horizon_days, 365.0);
    EXPECT_DOUBLE_EQ(pack.max_land_cost_share, 0.3);
    EXPECT_DOUBLE_EQ(pack.rent_low_yuan_m2_month, 10.0);
    EXPECT_DOUBLE_EQ(pack.rent_high_yuan_m2_month, 35.0);
    EXPECT_DOUBLE_EQ(pack.data_quality.vacant_over_floor_area, 0.01);
    EXPECT_DOUBLE_EQ(pack.data_quality.sliver_m2, 1.0);
    EXPECT_EQ(pack.disclosure.min_enterprises_in_total, 3);
    EXPECT_DOUBLE_EQ(pack.disclosure.p_percent, 10.0);
}

TEST(RulePackReader, DisclosureRulesAreRead) {
    const RulePack pack = RulePackReader::parse(
        kPackHeader + "[disclosure]\nmin_enterprises_in_total = 5\np_percent = 15\n",
        "disclosure.toml");
    EXPECT_EQ(pack.disclosure.min_enterprises_in_total, 5);
    EXPECT_DOUBLE_EQ(pack.disclosure.p_percent, 15.0);
    const RulePack plain = RulePackReader::parse(kPackHeader, "plain.toml");
    EXPECT_EQ(plain.disclosure.min_enterprises_in_total, 3);
    EXPECT_DOUBLE_EQ(plain.disclosure.p_percent, 10.0);
}

TEST(RulePackReader, DataQualityTolerancesAreRead) {
    const RulePack pack = RulePackReader::parse(
        kPackHeader + "[data_quality]\nvacant_over_floor_area = 0.005\nsliver_m2 = 25\n",
        "tolerances.toml");
    EXPECT_DOUBLE_EQ(pack.data_quality.vacant_over_floor_area, 0.005);
    EXPECT_DOUBLE_EQ(pack.data_quality.sliver_m2, 25.0);
    // Left out: the defaults, 1 % and 1 m².
    const RulePack plain = RulePackReader::parse(kPackHeader, "plain.toml");
    EXPECT_DOUBLE_EQ(plain.data_quality.vacant_over_floor_area, 0.01);
    EXPECT_DOUBLE_EQ(plain.data_quality.sliver_m2, 1.0);
}

TEST(RulePackReader, PackSectionAloneKeepsEveryDefault) {
    const RulePack pack = RulePackReader::parse(kPackHeader, "minimal.toml");
    const RulePack defaults;
    EXPECT_EQ(pack.name, "test");
    EXPECT_EQ(pack.source, "minimal.toml");
    EXPECT_EQ(pack.land_oversize_tolerance, defaults.land_oversize_tolerance);
    EXPECT_EQ(pack.industrial_land_uses, defaults.industrial_land_uses);
    EXPECT_EQ(pack.building_coverage_min, defaults.building_coverage_min);
    EXPECT_EQ(pack.far_min_new_industrial, defaults.far_min_new_industrial);
    EXPECT_EQ(pack.far_min_by_chain, defaults.far_min_by_chain);
    EXPECT_EQ(pack.far_min_by_category, defaults.far_min_by_category);
    EXPECT_EQ(pack.intensity_default_min_wan_per_mu, defaults.intensity_default_min_wan_per_mu);
    EXPECT_EQ(pack.intensity_min_by_zone_kind, defaults.intensity_min_by_zone_kind);
    EXPECT_EQ(pack.intensity_min_by_zone, defaults.intensity_min_by_zone);
    EXPECT_EQ(pack.max_pollution_by_land_use, defaults.max_pollution_by_land_use);
    EXPECT_EQ(pack.max_pollution_outside_zones, defaults.max_pollution_outside_zones);
    EXPECT_EQ(pack.space_building_kinds, defaults.space_building_kinds);
    EXPECT_EQ(pack.weights, defaults.weights);
    EXPECT_EQ(pack.synergy_half_distance_m, defaults.synergy_half_distance_m);
    EXPECT_EQ(pack.synergy_same_chain_weight, defaults.synergy_same_chain_weight);
    EXPECT_EQ(pack.synergy_linked_weight, defaults.synergy_linked_weight);
    EXPECT_EQ(pack.synergy_leader_weight, defaults.synergy_leader_weight);
    EXPECT_EQ(pack.commute_radius_m, defaults.commute_radius_m);
    EXPECT_EQ(pack.residential_m2_per_job, defaults.residential_m2_per_job);
    EXPECT_EQ(pack.readiness_horizon_days, defaults.readiness_horizon_days);
    EXPECT_EQ(pack.max_land_cost_share, defaults.max_land_cost_share);
    EXPECT_EQ(pack.rent_low_yuan_m2_month, defaults.rent_low_yuan_m2_month);
    EXPECT_EQ(pack.rent_high_yuan_m2_month, defaults.rent_high_yuan_m2_month);
}

TEST(RulePackReader, IntegersAreAcceptedWhereFloatsAreExpected) {
    const RulePack pack = RulePackReader::parse(kPackHeader +
                                                    "[land]\noversize_tolerance = 0\n"
                                                    "[far]\nmin_new_industrial = 2\n"
                                                    "[synergy]\nhalf_distance_m = 1500\n"
                                                    "[weights]\nchain_synergy = 40\n",
                                                "integers.toml");
    EXPECT_DOUBLE_EQ(pack.land_oversize_tolerance, 0.0);
    EXPECT_DOUBLE_EQ(pack.far_min_new_industrial, 2.0);
    EXPECT_DOUBLE_EQ(pack.synergy_half_distance_m, 1500.0);
    EXPECT_DOUBLE_EQ(pack.weights.at(Criterion::ChainSynergy), 40.0);
}

TEST(RulePackReader, MapsReplaceTheDefaultMapWholesale) {
    const RulePack pack =
        RulePackReader::parse(kPackHeader +
                                  "[pollution]\nmax_by_land_use = { M2 = 2 }\n"
                                  "[intensity.min_by_zone_kind]\nhigh_tech_zone = 280.5\n"
                                  "[intensity.min_by_zone]\n\"HZ-YY\" = 280\n"
                                  "[far]\nmin_by_chain = {}\nmin_by_category = { MED01 = 0.8 }\n"
                                  "[space]\nbuilding_kinds = [\"standard_factory\"]\n",
                              "maps.toml");
    EXPECT_EQ(pack.max_pollution_by_land_use, (std::map<std::string, int>{{"M2", 2}}));
    EXPECT_EQ(pack.intensity_min_by_zone_kind,
              (std::map<ZoneKind, double>{{ZoneKind::HighTechZone, 280.5}}));
    EXPECT_EQ(pack.intensity_min_by_zone, (std::map<std::string, double>{{"HZ-YY", 280.0}}));
    EXPECT_TRUE(pack.far_min_by_chain.empty());
    EXPECT_EQ(pack.far_min_by_category, (std::map<std::string, double>{{"MED01", 0.8}}));
    EXPECT_EQ(pack.space_building_kinds,
              (std::vector<BuildingKind>{BuildingKind::StandardFactory}));
}

TEST(RulePackReader, WeightsLeftOutKeepTheirDefaults) {
    const RulePack pack =
        RulePackReader::parse(kPackHeader + "[weights]\nchain_gap = 0\ncost = 12.5\n", "w.toml");
    EXPECT_DOUBLE_EQ(pack.weights.at(Criterion::ChainGap), 0.0);
    EXPECT_DOUBLE_EQ(pack.weights.at(Criterion::Cost), 12.5);
    EXPECT_DOUBLE_EQ(pack.weights.at(Criterion::ChainSynergy), 25.0);
}

TEST(RulePackReader, OutsideZonesMayAdmitNothing) {
    const RulePack pack =
        RulePackReader::parse(kPackHeader + "[pollution]\noutside_zones_max = 0\n", "p.toml");
    EXPECT_EQ(pack.max_pollution_outside_zones, 0);
}

TEST(RulePackReader, MissingFileIsAnInputErrorNamingIt) {
    try {
        (void)RulePackReader::read("/nonexistent/rules/none.toml");
        FAIL() << "expected a refusal";
    } catch (const sitefit::Error& error) {
        EXPECT_EQ(error.kind(), sitefit::Error::Kind::Input);
        EXPECT_NE(std::string(error.what()).find("/nonexistent/rules/none.toml"), std::string::npos)
            << error.what();
    }
}

namespace {

// One invalid pack: the key and line the refusal must name, and a phrase of its reason.
struct Refusal {
    std::string name;
    std::string toml;
    std::string key;  // empty for syntax errors, which name no key
    int line;
    std::string reason;
};

// gtest would print the raw bytes of a failing case otherwise; gtest fixes the name.
void PrintTo(  // NOLINT(readability-identifier-naming)
    const Refusal& refusal, std::ostream* out) {
    *out << refusal.name;
}

// "line 12" followed by ':' (or ',' before a column), so that line 1 does not match line 12.
bool namesLine(const std::string& what, int line) {
    const std::string expected = "line " + std::to_string(line);
    for (std::size_t at = what.find(expected); at != std::string::npos;
         at = what.find(expected, at + 1)) {
        const std::size_t after = at + expected.size();
        if (after < what.size() && (what[after] == ':' || what[after] == ',')) {
            return true;
        }
    }
    return false;
}

class RulePackRefusal : public ::testing::TestWithParam<Refusal> {};

TEST_P(RulePackRefusal, NamesFileKeyAndLine) {
    const Refusal& refusal = GetParam();
    try {
        (void)RulePackReader::parse(refusal.toml, "bad.toml");
        FAIL() << "expected a refusal";
    } catch (const sitefit::Error& error) {
        const std::string what = error.what();
        EXPECT_EQ(error.kind(), sitefit::Error::Kind::Input) << what;
        EXPECT_EQ(error.context().file, "bad.toml") << what;
        EXPECT_EQ(error.context().field, refusal.key) << what;
        EXPECT_EQ(what.rfind("bad.toml", 0), 0U) << what;
        if (!refusal.key.empty()) {
            EXPECT_NE(what.find("field '" + refusal.key + "'"), std::string::npos) << what;
        }
        EXPECT_TRUE(namesLine(what, refusal.line)) << what;
        EXPECT_NE(what.find(refusal.reason), std::string::npos) << what;
    }
}

// Test packs start with kPackHeader (lines 1–3) unless the case is about [pack] itself.
const Refusal kRefusals[] = {
    {"SyntaxError", kPackHeader + "[weights]\nchain_synergy = = 5\n", "", 5,
     "column 17: not valid TOML"},
    {"DuplicateKey", kPackHeader + "[weights]\ncost = 1\ncost = 2\n", "", 6, "not valid TOML"},
    {"VacantToleranceAsAPercentage", kPackHeader + "[data_quality]\nvacant_over_floor_area = 5\n",
     "data_quality.vacant_over_floor_area", 5,
     "must be a fraction from 0 to 1 (found 5; write 0.3 for 30 %)"},
    {"NegativeSliver", kPackHeader + "[data_quality]\nsliver_m2 = -1\n", "data_quality.sliver_m2",
     5, "must not be negative (found -1)"},
    {"NoDisclosureMinimum", kPackHeader + "[disclosure]\nmin_enterprises_in_total = 0\n",
     "disclosure.min_enterprises_in_total", 5,
     "must be a whole number of enterprises from 1 to 1000 (found 0)"},
    {"FractionalDisclosureMinimum", kPackHeader + "[disclosure]\nmin_enterprises_in_total = 2.5\n",
     "disclosure.min_enterprises_in_total", 5, "expected an integer, found a float"},
    {"DisclosureShareAsAFraction", kPackHeader + "[disclosure]\np_percent = 150\n",
     "disclosure.p_percent", 5, "must be a percentage from 0 to 100 (found 150)"},
    {"UnknownSection", kPackHeader + "\n[weighting]\ncost = 1\n", "weighting", 5,
     "unknown section 'weighting' at the top level; every key belongs to one of the sections "
     "pack, land, far"},
    {"KeyOutsideAnySection", "name = \"x\"\n" + kPackHeader, "name", 1,
     "unknown key 'name' at the top level"},
    {"UnknownKeyInSection", kPackHeader + "[land]\noversize_tolerance = 0.2\ntolerance = 0.3\n",
     "land.tolerance", 6,
     "unknown key 'tolerance' in [land] (allowed: oversize_tolerance, industrial_land_uses, "
     "building_coverage_min)"},
    {"UnknownKeyInPack", "[pack]\nname = \"x\"\nversion = 1\nauthor = \"me\"\n", "pack.author", 4,
     "unknown key 'author' in [pack] (allowed: name, version)"},
    {"StringForNumber", kPackHeader + "[synergy]\nhalf_distance_m = \"2 km\"\n",
     "synergy.half_distance_m", 5, "expected a number, found a string"},
    {"FloatForInteger", kPackHeader + "[pollution]\nmax_by_land_use = { M1 = 1.5 }\n",
     "pollution.max_by_land_use.M1", 5, "expected an integer, found a float"},
    {"NumberForTable", kPackHeader + "[far]\nmin_by_chain = 0.7\n", "far.min_by_chain", 5,
     "expected a table, found a float"},
    {"SectionNotATable", "weights = [1, 2]\n" + kPackHeader, "weights", 1,
     "expected a table, found an array"},
    {"StringForList", kPackHeader + "[land]\nindustrial_land_uses = \"M1\"\n",
     "land.industrial_land_uses", 5, "expected an array of strings, found a string"},
    {"NumberInList", kPackHeader + "[land]\nindustrial_land_uses = [\"M1\",\n  2]\n",
     "land.industrial_land_uses", 6, "expected a string, found an integer"},
    {"DuplicateInList", kPackHeader + "[land]\nindustrial_land_uses = [\"M1\", \"M1\"]\n",
     "land.industrial_land_uses", 5, "'M1' is listed twice"},
    {"NegativeWeight", kPackHeader + "\n[weights]\ncost = 10\nchain_synergy = -5\n",
     "weights.chain_synergy", 7, "must not be negative (found -5)"},
    // toml++ keeps keys by name; the reader reports the mistake that comes first in the file.
    {"FirstMistakeInFileOrder", kPackHeader + "[weights]\nzone_orientation = -1\ncost = -2\n",
     "weights.zone_orientation", 5, "must not be negative (found -1)"},
    {"NegativeDistance", kPackHeader + "[job_housing]\ncommute_radius_m = -3000\n",
     "job_housing.commute_radius_m", 5, "must not be negative (found -3000)"},
    {"NegativeFarMinimum", kPackHeader + "[far.min_by_chain]\nMED = 0.7\nEQP = -0.7\n",
     "far.min_by_chain.EQP", 6, "must not be negative (found -0.7)"},
    {"NegativeIntensity",
     kPackHeader + "[intensity]\nmin_by_zone_kind = { high_tech_zone = -300 }\n",
     "intensity.min_by_zone_kind.high_tech_zone", 5, "must not be negative (found -300)"},
    {"ZeroHalfDistance", kPackHeader + "[synergy]\nhalf_distance_m = 0\n",
     "synergy.half_distance_m", 5, "must be greater than 0 (found 0)"},
    {"NotANumber", kPackHeader + "[readiness]\nhorizon_days = nan\n", "readiness.horizon_days", 5,
     "must be a finite number"},
    {"PercentForFraction", kPackHeader + "[land]\nbuilding_coverage_min = 30\n",
     "land.building_coverage_min", 5, "must be a fraction from 0 to 1 (found 30; write 0.3"},
    {"ZeroLandCostShare", kPackHeader + "[cost]\nmax_land_cost_share = 0\n",
     "cost.max_land_cost_share", 5, "must be greater than 0"},
    {"RentBandReversed", kPackHeader + "[cost]\nrent_high_yuan_m2_month = 8\n",
     "cost.rent_high_yuan_m2_month", 5,
     "rent_high_yuan_m2_month (8) must be greater than rent_low_yuan_m2_month (10)"},
    {"AllWeightsZero",
     kPackHeader + "\n[weights]\nchain_synergy = 0\nzone_orientation = 0\nsize_fit = 0\ncost = 0\n"
                   "readiness = 0\njob_housing = 0\npreferred_zone = 0\nchain_gap = 0\n",
     "weights", 5, "all weights are zero"},
    {"PollutionClassTooHigh", kPackHeader + "[pollution]\nmax_by_land_use = { M3 = 4 }\n",
     "pollution.max_by_land_use.M3", 5, "pollution class must be 1 to 3"},
    {"PollutionClassZeroForLandUse",
     kPackHeader + "[pollution]\n\nmax_by_land_use = { M1 = 1, W1 = 0 }\n",
     "pollution.max_by_land_use.W1", 6, "pollution class must be 1 to 3 (1 little"},
    {"PollutionClassOutsideZones", kPackHeader + "[pollution]\noutside_zones_max = -1\n",
     "pollution.outside_zones_max", 5, "pollution class must be 0 to 3"},
    {"UnknownZoneKind",
     kPackHeader + "[intensity.min_by_zone_kind]\nhigh_tech_zone = 300\neconomic_zone = 200\n",
     "intensity.min_by_zone_kind.economic_zone", 6,
     "unknown zone kind 'economic_zone' (allowed: high_tech_zone, industrial_park, "
     "township_cluster, specialty_park)"},
    {"UnknownBuildingKind",
     kPackHeader + "[space]\nbuilding_kinds = [\n  \"standard_factory\",\n  \"factory\",\n]\n",
     "space.building_kinds", 7, "unknown building kind 'factory' (allowed: standard_factory,"},
    {"UnknownCriterion", kPackHeader + "[weights]\nchain_synergy = 25\naccess = 5\n",
     "weights.access", 6, "unknown criterion 'access' in [weights] (allowed: chain_synergy,"},
    {"MissingPackSection", "[weights]\ncost = 1\n", "pack", 1, "missing section [pack]"},
    {"MissingName", "# a pack\n[pack]\nversion = 1\n", "pack.name", 2,
     "missing: [pack] needs name"},
    {"EmptyName", "[pack]\nname = \"\"\nversion = 1\n", "pack.name", 2, "must not be empty"},
    {"MissingVersion", "[pack]\nname = \"x\"\n", "pack.version", 1,
     "missing: [pack] needs version = 1"},
    {"UnsupportedVersion", "[weights]\nnew_criterion = 3\n\n[pack]\nname = \"x\"\nversion = 2\n",
     "pack.version", 6, "unsupported format version 2 (this sitefit reads version 1)"},
    {"VersionAsString", "[pack]\nname = \"x\"\nversion = \"1\"\n", "pack.version", 3,
     "expected an integer, found a string"},
};

INSTANTIATE_TEST_SUITE_P(RulePackReader, RulePackRefusal, ::testing::ValuesIn(kRefusals),
                         [](const ::testing::TestParamInfo<Refusal>& info) {
                             return info.param.name;
                         });

}  // namespace
