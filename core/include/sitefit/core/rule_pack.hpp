#pragma once

#include <map>
#include <string>
#include <vector>

#include "sitefit/core/building.hpp"
#include "sitefit/core/criterion.hpp"
#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/disclosure.hpp"
#include "sitefit/core/zone.hpp"

namespace sitefit::core {

// Every threshold and weight the matcher uses, from a versioned, human-editable TOML file
// (rules/*.toml; the format is documented in docs/rules.md). Scalar defaults are those of
// rules/jiangsu-north.toml; the per-chain, per-category and per-zone tables start empty
// (the pack fills them), so a test can build a pack in code and set only what it checks.
struct RulePack {
    std::string name = "default";
    int version = 1;
    std::string source;  // the file it was read from, for messages

    // [land] A land project may take a parcel up to land_m2 × (1 + tolerance).
    double land_oversize_tolerance = 0.3;
    std::vector<std::string> industrial_land_uses{"M1", "M2", "M3"};
    // [land] Minimum building coverage (建筑系数, footprint ÷ parcel area) of new industrial
    // land, a fraction (national 2008: 0.30). Projects declare no footprint, so the matcher
    // does not test it; it is for checks of a parcel's cap (a density_max below it).
    double building_coverage_min = 0.3;

    // [far] Minimum FAR a land project must reach: the largest of the parcel's far_min,
    // the national 2008 minimum for its industry (by category, else by chain) and, on
    // industrial land, the regional minimum for new industrial land (Jiangsu north: 1.0).
    double far_min_new_industrial = 1.0;
    std::map<std::string, double> far_min_by_chain;
    std::map<std::string, double> far_min_by_category;

    // [intensity] Minimum fixed investment per mu (万元/亩): the zone's own attribute when
    // set, else by zone id, else by zone kind, else `default_min`.
    double intensity_default_min_wan_per_mu = 0.0;
    std::map<ZoneKind, double> intensity_min_by_zone_kind;
    std::map<std::string, double> intensity_min_by_zone;

    // [pollution] The highest pollution class each land-use class may host; classes not
    // listed host none. Sites outside every zone take at most `outside_zones_max`.
    std::map<std::string, int> max_pollution_by_land_use{{"M1", 1}, {"M2", 2}, {"M3", 3}};
    int max_pollution_outside_zones = 1;

    // [space] Building kinds whose vacant floor space may be offered to projects.
    std::vector<BuildingKind> space_building_kinds{BuildingKind::StandardFactory,
                                                   BuildingKind::Incubator, BuildingKind::RndOffice,
                                                   BuildingKind::Warehouse};

    // [weights] Non-negative; the score is 100 × Σ wᵢsᵢ / Σ wᵢ.
    std::map<Criterion, double> weights{
        {Criterion::ChainSynergy, 25.0},  {Criterion::ZoneOrientation, 15.0},
        {Criterion::SizeFit, 15.0},       {Criterion::Cost, 10.0},
        {Criterion::Readiness, 10.0},     {Criterion::JobHousing, 10.0},
        {Criterion::PreferredZone, 10.0}, {Criterion::ChainGap, 5.0},
    };

    // [synergy] A partner at distance d counts 0.5^(d / half_distance); chain leaders
    // count `leader_weight` times, linked categories `linked_weight` times.
    double synergy_half_distance_m = 2000.0;
    double synergy_same_chain_weight = 1.0;
    double synergy_linked_weight = 1.0;
    double synergy_leader_weight = 2.0;

    // [job_housing] Residential floor area within the commuting radius that fully houses
    // the project's jobs: jobs × residential_m2_per_job.
    double commute_radius_m = 3000.0;
    double residential_m2_per_job = 30.0;

    // [readiness] A site available now scores 1; one available this many days from the
    // match date (--as-of) scores 0. Sites available after needed_by are refused outright.
    double readiness_horizon_days = 365.0;

    // [cost] Land cost share of the investment that scores 0; rents scored between
    // rent_low (1) and rent_high (0), 元/m²/month.
    double max_land_cost_share = 0.3;
    double rent_low_yuan_m2_month = 10.0;
    double rent_high_yuan_m2_month = 35.0;

    // [data_quality] What rounding and surveying leave in real registers, tolerated with a
    // warning instead of refused (sitefit check, and every command that reads a workspace).
    DataTolerances data_quality;

    // [disclosure] Which totals of enterprise figures (the annual output of a zone's
    // enterprises) carriers and investors may see: enough enterprises, none dominant.
    DisclosureRules disclosure;
};

}  // namespace sitefit::core
