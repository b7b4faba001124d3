// The pieces the fault tests rely on, one by one: WorkspaceLock (writers take turns, a
// killed holder's lock file is taken over, a waiter gives up naming the holder) and the
// removal of temporary files left by killed writers.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "fault_support.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/atomic_file.hpp"
#include "sitefit/gis/workspace_lock.hpp"

namespace fs = std::filesystem;
using sitefit::Error;
using sitefit::gis::AtomicFileReplacement;
using sitefit::gis::WorkspaceLock;
using sitefit::test::ScratchDirectory;
using namespace std::chrono_literals;

namespace {

class ScopedVariable {
public:
    ScopedVariable(const char* name, const char* value) : m_name(name) {
        ::setenv(name, value, 1);  // NOLINT(concurrency-mt-unsafe): single-threaded test
    }
    ScopedVariable(const ScopedVariable&) = delete;
    ScopedVariable& operator=(const ScopedVariable&) = delete;
    ScopedVariable(ScopedVariable&&) = delete;
    ScopedVariable& operator=(ScopedVariable&&) = delete;
    ~ScopedVariable() { ::unsetenv(m_name); }  // NOLINT(concurrency-mt-unsafe)

private:
    const char* m_name;
};

// The pid of a process that has ended (a child that exited at once, reaped).
pid_t pidOfEndedProcess() {
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    ::waitpid(child, nullptr, 0);
    return child;
}

void touch(const fs::path& file, const std::string& text = {}) {
    std::ofstream(file) << text;
}

TEST(FaultWorkspaceLock, SecondWriterWaitsThenGivesUpNamingTheHolder) {
    const ScratchDirectory scratch("lock");
    const fs::path workspace = scratch.path() / "ws.gpkg";
    const WorkspaceLock held(workspace, 0ms);
    EXPECT_TRUE(fs::exists(scratch.path() / "ws.gpkg.lock"));
    const auto start = std::chrono::steady_clock::now();
    try {
        const WorkspaceLock second(workspace, 200ms);
        FAIL() << "a second lock was granted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Output);
        const std::string message = error.what();
        EXPECT_EQ(message.rfind(workspace.string() + ": the workspace is locked", 0), 0U)
            << message;
        EXPECT_NE(message.find("pid " + std::to_string(::getpid())), std::string::npos) << message;
        EXPECT_NE(message.find("after 0.2 s"), std::string::npos) << message;
    }
    EXPECT_GE(std::chrono::steady_clock::now() - start, 190ms);
}

TEST(FaultWorkspaceLock, WaiterGetsTheLockWhenTheHolderLetsGo) {
    const ScratchDirectory scratch("lock");
    const fs::path workspace = scratch.path() / "ws.gpkg";
    auto held = std::make_unique<WorkspaceLock>(workspace, 0ms);
    std::thread release([&held] {
        std::this_thread::sleep_for(300ms);
        held.reset();
    });
    const auto start = std::chrono::steady_clock::now();
    {
        const WorkspaceLock waiting(workspace, 10s);
        EXPECT_GE(std::chrono::steady_clock::now() - start, 250ms);
        std::ifstream file(waiting.lockFile());
        long pid = 0;
        file >> pid;
        EXPECT_EQ(pid, ::getpid());
    }
    release.join();
    EXPECT_FALSE(fs::exists(WorkspaceLock::lockFileFor(workspace))) << "the lock file was left";
}

TEST(FaultWorkspaceLock, LockFileOfAKilledWriterIsTakenOver) {
    const ScratchDirectory scratch("lock");
    const fs::path workspace = scratch.path() / "ws.gpkg";
    touch(WorkspaceLock::lockFileFor(workspace), std::to_string(pidOfEndedProcess()) + "\n");
    { const WorkspaceLock lock(workspace, 0ms); }
    EXPECT_FALSE(fs::exists(WorkspaceLock::lockFileFor(workspace)));
}

TEST(FaultWorkspaceLock, TimeoutFromTheEnvironment) {
    EXPECT_EQ(WorkspaceLock::timeoutFromEnvironment(), WorkspaceLock::kDefaultTimeout);
    {
        const ScopedVariable variable(WorkspaceLock::kTimeoutVariable, "2.5");
        EXPECT_EQ(WorkspaceLock::timeoutFromEnvironment(), 2500ms);
    }
    {
        const ScopedVariable variable(WorkspaceLock::kTimeoutVariable, "0");
        EXPECT_EQ(WorkspaceLock::timeoutFromEnvironment(), 0ms);
    }
    for (const char* bad : {"", "soon", "-1", "inf", "nan", "30s", "1e9"}) {
        const ScopedVariable variable(WorkspaceLock::kTimeoutVariable, bad);
        try {
            static_cast<void>(WorkspaceLock::timeoutFromEnvironment());
            ADD_FAILURE() << "'" << bad << "' was accepted";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), Error::Kind::Usage) << bad;
            EXPECT_NE(std::string(error.what()).find("SITEFIT_LOCK_TIMEOUT_S"), std::string::npos);
        }
    }
}

TEST(FaultAtomicFile, TemporariesOfEndedWritersAreRemoved) {
    const ScratchDirectory scratch("atomic");
    const fs::path& dir = scratch.path();
    const std::string ended = std::to_string(pidOfEndedProcess());
    const std::string own = std::to_string(::getpid());
    for (const std::string& name : std::vector<std::string>{
             ".ws.tmp-" + ended + "-0.gpkg", ".ws.tmp-" + ended + "-0.gpkg-journal",
             ".ws.tmp-" + ended + "-3.gpkg-wal", ".ws.tmp-1-0.gpkg", ".ws.tmp-" + own + "-0.gpkg",
             ".other.tmp-" + ended + "-0.gpkg", ".ws.tmp-" + ended + "-0.png",
             ".ws.tmp-" + ended + "-0.gpkg.bak", "ws.gpkg"}) {
        touch(dir / name);
    }
    EXPECT_EQ(AtomicFileReplacement::removeStaleTemporaries(dir / "ws.gpkg"), 3U);
    EXPECT_EQ(
        sitefit::test::directoryListing(dir),
        (std::set<std::string>{".ws.tmp-1-0.gpkg", ".ws.tmp-" + own + "-0.gpkg",
                               ".other.tmp-" + ended + "-0.gpkg", ".ws.tmp-" + ended + "-0.png",
                               ".ws.tmp-" + ended + "-0.gpkg.bak", "ws.gpkg"}));
}

}  // namespace
