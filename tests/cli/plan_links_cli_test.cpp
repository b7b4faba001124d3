#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>
#include <nlohmann/json.hpp>

#include "command_runner.hpp"

using namespace sitefit::test;
using nlohmann::json;

namespace {

// Figures of the sample as of this date (found by running `sitefit allocate` on it): left
// alone, P024 takes parcel YY-0009 (its second-best site: P017 holds its best, JP-0044) and
// P001 takes YY-0021 (its best).
constexpr const char* kAsOf = "2025-06-01";

std::string copyOfSample(const ScratchDir& dir) {
    const auto path = dir / "haizhou.gpkg";
    std::filesystem::copy_file(SITEFIT_SAMPLE, path);
    return path.string();
}

std::map<std::string, std::string> plan(const json& result) {
    std::map<std::string, std::string> out;
    for (const json& a : result["assignments"]) {
        out[a["project_id"]] = a["site_id"];
    }
    return out;
}

json allocate(const std::string& workspace, std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments{"allocate", workspace, "--json", "--as-of", kAsOf, "-q"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const CommandResult result = runSitefit(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.exit_code == 0 ? json::parse(result.out) : json{};
}

// project → site of the allocation_plan layer `allocate --write` stored.
std::map<std::string, std::string> writtenPlan(const std::string& workspace) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(workspace.c_str(), GDAL_OF_VECTOR));
    std::map<std::string, std::string> out;
    OGRLayer* layer = dataset ? dataset->GetLayerByName("allocation_plan") : nullptr;
    if (layer == nullptr) {
        ADD_FAILURE() << "no allocation_plan in " << workspace;
        return out;
    }
    for (const auto& feature : *layer) {
        out[feature->GetFieldAsString("project_id")] = feature->GetFieldAsString("site_id");
    }
    return out;
}

// "object_id field old→new" of the edit log's plan_links lines.
std::vector<std::string> linkLog(const std::string& workspace) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(workspace.c_str(), GDAL_OF_VECTOR));
    std::vector<std::string> out;
    OGRLayer* log = dataset ? dataset->GetLayerByName("edit_log") : nullptr;
    if (log == nullptr) {
        return out;
    }
    for (const auto& entry : *log) {
        if (std::string(entry->GetFieldAsString("layer")) == "plan_links") {
            out.push_back(std::string(entry->GetFieldAsString("object_id")) + " " +
                          entry->GetFieldAsString("field") + " " +
                          entry->GetFieldAsString("old_value") + "→" +
                          entry->GetFieldAsString("new_value"));
        }
    }
    return out;
}

}  // namespace

TEST(PlanLinksCli, StoredPinAndExclusionShapeTheWrittenPlan) {
    ScratchDir dir;
    const std::string workspace = copyOfSample(dir);
    const auto before = plan(allocate(workspace));
    ASSERT_EQ(before.at("P024"), "YY-0009");
    ASSERT_EQ(before.at("P001"), "YY-0021");

    CommandResult result =
        runSitefit({"edit", workspace, "--pin", "P024=JP-0044", "--note", "园区已同意"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Saved 2 changes to link P024=JP-0044 (version 0 → 1)"),
              std::string::npos)
        << result.out;
    result = runSitefit({"edit", workspace, "--exclude", "P001=YY-0021", "--as", "wang.fang"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(linkLog(workspace),
              (std::vector<std::string>{"P024=JP-0044 kind →pin", "P024=JP-0044 note →园区已同意",
                                        "P001=YY-0021 kind →exclude"}));

    result = runSitefit({"allocate", workspace, "--as-of", kAsOf, "--write", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Stored links applied (2):\n  pin P024=JP-0044 (园区已同意)\n  "
                              "exclude P001=YY-0021\n"),
              std::string::npos)
        << result.out;
    const auto written = writtenPlan(workspace);
    EXPECT_EQ(written.at("P024"), "JP-0044");
    ASSERT_EQ(written.count("P001"), 1U);  // placed, elsewhere
    EXPECT_NE(written.at("P001"), "YY-0021");
}

TEST(PlanLinksCli, CommandLinePinOverridesAStoredOneAndLinksCanBeIgnored) {
    ScratchDir dir;
    const std::string workspace = copyOfSample(dir);
    ASSERT_EQ(runSitefit({"edit", workspace, "--pin", "P024=JP-0044", "-q"}).exit_code, 0);

    json out = allocate(workspace, {"--pin", "P024=YY-0009"});
    EXPECT_EQ(plan(out).at("P024"), "YY-0009");
    EXPECT_TRUE(out["stored_links"]["applied"].empty());
    ASSERT_EQ(out["stored_links"]["overridden"].size(), 1U);
    EXPECT_EQ(out["stored_links"]["overridden"][0]["site_id"], "JP-0044");
    EXPECT_EQ(out["stored_links"]["overridden"][0]["overridden_by"], "--pin P024=YY-0009");
    const CommandResult text =
        runSitefit({"allocate", workspace, "--as-of", kAsOf, "--pin", "P024=YY-0009", "-q"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("Stored pin P024=JP-0044 overridden by --pin P024=YY-0009 on the "
                            "command line"),
              std::string::npos)
        << text.out;

    out = allocate(workspace, {"--ignore-stored-links"});
    EXPECT_EQ(plan(out).at("P024"), "YY-0009");
    EXPECT_TRUE(out["stored_links"]["applied"].empty());
    EXPECT_TRUE(out["stored_links"]["overridden"].empty());

    out = allocate(workspace);
    EXPECT_EQ(plan(out).at("P024"), "JP-0044");
    ASSERT_EQ(out["stored_links"]["applied"].size(), 1U);
    EXPECT_EQ(out["stored_links"]["applied"][0]["kind"], "pin");
}

TEST(PlanLinksCli, EditRefusesBrokenLinksWithClearMessages) {
    ScratchDir dir;
    const std::string workspace = copyOfSample(dir);
    ASSERT_EQ(runSitefit({"edit", workspace, "--pin", "P024=JP-0044", "-q"}).exit_code, 0);
    const std::string stored = readFile(workspace);
    struct Case {
        std::vector<std::string> arguments;
        int exit_code;
        std::string message;
    };
    const std::vector<Case> cases{
        {{"--pin", "P024=YY-0009"},
         3,
         "field 'kind': project P024 is already pinned to site JP-0044; a project takes one "
         "site: remove that pin first (sitefit edit WORKSPACE --unlink P024=JP-0044)"},
        {{"--exclude", "P024=JP-0044"}, 3, "P024=JP-0044 is stored as a pin"},
        {{"--pin", "P999=YY-0009"}, 3, "field 'project_id': no project 'P999' in the workspace"},
        {{"--exclude", "P001=NO-SUCH"}, 3, "field 'site_id': no site 'NO-SUCH'"},
        {{"--pin", "P001=YY-0021", "--exclude", "P001=YY-0021"},
         2,
         "the pair is named twice in one save"},
        {{"--unlink", "P001=YY-0021"}, 3, "no pin or exclusion P001=YY-0021 is stored"},
        {{"--note", "why"}, 2, "--note goes with --pin or --exclude"},
        {{"--pin", "P001"}, 2, "--pin takes PROJECT=SITE"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> arguments{"edit", workspace};
        arguments.insert(arguments.end(), c.arguments.begin(), c.arguments.end());
        const CommandResult result = runSitefit(arguments);
        EXPECT_EQ(result.exit_code, c.exit_code) << c.arguments[0] << ": " << result.err;
        EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
    }
    EXPECT_EQ(readFile(workspace), stored);  // nothing was written

    // Moving the pin in one command: removal first.
    const CommandResult moved =
        runSitefit({"edit", workspace, "--pin", "P024=YY-0009", "--unlink", "P024=JP-0044"});
    ASSERT_EQ(moved.exit_code, 0) << moved.err;
    EXPECT_EQ(plan(allocate(workspace)).at("P024"), "YY-0009");
}
