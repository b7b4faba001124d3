#pragma once

#include <chrono>
#include <filesystem>

namespace sitefit::gis {

// An exclusive lock on writing one workspace file, so that its writers take turns.
//
// Every write of a workspace (import, `--write`) builds the new file beside it and renames
// it over the original. Two writers at once would both start from the same original, and the
// second rename would drop what the first wrote (a lost update); a writer holds this lock
// from reading the original until its rename, so the second starts from the first's result.
//
// The lock is flock(2) on a sibling file, WORKSPACE.lock (haizhou.gpkg.lock), holding the
// holder's pid. The holder removes the file before it lets go, so none is left behind; the
// kernel releases the lock of a process that dies, so a file left by a killed writer is
// simply taken over. Readers take no lock: the rename replaces the workspace whole.
class WorkspaceLock {
public:
    // The environment variable giving how long to wait for another writer, in seconds.
    static constexpr const char* kTimeoutVariable = "SITEFIT_LOCK_TIMEOUT_S";
    static constexpr std::chrono::milliseconds kDefaultTimeout{30'000};

    // Waits up to timeoutFromEnvironment() for the lock.
    explicit WorkspaceLock(const std::filesystem::path& workspace);
    // Waits up to `timeout` (zero: one attempt). Throws sitefit::Error (Output) naming the
    // workspace when another process holds the lock all that time (with its pid where known)
    // or the lock file cannot be made.
    WorkspaceLock(const std::filesystem::path& workspace, std::chrono::milliseconds timeout);
    WorkspaceLock(const WorkspaceLock&) = delete;
    WorkspaceLock& operator=(const WorkspaceLock&) = delete;
    WorkspaceLock(WorkspaceLock&&) = delete;
    WorkspaceLock& operator=(WorkspaceLock&&) = delete;
    ~WorkspaceLock();

    // WORKSPACE.lock beside the workspace.
    [[nodiscard]] static std::filesystem::path lockFileFor(const std::filesystem::path& workspace);

    // kDefaultTimeout, or SITEFIT_LOCK_TIMEOUT_S where set. Throws sitefit::Error (Usage)
    // when it is set to anything but a number of seconds from 0 to 86400.
    [[nodiscard]] static std::chrono::milliseconds timeoutFromEnvironment();

    [[nodiscard]] const std::filesystem::path& lockFile() const noexcept { return m_lockFile; }

private:
    std::filesystem::path m_lockFile;
    int m_descriptor = -1;
};

}  // namespace sitefit::gis
