#include "synthetic_projects.hpp"

#include <array>
#include <cmath>
#include <cstdio>

#include "sitefit/core/error.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::bench {
namespace {

// SplitMix64: fully specified, so the projects do not depend on the standard library's
// distributions (which differ between libstdc++ and libc++).
class Draw {
public:
    explicit Draw(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Log-uniform in [low, high): small projects are more common than large ones.
    double logUniform(double low, double high) { return low * std::pow(high / low, uniform()); }
    int integer(int low, int high) {
        return low + static_cast<int>(uniform() * static_cast<double>(high - low + 1));
    }

private:
    std::uint64_t m_state;
};

double roundTo(double value, double step) {
    return std::round(value / step) * step;
}

// Floor classes of standard factories and labs as the sample offers and asks for them:
// floor load (kN/m²), clear height (m), how often a project needs that class.
struct FloorClass {
    double load_kn_m2;
    double clear_height_m;
    double weight;
};

constexpr std::array kFloorClasses{
    FloorClass{3.5, 3.6, 1.0},  FloorClass{5.0, 4.2, 1.0},   FloorClass{6.5, 4.5, 3.0},
    FloorClass{8.0, 5.0, 4.0},  FloorClass{10.0, 5.0, 2.0},  FloorClass{15.0, 6.0, 1.0},
    FloorClass{20.0, 8.0, 2.0}, FloorClass{35.0, 14.0, 0.5},
};

const FloorClass& drawFloorClass(Draw& draw) {
    double total = 0.0;
    for (const FloorClass& c : kFloorClasses) {
        total += c.weight;
    }
    double pick = draw.uniform(0.0, total);
    for (const FloorClass& c : kFloorClasses) {
        if (pick < c.weight) {
            return c;
        }
        pick -= c.weight;
    }
    return kFloorClasses.back();
}

core::Date monthsAfter(core::Date date, int months) {
    const std::chrono::year_month month =
        std::chrono::year_month{date.year(), date.month()} + std::chrono::months{months};
    return core::Date{month.year(), month.month(), std::chrono::day{1}};
}

}  // namespace

std::vector<core::Project> SyntheticProjects::make(const std::vector<core::Project>& templates,
                                                   const core::CatalogueTables& catalogue,
                                                   std::size_t count, std::uint64_t seed,
                                                   core::Date as_of) {
    if (templates.empty() || catalogue.categories.empty()) {
        throw Error(Error::Kind::Input,
                    "synthetic projects need at least one project and one category to vary");
    }
    Draw draw(seed);
    std::vector<core::Project> projects;
    projects.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const core::Project& base = templates[i % templates.size()];
        const core::Category& category = catalogue.categories[i % catalogue.categories.size()];
        core::Project p;
        char id[32];
        std::snprintf(id, sizeof id, "S%05zu", i + 1);
        p.project_id = id;
        p.name = base.name + " (" + category.category_code + " variant)";
        p.investor = base.investor;
        p.category_code = category.category_code;
        p.need = base.need;
        p.pollution_class = category.pollution_class;
        // Half keep the template's wish for a zone, half name none.
        p.preferred_zone = draw.uniform() < 0.5 ? base.preferred_zone : std::string{};
        p.needed_by = monthsAfter(as_of, draw.integer(3, 30));
        p.priority = base.priority;
        if (p.need == core::ProjectNeed::Land) {
            const double mu = draw.logUniform(10.0, 120.0);
            p.land_m2 = std::round(core::squareMetresFromMu(mu));
            p.floor_m2 = std::round(*p.land_m2 * draw.uniform(1.35, 2.2));
            p.investment_wan = roundTo(mu * draw.uniform(220.0, 480.0), 10.0);
            p.power_kva = roundTo(mu * draw.uniform(40.0, 80.0), 100.0);
            p.annual_tax_wan = roundTo(mu * draw.uniform(10.0, 30.0), 10.0);
            p.jobs = static_cast<int>(roundTo(mu * draw.uniform(2.0, 5.0), 5.0));
        } else {
            const double floor = roundTo(draw.logUniform(500.0, 8000.0), 50.0);
            const FloorClass& floorClass = drawFloorClass(draw);
            p.floor_m2 = floor;
            p.floor_load_kn_m2 = floorClass.load_kn_m2;
            p.clear_height_m = floorClass.clear_height_m;
            p.investment_wan = roundTo(floor * draw.uniform(0.5, 1.2), 10.0);
            p.power_kva = roundTo(floor * draw.uniform(0.08, 0.15), 50.0);
            p.annual_tax_wan = roundTo(floor * draw.uniform(0.008, 0.02), 5.0);
            p.jobs = static_cast<int>(roundTo(floor / draw.uniform(40.0, 80.0), 5.0));
        }
        projects.push_back(std::move(p));
    }
    return projects;
}

}  // namespace sitefit::bench
