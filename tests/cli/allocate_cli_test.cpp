#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "command_runner.hpp"

using namespace sitefit::test;
using nlohmann::json;

namespace {

std::string writeProblem(const ScratchDir& dir, const std::string& name, const std::string& text) {
    const auto path = dir / name;
    std::ofstream(path) << text;
    return path.string();
}

// A and B both want parcel S1 most; A is worth more there (2 × 80 = 160 against 90), but
// B fits nowhere else and A fits S2 (2 × 60 = 120): the optimum is A→S2, B→S1 = 210,
// where greedy by value (A→S1) would give 160. Three tenants share building F (5,000 m²):
// T1 3,000 m² (50), T2 2,500 m² (40), T3 2,000 m² (45): T1 + T3 fit (95), T1 + T2 do not.
constexpr const char* kProblem = R"({
  "projects": [{"id": "A", "priority": 2}, {"id": "B"}, {"id": "T1"}, {"id": "T2"}, {"id": "T3"}],
  "sites": [{"id": "S1"}, {"id": "S2"}, {"id": "F", "capacity": 5000}],
  "pairs": [{"project": "A", "site": "S1", "score": 80}, {"project": "A", "site": "S2", "score": 60},
            {"project": "B", "site": "S1", "score": 90},
            {"project": "T1", "site": "F", "score": 50, "demand": 3000},
            {"project": "T2", "site": "F", "score": 40, "demand": 2500},
            {"project": "T3", "site": "F", "score": 45, "demand": 2000}]
})";

std::map<std::string, std::string> plan(const json& result) {
    std::map<std::string, std::string> out;
    for (const json& a : result["assignments"]) {
        out[a["project_id"]] = a["site_id"];
    }
    return out;
}

}  // namespace

TEST(AllocateCli, EverySolverFindsTheHandSolvedOptimum) {
    ScratchDir dir;
    const std::string problem = writeProblem(dir, "p.json", kProblem);
    for (const char* solver : {"exact", "heuristic", "auto"}) {
        const CommandResult result =
            runSitefit({"allocate", "--problem", problem, "--json", "--solver", solver});
        ASSERT_EQ(result.exit_code, 0) << solver << ": " << result.err;
        const json out = json::parse(result.out);
        const std::map<std::string, std::string> expected{
            {"A", "S2"}, {"B", "S1"}, {"T1", "F"}, {"T3", "F"}};
        EXPECT_EQ(plan(out), expected) << solver;
        EXPECT_NEAR(out["objective"].get<double>(), 120 + 90 + 50 + 45, 1e-6) << solver;
        EXPECT_GE(out["bound"].get<double>(), out["objective"].get<double>() - 1e-6) << solver;
        EXPECT_GE(out["gap"].get<double>(), 0.0);
        EXPECT_NE(
            out["solver"].get<std::string>().find(solver == std::string("auto") ? "auto" : ""),
            std::string::npos);
        ASSERT_EQ(out["unassigned"].size(), 1U);
        EXPECT_EQ(out["unassigned"][0]["project_id"], "T2");
        EXPECT_NE(out["unassigned"][0]["reason"].get<std::string>().find("outcompeted for its "
                                                                         "best site F by T1, T3"),
                  std::string::npos)
            << out["unassigned"][0]["reason"];
    }
}

TEST(AllocateCli, ReadablePlanNamesRanksAndReasons) {
    ScratchDir dir;
    const CommandResult result =
        runSitefit({"allocate", "--problem", writeProblem(dir, "p.json", kProblem)});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("optimal, objective 305.0"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Not placed (1):"), std::string::npos) << result.out;
}

TEST(AllocateCli, InfeasibleMandatorySetNamesTheProjects) {
    ScratchDir dir;
    const std::string problem = writeProblem(dir, "p.json", R"({
      "projects": [{"id": "M1", "mandatory": true}, {"id": "M2", "mandatory": true}, {"id": "X"}],
      "sites": [{"id": "S"}, {"id": "T"}],
      "pairs": [{"project": "M1", "site": "S", "score": 10}, {"project": "M2", "site": "S", "score": 20},
                {"project": "X", "site": "T", "score": 5}]})");
    const CommandResult result = runSitefit({"allocate", "--problem", problem, "--json"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("M1, M2"), std::string::npos) << result.err;
    const json out = json::parse(result.out);
    EXPECT_EQ(out["status"], "infeasible");
    EXPECT_EQ(out["conflicting_projects"], json::array({"M1", "M2"}));
}

TEST(AllocateCli, MalformedProblemFilesAreRefused) {
    ScratchDir dir;
    CommandResult result =
        runSitefit({"allocate", "--problem",
                    writeProblem(dir, "bad.json",
                                 R"({"projects": [], "sites": [], "pairs": [], "pin": []})")});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("bad.json, field 'pin': unknown key 'pin'"), std::string::npos)
        << result.err;
    result = runSitefit({"allocate", "--problem", (dir / "missing.json").string()});
    EXPECT_EQ(result.exit_code, 3);
    result = runSitefit({"allocate"});
    EXPECT_EQ(result.exit_code, 2);
}

TEST(AllocateCli, SamplePlanHasNoConflictAndExplainsTheRest) {
    ScratchDir dir;
    std::filesystem::copy_file(SITEFIT_SAMPLE, dir / "haizhou.gpkg");
    const std::string workspace = (dir / "haizhou.gpkg").string();
    const std::string dump = (dir / "problem.json").string();
    const CommandResult result = runSitefit(
        {"allocate", workspace, "--json", "--as-of", "2025-01-01", "--dump-problem", dump, "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json out = json::parse(result.out);
    const json problem = json::parse(readFile(dump));
    std::map<std::string, double> capacity;
    for (const json& site : problem["sites"]) {
        capacity[site["id"]] = site["capacity"];
    }
    std::map<std::string, double> used;
    std::map<std::string, int> placements;
    for (const json& a : out["assignments"]) {
        used[a["site_id"]] += a["amount"].get<double>();
        ++placements[a["project_id"]];
    }
    for (const auto& [site, amount] : used) {
        EXPECT_LE(amount, capacity.at(site) + 1e-6) << "site " << site << " over capacity";
    }
    for (const auto& [project, count] : placements) {
        EXPECT_EQ(count, 1) << project;
    }
    EXPECT_EQ(out["assignments"].size() + out["unassigned"].size(), problem["projects"].size());
    for (const json& u : out["unassigned"]) {
        EXPECT_FALSE(u["reason"].get<std::string>().empty());
    }
    EXPECT_GE(out["bound"].get<double>(), out["objective"].get<double>() - 1e-6);
    EXPECT_GE(out["assignments"].size(), problem["projects"].size() / 2);
    EXPECT_EQ(out["utilisation"]["projects_placed"].get<std::size_t>(), out["assignments"].size());

    // The dumped problem solves to the same objective without the workspace.
    const CommandResult again = runSitefit({"allocate", "--problem", dump, "--json"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NEAR(json::parse(again.out)["objective"].get<double>(), out["objective"].get<double>(),
                1e-6);
}

TEST(AllocateCli, PinsAndExclusionsChangeTheSamplePlan) {
    ScratchDir dir;
    std::filesystem::copy_file(SITEFIT_SAMPLE, dir / "haizhou.gpkg");
    const std::string workspace = (dir / "haizhou.gpkg").string();
    const json base = json::parse(
        runSitefit({"allocate", workspace, "--json", "--as-of", "2025-01-01", "-q"}).out);
    ASSERT_FALSE(base["assignments"].empty());
    const std::string project = base["assignments"][0]["project_id"];
    const std::string site = base["assignments"][0]["site_id"];
    // Closing the chosen site moves the project elsewhere or leaves it out.
    const json closed = json::parse(runSitefit({"allocate", workspace, "--json", "--as-of",
                                                "2025-01-01", "-q", "--exclude", "*=" + site})
                                        .out);
    for (const json& a : closed["assignments"]) {
        EXPECT_NE(a["site_id"], site);
    }
    EXPECT_LE(closed["objective"].get<double>(), base["objective"].get<double>() + 1e-6);
    // Unknown ids are usage errors.
    CommandResult bad = runSitefit({"allocate", workspace, "--pin", "NOPE=X"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("no project 'NOPE'"), std::string::npos) << bad.err;
    bad = runSitefit({"allocate", workspace, "--pin", "nonsense"});
    EXPECT_EQ(bad.exit_code, 2);
}

TEST(AllocateCli, WriteStoresThePlan) {
    ScratchDir dir;
    std::filesystem::copy_file(SITEFIT_SAMPLE, dir / "haizhou.gpkg");
    const std::string workspace = (dir / "haizhou.gpkg").string();
    const CommandResult result =
        runSitefit({"allocate", workspace, "--json", "--write", "-q", "--as-of", "2025-01-01"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json out = json::parse(result.out);
    const CommandResult info = runCommand("ogrinfo", {"-so", "-ro", workspace, "allocation_plan"});
    EXPECT_NE(info.out.find("Feature Count: " + std::to_string(out["assignments"].size())),
              std::string::npos)
        << info.out;
    const CommandResult table =
        runCommand("ogrinfo", {"-so", "-ro", workspace, "allocation_unplaced"});
    EXPECT_NE(table.out.find("Feature Count: " + std::to_string(out["unassigned"].size())),
              std::string::npos)
        << table.out;
}
