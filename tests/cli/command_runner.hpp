#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace sitefit::test {

struct CommandResult {
    int exit_code = -1;
    std::string out;  // stdout
    std::string err;  // stderr
};

// Runs a program with arguments (no shell quoting issues: each argument is quoted) and
// captures its exit code, stdout and stderr.
CommandResult runCommand(const std::string& program, const std::vector<std::string>& arguments);

// Runs the sitefit binary under test.
CommandResult runSitefit(const std::vector<std::string>& arguments);

// A fresh temporary directory, removed with its contents.
class ScratchDir {
public:
    ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    ~ScratchDir();
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
        return m_path / name;
    }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

std::string readFile(const std::filesystem::path& path);

}  // namespace sitefit::test
