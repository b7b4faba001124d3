#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace sitefit::bench {

// What the scale harnesses share (docs/performance.md): timing, the machine's state, child
// processes that measure one thing each, and the generated district they all read.
using Clock = std::chrono::steady_clock;

[[nodiscard]] double secondsSince(Clock::time_point start);

// CPU time of the whole process (every thread, user and system), in seconds.
[[nodiscard]] double processCpuSeconds();

// The median of the values (the mean of the middle two for an even count); 0 for none.
[[nodiscard]] double median(std::vector<double> values);

// The first three fields of /proc/loadavg ("2.01 3.10 3.40"): what else ran on the machine.
[[nodiscard]] std::string loadAverage();

// nproc, CPU model and memory, on one line.
[[nodiscard]] std::string machineSummary();

// A field of /proc/self/status in KiB ("VmHWM", "VmRSS"); 0 when missing.
[[nodiscard]] std::uint64_t statusKiB(const std::string& field);

[[nodiscard]] std::string shellQuoted(const std::string& text);

// Runs `command` through the shell; throws sitefit::Error (Internal) naming it when it fails.
void runCommand(const std::string& command);

// Runs `work` in a forked child process and returns the numbers it returned, so that each
// measurement starts from a fresh heap and its peak memory (VmHWM) is its own. Fork before
// the parent starts threads. Throws sitefit::Error (Internal) with the child's message
// when the child threw or died.
[[nodiscard]] std::vector<double> inChild(const std::function<std::vector<double>()>& work);

// Reads every file under `path` (a file or a directory) once, so that the runs that follow
// find it in the page cache whatever ran first.
void warmPageCache(const std::filesystem::path& path);

// Total size of a file, or of the files in a directory, in bytes.
[[nodiscard]] std::uintmax_t sizeOnDisk(const std::filesystem::path& path);

// The district of the scale benchmarks, made by sitefit-make-district.
struct DistrictFiles {
    std::filesystem::path gpkg;  // <dir>/district.gpkg
    std::filesystem::path fgb;   // <dir>/district-fgb/, one FlatGeobuf file per spatial layer
};

// The district in `dir`, made there first (by sitefit-make-district at `scale`) when
// `dir` does not hold one yet.
[[nodiscard]] DistrictFiles ensureDistrict(const std::filesystem::path& dir, double scale);

// Where the scale harnesses keep their district by default: bench-data/scale-<scale> in the
// build tree (ignored by git).
[[nodiscard]] std::filesystem::path defaultDistrictDir(double scale);

// "1,234,567".
[[nodiscard]] std::string grouped(std::uint64_t n);
// "%.3f", "%.2f" or "%.4f" by size, for seconds.
[[nodiscard]] std::string seconds(double s);
// "%.<digits>f".
[[nodiscard]] std::string fixed(double value, int digits);

}  // namespace sitefit::bench
