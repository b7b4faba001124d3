#include "sitefit/gis/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "detail/write_moment.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis {
namespace {

// The temporary files of `target` are named .STEM.tmp-PID-N.EXT (the pid of the writer, a
// counter), with SQLite's -journal, -wal or -shm beside them while a GeoPackage is open.
std::string temporaryPrefix(const std::filesystem::path& target) {
    std::string prefix = ".";
    prefix += target.stem().string();
    prefix += ".tmp-";
    return prefix;
}

std::filesystem::path temporaryBeside(const std::filesystem::path& target) {
    static std::atomic<unsigned> counter{0};
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on a long chain of +.
    std::string name = temporaryPrefix(target);
    name += std::to_string(::getpid());
    name += "-";
    name += std::to_string(counter++);
    name += target.extension().string();
    return target.parent_path() / name;
}

// The pid in a temporary file's name, when `name` is one of `target`'s (or a SQLite side
// file of one); 0 otherwise.
pid_t temporaryWriter(const std::string& name, const std::filesystem::path& target) {
    const std::string prefix = temporaryPrefix(target);
    if (name.rfind(prefix, 0) != 0) {
        return 0;
    }
    const char* first = name.data() + prefix.size();
    const char* const last = name.data() + name.size();
    pid_t pid = 0;
    auto [afterPid, pidError] = std::from_chars(first, last, pid);
    if (pidError != std::errc{} || pid <= 0 || afterPid == last || *afterPid != '-') {
        return 0;
    }
    unsigned counter = 0;
    auto [afterCounter, counterError] = std::from_chars(afterPid + 1, last, counter);
    if (counterError != std::errc{}) {
        return 0;
    }
    const std::string rest(afterCounter, last);
    const std::string extension = target.extension().string();
    for (const char* side : {"", "-journal", "-wal", "-shm"}) {
        if (rest == extension + side) {
            return pid;
        }
    }
    return 0;
}

// Copies `from` to a new file `to` with the same permissions; returns 0 or the errno of the
// step that failed. (std::filesystem::copy_file reports a disk filling up during the copy
// as EIO, "Input/output error", which would send the user looking for a broken disk.)
int copyFile(const std::filesystem::path& from, const std::filesystem::path& to) {
    const int source = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (source < 0) {
        return errno;
    }
    struct stat status {};
    if (::fstat(source, &status) != 0) {
        const int code = errno;
        ::close(source);
        return code;
    }
    const int target =
        ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, status.st_mode & 07777);
    if (target < 0) {
        const int code = errno;
        ::close(source);
        return code;
    }
    int code = 0;
    std::vector<char> buffer(std::size_t{1} << 20);
    while (code == 0) {
        const ssize_t got = ::read(source, buffer.data(), buffer.size());
        if (got < 0) {
            code = errno == EINTR ? 0 : errno;
            continue;
        }
        if (got == 0) {
            break;
        }
        for (ssize_t done = 0; done < got && code == 0;) {
            const ssize_t put = ::write(target, buffer.data() + done, got - done);
            if (put < 0) {
                code = errno == EINTR ? 0 : errno;
            } else {
                done += put;
            }
        }
    }
    ::close(source);
    if (::close(target) != 0 && code == 0) {
        code = errno;
    }
    return code;
}

bool processGone(pid_t pid) {
    return ::kill(pid, 0) != 0 && errno == ESRCH;
}

// Directories: best effort, a directory fsync is not possible on every file system.
void syncDirectory(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return;
    }
    ::fsync(fd);
    ::close(fd);
}

// The file's data must be on disk before it replaces the target: on file systems that
// allocate late, a full disk shows here first (ENOSPC), after every write succeeded.
void syncFile(const std::filesystem::path& path, const std::filesystem::path& target) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int code = errno;
        if (fd >= 0) {
            ::close(fd);
        }
        throw Error(Error::Kind::Output,
                    std::string("cannot flush the new file to disk: ") + std::strerror(code),
                    {target.string()});
    }
    ::close(fd);
}

}  // namespace

AtomicFileReplacement::AtomicFileReplacement(std::filesystem::path target, Start start)
    : m_target(std::move(target)), m_temporary(temporaryBeside(m_target)) {
    std::error_code error;
    std::filesystem::remove(m_temporary, error);
    if (start == Start::CopyOfTarget) {
        const int code = copyFile(m_target, m_temporary);
        if (code != 0) {
            std::filesystem::remove(m_temporary, error);  // a partial copy (disk full)
            std::string message =
                std::string("cannot make a working copy for a safe write: ") + std::strerror(code);
            const std::uintmax_t size = std::filesystem::file_size(m_target, error);
            const std::string kib = std::to_string((size + 1023) / 1024) + " KiB";
            if (code == ENOSPC && !error) {
                message += " (the copy needs " + kib + " beside the file, and the write more)";
            } else if (code == EFBIG && !error) {
                message += " (the copy, " + kib + ", is over the size limit set for the files " +
                           "of this process: ulimit -f)";
            }
            throw Error(Error::Kind::Output, message, {m_target.string()});
        }
    }
    detail::markWriteMoment("write-start");
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
    detail::markWriteMoment("write-end");
    syncFile(m_temporary, m_target);
    if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) {
        const int code = errno;
        throw Error(Error::Kind::Output,
                    std::string("cannot replace the file: ") + std::strerror(code),
                    {m_target.string()});
    }
    m_committed = true;
    const auto directory =
        m_target.parent_path().empty() ? std::filesystem::path(".") : m_target.parent_path();
    syncDirectory(directory);
    detail::markWriteMoment("committed");
}

void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(std::ostream&)>& write,
                         const std::string& failure) {
    AtomicFileReplacement replacement(target, AtomicFileReplacement::Start::Empty);
    {
        std::ofstream out(replacement.temporaryPath(), std::ios::binary);
        write(out);
        out.close();
        if (!out) {
            throw Error(Error::Kind::Output, failure, {target.string()});
        }
    }
    replacement.commit();
}

std::size_t AtomicFileReplacement::removeStaleTemporaries(const std::filesystem::path& target) {
    const auto directory =
        target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    std::error_code error;
    std::filesystem::directory_iterator entries(directory, error);
    if (error) {
        return 0;
    }
    std::vector<std::filesystem::path> stale;
    for (const auto& entry : entries) {
        const pid_t writer = temporaryWriter(entry.path().filename().string(), target);
        if (writer != 0 && writer != ::getpid() && processGone(writer)) {
            stale.push_back(entry.path());
        }
    }
    std::size_t removed = 0;
    for (const auto& path : stale) {
        removed += std::filesystem::remove(path, error) ? 1 : 0;
    }
    return removed;
}

void writeFileAtomically(const std::filesystem::path& target, std::string_view content) {
    writeFileAtomically(
        target,
        [content](std::ostream& out) {
            out.write(content.data(), static_cast<std::streamsize>(content.size()));
        },
        "cannot write the file");
}

}  // namespace sitefit::gis
