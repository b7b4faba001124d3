// Every case of tests/data/bad/cases.toml, run through the built `sitefit` binary: the
// documented exit code, a message naming file, layer, feature and field, no crash, and the
// inputs left exactly as they were with nothing new beside them.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "bad_input_corpus.hpp"
#include "process_runner.hpp"

namespace fs = std::filesystem;
using namespace sitefit::test;

namespace {

const fs::path kCorpus = SITEFIT_BAD_DATA;

std::vector<CorpusRun> corpusRuns() {
    return loadCorpus(kCorpus / "cases.toml");
}

// input/ (case/, base/, workspace.gpkg: everything sitefit reads), out/ (where it may
// write), cwd/ (where it runs); removed at the end.
class CaseScratch {
public:
    CaseScratch() {
        std::random_device device;
        m_root = fs::temp_directory_path() /
                 ("sitefit-bad-" + std::to_string(device()) + std::to_string(device()));
        fs::create_directories(input() / "case");
        fs::create_directories(out());
        fs::create_directories(cwd());
    }
    CaseScratch(const CaseScratch&) = delete;
    CaseScratch& operator=(const CaseScratch&) = delete;
    ~CaseScratch() {
        std::error_code ignored;
        fs::remove_all(m_root, ignored);
    }
    [[nodiscard]] fs::path input() const { return m_root / "input"; }
    [[nodiscard]] fs::path caseDir() const { return input() / "case"; }
    [[nodiscard]] fs::path baseDir() const { return input() / "base"; }
    [[nodiscard]] fs::path workspace() const { return input() / "workspace.gpkg"; }
    [[nodiscard]] fs::path out() const { return m_root / "out"; }
    [[nodiscard]] fs::path cwd() const { return m_root / "cwd"; }

private:
    fs::path m_root;
};

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

struct Placeholders {
    std::vector<std::pair<std::string, std::string>> values;

    [[nodiscard]] std::string expand(std::string text) const {
        for (const auto& [name, value] : values) {
            text = replaceAll(std::move(text), name, value);
        }
        return text;
    }
    // The other way, for the report: the paths of this run back to their placeholders.
    [[nodiscard]] std::string abstract(std::string text) const {
        for (const auto& [name, value] : values) {
            text = replaceAll(std::move(text), value, name);
        }
        return text;
    }
};

std::vector<std::string> words(const std::string& command) {
    std::istringstream in(command);
    std::vector<std::string> out;
    for (std::string word; in >> word;) {
        out.push_back(word);
    }
    return out;
}

// With SITEFIT_ROBUSTNESS_REPORT=FILE each run appends what the user saw, one tab-separated
// line (case, command, exit code, message), paths as placeholders: docs/reliability.md's
// table is made from it.
void report(const CorpusRun& run, int exitCode, const std::string& message) {
    const char* path = std::getenv("SITEFIT_ROBUSTNESS_REPORT");  // NOLINT(concurrency-mt-unsafe)
    if (path == nullptr) {
        return;
    }
    std::ofstream file(path, std::ios::app);
    file << run.corpus_case->name << "\t" << run.command << "\t" << exitCode << "\t"
         << replaceAll(replaceAll(message, "\n", " | "), "\t", " ") << "\n";
}

class BadInput : public ::testing::TestWithParam<CorpusRun> {};

}  // namespace

TEST_P(BadInput, RefusedClearlyWithTheDocumentedCodeAndTheInputsUnchanged) {
    const CorpusRun& run = GetParam();
    const CorpusCase& corpusCase = *run.corpus_case;
    SCOPED_TRACE(corpusCase.name + ": " + corpusCase.about);
    const CaseScratch scratch;
    // sitefit reads copies: a run that writes beside its inputs must not touch the source tree.
    if (fs::is_directory(kCorpus / corpusCase.name)) {
        fs::copy(kCorpus / corpusCase.name, scratch.caseDir(), fs::copy_options::recursive);
    }
    fs::copy(kCorpus / "base", scratch.baseDir(), fs::copy_options::recursive);
    if (run.command.find("{workspace}") != std::string::npos) {
        buildWorkspace(corpusCase, scratch.baseDir(), scratch.caseDir(), scratch.workspace());
    }
    const Placeholders placeholders{{{"{case}", scratch.caseDir().string()},
                                     {"{base}", scratch.baseDir().string()},
                                     {"{workspace}", scratch.workspace().string()},
                                     {"{out}", scratch.out().string()}}};
    std::vector<std::string> arguments;
    for (const std::string& word : words(run.command)) {
        arguments.push_back(placeholders.expand(word));
    }

    const DirectorySnapshot before = snapshot(scratch.input());
    const ProcessResult result =
        runProcess(SITEFIT_BINARY, arguments, scratch.cwd(), corpusCase.environment);
    const DirectorySnapshot after = snapshot(scratch.input());

    const std::string output = result.out + result.err;
    report(run, result.exit_code,
           placeholders.abstract(result.exit_code == 0 ? result.out : result.err));
    EXPECT_LT(result.exit_code, 124) << "sitefit crashed or hung (128 + signal, or 124)\n"
                                     << result.err;
    EXPECT_EQ(result.exit_code, run.exit_code) << "command: " << run.command << "\n" << output;
    for (const std::string& fragment : run.messages) {
        EXPECT_NE(output.find(placeholders.expand(fragment)), std::string::npos)
            << "missing: " << fragment << "\nin:\n"
            << placeholders.abstract(output);
    }
    if (result.exit_code != 0) {
        EXPECT_EQ(result.err.rfind("sitefit: error: ", 0), 0U)
            << "a refusal starts with 'sitefit: error: ' (docs/cli.md):\n"
            << result.err;
        EXPECT_TRUE(fs::is_empty(scratch.out())) << "a failed run left files in {out}";
    }
    EXPECT_EQ(describeDifferences(before, after), "") << "the inputs were changed";
    EXPECT_TRUE(fs::is_empty(scratch.cwd())) << "files appeared in the working directory";
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadInput, ::testing::ValuesIn(corpusRuns()),
                         [](const ::testing::TestParamInfo<CorpusRun>& info) {
                             return info.param.test_name;
                         });
