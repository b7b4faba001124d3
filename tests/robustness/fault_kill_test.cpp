// kill -9 during a write of a workspace: `sitefit import` writing a new or an existing
// GeoPackage, and `capacity|match|allocate --write` replacing result layers in one. Each
// scenario is run to completion twice to time it (the faster run counts) and to record the
// new state, then again and again, killed at moments spread over the run: a third over the
// whole run, two thirds over the write itself, timed from the appearance of its temporary
// file to 1.4 times the write's measured length. After every kill the workspace must open, pass
// `PRAGMA integrity_check` and validate_gpkg.py, and hold exactly the old state or the new
// one; what a killed writer leaves behind (its temporary file, its lock file) must be
// cleared by the next writer, and nothing be left at the end.
//
// SITEFIT_FAULT_ITERATIONS=N runs every scenario N times (default: 30 for import and
// capacity; 15 for match and allocate, which spend over a second computing before they
// write, through the same writer as capacity).

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
    int iterations = 30;
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

int iterationsFor(const Scenario& scenario) {
    const char* value = std::getenv("SITEFIT_FAULT_ITERATIONS");  // NOLINT(concurrency-mt-unsafe)
    if (value != nullptr && std::atoi(value) > 0) {
        return std::atoi(value);
    }
    return scenario.iterations;
}

// When to kill: a third of the kills at moments spread over the whole run (seconds from the
// start), two thirds spread over the write, from the moment the run's temporary file appears
// to 1.4 times the write's measured length (seconds from that moment): on a busy machine
// the write takes longer than it did alone. Timing from the temporary file keeps
// the kills in the write however long the computing before it takes on a busy machine.
struct Kill {
    bool from_write_start = false;
    double delay = 0;
};

std::vector<Kill> killPlan(double duration, double writeStart, int count) {
    const int whole = count / 3;
    const int write = count - whole;
    const double writeDuration = writeStart > 0 ? duration - writeStart : duration;
    std::vector<Kill> overWhole;
    std::vector<Kill> overWrite;
    overWhole.reserve(whole);
    overWrite.reserve(write);
    for (int k = 0; k < whole; ++k) {
        overWhole.push_back({false, duration * (k + 0.5) / whole});
    }
    // Denser early in the write: the measured "write" also holds the process's exit (under
    // AddressSanitizer a leak scan of the whole heap), so evenly spread kills could all land
    // after the rename. Squared fractions put half of them in the first quarter of the span
    // and still reach its end.
    for (int k = 0; k < write; ++k) {
        const double fraction = (k + 0.5) / write;
        overWrite.push_back({writeStart > 0, writeDuration * 1.4 * fraction * fraction});
    }
    // Interleaved, so that kills in the write follow kills before it and the other way round.
    std::vector<Kill> plan;
    std::size_t a = 0;
    std::size_t b = 0;
    for (int k = 0; k < count; ++k) {
        if ((k % 3 == 0 && a < overWhole.size()) || b >= overWrite.size()) {
            plan.push_back(overWhole[a++]);
        } else {
            plan.push_back(overWrite[b++]);
        }
    }
    return plan;
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

        // The run to completion: its duration, when it starts writing, the new state.
        reset();
        TimedRun measured = runTimed(scenario.arguments, work(), options, workspace());
        ASSERT_EQ(measured.result.exit_code, 0) << measured.result.err;
        reset();
        const TimedRun again = runTimed(scenario.arguments, work(), options, workspace());
        ASSERT_EQ(again.result.exit_code, 0) << again.result.err;
        if (again.duration < measured.duration) {
            measured = again;  // the first ran with cold caches, or beside a busier moment
        }
        const double duration = measured.duration;
        const double writeStart = measured.write_start;
        const std::string newBytes = *fileBytes(workspace());
        const WorkspaceContent newContent = readContent(workspace());
        ASSERT_EQ(integrityCheck(workspace()), "ok");
        ASSERT_EQ(validateGeoPackage(workspace()), "");
        ASSERT_NE(newContent, oldContent) << "the scenario changes nothing";
        ASSERT_EQ(directoryListing(work()), std::set<std::string>{kWorkspace});

        // The kills.
        const int iterations = iterationsFor(scenario);
        std::map<std::string, int> outcomes;
        int killedWhileWriting = 0;
        std::set<pid_t> mayBeLeft;  // killed writers whose files the next writer has yet to clear
        for (const Kill& kill : killPlan(duration, writeStart, iterations)) {
            reset();
            const std::string when =
                "killed " + std::to_string(kill.delay) + " s after " +
                (kill.from_write_start ? "its temporary file appeared" : "the start");
            auto start = std::chrono::steady_clock::now();
            ChildProcess child(binary, scenario.arguments, work(), options);
            if (kill.from_write_start) {
                while (!child.finished() &&
                       temporaryFileWriters(workspace()).count(child.pid()) == 0) {
                    std::this_thread::sleep_for(std::chrono::microseconds(500));
                }
                start = std::chrono::steady_clock::now();
            }
            std::this_thread::sleep_until(start + std::chrono::duration<double>(kill.delay));
            const bool ended = child.finished();
            child.kill(SIGKILL);
            const ProcessResult result = child.wait(std::chrono::seconds(60));
            const std::set<pid_t> left = temporaryFileWriters(workspace());
            const bool wasWriting = left.count(child.pid()) > 0;
            killedWhileWriting += wasWriting ? 1 : 0;
            if (ended) {
                EXPECT_EQ(result.exit_code, 0) << when << ": " << result.err;
            } else {
                EXPECT_TRUE(result.exit_code == 128 + SIGKILL || result.exit_code == 0)
                    << when << ": exit code " << result.exit_code << ": " << result.err;
            }
            ++outcomes[classify(oldBytes, oldContent, newBytes, newContent, when)];
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
        summary << iterations << " kills over a run of " << duration << " s (writing from "
                << writeStart << " s): " << outcomes["old"] << " old state, " << outcomes["new"]
                << " new state, " << killedWhileWriting << " killed while writing, "
                << m_comparedByContent << " neither state byte for byte (compared by content)";
        std::cout << summary.str() << "\n";
        RecordProperty("summary", summary.str());
        EXPECT_EQ(outcomes["old"] + outcomes["new"], iterations);
        EXPECT_GT(killedWhileWriting, 0) << "no kill landed in the write";
    }

private:
    ScratchDirectory m_scratch{"fault-kill"};
    int m_comparedByContent = 0;
};

TEST_F(FaultKill, ImportIntoNewFile) {
    run({importArguments(), Start::NoFile, 30});
}

TEST_F(FaultKill, ImportOverExistingWorkspace) {
    run({importArguments(), Start::SampleWithCapacity, 30});
}

TEST_F(FaultKill, CapacityWrite) {
    run({{"capacity", kWorkspace, "--write", "--quiet"}, Start::Sample, 30});
}

TEST_F(FaultKill, MatchWrite) {
    run({{"match", kWorkspace, "--write", "--quiet", "--as-of", "2025-06-01"}, Start::Sample, 15});
}

TEST_F(FaultKill, AllocateWrite) {
    run({{"allocate", kWorkspace, "--write", "--quiet", "--as-of", "2025-06-01"},
         Start::Sample,
         15});
}

}  // namespace
