// The value rules enforced where the data lives (docs/shared-workspace.md, "Value rules"):
// every rule of the one declaration (gis::valueRules) is refused by PostGIS, by a GeoPackage
// sitefit wrote, and by the reader; a value at the rule's edge is accepted by all three; a
// carrier's bad write through psql, GDAL or `sitefit edit` changes nothing and the district
// still reads; and `sitefit migrate` lists the rows that already break a rule before it
// changes anything.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>

#include "postgis_test_support.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/gis/value_rules.hpp"
#include "sitefit/gis/workspace_check.hpp"
#include "sitefit/gis/workspace_schema.hpp"

using namespace sitefit::test;
using sitefit::gis::ValueRule;
using sitefit::gis::ValueRuleKind;

namespace {

constexpr const char* kGaoxin = "海州高新区管委会";  // owns B000001 and GX-0001

std::string quotedText(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        out += c == '\'' ? std::string("''") : std::string(1, c);
    }
    return out + "'";
}

std::string figure(double value) {
    std::ostringstream out;
    out.precision(17);
    out << value;
    return out.str();
}

// A SET clause that breaks the rule, and one at the rule's edge that keeps it.
struct RuleCase {
    std::string bad;
    std::string good;
};

// Whether the field must also be above 0 on some rows (a project's land_m2 when it needs
// land): there, 0 is that rule's edge, not this one's.
bool mustBePositiveSomewhere(const ValueRule& rule) {
    for (const ValueRule& other : sitefit::gis::valueRules()) {
        if (other.kind == ValueRuleKind::PositiveWhen && other.layer == rule.layer &&
            other.field == rule.field) {
            return true;
        }
    }
    return false;
}

// ", below = NULL" for the field that must not be above this one (far_min for far_max), so
// that this field's edge, 0, does not break that rule.
std::string clearingBelow(const ValueRule& rule) {
    for (const ValueRule& other : sitefit::gis::valueRules()) {
        if (other.kind == ValueRuleKind::NotAbove && other.layer == rule.layer &&
            other.other == rule.field) {
            return ", \"" + std::string(other.field) + "\" = NULL";
        }
    }
    return "";
}

RuleCase ruleCase(const ValueRule& rule) {
    const std::string f = "\"" + std::string(rule.field) + "\"";
    const std::string o = "\"" + std::string(rule.other) + "\"";
    switch (rule.kind) {
        case ValueRuleKind::Given:
            return {f + " = '   '", f + " = ' ' || " + f + " || ' '"};  // the reader trims
        case ValueRuleKind::NotNegative:
            return {f + " = -1",
                    f + (mustBePositiveSomewhere(rule) ? " = 0.5" : " = 0") + clearingBelow(rule)};
        case ValueRuleKind::Ratio:
            return {f + " = 1.5", f + " = 1"};
        case ValueRuleKind::WholeRange:
            // A count's edge is the int's; the district's total of them must fit one too, so
            // a row takes a million, not the edge itself.
            return {
                f + " = " + figure(rule.low - 1),
                f + " = " + figure(rule.high >= std::numeric_limits<int>::max() ? 1e6 : rule.high)};
        case ValueRuleKind::OneOf:
            return {f + " = 'nonsense'",
                    f + " = " + quotedText(" " + std::string(rule.allowed.back()) + " ")};
        case ValueRuleKind::IndustryCode:
            return {f + " = 'C2'", f + " = 'C2710'"};
        case ValueRuleKind::IndustryCodes:
            return {f + " = 'C27, X1'", f + " = 'C27， C271;'"};
        case ValueRuleKind::NotAbove:
            return {f + " = 2, " + o + " = 1", f + " = 2, " + o + " = 2"};
        case ValueRuleKind::EitherGiven:
            // Blank rather than NULL: the sample's category_code predates the codes, NOT NULL.
            return {f + " = ' ', " + o + " = NULL", f + " = ' ', " + o + " = 'C2710'"};
        case ValueRuleKind::PositiveWhen:
            return {o + " = " + quotedText(std::string(rule.when)) + ", " + f + " = 0",
                    o + " = " + quotedText(std::string(rule.when)) + ", " + f + " = 0.5"};
        case ValueRuleKind::VacancyFitsFloorArea:
            // 1 % over is clamped with a warning (the default tolerance); 2 % over is refused.
            return {o + " = 1000, " + f + " = 1020", o + " = 1000, " + f + " = 1010"};
        case ValueRuleKind::VacancyFitsFootprint:
            return {o + " = NULL, " + f + " = 1e9", o + " = NULL, " + f + " = 0"};
    }
    return {};
}

// What GeoPackage triggers cannot check: a geometry's area (no SpatiaLite) and a list of
// codes (no regular expressions in plain SQLite). docs/shared-workspace.md says so.
bool geopackageChecks(const ValueRule& rule) {
    return !sitefit::gis::needsGeometry(rule) && rule.kind != ValueRuleKind::IndustryCodes;
}

std::vector<std::string> keyColumns(std::string_view layer) {
    const sitefit::gis::LayerSpec& spec = sitefit::gis::layerSpec(layer);
    if (!spec.id_field.empty()) {
        return {std::string(spec.id_field)};
    }
    if (layer == "chain_links") {
        return {"from_category", "to_category"};
    }
    return {"project_id", "site_id"};
}

// The sample with three exclusions (so that every table has rows), in PostGIS, in a
// GeoPackage written by `sitefit copy` (with the triggers) and in a plain copy without them.
class ValueRules : public ::testing::Test {
protected:
    void SetUp() override {
        std::filesystem::copy_file(SITEFIT_SAMPLE, m_plain);
        const ProcessResult linked =
            runSitefit({"edit", m_plain.string(), "--exclude", "P001=GX-0001", "--exclude",
                        "P001=GX-0002", "--exclude", "P002=GX-0003"});
        ASSERT_EQ(linked.exit_code, 0) << linked.err;
        // The sample predates the industry codes: their columns are added so that their
        // rules are tried in the GeoPackages too.
        {
            GDALDatasetUniquePtr plain = openForUpdate(m_plain);
            ASSERT_TRUE(plain);
            for (const auto* table : {"enterprises", "projects"}) {
                ASSERT_EQ(gdalRefusal(*plain, std::string("ALTER TABLE ") + table +
                                                  " ADD COLUMN industry_code TEXT"),
                          "");
            }
            ASSERT_EQ(gdalRefusal(*plain, "ALTER TABLE categories ADD COLUMN industry_codes TEXT"),
                      "");
        }
        ProcessResult copied = runSitefit({"copy", m_plain.string(), m_db.workspace(), "-q"});
        ASSERT_EQ(copied.exit_code, 0) << copied.err;
        copied = runSitefit({"copy", m_plain.string(), m_triggered.string(), "-q"});
        ASSERT_EQ(copied.exit_code, 0) << copied.err;
        m_db.sql("INSERT INTO carrier_accounts (role_name, carrier) VALUES ($1, $2)",
                 {m_carrier.user(), kGaoxin});
    }

    // The WHERE of the `index`th row of the layer (in key order).
    std::string row(std::string_view layer, std::size_t index) {
        const std::vector<std::string> columns = keyColumns(layer);
        std::string list;
        for (const std::string& column : columns) {
            list += (list.empty() ? "" : ", ") + column;
        }
        const auto rows = m_db.sql("SELECT " + list + " FROM " + std::string(layer) + " ORDER BY " +
                                   list + " OFFSET " + std::to_string(index) + " LIMIT 1");
        EXPECT_EQ(rows.size(), 1U) << layer << " has no row " << index;
        std::string where;
        for (std::size_t i = 0; i < columns.size() && !rows.empty(); ++i) {
            where += (where.empty() ? "" : " AND ") + columns[i] + " = " +
                     quotedText(rows[0][i].value_or(""));
        }
        return where;
    }

    // Each rule gets a row of its own in its layer, so that the rules' writes do not meet.
    std::vector<std::pair<const ValueRule*, std::string>> rulesWithRows() {
        std::vector<std::pair<const ValueRule*, std::string>> out;
        std::map<std::string_view, std::size_t> used;
        for (const ValueRule& rule : sitefit::gis::valueRules()) {
            out.emplace_back(&rule, row(rule.layer, used[rule.layer]++));
        }
        return out;
    }

    // The error GDAL reports for `sql` on the GeoPackage ("" when it is accepted).
    static std::string gdalRefusal(GDALDataset& dataset, const std::string& sql) {
        CPLErrorReset();
        CPLPushErrorHandler(CPLQuietErrorHandler);
        dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
        CPLPopErrorHandler();
        return CPLGetLastErrorType() == CE_Failure ? CPLGetLastErrorMsg() : "";
    }

    static GDALDatasetUniquePtr openForUpdate(const std::filesystem::path& path) {
        GDALAllRegister();
        return GDALDatasetUniquePtr(GDALDataset::Open(
            path.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    }

    // A digest of every row of every workspace table in the database.
    std::string databaseDigest() {
        std::string digest;
        for (const sitefit::gis::LayerSpec& spec : sitefit::gis::workspaceLayers()) {
            digest += m_db.sql(
                              "SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY fid), '')) "
                              "FROM " +
                              std::string(spec.name) + " t")[0][0]
                          .value_or("");
        }
        return digest;
    }

    ScratchDirectory m_dir;
    std::filesystem::path m_plain = m_dir / "plain.gpkg";
    std::filesystem::path m_triggered = m_dir / "triggered.gpkg";
    TestDatabase m_db;
    TestLogin m_carrier{m_db, "carrier_gx", "sitefit_carrier", m_dir.path()};
};

TEST_F(ValueRules, EveryRuleIsRefusedByPostgisTheGeoPackageAndTheReader) {
    const auto cases = rulesWithRows();
    const std::string before = databaseDigest();
    GDALDatasetUniquePtr triggered = openForUpdate(m_triggered);
    GDALDatasetUniquePtr plain = openForUpdate(m_plain);
    ASSERT_TRUE(triggered && plain);
    std::map<std::pair<std::string, std::string>, std::size_t> expected;  // (layer, field)
    for (const auto& [rule, where] : cases) {
        const std::string name = sitefit::gis::ruleName(*rule);
        const std::string update = "UPDATE " + std::string(rule->layer) + " SET " +
                                   ruleCase(*rule).bad + " WHERE " + where;
        SCOPED_TRACE(update);
        // PostGIS: SQLSTATE 23514, the table, field, value and rule named.
        try {
            m_db.sql(update);
            ADD_FAILURE() << "PostGIS accepted it";
        } catch (const SqlError& error) {
            EXPECT_EQ(error.sqlstate(), "23514") << error.what();
            EXPECT_NE(std::string(error.what()).find(name), std::string::npos) << error.what();
            EXPECT_NE(std::string(error.what())
                          .find(std::string(rule->layer) + "." + std::string(rule->field) + " = "),
                      std::string::npos)
                << error.what();
        }
        // The GeoPackage's triggers, through GDAL as QGIS writes.
        const std::string refused = gdalRefusal(*triggered, update);
        if (geopackageChecks(*rule)) {
            EXPECT_NE(refused.find(name), std::string::npos) << refused;
        } else {
            EXPECT_EQ(refused, "");
        }
        // The reader: the plain copy takes the value, and the check below must find it.
        EXPECT_EQ(gdalRefusal(*plain, update), "");
        ++expected[{std::string(rule->layer), std::string(rule->field)}];
    }
    triggered.reset();
    plain.reset();
    EXPECT_EQ(databaseDigest(), before);

    sitefit::core::SilentProgress progress;
    const sitefit::gis::CapacityAnalysis checked =
        sitefit::gis::checkWorkspace(m_plain.string(), {}, progress);
    std::map<std::pair<std::string, std::string>, std::size_t> found;
    for (const sitefit::core::DataProblem& problem : checked.workspace.problems.problems()) {
        if (problem.severity == sitefit::core::Severity::Error &&
            (problem.rule == "value" || problem.rule == "vacant_over_floor_area")) {
            ++found[{problem.layer, problem.field}];
        }
    }
    EXPECT_EQ(found, expected);

    // The carriers' district is untouched, and every planner's reading of it runs.
    const ProcessResult capacity = runSitefit({"capacity", m_db.workspace()});
    EXPECT_EQ(capacity.exit_code, 0) << capacity.err;
}

TEST_F(ValueRules, AValueAtEachRulesEdgeIsAcceptedByAllThree) {
    const auto cases = rulesWithRows();
    GDALDatasetUniquePtr triggered = openForUpdate(m_triggered);
    GDALDatasetUniquePtr plain = openForUpdate(m_plain);
    ASSERT_TRUE(triggered && plain);
    for (const auto& [rule, where] : cases) {
        const std::string update = "UPDATE " + std::string(rule->layer) + " SET " +
                                   ruleCase(*rule).good + " WHERE " + where;
        SCOPED_TRACE(update);
        EXPECT_NO_THROW(m_db.sql(update));
        EXPECT_EQ(gdalRefusal(*triggered, update), "");
        EXPECT_EQ(gdalRefusal(*plain, update), "");
    }
    triggered.reset();
    plain.reset();
    sitefit::core::SilentProgress progress;
    const sitefit::gis::CapacityAnalysis checked =
        sitefit::gis::checkWorkspace(m_plain.string(), {}, progress);
    for (const sitefit::core::DataProblem& problem : checked.workspace.problems.problems()) {
        EXPECT_FALSE(problem.severity == sitefit::core::Severity::Error &&
                     (problem.rule == "value" || problem.rule == "vacant_over_floor_area"))
            << problem.layer << " " << problem.feature << " " << problem.field << ": "
            << problem.message;
    }
}

// The five writes a carrier made on its own rows before the rules, as the carrier: each is
// refused with the field and the rule named, nothing is stored, and capacity runs.
TEST_F(ValueRules, ACarriersBadWritesAreRefusedWhateverTheClient) {
    const std::string before = databaseDigest();
    const std::vector<std::pair<std::string, std::string>> writes{
        {"UPDATE buildings SET vacant_m2 = -5 WHERE building_id = 'B000001'",
         "buildings_vacant_m2_not_negative"},
        {"UPDATE buildings SET vacant_m2 = 1e12 WHERE building_id = 'B000001'",
         "buildings_vacant_m2_fits_"},
        {"UPDATE buildings SET floor_load_kn_m2 = -1 WHERE building_id = 'B000001'",
         "buildings_floor_load_kn_m2_not_negative"},
        {"UPDATE parcels SET status = 'nonsense' WHERE parcel_id = 'GX-0001'",
         "parcels_status_one_of"},
        {"UPDATE parcels SET power_kva = -10 WHERE parcel_id = 'GX-0001'",
         "parcels_power_kva_not_negative"},
    };
    for (const auto& [sql, rule] : writes) {
        SCOPED_TRACE(sql);
        try {
            query(m_carrier.conninfo(), sql);
            ADD_FAILURE() << "stored";
        } catch (const SqlError& error) {
            EXPECT_EQ(error.sqlstate(), "23514");
            EXPECT_NE(std::string(error.what()).find(rule), std::string::npos) << error.what();
        }
        // As QGIS would write it: GDAL's PostgreSQL driver, as the same carrier.
        const ProcessResult gdal =
            runProgram("ogrinfo", {m_carrier.workspace(), "-sql", sql}, m_carrier.environment());
        EXPECT_NE(gdal.err.find(rule), std::string::npos) << gdal.out << gdal.err;
        // And the GeoPackage through GDAL, as `ogrinfo -sql` or QGIS would.
        const ProcessResult file = runProgram("ogrinfo", {m_triggered.string(), "-sql", sql});
        EXPECT_NE(file.err.find(rule), std::string::npos) << file.out << file.err;
    }
    EXPECT_EQ(databaseDigest(), before);
    // A new row through ogr2ogr -update -append: refused, nothing appended.
    const ProcessResult appended = runProgram(
        "ogr2ogr", {"-update", "-append", "-nln", "buildings", m_triggered.string(),
                    m_triggered.string(), "-sql",
                    "SELECT 'B999999' AS building_id, kind, floors, -5 AS vacant_m2, geom FROM "
                    "buildings WHERE building_id = 'B000001'"});
    EXPECT_NE(appended.err.find("buildings_vacant_m2_not_negative"), std::string::npos)
        << appended.err;
    GDALDatasetUniquePtr file = openForUpdate(m_triggered);
    ASSERT_TRUE(file);
    OGRLayer* appendedRows = file->ExecuteSQL(
        "SELECT count(*) FROM buildings WHERE building_id = 'B999999'", nullptr, nullptr);
    ASSERT_NE(appendedRows, nullptr);
    std::unique_ptr<OGRFeature> count(appendedRows->GetNextFeature());
    EXPECT_EQ(count->GetFieldAsInteger(0), 0);
    file->ReleaseResultSet(appendedRows);
    file.reset();
    // sitefit edit, as the carrier, refuses before the database is asked.
    const ProcessResult edit = runSitefit(
        {"edit", m_carrier.workspace(), "--building", "B000001", "--set", "vacant_m2=-5"},
        m_carrier.environment());
    EXPECT_NE(edit.exit_code, 0);
    EXPECT_NE(edit.err.find("vacant_m2"), std::string::npos) << edit.err;
    EXPECT_NE(edit.err.find("must not be negative"), std::string::npos) << edit.err;

    EXPECT_EQ(databaseDigest(), before);
    const ProcessResult capacity = runSitefit({"capacity", m_db.workspace()});
    EXPECT_EQ(capacity.exit_code, 0) << capacity.err;
    const ProcessResult gpkgCapacity = runSitefit({"capacity", m_triggered.string()});
    EXPECT_EQ(gpkgCapacity.exit_code, 0) << gpkgCapacity.err;
}

// A workspace from before the rules, holding a row that breaks one: `sitefit migrate` lists
// it and changes nothing; with --not-valid it adds the rules NOT VALID and says which rows.
TEST_F(ValueRules, MigrateListsBreakingRowsAndStopsOrAddsTheRulesNotValid) {
    // Back to the schema before the value rules.
    const std::string latest = m_db.sql("SELECT max(version) FROM schema_migrations")[0][0].value();
    const std::string rulesVersion =
        m_db.sql("SELECT version FROM schema_migrations WHERE name LIKE '%_value_rules'")[0][0]
            .value();
    for (const ValueRule& rule : sitefit::gis::valueRules()) {
        m_db.sql("ALTER TABLE " + std::string(rule.layer) + " DROP CONSTRAINT \"" +
                 sitefit::gis::ruleName(rule) + "\"");
    }
    for (const sitefit::gis::LayerSpec& spec : sitefit::gis::workspaceLayers()) {
        m_db.sql("DROP TRIGGER " + std::string(spec.name) + "_check_values ON " +
                 std::string(spec.name));
        m_db.sql("DROP FUNCTION sitefit_check_" + std::string(spec.name) + "()");
    }
    m_db.sql("DELETE FROM schema_migrations WHERE version >= " + rulesVersion);
    m_db.sql("UPDATE buildings SET vacant_m2 = -5 WHERE building_id = 'B000001'");

    ProcessResult migrated = runSitefit({"migrate", m_db.workspace()});
    EXPECT_NE(migrated.exit_code, 0);
    EXPECT_NE(migrated.err.find("buildings B000001 vacant_m2 = -5: "
                                "buildings_vacant_m2_not_negative"),
              std::string::npos)
        << migrated.err;
    EXPECT_NE(migrated.err.find("nothing was changed"), std::string::npos) << migrated.err;
    EXPECT_LT(std::stoi(m_db.sql("SELECT max(version) FROM schema_migrations")[0][0].value()),
              std::stoi(rulesVersion));
    EXPECT_EQ(m_db.sql("SELECT count(*) FROM pg_constraint WHERE conname = "
                       "'buildings_vacant_m2_not_negative'")[0][0],
              "0");

    migrated = runSitefit({"migrate", m_db.workspace(), "--not-valid"});
    ASSERT_EQ(migrated.exit_code, 0) << migrated.err;
    EXPECT_NE(migrated.out.find("NOT VALID"), std::string::npos) << migrated.out;
    EXPECT_NE(migrated.out.find("buildings B000001 vacant_m2 = -5"), std::string::npos)
        << migrated.out;
    EXPECT_EQ(m_db.sql("SELECT max(version) FROM schema_migrations")[0][0], latest);
    EXPECT_EQ(m_db.sql("SELECT convalidated::text FROM pg_constraint WHERE conname = "
                       "'buildings_vacant_m2_not_negative'")[0][0],
              "false");
    EXPECT_THROW(m_db.sql("UPDATE buildings SET rent = -1 WHERE building_id = 'B000002'"),
                 SqlError);
}

// A GeoPackage from before the rules gets them from `sitefit migrate`, but only once its rows
// keep them: the file is not touched while one breaks a rule.
TEST_F(ValueRules, MigrateGivesAGeoPackageItsTriggersOnlyWhenItsRowsKeepTheRules) {
    const std::filesystem::path old = m_dir / "old.gpkg";
    std::filesystem::copy_file(SITEFIT_SAMPLE, old);
    {
        GDALDatasetUniquePtr file = openForUpdate(old);
        ASSERT_TRUE(file);
        EXPECT_EQ(gdalRefusal(*file,
                              "UPDATE buildings SET vacant_m2 = -5 WHERE building_id = "
                              "'B000001'"),
                  "");
    }
    const auto bytes = [](const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const std::string before = bytes(old);
    ProcessResult migrated = runSitefit({"migrate", old.string()});
    EXPECT_NE(migrated.exit_code, 0);
    EXPECT_NE(migrated.err.find("buildings B000001 vacant_m2"), std::string::npos) << migrated.err;
    EXPECT_EQ(bytes(old), before);

    {
        GDALDatasetUniquePtr file = openForUpdate(old);
        ASSERT_TRUE(file);
        EXPECT_EQ(gdalRefusal(*file,
                              "UPDATE buildings SET vacant_m2 = 5 WHERE building_id = "
                              "'B000001'"),
                  "");
    }
    migrated = runSitefit({"migrate", old.string()});
    ASSERT_EQ(migrated.exit_code, 0) << migrated.err;
    EXPECT_NE(migrated.out.find("Added the value rules' triggers"), std::string::npos)
        << migrated.out;
    GDALDatasetUniquePtr file = openForUpdate(old);
    ASSERT_TRUE(file);
    EXPECT_NE(gdalRefusal(*file,
                          "UPDATE buildings SET vacant_m2 = -5 WHERE building_id = "
                          "'B000001'")
                  .find("buildings_vacant_m2_not_negative"),
              std::string::npos);
}

}  // namespace
