// A user's `--where` filter on a shared PostGIS workspace: it is parsed against the field
// whitelist and evaluated in memory on the sites read, never pasted into SQL. A quote and a
// DROP TABLE inside a text literal are plain characters of the value compared, and a filter
// that is not in the language is refused before any connection is made.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "postgis_test_support.hpp"

using namespace sitefit::test;
using nlohmann::json;

namespace {

// The sample in a fresh database: the administrator copies it in.
void loadSample(const TestDatabase& db, const ScratchDirectory& dir) {
    const auto path = dir / "load.gpkg";
    std::filesystem::copy_file(SITEFIT_SAMPLE, path,
                               std::filesystem::copy_options::overwrite_existing);
    const ProcessResult copied = runSitefit({"copy", path.string(), db.workspace(), "-q"});
    ASSERT_EQ(copied.exit_code, 0) << copied.err;
}

// What must survive any filter: the schema tables, their row counts and the parcels'
// contents to the last character.
std::string tablesFingerprint(const TestDatabase& db) {
    std::string out;
    for (const Row& row :
         db.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
        out += row[0].value_or("") + ";";
    }
    for (const char* table : {"zones", "parcels", "buildings", "enterprises", "projects"}) {
        out += std::string(table) + "=" +
               db.sql(std::string("SELECT count(*) FROM ") + table)[0][0].value_or("") + ";";
    }
    out += db.sql("SELECT md5(string_agg(p::text, '|' ORDER BY parcel_id)) FROM parcels p")[0][0]
               .value_or("");
    return out;
}

std::set<std::string> sitesConsidered(const std::string& matchJson) {
    std::set<std::string> out;
    const json match = json::parse(matchJson);
    for (const json& project : match["projects"]) {
        for (const char* list : {"candidates", "rejected"}) {
            for (const json& site : project[list]) {
                out.insert(site["site_id"].get<std::string>());
            }
        }
    }
    return out;
}

}  // namespace

TEST(PostgisFilter, InjectionInATextLiteralIsAPlainValue) {
    TestDatabase db;
    ScratchDirectory dir;
    loadSample(db, dir);
    // One parcel on offer whose operator is literally named like an attack (set with a bound
    // parameter), so the filter has something to find.
    const std::string hostile = "x'; DROP TABLE parcels; --";
    const std::string parcel =
        db.sql(
              "SELECT parcel_id FROM parcels WHERE status = 'available' ORDER BY parcel_id "
              "LIMIT 1")[0][0]
            .value();
    db.sql("UPDATE parcels SET carrier = $1 WHERE parcel_id = $2", {hostile, parcel});
    const std::string before = tablesFingerprint(db);

    const ProcessResult result =
        runSitefit({"match", db.workspace(), "--json", "--top", "0", "--as-of", "2025-06-01", "-q",
                    "--where", "carrier = 'x''; DROP TABLE parcels; --'"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // Exactly the parcel whose carrier is that text: the quote was part of the value.
    EXPECT_EQ(sitesConsidered(result.out), std::set<std::string>{parcel})
        << result.out.substr(0, 2000);
    EXPECT_EQ(tablesFingerprint(db), before);

    // The same text as a bare filter is not in the language: refused, nothing touched.
    const ProcessResult refused = runSitefit({"match", db.workspace(), "-q", "--where", hostile});
    EXPECT_EQ(refused.exit_code, 2) << refused.err;
    EXPECT_NE(refused.err.find("--where: column 1: unknown field 'x'; expected one of"),
              std::string::npos)
        << refused.err;
    const ProcessResult alwaysTrue =
        runSitefit({"match", db.workspace(), "-q", "--where", "carrier = '' OR 1=1 --"});
    EXPECT_EQ(alwaysTrue.exit_code, 2) << alwaysTrue.err;
    EXPECT_NE(alwaysTrue.err.find("--where: column 17: expected a field name, NOT or '('"),
              std::string::npos)
        << alwaysTrue.err;
    EXPECT_EQ(tablesFingerprint(db), before);
    EXPECT_EQ(db.sql("SELECT count(*) FROM parcels")[0][0], "552");
}
