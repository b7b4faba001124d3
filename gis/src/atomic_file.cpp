#include "sitefit/gis/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "sitefit/core/error.hpp"

namespace sitefit::gis {
namespace {

std::filesystem::path temporaryBeside(const std::filesystem::path& target) {
    static std::atomic<unsigned> counter{0};
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on a long chain of +.
    std::string name = ".";
    name += target.stem().string();
    name += ".tmp-";
    name += std::to_string(::getpid());
    name += "-";
    name += std::to_string(counter++);
    name += target.extension().string();
    return target.parent_path() / name;
}

void syncPath(const std::filesystem::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) {
        return;  // best effort: a directory fsync is not possible on every file system
    }
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

AtomicFileReplacement::AtomicFileReplacement(std::filesystem::path target, Start start)
    : m_target(std::move(target)), m_temporary(temporaryBeside(m_target)) {
    std::error_code error;
    std::filesystem::remove(m_temporary, error);
    if (start == Start::CopyOfTarget) {
        std::filesystem::copy_file(m_target, m_temporary,
                                   std::filesystem::copy_options::overwrite_existing, error);
        if (error) {
            throw Error(Error::Kind::Output,
                        "cannot make a working copy for a safe write: " + error.message(),
                        {m_target.string()});
        }
    }
}

AtomicFileReplacement::~AtomicFileReplacement() {
    if (!m_committed) {
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
        // SQLite side files, should a GeoPackage writer have died with the file open.
        std::filesystem::remove(m_temporary.string() + "-journal", ignored);
        std::filesystem::remove(m_temporary.string() + "-wal", ignored);
        std::filesystem::remove(m_temporary.string() + "-shm", ignored);
    }
}

void AtomicFileReplacement::commit() {
    syncPath(m_temporary, O_RDONLY);
    if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) {
        const int code = errno;
        throw Error(Error::Kind::Output,
                    std::string("cannot replace the file: ") + std::strerror(code),
                    {m_target.string()});
    }
    m_committed = true;
    const auto directory =
        m_target.parent_path().empty() ? std::filesystem::path(".") : m_target.parent_path();
    syncPath(directory, O_RDONLY | O_DIRECTORY);
}

}  // namespace sitefit::gis
