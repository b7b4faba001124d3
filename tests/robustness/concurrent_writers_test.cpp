// Two or more processes writing one workspace at once. Every `--write` copies the workspace,
// changes the copy and renames it over the original; without a lock, a writer that copies
// the original while another is writing renames its copy over the other's result, dropping
// the layers that one stored (a lost update). Expected: the writers take turns (WorkspaceLock),
// all succeed, and the workspace ends with the result layers of every one of them, sound;
// or, when the lock is held longer than SITEFIT_LOCK_TIMEOUT_S, a clear "locked" refusal
// naming the holder, with the workspace untouched. Never a hang.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "fault_support.hpp"
#include "process_runner.hpp"
#include "sitefit/gis/workspace_lock.hpp"

namespace fs = std::filesystem;
using namespace sitefit::test;

namespace {

constexpr const char* kWorkspace = "ws.gpkg";

struct Writer {
    std::vector<std::string> arguments;
    std::vector<std::string> layers;  // the result layers it stores
};

const Writer kCapacity{{"capacity", kWorkspace, "--write", "--quiet"},
                       {"parcel_capacity", "zone_capacity"}};
const Writer kMatch{{"match", kWorkspace, "--write", "--quiet", "--as-of", "2025-06-01"},
                    {"match_candidates", "match_rejections"}};
const Writer kAllocate{{"allocate", kWorkspace, "--write", "--quiet", "--as-of", "2025-06-01"},
                       {"allocation_plan", "allocation_unplaced"}};

class FaultConcurrentWriters : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(work());
        m_options.environment = reproducibleEnvironment();
        m_original = readContent(sampleWorkspace());
    }
    [[nodiscard]] fs::path work() const { return m_scratch.path() / "work"; }
    [[nodiscard]] fs::path workspace() const { return work() / kWorkspace; }
    void reset() const { copyFileOver(sampleWorkspace(), workspace()); }

    // Runs `writer` alone on a fresh copy: its timing and the layers it stores.
    TimedRun reference(const Writer& writer) {
        reset();
        TimedRun run = runTimed(writer.arguments, work(), m_options, workspace());
        EXPECT_EQ(run.result.exit_code, 0) << run.result.err;
        const WorkspaceContent content = readContent(workspace());
        for (const std::string& layer : writer.layers) {
            EXPECT_EQ(content.count(layer), 1U) << layer;
            m_expected[layer] = content.at(layer);
        }
        return run;
    }

    // The workspace holds the sample's layers unchanged and the layers of every writer.
    void expectEveryWriterLanded(const std::vector<Writer>& writers, const std::string& when) {
        EXPECT_EQ(integrityCheck(workspace()), "ok") << when;
        const WorkspaceContent content = readContent(workspace());
        for (const auto& [layer, original] : m_original) {
            EXPECT_TRUE(content.count(layer) == 1 && content.at(layer) == original)
                << when << ": the input layer " << layer << " changed";
        }
        for (const Writer& writer : writers) {
            for (const std::string& layer : writer.layers) {
                const auto found = content.find(layer);
                if (found == content.end()) {
                    ADD_FAILURE() << when << ": lost update: " << writer.arguments.front()
                                  << "'s layer " << layer << " is missing";
                } else {
                    EXPECT_EQ(found->second, m_expected.at(layer))
                        << when << ": " << layer << " differs from a run alone";
                }
            }
        }
        EXPECT_EQ(directoryListing(work()), std::set<std::string>{kWorkspace})
            << when << ": files left beside the workspace";
    }

    ScratchDirectory m_scratch{"fault-concurrent"};
    SpawnOptions m_options;
    WorkspaceContent m_original;
    std::map<std::string, LayerContent> m_expected;
};

// match and allocate (both spend about a second computing, then write different layers)
// started together, staggered so that allocate copies the workspace at moments spread from
// a little before match's copy to the end of match's write: where, without the lock, one
// renames its copy over the other's result.
TEST_F(FaultConcurrentWriters, StaggeredWritersBothLand) {
    const TimedRun match = reference(kMatch);
    const TimedRun allocate = reference(kAllocate);
    ASSERT_GT(match.write_start, 0);
    ASSERT_GT(allocate.write_start, 0);
    const double matchWrite = match.duration - match.write_start;
    constexpr int kRounds = 6;
    for (int round = 0; round < kRounds; ++round) {
        // allocate's copy, in lengths of match's write after match's copy: -0.6 to 0.9
        const double fraction = -0.6 + 1.5 * round / (kRounds - 1);
        const double offset = match.write_start + fraction * matchWrite - allocate.write_start;
        const std::string when = "round " + std::to_string(round) + " (allocate started " +
                                 std::to_string(offset) + " s after match)";
        reset();
        const Writer& early = offset >= 0 ? kMatch : kAllocate;
        const Writer& late = offset >= 0 ? kAllocate : kMatch;
        const auto start = std::chrono::steady_clock::now();
        ChildProcess a(sitefitBinary(), early.arguments, work(), m_options);
        std::this_thread::sleep_for(std::chrono::duration<double>(std::abs(offset)));
        ChildProcess b(sitefitBinary(), late.arguments, work(), m_options);
        std::size_t mostTemporaries = 0;
        while (!(a.finished() && b.finished()) && secondsSince(start) < 120) {
            mostTemporaries = std::max(mostTemporaries, temporaryFileWriters(workspace()).size());
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        const ProcessResult resultA = a.wait(std::chrono::seconds(1));
        const ProcessResult resultB = b.wait(std::chrono::seconds(1));
        EXPECT_EQ(resultA.exit_code, 0) << when << ": " << resultA.err;
        EXPECT_EQ(resultB.exit_code, 0) << when << ": " << resultB.err;
        EXPECT_LE(mostTemporaries, 1U) << when << ": two writers at work at once";
        expectEveryWriterLanded({kMatch, kAllocate}, when);
        std::cout << when << ": both landed in " << secondsSince(start) << " s\n";
    }
    EXPECT_EQ(validateGeoPackage(workspace()), "");
}

// capacity, match and allocate started at the same moment all land.
TEST_F(FaultConcurrentWriters, ThreeWritersAtOnceAllLand) {
    reference(kCapacity);
    reference(kMatch);
    reference(kAllocate);
    reset();
    std::vector<std::unique_ptr<ChildProcess>> writers;
    for (const Writer* writer : {&kCapacity, &kMatch, &kAllocate}) {
        writers.push_back(
            std::make_unique<ChildProcess>(sitefitBinary(), writer->arguments, work(), m_options));
    }
    for (const auto& writer : writers) {
        const ProcessResult result = writer->wait(std::chrono::seconds(120));
        EXPECT_EQ(result.exit_code, 0) << result.err;
    }
    expectEveryWriterLanded({kCapacity, kMatch, kAllocate}, "three writers at once");
    EXPECT_EQ(validateGeoPackage(workspace()), "");
}

// A writer that cannot get the lock in SITEFIT_LOCK_TIMEOUT_S gives up with a clear message
// naming the workspace and the holder, and changes nothing; once the lock is free it writes.
TEST_F(FaultConcurrentWriters, LockedWorkspaceIsRefusedAfterTheTimeout) {
    reset();
    const std::optional<std::string> before = fileBytes(workspace());
    SpawnOptions impatient = m_options;
    impatient.environment["SITEFIT_LOCK_TIMEOUT_S"] = "1";
    {
        const sitefit::gis::WorkspaceLock held(workspace(), std::chrono::milliseconds(0));
        const auto start = std::chrono::steady_clock::now();
        ChildProcess writer(sitefitBinary(), kCapacity.arguments, work(), impatient);
        const ProcessResult result = writer.wait(std::chrono::seconds(60));
        const double took = secondsSince(start);
        EXPECT_EQ(result.exit_code, 4) << result.err;
        for (const std::string& part :
             {std::string("sitefit: error: ws.gpkg: the workspace is locked"),
              "pid " + std::to_string(::getpid()), std::string("ws.gpkg.lock"),
              std::string("after 1 s"), std::string("SITEFIT_LOCK_TIMEOUT_S")}) {
            EXPECT_NE(result.err.find(part), std::string::npos)
                << "no '" << part << "' in: " << result.err;
        }
        EXPECT_GE(took, 1.0);
        EXPECT_TRUE(fileBytes(workspace()) == before) << "the workspace changed";
        EXPECT_EQ(directoryListing(work()), (std::set<std::string>{kWorkspace, "ws.gpkg.lock"}));
        std::cout << "refused after " << took << " s: " << result.err;
    }
    const ProcessResult after =
        runProcess(sitefitBinary(), kCapacity.arguments, work(), impatient.environment);
    EXPECT_EQ(after.exit_code, 0) << after.err;
    EXPECT_EQ(directoryListing(work()), std::set<std::string>{kWorkspace});
}

}  // namespace
