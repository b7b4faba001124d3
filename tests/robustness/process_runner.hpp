#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sitefit::test {

struct ProcessResult {
    int exit_code = -1;  // 128 + N when killed by signal N; 124 when it ran out of time
    std::string out;     // stdout
    std::string err;     // stderr
};

// Runs `program` with `arguments` (each quoted: no shell word splitting) in `directory`,
// with `environment` added, stdin empty and at most `timeoutSeconds`, capturing both streams.
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
                         const std::filesystem::path& directory,
                         const std::map<std::string, std::string>& environment = {},
                         int timeoutSeconds = 300);

struct SpawnOptions {
    std::map<std::string, std::string> environment;  // added to this process's
    // RLIMIT_FSIZE for the child, with SIGXFSZ ignored, so that a write beyond it fails with
    // EFBIG ("File too large") as a full disk fails with ENOSPC.
    std::optional<std::uint64_t> max_file_size;
};

// A program started without waiting for it, to be killed at a chosen moment (fault
// injection) or run beside another. `program` is a path (no PATH search); stdin is empty;
// both streams are captured to files.
class ChildProcess {
public:
    ChildProcess(const std::string& program, const std::vector<std::string>& arguments,
                 const std::filesystem::path& directory, const SpawnOptions& options = {});
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ChildProcess(ChildProcess&&) = delete;
    ChildProcess& operator=(ChildProcess&&) = delete;
    ~ChildProcess();  // kills (SIGKILL) and reaps a child still running

    [[nodiscard]] pid_t pid() const noexcept { return m_pid; }
    // Whether the child has ended; reaps it if so.
    bool finished();
    // Sends `signal` unless the child has already been reaped.
    void kill(int signal);
    // Waits at most `timeout` for the child to stop itself (SIGSTOP: a writer at the moment
    // SITEFIT_STOP_AT names). True when it is stopped; false when it ended without stopping
    // (reaped) or the time ran out.
    bool waitUntilStopped(std::chrono::milliseconds timeout = std::chrono::minutes(5));
    // Waits at most `timeout`; past it, kills the child and reports exit code 124.
    ProcessResult wait(std::chrono::milliseconds timeout = std::chrono::minutes(5));

private:
    pid_t m_pid = -1;
    int m_status = 0;
    bool m_reaped = false;
    bool m_timedOut = false;
    std::filesystem::path m_out;
    std::filesystem::path m_err;
};

}  // namespace sitefit::test
