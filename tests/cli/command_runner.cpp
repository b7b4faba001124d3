#include "command_runner.hpp"

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace sitefit::test {
namespace {

std::string quote(const std::string& argument) {
    std::string out = "'";
    for (const char c : argument) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

}  // namespace

ScratchDir::ScratchDir() {
    std::random_device device;
    m_path = std::filesystem::temp_directory_path() /
             ("sitefit-cli-" + std::to_string(device()) + std::to_string(device()));
    std::filesystem::create_directories(m_path);
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

CommandResult runCommand(const std::string& program, const std::vector<std::string>& arguments) {
    const ScratchDir scratch;
    std::string command = quote(program);
    for (const std::string& argument : arguments) {
        command += " " + quote(argument);
    }
    command += " 2>" + quote((scratch / "stderr").string()) + " </dev/null";
    CommandResult result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return result;
    }
    char buffer[4096];
    std::size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        result.out.append(buffer, read);
    }
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.err = readFile(scratch / "stderr");
    return result;
}

CommandResult runSitefit(const std::vector<std::string>& arguments) {
    return runCommand(SITEFIT_BINARY, arguments);
}

}  // namespace sitefit::test
