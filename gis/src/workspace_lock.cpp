#include "sitefit/gis/workspace_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <thread>

#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"

namespace sitefit::gis {
namespace {

constexpr std::chrono::milliseconds kPollInterval{20};
constexpr double kMaxTimeoutSeconds = 86'400;

int openLockFile(const std::filesystem::path& lockFile) {
    const int descriptor = ::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (descriptor < 0 && errno == EACCES) {
        // Left by another user: flock works on a descriptor open for reading too.
        return ::open(lockFile.c_str(), O_RDONLY | O_CLOEXEC);
    }
    return descriptor;
}

// Whether the path still names the file the descriptor is open on: a holder removes the
// lock file as it lets go, so a waiter may end up locking a file no longer there.
bool namesSameFile(int descriptor, const std::filesystem::path& path) {
    struct stat opened {};
    struct stat named {};
    return ::fstat(descriptor, &opened) == 0 && ::stat(path.c_str(), &named) == 0 &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

// "pid 1234, sitefit" from the lock file and /proc; empty when the file holds no pid.
std::string describeHolder(const std::filesystem::path& lockFile) {
    std::ifstream file(lockFile);
    long pid = 0;
    if (!(file >> pid) || pid <= 0) {
        return {};
    }
    std::string out = "pid " + std::to_string(pid);
    std::ifstream command("/proc/" + std::to_string(pid) + "/comm");
    std::string name;
    if (std::getline(command, name) && !name.empty()) {
        out += ", ";
        out += name;
    }
    return out;
}

std::string secondsText(std::chrono::milliseconds duration) {
    if (duration.count() % 1000 == 0) {
        return std::to_string(duration.count() / 1000) + " s";
    }
    return core::significant(static_cast<double>(duration.count()) / 1e3, 3) + " s";
}

}  // namespace

WorkspaceLock::WorkspaceLock(const std::filesystem::path& workspace)
    : WorkspaceLock(workspace, timeoutFromEnvironment()) {}

WorkspaceLock::WorkspaceLock(const std::filesystem::path& workspace,
                             std::chrono::milliseconds timeout)
    : m_lockFile(lockFileFor(workspace)) {
    const std::string file = workspace.string();
    const std::string lockName = m_lockFile.filename().string();
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (m_descriptor < 0) {
        const int descriptor = openLockFile(m_lockFile);
        if (descriptor < 0) {
            const int code = errno;
            throw Error(Error::Kind::Output,
                        "cannot create the lock file " + lockName +
                            " that keeps writers from overwriting each other's work: " +
                            std::strerror(code),
                        {file});
        }
        if (::flock(descriptor, LOCK_EX | LOCK_NB) == 0) {
            if (namesSameFile(descriptor, m_lockFile)) {
                m_descriptor = descriptor;
            } else {
                ::close(descriptor);  // the holder removed it as it let go: lock the new one
            }
            continue;
        }
        const int code = errno;
        ::close(descriptor);
        if (code != EWOULDBLOCK && code != EINTR) {
            throw Error(Error::Kind::Output, "cannot lock " + lockName + ": " + std::strerror(code),
                        {file});
        }
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline) {
            const std::string holder = describeHolder(m_lockFile);
            std::string message = "the workspace is locked: another process";
            if (!holder.empty()) {
                message += " (" + holder + ")";
            }
            message += " is writing it and still held its lock file " + lockName;
            message += " after " + secondsText(timeout);
            message += ". Try again when it has finished, or wait longer by setting the ";
            message += "environment variable ";
            message += kTimeoutVariable;
            throw Error(Error::Kind::Output, message, {file});
        }
        std::this_thread::sleep_for(
            std::min<std::chrono::steady_clock::duration>(kPollInterval, deadline - now));
    }
    // Best effort: the pid only makes a waiter's message more helpful.
    if (::ftruncate(m_descriptor, 0) == 0) {
        const std::string pid = std::to_string(::getpid()) + "\n";
        const ssize_t written = ::write(m_descriptor, pid.data(), pid.size());
        static_cast<void>(written);
    }
}

WorkspaceLock::~WorkspaceLock() {
    if (m_descriptor >= 0) {
        // Removed while still held, so that a waiter that then gets the lock on the removed
        // file sees it is gone and locks the file the next writer creates (namesSameFile).
        ::unlink(m_lockFile.c_str());
        ::close(m_descriptor);
    }
}

std::filesystem::path WorkspaceLock::lockFileFor(const std::filesystem::path& workspace) {
    return std::filesystem::path(workspace.string() + ".lock");
}

std::chrono::milliseconds WorkspaceLock::timeoutFromEnvironment() {
    const char* value = std::getenv(kTimeoutVariable);  // NOLINT(concurrency-mt-unsafe)
    if (value == nullptr) {
        return kDefaultTimeout;
    }
    const std::string_view text(value);
    double seconds = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() ||
        !std::isfinite(seconds) || seconds < 0 || seconds > kMaxTimeoutSeconds) {
        throw Error(Error::Kind::Usage,
                    "the environment variable " + std::string(kTimeoutVariable) + " is '" +
                        std::string(text) + "'; it must be a number of seconds from 0 to 86400");
    }
    return std::chrono::milliseconds(std::llround(seconds * 1000));
}

}  // namespace sitefit::gis
