#pragma once

#include <vector>

#include "random_stream.hpp"
#include "sitefit/core/catalogue.hpp"
#include "sitefit/core/project.hpp"

namespace sitefit::sample {

// The incoming projects the investment bureau is siting (the `projects` table).
//
// The needs are written out by hand so that matching and allocation have something to say:
// several projects compete for the same kind of lot (precision parts in the industrial park,
// units in the 均和云谷 estates, the few M3 lots of the pharma cluster), some fit one zone only
// (castings: pollution class 3 at 200 万元/亩 only suits 锦屏; cold chain: the one free W1
// lot), and three fit nowhere (a 220 亩 base, electroplating with no M3 land, a 35 kN/m²
// assembly hall). Investors, taxes and jobs are drawn.
class ProjectPipeline {
public:
    [[nodiscard]] static std::vector<core::Project> projects(const core::CatalogueTables& catalogue,
                                                             RandomStream& random);
};

}  // namespace sitefit::sample
