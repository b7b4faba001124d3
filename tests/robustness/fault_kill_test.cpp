// kill -9 during a write of a workspace: `sitefit import` writing a new or an existing
// GeoPackage, and `capacity|match|allocate --write` replacing result layers in one. Each
// scenario is run to completion to record the new state, then killed at known moments of its
// write: the writer marks them (gis/src/detail/write_moment.hpp) and, asked through
// SITEFIT_STOP_AT, stops itself there to be killed stopped. The kills: at once (before any
// write), where the write starts, at a quarter, a half and three quarters of the write (timed
// from its start, the write's span measured between the two marks), where it ends before the
// rename, and after the rename. After every kill the workspace must open, pass
// `PRAGMA integrity_check` and validate_gpkg.py, and hold the state that moment implies: the
// old one up to the rename, the new one after it (old or new in the timed kills inside the
// write); what a killed writer leaves behind (its temporary file, its lock file) must be
// cleared by the next writer, and nothing be left at the end.

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "fault_support.hpp"
#include "process_runner.hpp"

namespace fs = std::filesystem;
using namespace sitefit::test;

namespace {

constexpr const char* kWorkspace = "ws.gpkg";

enum class Start {
    NoFile,              // import into a new file: the old state is "no file"
    Sample,              // a copy of the sample
    SampleWithCapacity,  // a copy of the sample with capacity's result layers stored
};

struct Scenario {
    std::vector<std::string> arguments;  // run in the work directory, on ws.gpkg
    Start start = Start::Sample;
};

std::vector<std::string> importArguments() {
    const std::string source = "../source/haizhou.gpkg";
    std::vector<std::string> arguments{"import", kWorkspace};
    for (const char* layer : {"--zones", "--parcels", "--buildings", "--enterprises", "--projects",
                              "--chains", "--categories", "--chain-links"}) {
        arguments.emplace_back(layer);
        arguments.push_back(source);
    }
    arguments.emplace_back("--quiet");
    return arguments;
}

// A kill: where the writer stops (SITEFIT_STOP_AT; none: killed at once), and whether it is
// then resumed and killed that many seconds later, inside its write.
struct Kill {
    std::string stop_at;
    double after_resume = -1.0;  // < 0: killed where it stopped
    std::string expected;        // "old", "new", or "" for either

    [[nodiscard]] std::string describe() const {
        if (stop_at.empty()) {
            return "killed at once";
        }
        if (after_resume < 0) {
            return "killed stopped at " + stop_at;
        }
        return "killed " + std::to_string(after_resume) + " s after " + stop_at;
    }
};

std::vector<Kill> killPlan(double writeSpan) {
    return {{"", -1.0, "old"},
            {"write-start", -1.0, "old"},
            {"write-start", writeSpan * 0.25, ""},
            {"write-start", writeSpan * 0.5, ""},
            {"write-start", writeSpan * 0.75, ""},
            {"write-end", -1.0, "old"},
            {"committed", -1.0, "new"}};
}

class FaultKill : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(source());
        fs::create_directories(work());
        copyFileOver(sampleWorkspace(), source() / "haizhou.gpkg");
    }
    [[nodiscard]] fs::path source() const { return m_scratch.path() / "source"; }
    [[nodiscard]] fs::path work() const { return m_scratch.path() / "work"; }
    [[nodiscard]] fs::path workspace() const { return work() / kWorkspace; }

    // Checks the workspace after a run: sound, and holding the old or the new state.
    // Returns "old" or "new".
    std::string classify(const std::optional<std::string>& oldBytes,
                         const WorkspaceContent& oldContent, const std::string& newBytes,
                         const WorkspaceContent& newContent, const std::string& when) {
        const std::optional<std::string> bytes = fileBytes(workspace());
        if (!bytes) {
            EXPECT_FALSE(oldBytes.has_value()) << when << ": the workspace is gone";
            return "old";
        }
        EXPECT_EQ(integrityCheck(workspace()), "ok") << when;
        if (oldBytes && *bytes == *oldBytes) {
            return "old";  // validated once, before the loop
        }
        if (*bytes == newBytes) {
            return "new";
        }
        // Not byte for byte either state: the content must be one of them all the same.
        ++m_comparedByContent;
        EXPECT_EQ(validateGeoPackage(workspace()), "") << when;
        WorkspaceContent content;
        try {
            content = readContent(workspace());
        } catch (const std::exception& error) {
            ADD_FAILURE() << when << ": " << error.what();
            return "broken";
        }
        if (content == newContent) {
            return "new";
        }
        if (oldBytes && content == oldContent) {
            return "old";
        }
        ADD_FAILURE() << when << ": the workspace holds neither the old nor the new state:\n"
                      << describe(content) << "old:\n"
                      << describe(oldContent) << "new:\n"
                      << describe(newContent);
        return "mixed";
    }

    void run(const Scenario& scenario) {
        const std::string binary = sitefitBinary();
        SpawnOptions options;
        options.environment = reproducibleEnvironment();

        // The old state.
        const fs::path old = m_scratch.path() / "old.gpkg";
        if (scenario.start != Start::NoFile) {
            copyFileOver(sampleWorkspace(), old);
        }
        if (scenario.start == Start::SampleWithCapacity) {
            const ProcessResult stored =
                runProcess(binary, {"capacity", old.string(), "--write", "--quiet"},
                           m_scratch.path(), options.environment);
            ASSERT_EQ(stored.exit_code, 0) << stored.err;
        }
        const auto reset = [&] {
            if (scenario.start == Start::NoFile) {
                fs::remove(workspace());
            } else {
                copyFileOver(old, workspace());
            }
        };
        std::optional<std::string> oldBytes;
        WorkspaceContent oldContent;
        if (scenario.start != Start::NoFile) {
            oldBytes = fileBytes(old);
            oldContent = readContent(old);
            ASSERT_EQ(integrityCheck(old), "ok");
            ASSERT_EQ(validateGeoPackage(old), "");
        }

        // The run to completion, stopped where its write starts and where it ends to time the
        // write between them; it records the new state.
        reset();
        double writeSpan = 0.0;
        {
            SpawnOptions timed = options;
            timed.environment["SITEFIT_STOP_AT"] = "write-start,write-end";
            ChildProcess child(binary, scenario.arguments, work(), timed);
            ASSERT_TRUE(child.waitUntilStopped()) << "the writer never marked its write's start";
            const auto start = std::chrono::steady_clock::now();
            child.kill(SIGCONT);
            ASSERT_TRUE(child.waitUntilStopped()) << "the writer never marked its write's end";
            writeSpan =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            child.kill(SIGCONT);
            const ProcessResult result = child.wait();
            ASSERT_EQ(result.exit_code, 0) << result.err;
        }
        const std::string newBytes = *fileBytes(workspace());
        const WorkspaceContent newContent = readContent(workspace());
        ASSERT_EQ(integrityCheck(workspace()), "ok");
        ASSERT_EQ(validateGeoPackage(workspace()), "");
        ASSERT_NE(newContent, oldContent) << "the scenario changes nothing";
        ASSERT_EQ(directoryListing(work()), std::set<std::string>{kWorkspace});

        // The kills.
        const std::vector<Kill> plan = killPlan(writeSpan);
        std::map<std::string, int> outcomes;
        int killedWhileWriting = 0;
        std::set<pid_t> mayBeLeft;  // killed writers whose files the next writer has yet to clear
        for (const Kill& kill : plan) {
            reset();
            const std::string when = kill.describe();
            SpawnOptions killed = options;
            if (!kill.stop_at.empty()) {
                killed.environment["SITEFIT_STOP_AT"] = kill.stop_at;
            }
            ChildProcess child(binary, scenario.arguments, work(), killed);
            if (!kill.stop_at.empty()) {
                ASSERT_TRUE(child.waitUntilStopped()) << when << ": the writer never stopped";
                if (kill.after_resume >= 0) {
                    const auto resumed = std::chrono::steady_clock::now();
                    child.kill(SIGCONT);
                    std::this_thread::sleep_until(resumed +
                                                  std::chrono::duration<double>(kill.after_resume));
                }
            }
            child.kill(SIGKILL);
            const ProcessResult result = child.wait(std::chrono::seconds(60));
            // A timed kill may come as the writer exits: whether it ended by itself is known
            // only from how it ended, not from a look just before the kill.
            const bool ended = result.exit_code == 0;
            const std::set<pid_t> left = temporaryFileWriters(workspace());
            const bool wasWriting = left.count(child.pid()) > 0;
            killedWhileWriting += wasWriting ? 1 : 0;
            if (!ended) {
                EXPECT_EQ(result.exit_code, 128 + SIGKILL)
                    << when << ": exit code " << result.exit_code << ": " << result.err;
            }
            const std::string outcome = classify(oldBytes, oldContent, newBytes, newContent, when);
            if (ended) {
                EXPECT_EQ(outcome, "new") << when << ": the writer ended by itself";
            }
            ++outcomes[outcome];
            if (!kill.expected.empty()) {
                EXPECT_EQ(outcome, kill.expected) << when;
            }
            // A writer that got as far as its own temporary file cleared those of earlier ones.
            if (ended || wasWriting) {
                mayBeLeft.clear();
            }
            mayBeLeft.insert(child.pid());
            for (const pid_t writer : left) {
                EXPECT_TRUE(mayBeLeft.count(writer) > 0)
                    << when << ": a temporary file of an earlier killed writer (pid " << writer
                    << ") was not cleared";
            }
        }

        // A last run to completion clears whatever the last kill left.
        reset();
        const ProcessResult last =
            runProcess(binary, scenario.arguments, work(), options.environment);
        EXPECT_EQ(last.exit_code, 0) << last.err;
        EXPECT_EQ(readContent(workspace()), newContent);
        EXPECT_EQ(directoryListing(work()), std::set<std::string>{kWorkspace})
            << "files left beside the workspace";

        std::ostringstream summary;
        summary << plan.size() << " kills around a write of " << writeSpan
                << " s: " << outcomes["old"] << " old state, " << outcomes["new"] << " new state, "
                << killedWhileWriting << " killed while writing, " << m_comparedByContent
                << " neither state byte for byte (compared by content)";
        std::cout << summary.str() << "\n";
        RecordProperty("summary", summary.str());
        EXPECT_EQ(outcomes["old"] + outcomes["new"], static_cast<int>(plan.size()));
        EXPECT_GT(killedWhileWriting, 0) << "no kill landed in the write";
    }

private:
    ScratchDirectory m_scratch{"fault-kill"};
    int m_comparedByContent = 0;
};

TEST_F(FaultKill, ImportIntoNewFile) {
    run({importArguments(), Start::NoFile});
}

TEST_F(FaultKill, ImportOverExistingWorkspace) {
    run({importArguments(), Start::SampleWithCapacity});
}

TEST_F(FaultKill, CapacityWrite) {
    run({{"capacity", kWorkspace, "--write", "--quiet"}, Start::Sample});
}

TEST_F(FaultKill, MatchWrite) {
    run({{"match", kWorkspace, "--write", "--quiet", "--as-of", "2025-06-01"}, Start::Sample});
}

TEST_F(FaultKill, AllocateWrite) {
    run({{"allocate", kWorkspace, "--write", "--quiet", "--as-of", "2025-06-01"}, Start::Sample});
}

}  // namespace
