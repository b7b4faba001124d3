// Several editors at once on a PostGIS workspace: optimistic locking refuses the stale save
// (naming the row and who saved it), and under load no acknowledged save is lost.
#include <gtest/gtest.h>

#include <iostream>
#include <sstream>

#include "postgis_test_support.hpp"

using namespace sitefit::test;

namespace {

class TwoPlanners : public ::testing::Test {
protected:
    void SetUp() override {
        const auto gpkg = m_dir / "load.gpkg";
        std::filesystem::copy_file(SITEFIT_SAMPLE, gpkg);
        const ProcessResult loaded = runSitefit({"copy", gpkg.string(), m_db.workspace(), "-q"});
        ASSERT_EQ(loaded.exit_code, 0) << loaded.err;
    }

    ProcessResult as(const TestLogin& login, std::vector<std::string> arguments) const {
        for (std::string& argument : arguments) {
            if (argument == "WS") {
                argument = login.workspace();
            }
        }
        return runSitefit(arguments, login.environment());
    }

    ScratchDirectory m_dir;
    TestDatabase m_db;
    TestLogin m_wang{m_db, "wang", "sitefit_planner", m_dir.path()};
    TestLogin m_zhao{m_db, "zhao", "sitefit_planner", m_dir.path()};
};

}  // namespace

TEST_F(TwoPlanners, TheSecondSaveOfARowIsRefusedNamingTheOtherEditorAndNothingIsLost) {
    const auto taxBefore =
        m_db.sql("SELECT annual_tax FROM projects WHERE project_id = 'P005'")[0][0];
    // Both read P005 at version 0.
    ASSERT_NE(as(m_wang, {"edit", "WS", "--project", "P005"}).out.find("version 0"),
              std::string::npos);
    ProcessResult result = as(
        m_wang, {"edit", "WS", "--project", "P005", "--set", "jobs=120", "--expect-version", "0"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    result = as(m_zhao, {"edit", "WS", "--project", "P005", "--set", "annual_tax=800",
                         "--expect-version", "0"});
    EXPECT_EQ(result.exit_code, 5);
    EXPECT_NE(result.err.find("layer 'projects', feature 'P005': the row is at version 1, not 0 "
                              "as expected: it was last saved by " +
                              m_wang.user()),
              std::string::npos)
        << result.err;
    EXPECT_EQ(m_db.sql("SELECT annual_tax FROM projects WHERE project_id = 'P005'")[0][0],
              taxBefore);
    // Zhao reads again and redoes the change: both changes stand.
    ASSERT_NE(as(m_zhao, {"edit", "WS", "--project", "P005"})
                  .out.find("version 1, last saved by " + m_wang.user()),
              std::string::npos);
    result = as(m_zhao, {"edit", "WS", "--project", "P005", "--set", "annual_tax=800",
                         "--expect-version", "1"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto row =
        m_db.sql("SELECT jobs, annual_tax, version FROM projects WHERE project_id = 'P005'");
    EXPECT_EQ(*row[0][0], "120");
    EXPECT_EQ(*row[0][1], "800");
    EXPECT_EQ(*row[0][2], "2");
}

TEST_F(TwoPlanners, SavesStartedTogetherOnTheSameVersion_ExactlyOneWins) {
    for (int round = 0; round < 8; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        const std::string version =
            *m_db.sql("SELECT version FROM projects WHERE project_id = 'P006'")[0][0];
        BackgroundProgram first(
            SITEFIT_BINARY,
            {"edit", m_wang.workspace(), "--project", "P006", "--set",
             "jobs=" + std::to_string(100 + round), "--expect-version", version},
            m_wang.environment());
        BackgroundProgram second(
            SITEFIT_BINARY,
            {"edit", m_zhao.workspace(), "--project", "P006", "--set",
             "jobs=" + std::to_string(200 + round), "--expect-version", version},
            m_zhao.environment());
        const ProcessResult a = first.wait();
        const ProcessResult b = second.wait();
        EXPECT_TRUE((a.exit_code == 0 && b.exit_code == 5) ||
                    (a.exit_code == 5 && b.exit_code == 0))
            << a.exit_code << " " << a.err << " / " << b.exit_code << " " << b.err;
        const std::string winner =
            a.exit_code == 0 ? std::to_string(100 + round) : std::to_string(200 + round);
        EXPECT_EQ(*m_db.sql("SELECT jobs FROM projects WHERE project_id = 'P006'")[0][0], winner);
        EXPECT_EQ(*m_db.sql("SELECT version FROM projects WHERE project_id = 'P006'")[0][0],
                  std::to_string(std::stoi(version) + 1));
    }
}

// N editor processes for a fixed time, each incrementing its own field in random rows of a
// few projects (so that they collide often), retrying stale saves. At the end every
// acknowledged increment is in the database: zero lost updates.
TEST_F(TwoPlanners, UnderLoadEveryAcknowledgedSaveIsKept) {
    const std::vector<std::string> fields{"annual_tax", "power_kva", "clear_height_m",
                                          "floor_load_kn_m2"};
    const std::vector<std::string> rows{"P001", "P002", "P003", "P004", "P005", "P006"};
    m_db.sql(
        "UPDATE projects SET annual_tax = 0, power_kva = 0, clear_height_m = 0, "
        "floor_load_kn_m2 = 0 WHERE project_id IN ('P001','P002','P003','P004','P005',"
        "'P006')");
    const char* seconds = std::getenv("SITEFIT_LOAD_SECONDS");
    const std::string duration = seconds != nullptr ? seconds : "10";
    std::vector<BackgroundProgram> workers;
    for (std::size_t w = 0; w < fields.size(); ++w) {
        std::vector<std::string> arguments{(w % 2 == 0 ? m_wang : m_zhao).workspace(), fields[w],
                                           duration, std::to_string(1234 + w)};
        arguments.insert(arguments.end(), rows.begin(), rows.end());
        workers.emplace_back(SITEFIT_LOAD_WORKER, arguments,
                             (w % 2 == 0 ? m_wang : m_zhao).environment());
    }
    long totalSaves = 0;
    long totalConflicts = 0;
    double slowestP95 = 0.0;
    double longest = 0.0;
    for (std::size_t w = 0; w < workers.size(); ++w) {
        const ProcessResult result = workers[w].wait();
        ASSERT_EQ(result.exit_code, 0) << result.err;
        std::istringstream lines(result.out);
        std::string word;
        std::map<std::string, long> acknowledged;
        while (lines >> word) {
            if (word == "ack") {
                std::string id;
                long count = 0;
                lines >> id >> count;
                acknowledged[id] = count;
            } else if (word == "saves") {
                long saves = 0;
                long conflicts = 0;
                double time = 0;
                double p50 = 0;
                double p95 = 0;
                std::string label;
                lines >> saves >> label >> conflicts >> label >> time >> label >> p50 >> label >>
                    p95;
                totalSaves += saves;
                totalConflicts += conflicts;
                slowestP95 = std::max(slowestP95, p95);
                longest = std::max(longest, time);
            }
        }
        // Every save this editor was told succeeded is in the row.
        for (const std::string& id : rows) {
            const auto stored = m_db.sql(
                "SELECT " + fields[w] + "::bigint FROM projects WHERE project_id = $1", {id});
            EXPECT_EQ(std::stol(*stored[0][0]), acknowledged[id])
                << fields[w] << " of " << id << ": lost updates";
        }
    }
    // And the log holds one entry per save, each version once per row.
    EXPECT_EQ(std::stol(*m_db.sql("SELECT count(*) FROM edit_log WHERE layer = 'projects' AND "
                                  "editor <> 'postgres'")[0][0]),
              totalSaves);
    EXPECT_EQ(m_db.sql("SELECT count(*) FROM (SELECT object_id, version FROM edit_log WHERE "
                       "editor <> 'postgres' GROUP BY 1, 2 HAVING count(*) > 1) d")[0][0],
              "0");
    EXPECT_GT(totalSaves, 0);
    std::cout << "[ load ] " << workers.size() << " editors, " << rows.size() << " rows, "
              << longest << " s: " << totalSaves << " saves acknowledged ("
              << static_cast<double>(totalSaves) / longest << "/s), " << totalConflicts
              << " stale saves retried, slowest editor's p95 " << slowestP95
              << " ms per save, 0 lost\n";
}
