#pragma once

#include <cstddef>
#include <cstdint>

#include "sitefit/gis/workspace.hpp"

namespace sitefit::sample {

// The seed of the published sample-data/haizhou.gpkg (the report appeared in March 2023).
inline constexpr std::uint64_t kDefaultSeed = 20230305;

struct GeneratorOptions {
    std::uint64_t seed = kDefaultSeed;
    // Multiplies the number of parcels and buildings: every zone, town and village grows by
    // √scale in each direction (and the sites move apart by as much), so lots and buildings
    // keep realistic sizes. The catalogue and the projects do not scale.
    double scale = 1.0;
};

// Figures of the generated district that the file alone does not show directly.
struct GenerationSummary {
    std::size_t buildings_on_parcels = 0;
    std::size_t straddling_buildings = 0;  // footprints that cross their lot's line
    std::size_t unset_floor_areas = 0;     // buildings left to the footprint × floors default
};

struct GeneratedDistrict {
    gis::Workspace workspace;
    GenerationSummary summary;
};

// Generates the Haizhou sample workspace: zones, parcels, buildings, enterprises, projects
// and the industry catalogue, in EPSG:4549. The same options give the same content.
// Throws sitefit::Error (Internal) if the plan is inconsistent (overlapping sites).
class DistrictGenerator {
public:
    [[nodiscard]] static GeneratedDistrict generate(const GeneratorOptions& options);
};

}  // namespace sitefit::sample
