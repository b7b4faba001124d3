#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "entries.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/importer.hpp"
#include "sitefit/gis/workspace_reader.hpp"

namespace sitefit::fuzz {
namespace {

// The fixed sources beside the fuzzed one: a zone and a building in CGCS2000 longitude/
// latitude (EPSG:4490) near Lianyungang, named as in the schema.
constexpr const char* kZones = R"({"type": "FeatureCollection",
 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}},
 "features": [{"type": "Feature",
  "properties": {"zone_id": "Z1", "name": "Haizhou", "kind": "industrial_park"},
  "geometry": {"type": "Polygon", "coordinates": [[[119.195, 34.595], [119.205, 34.595],
    [119.205, 34.605], [119.195, 34.605], [119.195, 34.595]]]}}]})";
constexpr const char* kBuildings = R"({"type": "FeatureCollection",
 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}},
 "features": [{"type": "Feature",
  "properties": {"building_id": "B1", "kind": "standard_factory", "floors": 3},
  "geometry": {"type": "Polygon", "coordinates": [[[119.2002, 34.6002], [119.2006, 34.6002],
    [119.2006, 34.6005], [119.2002, 34.6005], [119.2002, 34.6002]]]}}]})";

constexpr const char* kMemoryFolder = "/vsimem/sitefit-fuzz";

[[noreturn]] void finding(const std::string& what) {
    std::fprintf(stderr, "fuzz finding: %s\n", what.c_str());
    std::abort();
}

// A GDAL in-memory file holding a copy of `bytes`, removed when this goes.
class MemoryFile {
public:
    MemoryFile(std::string name, const std::uint8_t* data, std::size_t size)
        : m_name(std::move(name)), m_bytes(data, data + size) {
        VSILFILE* file =
            VSIFileFromMemBuffer(m_name.c_str(), m_bytes.data(), m_bytes.size(), FALSE);
        if (file == nullptr) {
            finding("cannot create " + m_name);
        }
        VSIFCloseL(file);
    }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    ~MemoryFile() { VSIUnlink(m_name.c_str()); }

    [[nodiscard]] const std::string& name() const noexcept { return m_name; }

private:
    std::string m_name;
    std::vector<std::uint8_t> m_bytes;  // GDAL reads these in place
};

// The per-process scratch folder (in /dev/shm where there is one, so writing the workspace
// costs no disk) and the fixed sources, made once.
class Harness {
public:
    Harness() {
        // GDAL's own messages go into sitefit's errors; the rest would only flood the log.
        CPLSetErrorHandler(CPLQuietErrorHandler);
        // Nothing a fuzzed file names may reach out to the network.
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("GDAL_HTTP_CONNECTTIMEOUT", "1");
        CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
        std::error_code ignored;
        const std::filesystem::path shm("/dev/shm");
        const std::filesystem::path base =
            std::filesystem::is_directory(shm, ignored) && ::access(shm.c_str(), W_OK) == 0
                ? shm
                : std::filesystem::temp_directory_path();
        m_scratch = base / ("sitefit-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_scratch);
        writeMemory(std::string(kMemoryFolder) + "/zones.geojson", kZones);
        writeMemory(std::string(kMemoryFolder) + "/buildings.geojson", kBuildings);
    }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;
    ~Harness() {
        std::error_code ignored;
        std::filesystem::remove_all(m_scratch, ignored);
    }

    [[nodiscard]] const std::filesystem::path& scratch() const noexcept { return m_scratch; }

    // Imports a workspace from the fixed zones and buildings and the given parcels (and
    // projects) source; strict first and, when that refuses the data, lenient. A workspace
    // written must read back.
    void import(const std::string& parcels, bool asProjectsToo) const {
        gis::ImportOptions options;
        options.output = m_scratch / "out.gpkg";
        options.sources["zones"] = std::string(kMemoryFolder) + "/zones.geojson";
        options.sources["buildings"] = std::string(kMemoryFolder) + "/buildings.geojson";
        options.sources["parcels"] = parcels;
        if (asProjectsToo) {
            options.sources["projects"] = parcels;
        }
        options.assumed_crs = "EPSG:4490";    // for a CSV or a shapefile without .prj
        options.limits = gis::InputLimits{};  // the defaults, whatever the environment says
        for (const bool lenient : {false, true}) {
            options.lenient = lenient;
            try {
                (void)gis::Importer::run(options);
            } catch (const Error& error) {
                if (m_verbose) {
                    std::fprintf(stderr, "%s import: %s\n", lenient ? "lenient" : "strict",
                                 error.what());
                }
                if (error.kind() == Error::Kind::Input && !lenient) {
                    continue;  // the lenient import may get further
                }
                return;
            }
            if (m_verbose) {
                std::fprintf(stderr, "%s import: written\n", lenient ? "lenient" : "strict");
            }
            readBack(options.output);
            return;
        }
    }

private:
    static void writeMemory(const std::string& name, const std::string& text) {
        VSILFILE* file = VSIFOpenL(name.c_str(), "wb");
        if (file == nullptr || VSIFWriteL(text.data(), 1, text.size(), file) != text.size()) {
            finding("cannot write " + name);
        }
        VSIFCloseL(file);
    }

    static void readBack(const std::filesystem::path& output) {
        try {
            (void)gis::WorkspaceReader::read(output.string(), gis::InputLimits{});
        } catch (const Error& error) {
            finding(std::string("the workspace import wrote does not read back: ") + error.what());
        }
        std::error_code ignored;
        std::filesystem::remove(output, ignored);
    }

    std::filesystem::path m_scratch;
    // SITEFIT_FUZZ_VERBOSE=1: say how each import ended (to check what a seed reaches).
    bool m_verbose = std::getenv("SITEFIT_FUZZ_VERBOSE") != nullptr;
};

const Harness& harness() {
    static const Harness instance;
    return instance;
}

}  // namespace

void importCsv(const std::uint8_t* data, std::size_t size) {
    const Harness& h = harness();
    const MemoryFile csv(std::string(kMemoryFolder) + "/parcels.csv", data, size);
    h.import(csv.name(), true);
}

void importGeoJson(const std::uint8_t* data, std::size_t size) {
    const Harness& h = harness();
    const MemoryFile geojson(std::string(kMemoryFolder) + "/parcels.geojson", data, size);
    h.import(geojson.name(), false);
}

void importZip(const std::uint8_t* data, std::size_t size) {
    const Harness& h = harness();
    // A real file, so the importer's own handling of .zip sources (finding the one dataset
    // inside) is fuzzed too. GDAL caches a zip's listing by file name until the file's size
    // or mtime (whole seconds) changes: each input gets an mtime a second later than the last.
    static const auto start = std::filesystem::file_time_type::clock::now();
    static long long inputs = 0;
    const std::filesystem::path zip = h.scratch() / "parcels.zip";
    {
        std::ofstream out(zip, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        if (!out) {
            finding("cannot write " + zip.string());
        }
    }
    std::filesystem::last_write_time(zip, start + std::chrono::seconds(++inputs));
    h.import(zip.string(), false);
}

std::span<const Target> targets() {
    static const Target kTargets[] = {
        {"rule_pack", readRulePack}, {"allocation_problem", readAllocationProblem},
        {"import_csv", importCsv},   {"import_geojson", importGeoJson},
        {"import_zip", importZip},   {"site_filter", parseSiteFilter},
    };
    return kTargets;
}

}  // namespace sitefit::fuzz
