// Planners' stored pins and exclusions (plan_links) in a shared workspace: the database
// versions and logs every change whatever the client, lets only planners read or change
// them, and `sitefit copy` carries them both ways without logging them again.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include "postgis_test_support.hpp"

using namespace sitefit::test;
using nlohmann::json;

namespace {

// The sample as of this date places P024 on YY-0009 unless pinned (tests/cli shows it).
constexpr const char* kAsOf = "2025-06-01";

class SharedPlanLinks : public ::testing::Test {
protected:
    void SetUp() override {
        const auto gpkg = m_dir / "load.gpkg";
        std::filesystem::copy_file(SITEFIT_SAMPLE, gpkg);
        const ProcessResult loaded = runSitefit({"copy", gpkg.string(), m_db.workspace(), "-q"});
        ASSERT_EQ(loaded.exit_code, 0) << loaded.err;
    }

    [[nodiscard]] std::vector<Row> sql(const std::string& statement) const {
        return m_db.sql(statement);
    }

    ScratchDirectory m_dir;
    TestDatabase m_db;
    TestLogin m_planner{m_db, "planner", "sitefit_planner", m_dir.path()};
    TestLogin m_carrier{m_db, "carrier_gx", "sitefit_carrier", m_dir.path()};
    TestLogin m_investor{m_db, "investor", "sitefit_investor", m_dir.path()};
};

ProcessResult as(const TestLogin& login, std::vector<std::string> arguments) {
    for (std::string& argument : arguments) {
        if (argument == "WS") {
            argument = login.workspace();
        }
    }
    return runSitefit(arguments, login.environment());
}

std::string refusal(const TestLogin& login, const std::string& sql) {
    try {
        query(login.conninfo(), sql);
    } catch (const SqlError& error) {
        return error.sqlstate();
    }
    return "";
}

// "object_id field old→new version" of the log's plan_links lines, in order.
std::vector<std::string> linkLog(const TestDatabase& db) {
    std::vector<std::string> out;
    for (const Row& row :
         db.sql("SELECT object_id, field, old_value, new_value, version, editor FROM edit_log "
                "WHERE layer = 'plan_links' ORDER BY fid")) {
        out.push_back(row[0].value_or("") + " " + row[1].value_or("") + " " + row[2].value_or("") +
                      "→" + row[3].value_or("") + " " + row[4].value_or("") + " " +
                      row[5].value_or(""));
    }
    return out;
}

std::string placed(const ProcessResult& allocated, const std::string& project) {
    const json plan = json::parse(allocated.out);
    for (const json& a : plan["assignments"]) {
        if (a["project_id"] == project) {
            return a["site_id"];
        }
    }
    return "";
}

}  // namespace

TEST_F(SharedPlanLinks, APlannersLinksAreVersionedAndLoggedByTheDatabase) {
    ProcessResult result =
        as(m_planner, {"edit", "WS", "--pin", "P024=JP-0044", "--note", "园区已同意"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("link P024=JP-0044 (version 0 → 1)"), std::string::npos)
        << result.out;
    EXPECT_EQ(sql("SELECT kind, note, version FROM plan_links"),
              (std::vector<Row>{{"pin", "园区已同意", "1"}}));

    result = as(m_planner, {"allocate", "WS", "--as-of", kAsOf, "--json", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(placed(result, "P024"), "JP-0044");

    // Stale: refused, nothing saved.
    result = as(m_planner, {"edit", "WS", "--exclude", "P001=YY-0021", "--expect-version", "1"});
    EXPECT_EQ(result.exit_code, 5);  // a stale save
    EXPECT_NE(result.err.find("the link is at version 0, not 1"), std::string::npos) << result.err;
    // A second pin for the project: refused by sitefit, and by the database to any client.
    result = as(m_planner, {"edit", "WS", "--pin", "P024=YY-0009"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("already pinned to site JP-0044"), std::string::npos) << result.err;
    EXPECT_EQ(refusal(m_planner,
                      "INSERT INTO plan_links (project_id, site_id, kind) "
                      "VALUES ('P024', 'YY-0009', 'pin')"),
              "23505");
    EXPECT_EQ(refusal(m_planner,
                      "INSERT INTO plan_links (project_id, site_id, kind) "
                      "VALUES ('P001', 'YY-0021', 'maybe')"),
              "23514");

    result = as(m_planner, {"edit", "WS", "--unlink", "P024=JP-0044"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(sql("SELECT count(*) FROM plan_links")[0][0], "0");
    // Whatever the client (here plain SQL), the log holds every change with its version.
    query(m_planner.conninfo(),
          "INSERT INTO plan_links (project_id, site_id, kind) VALUES ('P001', 'YY-0021', "
          "'exclude')");
    query(m_planner.conninfo(),
          "UPDATE plan_links SET note = '留给链主' WHERE project_id = 'P001'");
    const std::string who = m_planner.user();
    EXPECT_EQ(linkLog(m_db), (std::vector<std::string>{
                                 "P024=JP-0044 kind →pin 1 " + who,
                                 "P024=JP-0044 note →园区已同意 1 " + who,
                                 "P024=JP-0044 kind pin→ 2 " + who,
                                 "P024=JP-0044 note 园区已同意→ 2 " + who,
                                 "P001=YY-0021 kind →exclude 1 " + who,
                                 "P001=YY-0021 note →留给链主 2 " + who,
                             }));
    EXPECT_EQ(sql("SELECT version FROM plan_links")[0][0], "2");
}

TEST_F(SharedPlanLinks, CarriersAndInvestorsAreRefusedByTheDatabase) {
    ASSERT_EQ(as(m_planner, {"edit", "WS", "--pin", "P024=JP-0044", "-q"}).exit_code, 0);
    for (const TestLogin* login : {&m_carrier, &m_investor}) {
        const ProcessResult result = as(*login, {"edit", "WS", "--exclude", "P001=YY-0021"});
        EXPECT_EQ(result.exit_code, 4) << login->user();
        EXPECT_NE(result.err.find("database user '" + login->user() +
                                  "' may not read or change pins and exclusions"),
                  std::string::npos)
            << result.err;
        // The database itself refuses any client.
        EXPECT_EQ(refusal(*login, "SELECT * FROM plan_links"), "42501") << login->user();
        EXPECT_EQ(refusal(*login,
                          "INSERT INTO plan_links (project_id, site_id, kind) "
                          "VALUES ('P001', 'YY-0021', 'exclude')"),
                  "42501");
        EXPECT_EQ(refusal(*login, "DELETE FROM plan_links"), "42501");
        // Nor does the log show them the planners' links.
        if (login == &m_carrier) {
            EXPECT_EQ(query(login->conninfo(),
                            "SELECT count(*) FROM edit_log WHERE layer = 'plan_links'")[0][0],
                      "0");
        }
    }
    EXPECT_EQ(sql("SELECT project_id || '=' || site_id FROM plan_links"),
              (std::vector<Row>{{"P024=JP-0044"}}));
    // To them the workspace reads as one without links.
    const ProcessResult allocated =
        as(m_carrier, {"allocate", "WS", "--as-of", kAsOf, "--json", "-q"});
    ASSERT_EQ(allocated.exit_code, 0) << allocated.err;
    // (Its plan differs from a planner's anyway: without the confidential investment, the
    // investment-intensity checks pass other sites.)
    const json links = json::parse(allocated.out)["stored_links"];
    EXPECT_TRUE(links["applied"].empty());
    EXPECT_TRUE(links["overridden"].empty());
}

TEST_F(SharedPlanLinks, CopyCarriesLinksBothWaysWithVersionsAndLog) {
    // Links made in a GeoPackage: one pin moved once (versions 1 and 2 in the log), one
    // exclusion.
    const auto gpkg = (m_dir / "planned.gpkg").string();
    std::filesystem::copy_file(SITEFIT_SAMPLE, gpkg);
    ASSERT_EQ(runSitefit({"edit", gpkg, "--pin", "P024=JP-0044", "--as", "wang", "-q"}).exit_code,
              0);
    ASSERT_EQ(runSitefit(
                  {"edit", gpkg, "--pin", "P024=JP-0044", "--note", "已签约", "--as", "wang", "-q"})
                  .exit_code,
              0);
    ASSERT_EQ(runSitefit({"edit", gpkg, "--exclude", "P001=YY-0021", "-q"}).exit_code, 0);

    ProcessResult result = runSitefit({"copy", gpkg, m_db.workspace(), "--replace"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(sql("SELECT project_id, site_id, kind, note, version FROM plan_links ORDER BY fid"),
              (std::vector<Row>{{"P024", "JP-0044", "pin", "已签约", "2"},
                                {"P001", "YY-0021", "exclude", std::nullopt, "1"}}));
    // The copy's inserts are not new links: the log is the GeoPackage's, no more.
    EXPECT_EQ(sql("SELECT count(*) FROM edit_log WHERE layer = 'plan_links'")[0][0], "3");

    // Back to a GeoPackage: the same links, versions and log.
    const auto back = (m_dir / "back.gpkg").string();
    result = runSitefit({"copy", m_db.workspace(), back, "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(back.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(dataset);
    OGRLayer* links = dataset->GetLayerByName("plan_links");
    ASSERT_NE(links, nullptr);
    std::vector<std::string> rows;
    for (const auto& feature : *links) {
        // One call at a time: GDAL reuses the buffer a number's text is returned in.
        std::string row = feature->GetFieldAsString("project_id");
        row += std::string("=") + feature->GetFieldAsString("site_id");
        row += std::string(" ") + feature->GetFieldAsString("kind");
        row += std::string(" ") + feature->GetFieldAsString("note");
        row += " v" + std::to_string(feature->GetFieldAsInteger64("version"));
        rows.push_back(row);
    }
    EXPECT_EQ(rows,
              (std::vector<std::string>{"P024=JP-0044 pin 已签约 v2", "P001=YY-0021 exclude  v1"}));
    // And editing goes on where it stopped, in both.
    result = runSitefit({"edit", m_db.workspace(), "--unlink", "P001=YY-0021", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(sql("SELECT count(*) FROM plan_links")[0][0], "1");
    result = runSitefit(
        {"edit", back, "--pin", "P024=JP-0044", "--note", "", "--expect-version", "2", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    result = runSitefit({"allocate", back, "--as-of", kAsOf, "--json", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(placed(result, "P024"), "JP-0044");
}
