#pragma once

// What the fault tests (kill -9, disk full, concurrent writers) share: scratch directories,
// the sitefit binary and the sample workspace, and the checks of a workspace after a fault.

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "process_runner.hpp"

namespace sitefit::test {

// The sitefit binary under test: the one built with the tests, or SITEFIT_FAULT_BINARY
// (to run the fault tests against another build, e.g. an older one).
[[nodiscard]] std::string sitefitBinary();

// The committed sample; the tests only ever copy it.
[[nodiscard]] std::filesystem::path sampleWorkspace();

// The environment every faulted run gets: a fixed GeoPackage timestamp (OGR_CURRENT_DATE), so
// that two runs writing the same results write the same bytes.
[[nodiscard]] std::map<std::string, std::string> reproducibleEnvironment();

// A fresh directory under the system's temporary directory, removed at the end.
class ScratchDirectory {
public:
    explicit ScratchDirectory(const std::string& stem);
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;
    ScratchDirectory(ScratchDirectory&&) = delete;
    ScratchDirectory& operator=(ScratchDirectory&&) = delete;
    ~ScratchDirectory();
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_path; }

private:
    std::filesystem::path m_path;
};

// The file's bytes; nullopt when it does not exist.
[[nodiscard]] std::optional<std::string> fileBytes(const std::filesystem::path& file);
void copyFileOver(const std::filesystem::path& from, const std::filesystem::path& to);

// A layer's schema and rows: its feature count and a checksum of its field definitions and
// of every feature (FID, each field's value or null, the geometry's WKB) in FID order.
struct LayerContent {
    std::int64_t features = 0;
    std::uint64_t checksum = 0;
    bool operator==(const LayerContent&) const = default;
};
using WorkspaceContent = std::map<std::string, LayerContent>;

// Every layer of the file, read with GDAL. Throws std::runtime_error when GDAL cannot open
// the file or fails while reading it.
[[nodiscard]] WorkspaceContent readContent(const std::filesystem::path& file);
[[nodiscard]] std::string describe(const WorkspaceContent& content);

// What `sqlite3 -readonly FILE 'PRAGMA integrity_check'` says: "ok" for a sound file.
[[nodiscard]] std::string integrityCheck(const std::filesystem::path& file);
// What GDAL's validate_gpkg.py says (run with /usr/bin/python3, which has GDAL's bindings):
// empty for a valid GeoPackage.
[[nodiscard]] std::string validateGeoPackage(const std::filesystem::path& file);

// The names in a directory, sorted.
[[nodiscard]] std::set<std::string> directoryListing(const std::filesystem::path& directory);
// The writers' pids in the names of the temporary files of `workspace` (.STEM.tmp-PID-N.gpkg
// and its SQLite side files) beside it.
[[nodiscard]] std::set<pid_t> temporaryFileWriters(const std::filesystem::path& workspace);

[[nodiscard]] double secondsSince(std::chrono::steady_clock::time_point start);

// A run to completion, timed: how long it took, and when its temporary file beside
// `workspace` first appeared (when it started writing; -1 if it was never seen).
struct TimedRun {
    ProcessResult result;
    double duration = 0;
    double write_start = -1;
};
[[nodiscard]] TimedRun runTimed(const std::vector<std::string>& arguments,
                                const std::filesystem::path& directory, const SpawnOptions& options,
                                const std::filesystem::path& workspace);

}  // namespace sitefit::test
