// sitefit-make-district: the district of the scale benchmarks (docs/performance.md), written
// at run time into the build tree or /tmp, never committed.
//
//   sitefit-make-district --out DIR [--scale 160] [--seed 20230305] [--zones 50]
//                         [--projects 1000] [--no-flatgeobuf]
//
// Runs sitefit-sample-generator at the scale (160 gives about a million building footprints
// and 90,000 parcels), then makes the district look like a province's: its 8 zones are cut
// into about `--zones` zones (each into strips across its longer side, as many as its share
// of the zoned area asks for; the first strip keeps the zone's id, the others get "-2",
// "-3", ...), and its 48 projects become `--projects` projects synthesised from them
// (bench/synthetic_projects.cpp). Writes DIR/district.gpkg, then DIR/district-fgb/ with one
// FlatGeobuf file per layer (ogr2ogr; FlatGeobuf keeps no rows of a table without geometry,
// so that copy holds the four spatial layers only).

#include <ogr_api.h>
#include <ogr_geometry.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include "harness_support.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/gis/workspace_writer.hpp"
#include "synthetic_projects.hpp"

namespace {

using namespace sitefit;

constexpr std::uint64_t kProjectSeed = 7;  // the matching bench's
const core::Date kAsOf{std::chrono::year{2025}, std::chrono::month{3}, std::chrono::day{1}};

std::unique_ptr<OGRGeometry> fromWkb(const gis::Wkb& wkb) {
    OGRGeometry* raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &raw, wkb.size()) != OGRERR_NONE) {
        throw Error(Error::Kind::Internal, "a zone's geometry is not valid WKB");
    }
    return std::unique_ptr<OGRGeometry>(raw);
}

gis::Wkb toWkb(const OGRGeometry& geometry) {
    gis::Wkb wkb(static_cast<std::size_t>(geometry.WkbSize()));
    geometry.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    return wkb;
}

double areaOf(const OGRGeometry& geometry) {
    return OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&geometry)));
}

// The polygonal part of an intersection (a strip can also touch the zone along a line).
std::unique_ptr<OGRGeometry> polygonalPart(std::unique_ptr<OGRGeometry> geometry) {
    if (!geometry || geometry->IsEmpty()) {
        return nullptr;
    }
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon || type == wkbMultiPolygon) {
        return geometry;
    }
    if (type != wkbGeometryCollection) {
        return nullptr;
    }
    auto polygons = std::make_unique<OGRMultiPolygon>();
    for (const OGRGeometry* part : *geometry->toGeometryCollection()) {
        if (wkbFlatten(part->getGeometryType()) == wkbPolygon) {
            polygons->addGeometry(part);
        }
    }
    if (polygons->IsEmpty()) {
        return nullptr;
    }
    if (polygons->getNumGeometries() == 1) {
        return std::unique_ptr<OGRGeometry>(polygons->getGeometryRef(0)->clone());
    }
    return polygons;
}

// How many pieces each zone is cut into: proportional to its area, at least one, `wanted`
// in all (largest remainders).
std::vector<int> piecesPerZone(const std::vector<double>& areas, int wanted) {
    const double total = std::accumulate(areas.begin(), areas.end(), 0.0);
    std::vector<int> pieces(areas.size(), 1);
    std::vector<double> remainder(areas.size(), 0.0);
    int given = 0;
    for (std::size_t z = 0; z < areas.size(); ++z) {
        const double share = wanted * areas[z] / total;
        pieces[z] = std::max(1, static_cast<int>(std::floor(share)));
        remainder[z] = share - std::floor(share);
        given += pieces[z];
    }
    std::vector<std::size_t> order(areas.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    for (std::size_t i = 0; given < wanted && !order.empty(); i = (i + 1) % order.size()) {
        ++pieces[order[i]];
        ++given;
    }
    return pieces;
}

void splitZones(gis::Workspace& workspace, int wanted) {
    std::vector<core::Zone>& zones = workspace.district.zones;
    std::vector<std::unique_ptr<OGRGeometry>> outlines;
    std::vector<double> areas;
    for (const gis::Wkb& wkb : workspace.zone_geometries) {
        outlines.push_back(fromWkb(wkb));
        areas.push_back(areaOf(*outlines.back()));
    }
    const std::vector<int> pieces = piecesPerZone(areas, wanted);
    std::vector<core::Zone> splitRecords;
    std::vector<gis::Wkb> splitGeometries;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        OGREnvelope box;
        outlines[z]->getEnvelope(&box);
        const bool alongX = box.MaxX - box.MinX >= box.MaxY - box.MinY;
        const double from = alongX ? box.MinX : box.MinY;
        const double step = ((alongX ? box.MaxX : box.MaxY) - from) / pieces[z];
        int made = 0;
        for (int k = 0; k < pieces[z]; ++k) {
            const double low = from + step * k;
            const double high =
                k + 1 == pieces[z] ? (alongX ? box.MaxX : box.MaxY) + 1.0 : from + step * (k + 1);
            OGRLinearRing ring;
            if (alongX) {
                ring.addPoint(low, box.MinY - 1.0);
                ring.addPoint(high, box.MinY - 1.0);
                ring.addPoint(high, box.MaxY + 1.0);
                ring.addPoint(low, box.MaxY + 1.0);
            } else {
                ring.addPoint(box.MinX - 1.0, low);
                ring.addPoint(box.MaxX + 1.0, low);
                ring.addPoint(box.MaxX + 1.0, high);
                ring.addPoint(box.MinX - 1.0, high);
            }
            ring.closeRings();
            OGRPolygon strip;
            strip.addRing(&ring);
            std::unique_ptr<OGRGeometry> piece =
                polygonalPart(std::unique_ptr<OGRGeometry>(outlines[z]->Intersection(&strip)));
            if (!piece) {
                continue;
            }
            core::Zone record = zones[z];
            ++made;
            if (made > 1) {
                record.zone_id += "-" + std::to_string(made);
                record.name += " " + std::to_string(made);
            }
            if (record.enterprise_capacity) {
                const double share = areaOf(*piece) / areas[z];
                record.enterprise_capacity =
                    static_cast<int>(std::lround(*record.enterprise_capacity * share));
            }
            splitRecords.push_back(std::move(record));
            splitGeometries.push_back(toWkb(*piece));
        }
    }
    zones = std::move(splitRecords);
    workspace.zone_geometries = std::move(splitGeometries);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Makes the district of the scale benchmarks (docs/performance.md)"};
    std::filesystem::path out;
    double scale = 160.0;
    std::uint64_t seed = 20230305;
    int zoneCount = 50;
    std::size_t projectCount = 1000;
    bool noFlatGeobuf = false;
    app.add_option("--out", out, "directory to write district.gpkg and district-fgb/ into")
        ->required();
    app.add_option("--scale", scale, "generator scale (160: about 1M buildings)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_option("--seed", seed, "generator seed")->capture_default_str();
    app.add_option("--zones", zoneCount, "zones to cut the generated ones into")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_option("--projects", projectCount, "projects to synthesise")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_flag("--no-flatgeobuf", noFlatGeobuf, "write the GeoPackage only");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? 0 : exitCodeFor(Error::Kind::Usage);
    }
    try {
        std::filesystem::create_directories(out);
        const std::filesystem::path generated = out / "generated.gpkg";
        const std::filesystem::path gpkg = out / "district.gpkg";
        const std::filesystem::path fgb = out / "district-fgb";
        const bench::Clock::time_point start = bench::Clock::now();
        bench::runCommand(bench::shellQuoted(SITEFIT_SAMPLE_GENERATOR) + " --quiet --scale " +
                          std::to_string(scale) + " --seed " + std::to_string(seed) + " --out " +
                          bench::shellQuoted(generated.string()));
        gis::Workspace workspace = gis::WorkspaceReader::read(generated.string());
        std::filesystem::remove(generated);
        splitZones(workspace, zoneCount);
        core::District& district = workspace.district;
        district.projects = bench::SyntheticProjects::make(district.projects, district.catalogue,
                                                           projectCount, kProjectSeed, kAsOf);
        gis::WorkspaceWriter::write(workspace, gpkg);
        if (!noFlatGeobuf) {
            std::filesystem::remove_all(fgb);
            bench::runCommand("ogr2ogr -f FlatGeobuf " + bench::shellQuoted(fgb.string()) + " " +
                              bench::shellQuoted(gpkg.string()) +
                              " zones parcels buildings enterprises");
        }
        std::cout << "wrote " << gpkg.string() << " ("
                  << bench::fixed(static_cast<double>(bench::sizeOnDisk(gpkg)) / 1e6, 0) << " MB)";
        if (!noFlatGeobuf) {
            std::cout << " and " << fgb.string() << "/ ("
                      << bench::fixed(static_cast<double>(bench::sizeOnDisk(fgb)) / 1e6, 0)
                      << " MB)";
        }
        std::cout << " in " << bench::seconds(bench::secondsSince(start)) << " s\n"
                  << "  scale " << scale << ", seed " << seed << "\n"
                  << "  zones        " << bench::grouped(district.zones.size()) << "\n"
                  << "  parcels      " << bench::grouped(district.parcels.size()) << "\n"
                  << "  buildings    " << bench::grouped(district.buildings.size()) << "\n"
                  << "  enterprises  " << bench::grouped(district.enterprises.size()) << "\n"
                  << "  projects     " << bench::grouped(district.projects.size()) << "\n";
    } catch (const Error& error) {
        std::cerr << "sitefit-make-district: error: " << error.what() << "\n";
        return exitCodeFor(error.kind());
    } catch (const std::exception& error) {
        std::cerr << "sitefit-make-district: internal error: " << error.what() << "\n";
        return exitCodeFor(Error::Kind::Internal);
    }
    return 0;
}
