// sitefit-sample-generator: writes the Haizhou sample workspace (docs/sample-data.md).

#include <CLI/CLI.hpp>

#include <cstdint>
#include <exception>
#include <filesystem>
#include <iostream>

#include "district_generator.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_writer.hpp"

namespace {

void printSummary(const sitefit::sample::GeneratedDistrict& generated,
                  const std::filesystem::path& out, std::ostream& stream) {
    const sitefit::core::District& d = generated.workspace.district;
    const sitefit::sample::GenerationSummary& s = generated.summary;
    stream << "wrote " << out.string() << "\n"
           << "  zones        " << d.zones.size() << "\n"
           << "  parcels      " << d.parcels.size() << "\n"
           << "  buildings    " << d.buildings.size() << " (" << s.buildings_on_parcels
           << " on parcels, " << s.straddling_buildings << " across a lot line, "
           << s.unset_floor_areas << " without floor_area_m2)\n"
           << "  enterprises  " << d.enterprises.size() << "\n"
           << "  projects     " << d.projects.size() << "\n"
           << "  chains       " << d.catalogue.chains.size() << ", categories "
           << d.catalogue.categories.size() << ", links " << d.catalogue.links.size() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Generates the Haizhou District sample workspace for sitefit"};
    std::filesystem::path out = "sample-data/haizhou.gpkg";
    std::uint64_t seed = sitefit::sample::kDefaultSeed;
    double scale = 1.0;
    bool quiet = false;
    app.add_option("--out", out, "GeoPackage to write (replaced whole)")->capture_default_str();
    app.add_option("--seed", seed, "random seed; the same seed gives the same district")
        ->capture_default_str();
    app.add_option("--scale", scale, "multiplies the number of parcels and buildings (benchmarks)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_flag("--quiet", quiet, "print nothing on success");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? 0 : sitefit::exitCodeFor(sitefit::Error::Kind::Usage);
    }
    try {
        const sitefit::sample::GeneratedDistrict generated =
            sitefit::sample::DistrictGenerator::generate({seed, scale});
        if (out.has_parent_path()) {
            std::filesystem::create_directories(out.parent_path());
        }
        sitefit::gis::WorkspaceWriter::write(generated.workspace, out);
        if (!quiet) {
            printSummary(generated, out, std::cout);
        }
    } catch (const sitefit::Error& error) {
        std::cerr << "sitefit-sample-generator: error: " << error.what() << "\n";
        return sitefit::exitCodeFor(error.kind());
    } catch (const std::exception& error) {
        std::cerr << "sitefit-sample-generator: internal error: " << error.what() << "\n";
        return sitefit::exitCodeFor(sitefit::Error::Kind::Internal);
    }
    return 0;
}
