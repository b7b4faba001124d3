// A full disk while writing a workspace: `capacity|match --write` and `import` given too
// little room, both where the working copy does not fit and where it fits but the new
// layers do not. Expected: exit code 4 and a message naming the workspace and the cause,
// the old workspace byte for byte as it was, and no partial file (temporary, journal, lock)
// left beside it.
//
// FaultDiskFull.* write into a small tmpfs mounted for the test when mount(2) is permitted
// (root, outside restrictive containers); where it is not, they say so and limit the size of
// the files the child may write instead (RLIMIT_FSIZE, with SIGXFSZ ignored, so that a
// write past it fails with EFBIG as one on a full disk fails with ENOSPC).
// FaultFileSizeLimit.* always use that limit, so both paths run wherever mount works.

#include <gtest/gtest.h>
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "fault_support.hpp"
#include "process_runner.hpp"

namespace fs = std::filesystem;
using namespace sitefit::test;

namespace {

constexpr const char* kWorkspace = "ws.gpkg";
constexpr std::uintmax_t kKiB = 1024;

enum class Room { Tmpfs, FileSizeLimit };

// The directory the run writes in, with `room` bytes to write beyond the old workspace.
class CrampedDirectory {
public:
    CrampedDirectory(const fs::path& path, std::uintmax_t existing, std::uintmax_t room,
                     bool tryTmpfs)
        : m_path(path) {
        fs::create_directories(m_path);
        if (tryTmpfs) {
            // tmpfs counts whole pages of data; directory entries take none.
            const std::uintmax_t size = ((existing + 4095) / 4096 + (room + 4095) / 4096) * 4;
            const std::string options = "size=" + std::to_string(size) + "k,mode=0755";
            if (::mount("tmpfs", m_path.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) ==
                0) {
                m_mounted = true;
                m_description = "a tmpfs of " + std::to_string(size) + " KiB";
                return;
            }
            const int code = errno;
            m_description = std::string("mount(2) of a tmpfs refused (") + std::strerror(code) +
                            "), so instead ";
        }
        m_fileSizeLimit = room;
        m_description +=
            "a limit of " + std::to_string(room / kKiB) + " KiB per file (RLIMIT_FSIZE)";
    }
    CrampedDirectory(const CrampedDirectory&) = delete;
    CrampedDirectory& operator=(const CrampedDirectory&) = delete;
    CrampedDirectory(CrampedDirectory&&) = delete;
    CrampedDirectory& operator=(CrampedDirectory&&) = delete;
    ~CrampedDirectory() {
        if (m_mounted) {
            ::umount2(m_path.c_str(), MNT_DETACH);
        }
    }

    [[nodiscard]] Room room() const { return m_mounted ? Room::Tmpfs : Room::FileSizeLimit; }
    [[nodiscard]] const std::string& description() const { return m_description; }
    [[nodiscard]] SpawnOptions options() const {
        SpawnOptions options;
        options.environment = reproducibleEnvironment();
        if (!m_mounted) {
            options.max_file_size = m_fileSizeLimit;
        }
        return options;
    }

private:
    fs::path m_path;
    bool m_mounted = false;
    std::uintmax_t m_fileSizeLimit = 0;
    std::string m_description;
};

struct Scenario {
    std::vector<std::string> arguments;  // run in the cramped directory, on ws.gpkg
    bool existing = true;                // a workspace is there before (else a new file)
    // Room to write beyond the old workspace, in workspace sizes (0.5: the copy does not fit)
    // and KiB.
    double workspaces = 0;
    std::uintmax_t extra_kib = 0;
};

std::vector<std::string> importArguments(const fs::path& source) {
    std::vector<std::string> arguments{"import", kWorkspace};
    for (const char* layer : {"--zones", "--parcels", "--buildings", "--enterprises", "--projects",
                              "--chains", "--categories", "--chain-links"}) {
        arguments.emplace_back(layer);
        arguments.push_back(source.string());
    }
    arguments.emplace_back("--quiet");
    return arguments;
}

void runScenario(const Scenario& scenario, bool tryTmpfs) {
    const ScratchDirectory scratch("fault-disk-full");
    const std::uintmax_t workspaceSize = fs::file_size(sampleWorkspace());
    const std::uintmax_t room =
        static_cast<std::uintmax_t>(scenario.workspaces * static_cast<double>(workspaceSize)) +
        scenario.extra_kib * kKiB;
    const fs::path directory = scratch.path() / "cramped";
    const CrampedDirectory cramped(directory, scenario.existing ? workspaceSize : 0, room,
                                   tryTmpfs);
    std::cout << "room to write: " << cramped.description() << "\n";
    ::testing::Test::RecordProperty("room", cramped.description());
    const fs::path workspace = directory / kWorkspace;
    if (scenario.existing) {
        copyFileOver(sampleWorkspace(), workspace);
    }
    const std::optional<std::string> before = fileBytes(workspace);
    std::vector<std::string> arguments = scenario.arguments;
    for (std::string& argument : arguments) {
        if (argument == "SOURCE") {
            argument = sampleWorkspace().string();
        }
    }

    ChildProcess child(sitefitBinary(), arguments, directory, cramped.options());
    const ProcessResult result = child.wait(std::chrono::seconds(120));

    EXPECT_EQ(result.exit_code, 4) << result.err;
    EXPECT_EQ(result.err.rfind(std::string("sitefit: error: ") + kWorkspace, 0), 0U)
        << "the message does not start by naming the workspace: " << result.err;
    const char* cause =
        cramped.room() == Room::Tmpfs ? "No space left on device" : "File too large";
    EXPECT_NE(result.err.find(cause), std::string::npos)
        << "the message does not say '" << cause << "': " << result.err;
    EXPECT_EQ(result.err.find("Input/output error"), std::string::npos) << result.err;
    EXPECT_TRUE(fileBytes(workspace) == before) << "the old workspace changed";
    const std::set<std::string> expected =
        scenario.existing ? std::set<std::string>{kWorkspace} : std::set<std::string>{};
    EXPECT_EQ(directoryListing(directory), expected) << "files left beside the workspace";
    std::cout << "sitefit exit code " << result.exit_code << ": " << result.err;
}

const Scenario kNoRoomForTheCopy{{"capacity", kWorkspace, "--write", "--quiet"}, true, 0.5, 0};
const Scenario kNoRoomForTheNewLayers{
    {"match", kWorkspace, "--write", "--quiet", "--as-of", "2025-06-01"}, true, 1.0, 256};
const Scenario kImportIntoNewFile{importArguments("SOURCE"), false, 0, 512};
const Scenario kImportOverExistingWorkspace{importArguments("SOURCE"), true, 0.5, 0};

TEST(FaultDiskFull, NoRoomForTheWorkingCopy) {
    runScenario(kNoRoomForTheCopy, true);
}

TEST(FaultDiskFull, NoRoomForTheNewLayers) {
    runScenario(kNoRoomForTheNewLayers, true);
}

TEST(FaultDiskFull, ImportIntoNewFile) {
    runScenario(kImportIntoNewFile, true);
}

TEST(FaultDiskFull, ImportOverExistingWorkspace) {
    runScenario(kImportOverExistingWorkspace, true);
}

TEST(FaultFileSizeLimit, NoRoomForTheWorkingCopy) {
    runScenario(kNoRoomForTheCopy, false);
}

TEST(FaultFileSizeLimit, NoRoomForTheNewLayers) {
    runScenario(kNoRoomForTheNewLayers, false);
}

TEST(FaultFileSizeLimit, ImportIntoNewFile) {
    runScenario(kImportIntoNewFile, false);
}

TEST(FaultFileSizeLimit, ImportOverExistingWorkspace) {
    runScenario(kImportOverExistingWorkspace, false);
}

}  // namespace
