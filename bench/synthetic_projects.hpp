#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sitefit/core/catalogue.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/project.hpp"

namespace sitefit::bench {

// Many incoming projects made from a few real ones, for benchmarks: the generator writes
// the sample's 48 projects at every scale, and a district of 100,000 sites is planned
// against far more. Project i keeps the need (land or space), preferred zone and priority
// of template i mod n, takes category i mod (catalogue size) so every category of the
// catalogue is asked for, and draws its figures from the ranges of docs/sample-data.md:
// land 10–120 亩 (log-uniform) at a FAR of 1.35–2.2 and 220–480 万元/亩, 40–80 kVA a 亩;
// space 500–8,000 m² (log-uniform) with the floor load and clear height of a real factory
// floor class; needed 3–30 months after `as_of`. Seeded and platform-independent: the same
// inputs give the same projects everywhere.
class SyntheticProjects {
public:
    // Throws sitefit::Error (Input) when there are no templates or no categories.
    [[nodiscard]] static std::vector<core::Project> make(
        const std::vector<core::Project>& templates, const core::CatalogueTables& catalogue,
        std::size_t count, std::uint64_t seed, core::Date as_of);
};

}  // namespace sitefit::bench
