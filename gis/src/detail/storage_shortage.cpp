#include "detail/storage_shortage.hpp"

#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <system_error>

namespace sitefit::gis::detail {
namespace {

// Less free room than this where a write failed means the disk is full: SQLite writes pages
// of a few KiB, and at most a page or two is freed again when the failed write rolls back.
constexpr std::uintmax_t kFullBelow = std::uintmax_t{1} << 20;
// A file this close to the size limit was stopped by it (a page or a copy's chunk more).
constexpr std::uintmax_t kLimitMargin = std::uintmax_t{1} << 20;

std::string kibibytes(std::uintmax_t bytes) {
    return std::to_string(bytes / 1024) + " KiB";
}

}  // namespace

std::string storageShortage(const std::filesystem::path& written,
                            const std::filesystem::path& target, const std::string& message) {
    const std::filesystem::path directory =
        written.parent_path().empty() ? std::filesystem::path(".") : written.parent_path();
    // SQLITE_FULL: a write failed with ENOSPC (the page limit SQLite also reports so is far
    // beyond any workspace).
    const bool sqliteFull = message.find("database or disk is full") != std::string::npos;
    struct statvfs room {};
    if (::statvfs(directory.c_str(), &room) == 0) {
        // root may use the blocks reserved for it, so its disk is full only when they are gone
        const std::uintmax_t blocks = ::geteuid() == 0 ? room.f_bfree : room.f_bavail;
        const std::uintmax_t free = blocks * room.f_frsize;
        if (sqliteFull || free < kFullBelow) {
            return std::string(std::strerror(ENOSPC)) + " (the disk of " + target.string() +
                   " had " + kibibytes(free) +
                   " free when the write failed); make room and run it again";
        }
    } else if (sqliteFull) {
        return std::string(std::strerror(ENOSPC)) + " on the disk of " + target.string() +
               "; make room and run it again";
    }
    struct rlimit limit {};
    if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        std::uintmax_t largest = 0;
        for (const char* side : {"", "-journal", "-wal"}) {
            std::error_code error;
            const std::uintmax_t size = std::filesystem::file_size(written.string() + side, error);
            if (!error) {
                largest = std::max(largest, size);
            }
        }
        if (largest + kLimitMargin >= limit.rlim_cur) {
            return std::string(std::strerror(EFBIG)) + ": the file reached the size limit of " +
                   kibibytes(limit.rlim_cur) + " per file set for this process (ulimit -f)";
        }
    }
    return {};
}

}  // namespace sitefit::gis::detail
