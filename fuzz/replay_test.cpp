// Replays every seed (fuzz/corpus/<target>/) and every input that once made a fuzzer
// fail (fuzz/regressions/<target>/) through the targets' entry functions, in the normal
// build: a crash, a sanitizer report or any exception but sitefit::Error fails the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

#include "entries.hpp"

namespace sitefit::fuzz {

// Test names and failure messages show the target's name, not its bytes.
void PrintTo(const Target& target, std::ostream* out) {
    *out << target.name;
}

}  // namespace sitefit::fuzz

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> filesUnder(const fs::path& folder) {
    std::vector<fs::path> files;
    if (fs::is_directory(folder)) {
        for (const auto& entry : fs::directory_iterator(folder)) {
            if (entry.is_regular_file() && entry.path().filename() != ".gitkeep") {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::uint8_t> bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class FuzzReplay : public testing::TestWithParam<sitefit::fuzz::Target> {};

void replay(const sitefit::fuzz::Target& target, const fs::path& folder) {
    for (const fs::path& file : filesUnder(folder)) {
        SCOPED_TRACE(file.string());
        const std::vector<std::uint8_t> bytes = bytesOf(file);
        try {
            target.run(bytes.data(), bytes.size());
        } catch (const std::exception& error) {
            ADD_FAILURE() << "escaped: " << error.what();
        } catch (...) {
            ADD_FAILURE() << "escaped: an exception that is no std::exception";
        }
    }
}

TEST_P(FuzzReplay, Seeds) {
    const fs::path folder = fs::path(SITEFIT_FUZZ_DIR) / "corpus" / GetParam().name;
    ASSERT_FALSE(filesUnder(folder).empty()) << "no seeds in " << folder;
    replay(GetParam(), folder);
}

TEST_P(FuzzReplay, Regressions) {
    replay(GetParam(), fs::path(SITEFIT_FUZZ_DIR) / "regressions" / GetParam().name);
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzReplay,
                         testing::ValuesIn(sitefit::fuzz::targets().begin(),
                                           sitefit::fuzz::targets().end()),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
