#include "enterprise_roster.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "firm_names.hpp"

namespace sitefit::sample {
namespace {

using core::EnterpriseRole;

struct NamedFirm {
    std::string_view name;
    std::string_view zone_id;
    std::string_view category;
    EnterpriseRole role;
    double annual_output_yi;  // synthetic, of a plausible order for a firm of its standing
};

// The firms the report names. Their zones and outputs are ours; their lines of business are
// the report's where it gives them (如年实业's is not stated: polymer films is an assumption).
constexpr std::array kNamedFirms{
    NamedFirm{"正大天晴药业集团 Chia Tai Tianqing Pharmaceutical Group", "HZ-YY", "MED03",
              EnterpriseRole::ChainLeader, 150.0},
    NamedFirm{"天明机械（天明装备）Tianming Machinery", "HZ-GY", "EQP04",
              EnterpriseRole::ChainLeader, 35.0},
    NamedFirm{"联瑞新材料 Lianrui New Materials", "HZ-GX", "MAT01", EnterpriseRole::ChainLeader,
              9.0},
    NamedFirm{"日出东方控股股份有限公司 Richu Dongfang Holdings", "HZ-GX", "MAT06",
              EnterpriseRole::Key, 30.0},
    NamedFirm{"鹰游纺机 Yingyou Textile Machinery", "HZ-GY", "EQP05", EnterpriseRole::Key, 12.0},
    NamedFirm{"远洋流体 Yuanyang Fluid Equipment", "HZ-GY", "EQP07", EnterpriseRole::Key, 6.0},
    NamedFirm{"江苏力磁医疗设备有限公司 Jiangsu Lici Medical Equipment", "HZ-YL", "MED08",
              EnterpriseRole::Key, 3.0},
    NamedFirm{"衡所华威 Hengsuo Huawei Electronics", "HZ-GX", "MAT02", EnterpriseRole::Key, 5.0},
    NamedFirm{"飞雁毛毯 Feiyan Blankets", "HZ-XB", "MAT04", EnterpriseRole::Key, 10.0},
    NamedFirm{"如年实业 Runian Industrial", "HZ-JP", "MAT08", EnterpriseRole::Key, 4.0},
};

bool allows(const core::Category& category, std::string_view land_use) {
    return std::find(category.land_use_classes.begin(), category.land_use_classes.end(),
                     land_use) != category.land_use_classes.end();
}

const core::Category* categoryNamed(const core::CatalogueTables& catalogue, std::string_view code) {
    for (const core::Category& category : catalogue.categories) {
        if (category.category_code == code) {
            return &category;
        }
    }
    return nullptr;
}

bool inChains(std::string_view chains, std::string_view chain) {
    return chains.find(chain) != std::string_view::npos;
}

class Roster {
public:
    Roster(const DistrictPlan& plan, const core::CatalogueTables& catalogue, RandomStream& random)
        : m_plan(plan),
          m_catalogue(catalogue),
          m_random(random),
          m_names({"连云港", "连云港", "连云港", "江苏"}) {}

    void add(std::string name, std::string category, EnterpriseRole role,
             std::optional<double> output, const OGRPoint& location) {
        char id[32];
        std::snprintf(id, sizeof id, "E%04zu", m_placed.size() + 1);
        PlacedEnterprise firm;
        firm.record = {id, std::move(name), std::move(category), role, output};
        firm.location = location;
        m_placed.push_back(std::move(firm));
    }

    // A category for a firm on this land, favouring the zone's leading chains.
    std::string drawCategory(const Premises& premises, int max_pollution) {
        const std::string_view chains =
            premises.zone ? m_plan.zones[*premises.zone].leading_chains : std::string_view{};
        const bool followChains = !chains.empty() && m_random.chance(0.8);
        std::vector<const core::Category*> fitting;
        for (const core::Category& category : m_catalogue.categories) {
            if (allows(category, premises.land_use) && category.pollution_class <= max_pollution &&
                (!followChains || inChains(chains, category.chain_code))) {
                fitting.push_back(&category);
            }
        }
        if (fitting.empty() && followChains) {
            return drawCategoryAnyChain(premises, max_pollution);
        }
        return fitting.empty() ? "EQP02" : m_random.pick(fitting)->category_code;
    }

    FirmName nameFor(std::string_view category) { return m_names.next(category, m_random); }

    std::vector<PlacedEnterprise> take() { return std::move(m_placed); }

private:
    std::string drawCategoryAnyChain(const Premises& premises, int max_pollution) {
        std::vector<const core::Category*> fitting;
        for (const core::Category& category : m_catalogue.categories) {
            if (allows(category, premises.land_use) && category.pollution_class <= max_pollution) {
                fitting.push_back(&category);
            }
        }
        return fitting.empty() ? "EQP02" : m_random.pick(fitting)->category_code;
    }

    const DistrictPlan& m_plan;
    const core::CatalogueTables& m_catalogue;
    RandomStream& m_random;
    FirmNames m_names;
    std::vector<PlacedEnterprise> m_placed;
};

int maxPollution(const DistrictPlan& plan, const Premises& premises) {
    return premises.zone ? plan.zones[*premises.zone].max_pollution_class : 3;
}

}  // namespace

std::vector<PlacedEnterprise> EnterpriseRoster::assemble(const DistrictPlan& plan,
                                                         const std::vector<Premises>& premises,
                                                         const core::CatalogueTables& catalogue,
                                                         double scale, RandomStream& random) {
    Roster roster(plan, catalogue, random);
    std::vector<bool> taken(premises.size(), false);

    // The named firms: the largest producing works in their zone that their line may use.
    for (const NamedFirm& firm : kNamedFirms) {
        const core::Category* category = categoryNamed(catalogue, firm.category);
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < premises.size(); ++i) {
            const Premises& p = premises[i];
            if (taken[i] || p.layout != SiteLayout::Plant || !p.producing || !p.zone ||
                plan.zones[*p.zone].zone_id != firm.zone_id || p.spots.empty() ||
                (category != nullptr && !allows(*category, p.land_use))) {
                continue;
            }
            if (!best || p.area_mu > premises[*best].area_mu) {
                best = i;
            }
        }
        if (best) {
            taken[*best] = true;
            roster.add(std::string(firm.name), std::string(firm.category), firm.role,
                       firm.annual_output_yi, premises[*best].spots.front());
        }
    }

    // Every other works has its own firm.
    for (std::size_t i = 0; i < premises.size(); ++i) {
        const Premises& p = premises[i];
        if (taken[i] || p.layout != SiteLayout::Plant || p.spots.empty()) {
            continue;
        }
        const std::string category = p.occupant_category.empty()
                                         ? roster.drawCategory(p, maxPollution(plan, p))
                                         : p.occupant_category;
        const bool large = p.area_mu >= 60.0 && random.chance(0.5);
        std::optional<double> output;
        if (p.producing) {
            // 亩均产出 of 250–600 万元/亩, a little more for the district's key firms.
            const double perMu = random.uniform(250.0, 600.0) * (large ? 1.4 : 1.0);
            output = std::round(p.area_mu * perMu / 1e4 * 100.0) / 100.0;
        }
        roster.add(roster.nameFor(category).bilingual(), category,
                   large ? EnterpriseRole::Key : EnterpriseRole::Supporting, output,
                   p.spots.front());
    }

    // Estate tenants. A zone with a fixed count shares it out over all its let buildings.
    for (std::size_t z = 0; z < plan.zones.size(); ++z) {
        std::vector<std::pair<std::size_t, std::size_t>> spots;  // premises, spot
        for (std::size_t i = 0; i < premises.size(); ++i) {
            const Premises& p = premises[i];
            if (p.zone != z || p.layout != SiteLayout::Estate) {
                continue;
            }
            if (plan.zones[z].estate_tenants > 0) {
                for (std::size_t s = 0; s < p.spots.size(); ++s) {
                    spots.emplace_back(i, s);
                }
            } else {
                const std::size_t count = std::min<std::size_t>(
                    p.spots.size(), static_cast<std::size_t>(random.integer(1, 3)));
                for (std::size_t s = 0; s < count; ++s) {
                    spots.emplace_back(i, s);
                }
            }
        }
        if (plan.zones[z].estate_tenants > 0) {
            random.shuffle(spots);
            const auto wanted = static_cast<std::size_t>(
                std::lround(plan.zones[z].estate_tenants * std::max(scale, 0.1)));
            spots.resize(std::min(spots.size(), wanted));
        }
        for (const auto& [i, s] : spots) {
            const Premises& p = premises[i];
            Premises tenancy = p;
            tenancy.land_use = "M1";  // standard factories take clean, light industry
            const std::string category =
                roster.drawCategory(tenancy, std::min(2, maxPollution(plan, p)));
            const bool key = random.chance(0.1);
            roster.add(roster.nameFor(category).bilingual(), category,
                       key ? EnterpriseRole::Key : EnterpriseRole::Supporting,
                       std::round(random.uniform(0.1, 1.5) * (key ? 3.0 : 1.0) * 100.0) / 100.0,
                       p.spots[s]);
        }
    }
    return roster.take();
}

}  // namespace sitefit::sample
