// Roles of a shared workspace, enforced by PostgreSQL: each refusal is proven twice, once
// through sitefit (a clear message and exit code) and once with plain SQL as the same user
// (the database itself refuses, whatever the client). Also: no password on the command
// line, and injection text stored verbatim or refused, never executed.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>

#include "postgis_test_support.hpp"

using namespace sitefit::test;

namespace {

constexpr const char* kGaoxin = "海州高新区管委会";  // owns B000001, GX-0001
constexpr const char* kGongye = "海州工业园管委会";  // owns B000446, GY-0001

// The sample in a database of its own, with a planner, two carriers and an investor.
class SharedWorkspace : public ::testing::Test {
protected:
    void SetUp() override {
        const auto gpkg = m_dir / "load.gpkg";
        std::filesystem::copy_file(SITEFIT_SAMPLE, gpkg);
        const ProcessResult loaded = runSitefit({"copy", gpkg.string(), m_db.workspace(), "-q"});
        ASSERT_EQ(loaded.exit_code, 0) << loaded.err;
        m_db.sql("INSERT INTO carrier_accounts (role_name, carrier) VALUES ($1, $2), ($3, $4)",
                 {m_gaoxin.user(), kGaoxin, m_gongye.user(), kGongye});
    }

    std::string value(const std::string& sql) const { return m_db.sql(sql)[0][0].value_or(""); }

    ScratchDirectory m_dir;
    TestDatabase m_db;
    TestLogin m_planner{m_db, "planner", "sitefit_planner", m_dir.path()};
    TestLogin m_gaoxin{m_db, "carrier_gx", "sitefit_carrier", m_dir.path()};
    TestLogin m_gongye{m_db, "carrier_gy", "sitefit_carrier", m_dir.path()};
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

// The SQLSTATE the database answers `sql` with as `login` ("" when it is accepted).
std::string refusal(const TestLogin& login, const std::string& sql,
                    const std::vector<std::optional<std::string>>& params = {}) {
    try {
        query(login.conninfo(), sql, params);
    } catch (const SqlError& error) {
        return error.sqlstate();
    }
    return "";
}

}  // namespace

TEST_F(SharedWorkspace, ACarrierChangesItsOwnBuildingsAndParcels) {
    ProcessResult result = as(m_gaoxin, {"edit", "WS", "--building", "B000001", "--set",
                                         "vacant_m2=1200", "--set", "rent=24"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("as " + m_gaoxin.user()), std::string::npos) << result.out;
    result = as(m_gaoxin, {"edit", "WS", "--parcel", "GX-0001", "--set", "status=available"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(value("SELECT vacant_m2 FROM buildings WHERE building_id = 'B000001'"), "1200");
    EXPECT_EQ(value("SELECT status FROM parcels WHERE parcel_id = 'GX-0001'"), "available");
    // The log names the database user, whoever the client claims to be.
    EXPECT_EQ(value("SELECT string_agg(DISTINCT editor, ',') FROM edit_log"), m_gaoxin.user());
}

TEST_F(SharedWorkspace, ACarrierCannotChangeAnotherCarriersRow) {
    const ProcessResult result =
        as(m_gaoxin, {"edit", "WS", "--building", "B000446", "--set", "vacant_m2=100"});
    EXPECT_EQ(result.exit_code, 4);
    EXPECT_NE(result.err.find("layer 'buildings', feature 'B000446': the database refused the "
                              "change (row-level security): the building belongs to carrier '" +
                              std::string(kGongye) + "', and database user '" + m_gaoxin.user() +
                              "' may change only rows of carrier '" + kGaoxin + "'"),
              std::string::npos)
        << result.err;
    EXPECT_EQ(value("SELECT vacant_m2 FROM buildings WHERE building_id = 'B000446'"), "0");
    // The database refuses it to any client, not only to sitefit.
    EXPECT_EQ(refusal(m_gaoxin, "UPDATE buildings SET rent = 1 WHERE building_id = 'B000446'"),
              "42501");
    EXPECT_EQ(
        refusal(m_gaoxin, "UPDATE parcels SET status = 'built' WHERE parcel_id = $1", {"GY-0001"}),
        "42501");
    // A row of no carrier is no carrier's to change.
    EXPECT_EQ(refusal(m_gaoxin, "UPDATE buildings SET rent = 1 WHERE carrier IS NULL"), "42501");
    // A batch touching one foreign row saves nothing.
    const auto csv = m_dir / "batch.csv";
    std::ofstream(csv) << "layer,id,field,value\nbuilding,B000001,rent,30\n"
                          "building,B000446,rent,30\n";
    EXPECT_EQ(as(m_gaoxin, {"edit", "WS", "--batch", csv.string()}).exit_code, 4);
    EXPECT_EQ(value("SELECT rent IS NULL FROM buildings WHERE building_id = 'B000001'"), "t");
    EXPECT_EQ(value("SELECT count(*) FROM edit_log"), "0");
}

TEST_F(SharedWorkspace, ACarrierCannotTakeARowNorChangeOtherFieldsNorProjects) {
    // Taking another's row by naming oneself its carrier.
    ProcessResult result = as(m_gaoxin, {"edit", "WS", "--building", "B000446", "--set",
                                         std::string("carrier=") + kGaoxin});
    EXPECT_EQ(result.exit_code, 4) << result.err;
    EXPECT_EQ(refusal(m_gaoxin, "UPDATE buildings SET carrier = $1 WHERE building_id = 'B000446'",
                      {kGaoxin}),
              "42501");
    // Its own building's kind, floors or geometry are the planners'.
    result = as(m_gaoxin, {"edit", "WS", "--building", "B000001", "--set", "kind=warehouse"});
    EXPECT_EQ(result.exit_code, 4);
    EXPECT_NE(result.err.find("may not change field(s) 'kind' of buildings"), std::string::npos)
        << result.err;
    EXPECT_EQ(refusal(m_gaoxin,
                      "UPDATE buildings SET geom = ST_Translate(geom, 1, 0) "
                      "WHERE building_id = 'B000001'"),
              "42501");
    // Projects are the planners'.
    result = as(m_gaoxin, {"edit", "WS", "--project", "P001", "--set", "jobs=1"});
    EXPECT_EQ(result.exit_code, 4) << result.err;
    EXPECT_EQ(refusal(m_gaoxin, "DELETE FROM buildings WHERE building_id = 'B000001'"), "42501");
    EXPECT_EQ(refusal(m_gaoxin,
                      "INSERT INTO edit_log (edited_at, editor, layer, object_id, "
                      "field, version) VALUES ('x', 'x', 'x', 'x', 'x', 1)"),
              "42501");
    EXPECT_EQ(value("SELECT kind FROM buildings WHERE building_id = 'B000001'"), "rnd_office");
}

TEST_F(SharedWorkspace, AnInvestorReadsButNeverWritesNorSeesConfidentialFields) {
    // Reading the workspace works: the confidential fields are simply not there.
    ProcessResult result = as(m_investor, {"capacity", "WS", "--json", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    result = as(m_investor, {"chains", "WS"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto copied = (m_dir / "investor.gpkg").string();
    result = as(m_investor, {"copy", "WS", copied, "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    {
        GDALAllRegister();
        GDALDatasetUniquePtr dataset(GDALDataset::Open(copied.c_str(), GDAL_OF_VECTOR));
        OGRLayer* projects = dataset->GetLayerByName("projects");
        ASSERT_NE(projects, nullptr);
        EXPECT_EQ(projects->GetFeatureCount(), 48);
        EXPECT_LT(projects->GetLayerDefn()->GetFieldIndex("investor"), 0);
        EXPECT_LT(projects->GetLayerDefn()->GetFieldIndex("investment"), 0);
        EXPECT_GE(projects->GetLayerDefn()->GetFieldIndex("land_m2"), 0);
        EXPECT_EQ(dataset->GetLayerByName("edit_log"), nullptr);
    }
    // Reading them is refused by the database.
    EXPECT_EQ(refusal(m_investor, "SELECT investor FROM projects"), "42501");
    EXPECT_EQ(refusal(m_investor, "SELECT investment FROM projects"), "42501");
    EXPECT_EQ(refusal(m_investor, "SELECT * FROM projects"), "42501");
    EXPECT_EQ(refusal(m_investor, "SELECT * FROM edit_log"), "42501");
    EXPECT_EQ(refusal(m_investor, "SELECT project_id, land_m2 FROM projects"), "");
    EXPECT_EQ(query(m_investor.conninfo(),
                    "SELECT count(*) FROM information_schema.columns WHERE table_name = "
                    "'projects_public' AND column_name IN ('investor', 'investment')")[0][0],
              "0");
    result = as(m_investor, {"edit", "WS", "--project", "P001"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("the database refused to show the row"), std::string::npos)
        << result.err;
    // Writing anything is refused.
    result = as(m_investor, {"edit", "WS", "--building", "B000001", "--set", "rent=1"});
    EXPECT_EQ(result.exit_code, 4);
    EXPECT_NE(result.err.find("database user '" + m_investor.user() + "' may not change"),
              std::string::npos)
        << result.err;
    result = as(m_investor, {"capacity", "WS", "--write", "-q"});
    EXPECT_EQ(result.exit_code, 4);
    EXPECT_NE(result.err.find("only planners"), std::string::npos) << result.err;
    EXPECT_EQ(refusal(m_investor, "UPDATE buildings SET rent = 1"), "42501");
    EXPECT_EQ(refusal(m_investor, "DELETE FROM zones"), "42501");
    EXPECT_EQ(refusal(m_investor, "INSERT INTO chains (chain_code, name_zh) VALUES ('X', 'x')"),
              "42501");
    EXPECT_EQ(refusal(m_investor, "CREATE TABLE parcel_notes (x int)"), "42501");
    EXPECT_EQ(value("SELECT count(*) FROM edit_log"), "0");
}

// An enterprise's own figure (annual output) is the planners' alone: neither carriers nor
// investors read it, by any query the database answers them, nor through sitefit, which
// reads enterprises_public for them; both still read every enterprise with its name,
// category, role and place, and capacity runs for them.
TEST_F(SharedWorkspace, EnterpriseFiguresAreThePlannersAlone) {
    const std::string enterprises = value("SELECT count(*) FROM enterprises");
    ASSERT_NE(enterprises, "0");
    EXPECT_NE(query(m_planner.conninfo(), "SELECT count(annual_output) FROM enterprises")[0][0],
              "0");
    for (const TestLogin* login : {&m_gaoxin, &m_gongye, &m_investor}) {
        SCOPED_TRACE(login->user());
        for (const char* sql :
             {"SELECT annual_output FROM enterprises", "SELECT * FROM enterprises",
              "SELECT sum(annual_output) FROM enterprises",
              "SELECT name FROM enterprises WHERE annual_output > 10",
              "SELECT name FROM enterprises ORDER BY annual_output"}) {
            EXPECT_EQ(refusal(*login, sql), "42501") << sql;
        }
        EXPECT_EQ(refusal(*login, "UPDATE enterprises SET annual_output = 1"), "42501");
        EXPECT_EQ(query(login->conninfo(), "SELECT count(*) FROM enterprises_public")[0][0],
                  enterprises);
        EXPECT_EQ(query(login->conninfo(),
                        "SELECT count(*) FROM information_schema.columns WHERE table_name = "
                        "'enterprises_public' AND column_name = 'annual_output'")[0][0],
                  "0");
        EXPECT_EQ(refusal(*login,
                          "SELECT enterprise_id, name, category_code, role, "
                          "industry_code, ST_AsText(geom) FROM enterprises"),
                  "");
        const ProcessResult capacity = as(*login, {"capacity", "WS", "-q"});
        EXPECT_EQ(capacity.exit_code, 0) << capacity.err;
        const std::string copied = (m_dir.path() / (login->user() + ".gpkg")).string();
        const ProcessResult copy = as(*login, {"copy", "WS", copied, "-q"});
        ASSERT_EQ(copy.exit_code, 0) << copy.err;
        GDALAllRegister();
        GDALDatasetUniquePtr dataset(GDALDataset::Open(copied.c_str(), GDAL_OF_VECTOR));
        ASSERT_TRUE(dataset);
        OGRLayer* layer = dataset->GetLayerByName("enterprises");
        ASSERT_NE(layer, nullptr);
        EXPECT_EQ(std::to_string(layer->GetFeatureCount()), enterprises);
        EXPECT_LT(layer->GetLayerDefn()->GetFieldIndex("annual_output"), 0);
        EXPECT_GE(layer->GetLayerDefn()->GetFieldIndex("role"), 0);
        const OGRFeatureUniquePtr first(layer->GetNextFeature());
        ASSERT_TRUE(first);
        ASSERT_NE(first->GetGeometryRef(), nullptr);
        EXPECT_EQ(wkbFlatten(first->GetGeometryRef()->getGeometryType()), wkbPoint);
    }
    // The planner's copy keeps the figure.
    const std::string copied = (m_dir.path() / "planner.gpkg").string();
    const ProcessResult copy = as(m_planner, {"copy", "WS", copied, "-q"});
    ASSERT_EQ(copy.exit_code, 0) << copy.err;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(copied.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(dataset);
    EXPECT_GE(
        dataset->GetLayerByName("enterprises")->GetLayerDefn()->GetFieldIndex("annual_output"), 0);
}

TEST_F(SharedWorkspace, APlannerDoesEverythingAndTheLogShowsCarriersOnlySites) {
    ProcessResult result = as(m_planner, {"edit", "WS", "--project", "P001", "--set",
                                          "investment=88000", "--set", "investor=某集团"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    result = as(m_planner, {"edit", "WS", "--building", "B000446", "--set", "kind=warehouse"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    result = as(m_planner, {"capacity", "WS", "--write", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    result = as(m_planner, {"match", "WS", "--write", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // Capacity results are public; match results (projects' candidates) are not.
    EXPECT_EQ(refusal(m_investor, "SELECT count(*) FROM parcel_capacity"), "");
    EXPECT_EQ(refusal(m_investor, "SELECT count(*) FROM match_candidates"), "42501");
    // The log: planners see every entry, carriers those of buildings and parcels.
    EXPECT_EQ(query(m_planner.conninfo(), "SELECT count(*) FROM edit_log")[0][0], "3");
    EXPECT_EQ(query(m_gaoxin.conninfo(), "SELECT count(*) FROM edit_log")[0][0], "1");
    EXPECT_EQ(refusal(m_gaoxin, "SELECT new_value FROM edit_log WHERE field = 'investment'"), "");
    EXPECT_TRUE(
        query(m_gaoxin.conninfo(), "SELECT new_value FROM edit_log WHERE field = 'investment'")
            .empty());
}

TEST(PostgisSecurity, APasswordOnTheCommandLineIsRefusedAndNeverPrinted) {
    const std::vector<std::string> connections{
        "PG:host=127.0.0.1 dbname=haizhou user=li password=s3cret-pw",
        "PG:host=127.0.0.1 dbname=haizhou user=li password = 's3cret-pw'",
        "PG:host=127.0.0.1 PASSWORD=s3cret-pw dbname=haizhou",
        "PG:postgresql://li:s3cret-pw@127.0.0.1/haizhou",
    };
    for (const std::string& pg : connections) {
        for (const auto& command : std::vector<std::vector<std::string>>{
                 {"capacity", pg},
                 {"edit", pg, "--building", "B1", "--set", "rent=1"},
                 {"migrate", pg},
                 {"copy", SITEFIT_SAMPLE, pg},
                 {"copy", pg, "/tmp/never.gpkg"},
                 {"import", "--to", pg, "--zones", "z", "--parcels", "p", "--buildings", "b"},
             }) {
            const ProcessResult result = runSitefit(command);
            EXPECT_EQ(result.exit_code, 2) << command[0] << " " << pg << ": " << result.err;
            EXPECT_NE(result.err.find("a password in the connection string is refused"),
                      std::string::npos)
                << result.err;
            EXPECT_EQ(result.err.find("s3cret"), std::string::npos) << result.err;
            EXPECT_EQ(result.out.find("s3cret"), std::string::npos) << result.out;
        }
    }
}

TEST_F(SharedWorkspace, InjectionTextIsStoredVerbatimOrRefusedNeverExecuted) {
    const std::vector<std::string> attacks{
        "'; DROP TABLE parcels; --",      "\" OR 1=1 --",          "B000001' OR '1'='1",
        "x'); DELETE FROM buildings; --", "$1; TRUNCATE edit_log", "\\'; DROP TABLE zones; --",
    };
    for (const std::string& attack : attacks) {
        SCOPED_TRACE(attack);
        // As an id: no such row.
        ProcessResult result =
            as(m_planner, {"edit", "WS", "--building", attack, "--set", "rent=20"});
        EXPECT_EQ(result.exit_code, 3) << result.err;
        EXPECT_NE(result.err.find("no such building"), std::string::npos) << result.err;
        // As a text value: stored exactly.
        result = as(m_planner, {"edit", "WS", "--project", "P002", "--set", "name=" + attack,
                                "--set", "preferred_zone=" + attack});
        ASSERT_EQ(result.exit_code, 0) << result.err;
        EXPECT_EQ(m_db.sql("SELECT name = $1 AND preferred_zone = $1 FROM projects WHERE "
                           "project_id = 'P002'",
                           {attack})[0][0],
                  "t");
        // As a number or a date: refused by the reader's rules.
        EXPECT_EQ(
            as(m_planner, {"edit", "WS", "--project", "P002", "--set", "jobs=" + attack}).exit_code,
            3);
        EXPECT_EQ(as(m_planner, {"edit", "WS", "--project", "P002", "--set", "needed_by=" + attack})
                      .exit_code,
                  3);
        // As a field name: not a field.
        EXPECT_EQ(
            as(m_planner, {"edit", "WS", "--project", "P002", "--set", attack + "=1"}).exit_code,
            2);
    }
    // As a carrier's name: row-level security compares it as text.
    const std::string evil = attacks[0];
    m_db.sql("UPDATE buildings SET carrier = $1 WHERE building_id = 'B000002'", {evil});
    m_db.sql("DELETE FROM carrier_accounts WHERE role_name = $1", {m_gongye.user()});
    m_db.sql("INSERT INTO carrier_accounts (role_name, carrier) VALUES ($1, $2)",
             {m_gongye.user(), evil});
    ProcessResult result =
        as(m_gongye, {"edit", "WS", "--building", "B000002", "--set", "rent=21"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    result = as(m_gongye, {"edit", "WS", "--building", "B000001", "--set", "rent=21"});
    EXPECT_EQ(result.exit_code, 4) << result.err;
    // In a batch file.
    const auto csv = m_dir / "attack.csv";
    std::ofstream(csv) << "layer,id,field,value\nproject,P003,name,\"'; DROP TABLE parcels; --\"\n"
                          "project,P003,investor,\"\"\" OR 1=1 --\"\n";
    result = as(m_planner, {"edit", "WS", "--batch", csv.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(value("SELECT name FROM projects WHERE project_id = 'P003'"), attacks[0]);
    EXPECT_EQ(value("SELECT investor FROM projects WHERE project_id = 'P003'"), attacks[1]);
    // Nothing was executed: every table is whole.
    EXPECT_EQ(value("SELECT count(*) FROM parcels"), "552");
    EXPECT_EQ(value("SELECT count(*) FROM buildings"), "6326");
    EXPECT_EQ(value("SELECT count(*) FROM zones"), "8");
    EXPECT_EQ(
        m_db.sql("SELECT count(*) > 0 FROM edit_log WHERE new_value = $1", {attacks[0]})[0][0],
        "t");
}
