#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

// The entry functions of the fuzz targets (docs/reliability.md, "Sanitizers and fuzzing").
// Each reads the bytes as the format would be read from a file. A sitefit::Error is an
// expected outcome and is swallowed here; anything else escaping (another exception, a
// crash, a sanitizer report, a hang) is a finding. The libFuzzer executables (SITEFIT_FUZZ)
// and the ctest that replays fuzz/corpus and fuzz/regressions call the same functions.
namespace sitefit::fuzz {

// RulePackReader::parse of the bytes as TOML.
void readRulePack(const std::uint8_t* data, std::size_t size);
// parseAllocationProblem of the bytes as JSON; a problem read is written back and must
// read again unchanged in size.
void readAllocationProblem(const std::uint8_t* data, std::size_t size);
// `sitefit import` of the bytes as a CSV file that is both the parcels source (geometry as
// WKT) and the projects source, beside fixed zones and buildings; the workspace written
// must read back.
void importCsv(const std::uint8_t* data, std::size_t size);
// The same with the bytes as a GeoJSON file: the parcels source.
void importGeoJson(const std::uint8_t* data, std::size_t size);
// The same with the bytes as a .zip file (a zipped shapefile): the parcels source.
void importZip(const std::uint8_t* data, std::size_t size);
// SiteFilter::parse of the bytes as a user's `--where` filter; a refusal must point inside
// the text, and a filter accepted is evaluated on hand-made sites, where it and its
// negation are never both true.
void parseSiteFilter(const std::uint8_t* data, std::size_t size);

struct Target {
    std::string_view name;  // the folder under fuzz/corpus and fuzz/regressions
    void (*run)(const std::uint8_t* data, std::size_t size);
};

// Every target, in the order scripts/fuzz runs them.
std::span<const Target> targets();

}  // namespace sitefit::fuzz
