#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

// The bad-input corpus of tests/data/bad/ (cases.toml): what each case is, how its inputs are
// made, and the sitefit runs it is checked with.
namespace sitefit::test {

// A polygon with many vertices put in place of one feature's geometry at test time, so that
// no large file is stored.
struct GeneratedPolygon {
    std::string layer;  // workspace layer, e.g. "parcels"
    std::string where;  // OGR attribute filter choosing the feature, e.g. "parcel_id = 'P1'"
    std::size_t vertices = 0;
};

struct CorpusCase {
    std::string name;   // also its directory under tests/data/bad/ (which may not exist)
    std::string about;  // one line for docs/reliability.md
    // How {workspace} is built from base/: layers taken from the case's files instead,
    // SQL run on the GeoPackage afterwards (SQLite dialect), a generated polygon.
    std::map<std::string, std::string> replace;  // workspace layer → file in the case dir
    std::vector<std::string> sql;
    std::optional<GeneratedPolygon> generate;
    std::map<std::string, std::string> environment;  // added to sitefit's environment
};

// One sitefit command line run against one case, and what it must do.
struct CorpusRun {
    std::shared_ptr<const CorpusCase> corpus_case;
    std::string command;                // with {case}, {base}, {out}, {workspace}
    int exit_code = 0;                  // the documented code (docs/cli.md)
    std::vector<std::string> messages;  // must all appear in stdout + stderr (placeholders too)
    std::string test_name;              // unique, [A-Za-z0-9_]
};

// For GoogleTest's messages: the case and the command line.
void PrintTo(const CorpusRun& run, std::ostream* out);

// Reads cases.toml; throws std::runtime_error naming the manifest, case and key at fault.
std::vector<CorpusRun> loadCorpus(const std::filesystem::path& manifest);

// Writes the workspace GeoPackage of `corpusCase` to `path` with GDAL (not sitefit): base/'s
// layers, or the case's files in their place, then its SQL, then its generated polygon.
// Throws std::runtime_error.
void buildWorkspace(const CorpusCase& corpusCase, const std::filesystem::path& baseDir,
                    const std::filesystem::path& caseDir, const std::filesystem::path& path);

// Every file under `root` (relative path → its bytes): compared before and after a run, it
// shows any input changed and any file added beside the inputs (.aux.xml, .qix, -journal).
using DirectorySnapshot = std::map<std::string, std::string>;
DirectorySnapshot snapshot(const std::filesystem::path& root);

// What differs between two snapshots, one line per file; empty when they are equal.
std::string describeDifferences(const DirectorySnapshot& before, const DirectorySnapshot& after);

}  // namespace sitefit::test
