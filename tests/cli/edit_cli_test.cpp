#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <random>
#include <thread>

#include "command_runner.hpp"

using namespace sitefit::test;

namespace {

std::string copyOfSample(const ScratchDir& dir, const std::string& name = "haizhou.gpkg") {
    const auto path = dir / name;
    std::filesystem::copy_file(SITEFIT_SAMPLE, path,
                               std::filesystem::copy_options::overwrite_existing);
    return path.string();
}

std::vector<std::string> buildingIds(const std::string& path) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    std::vector<std::string> ids;
    for (const auto& feature : *dataset->GetLayerByName("buildings")) {
        ids.emplace_back(feature->GetFieldAsString("building_id"));
    }
    return ids;
}

// What the workspace holds of a batch that sets every building's rent to `rent`.
struct BatchState {
    long long buildings = 0;
    long long with_new_rent = 0;
    long long log_entries = 0;  // -1: no edit_log table
    long long version_sum = 0;
};

BatchState batchState(const std::string& path, double rent) {
    GDALAllRegister();
    BatchState state;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    if (!dataset) {
        state.buildings = -1;
        return state;
    }
    for (const auto& feature : *dataset->GetLayerByName("buildings")) {
        ++state.buildings;
        state.with_new_rent += feature->GetFieldAsDouble("rent") == rent ? 1 : 0;
        const int version = feature->GetFieldIndex("version");
        if (version >= 0) {
            state.version_sum += feature->GetFieldAsInteger64(version);
        }
    }
    OGRLayer* log = dataset->GetLayerByName("edit_log");
    state.log_entries = log == nullptr ? -1 : log->GetFeatureCount();
    return state;
}

}  // namespace

TEST(EditCli, ShowsSetsAndRefusesAStaleSaveWithItsOwnExitCode) {
    ScratchDir dir;
    const std::string ws = copyOfSample(dir);
    CommandResult shown = runSitefit({"edit", ws, "--building", "B000001"});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_NE(shown.out.find("version 0"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("floor_area_m2     3264"), std::string::npos) << shown.out;

    CommandResult saved =
        runSitefit({"edit", ws, "--building", "B000001", "--set", "vacant_m2=3200", "--set",
                    "rent=28.5", "--as", "li.wei", "--expect-version", "0"});
    ASSERT_EQ(saved.exit_code, 0) << saved.err;
    EXPECT_NE(saved.out.find("Saved 2 changes to building B000001 (version 0 → 1)"),
              std::string::npos)
        << saved.out;
    EXPECT_NE(saved.out.find("as li.wei"), std::string::npos);

    // A second editor who read version 0 too.
    CommandResult stale = runSitefit({"edit", ws, "--building", "B000001", "--set", "vacant_m2=100",
                                      "--expect-version", "0", "--as", "zhao"});
    EXPECT_EQ(stale.exit_code, 5) << stale.err;
    EXPECT_NE(stale.err.find("feature 'B000001'"), std::string::npos) << stale.err;
    EXPECT_NE(stale.err.find("last saved by li.wei"), std::string::npos) << stale.err;

    shown = runSitefit({"edit", ws, "--building", "B000001"});
    EXPECT_NE(shown.out.find("version 1, last saved by li.wei"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("vacant_m2         3200"), std::string::npos) << shown.out;
}

TEST(EditCli, ExitCodesOfRefusals) {
    ScratchDir dir;
    const std::string ws = copyOfSample(dir);
    // Usage (2): no row, two rows, a bad --set, an unknown field.
    EXPECT_EQ(runSitefit({"edit", ws, "--set", "rent=1"}).exit_code, 2);
    EXPECT_EQ(runSitefit({"edit", ws, "--building", "B000001", "--parcel", "P0001"}).exit_code, 2);
    EXPECT_EQ(runSitefit({"edit", ws, "--building", "B000001", "--set", "rent"}).exit_code, 2);
    const CommandResult unknown =
        runSitefit({"edit", ws, "--building", "B000001", "--set", "vacancy=1"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("the fields that can be set are: kind, floors"), std::string::npos)
        << unknown.err;
    // Input (3): a value the reader refuses, an unknown id.
    const CommandResult over =
        runSitefit({"edit", ws, "--building", "B000001", "--set", "vacant_m2=5000"});
    EXPECT_EQ(over.exit_code, 3);
    EXPECT_NE(over.err.find("sitefit: error: " + ws +
                            ", layer 'buildings', feature 'B000001', field 'vacant_m2': vacant "
                            "space 5000 m² exceeds the floor area 3264 m²"),
              std::string::npos)
        << over.err;
    EXPECT_EQ(runSitefit({"edit", ws, "--building", "NOPE", "--set", "rent=1"}).exit_code, 3);
    // A refused save changes no row.
    EXPECT_NE(runSitefit({"edit", ws, "--building", "B000001"}).out.find("version 0"),
              std::string::npos);
}

TEST(EditCli, BatchSavesEveryChangeInOneTransaction) {
    ScratchDir dir;
    const std::string ws = copyOfSample(dir);
    const auto csv = dir / "changes.csv";
    std::ofstream(csv) << "layer,id,field,value,version\n"
                          "building,B000001,vacant_m2,1000,0\n"
                          "building,B000002,rent,21,\n"
                          "project,P001,jobs,150,\n";
    CommandResult result = runSitefit({"edit", ws, "--batch", csv.string(), "--as", "batch"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Saved 3 changes to 3 rows in one transaction"), std::string::npos)
        << result.out;
    // A batch with one bad line saves nothing.
    std::ofstream(csv) << "layer,id,field,value\n"
                          "building,B000003,rent,22\n"
                          "building,B000004,floors,0\n";
    result = runSitefit({"edit", ws, "--batch", csv.string()});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("field 'floors': must be between 1 and 200"), std::string::npos)
        << result.err;
    EXPECT_NE(runSitefit({"edit", ws, "--building", "B000003"}).out.find("version 0"),
              std::string::npos);
}

// An edit and a whole-file writer (`capacity --write`, which works on a copy renamed over the
// workspace) at the same time: they take turns (the workspace's writer lock), so neither the
// edit nor the stored layers are lost.
TEST(EditCli, AnEditBesideAWholeFileWriterIsNotLost) {
    ScratchDir dir;
    const auto csv = dir / "batch.csv";
    for (int round = 0; round < 4; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        const std::string ws = copyOfSample(dir);
        const std::vector<std::string> ids = buildingIds(ws);
        {
            std::ofstream out(csv);
            out << "layer,id,field,value\n";
            for (const std::string& id : ids) {
                out << "buildings," << id << ",rent,31.25\n";
            }
        }
        CommandResult edit;
        CommandResult write;
        std::thread editor([&] { edit = runSitefit({"edit", ws, "--batch", csv.string(), "-q"}); });
        std::thread writer([&] { write = runSitefit({"capacity", ws, "--write", "-q"}); });
        editor.join();
        writer.join();
        ASSERT_EQ(edit.exit_code, 0) << edit.err;
        ASSERT_EQ(write.exit_code, 0) << write.err;
        const BatchState state = batchState(ws, 31.25);
        EXPECT_EQ(state.with_new_rent, static_cast<long long>(ids.size()));
        EXPECT_EQ(state.log_entries, static_cast<long long>(ids.size()));
        GDALDatasetUniquePtr dataset(GDALDataset::Open(ws.c_str(), GDAL_OF_VECTOR));
        EXPECT_NE(dataset->GetLayerByName("parcel_capacity"), nullptr);
    }
}

// kill -9 at a random moment of a large batch leaves a sound GeoPackage holding either the
// old state or the new, whole: rows, versions and edit log agree.
TEST(EditCli, KilledMidBatchLeavesTheOldOrTheNewStateNeverAMix) {
    ScratchDir dir;
    const std::string original = copyOfSample(dir, "original.gpkg");
    const std::vector<std::string> ids = buildingIds(original);
    const double rent = 31.25;  // no building of the sample has it
    const auto csv = dir / "batch.csv";
    {
        std::ofstream out(csv);
        out << "layer,id,field,value\n";
        for (const std::string& id : ids) {
            out << "buildings," << id << ",rent," << rent << "\n";
        }
    }
    const auto n = static_cast<long long>(ids.size());

    // How long an uninterrupted run takes, to spread the kills over it.
    const std::string timed = copyOfSample(dir, "timed.gpkg");
    const auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(runSitefit({"edit", timed, "--batch", csv.string(), "-q"}).exit_code, 0);
    const auto full = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start);

    const unsigned seed = std::random_device{}();
    std::mt19937 random(seed);
    std::uniform_int_distribution<long long> delay(0, full.count() * 11 / 10);
    int oldState = 0;
    int newState = 0;
    int midTransaction = 0;
    constexpr int kRounds = 16;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE("seed " + std::to_string(seed) + ", round " + std::to_string(round));
        const std::string ws = copyOfSample(dir, "w.gpkg");
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, STDOUT_FILENO);
            ::dup2(null, STDERR_FILENO);
            ::execl(SITEFIT_BINARY, SITEFIT_BINARY, "edit", ws.c_str(), "--batch", csv.c_str(),
                    "-q", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        // SQLite's journal left behind: the kill came inside a transaction.
        midTransaction += std::filesystem::exists(ws + "-journal") ? 1 : 0;

        // A reader first (read-only, as `capacity` opens it), then SQLite's own check.
        const CommandResult read = runSitefit({"capacity", ws, "--json", "-q"});
        EXPECT_EQ(read.exit_code, 0) << read.err;
        const CommandResult check = runCommand("sqlite3", {ws, "PRAGMA integrity_check"});
        EXPECT_EQ(check.out, "ok\n") << check.err;

        const BatchState state = batchState(ws, rent);
        ASSERT_EQ(state.buildings, n);
        const bool isOld =
            state.with_new_rent == 0 && state.version_sum == 0 && state.log_entries <= 0;
        const bool isNew =
            state.with_new_rent == n && state.version_sum == n && state.log_entries == n;
        EXPECT_TRUE(isOld || isNew) << "rows with the new rent: " << state.with_new_rent
                                    << ", version sum: " << state.version_sum
                                    << ", log entries: " << state.log_entries << " of " << n;
        oldState += isOld ? 1 : 0;
        newState += isNew ? 1 : 0;
    }
    std::cout << "[ kill -9 ] " << kRounds << " rounds over " << full.count() / 1000
              << " ms runs (seed " << seed << "): " << midTransaction
              << " killed inside a transaction; " << oldState << " old state, " << newState
              << " new state, 0 mixed\n";
}
