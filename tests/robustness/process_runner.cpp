#include "process_runner.hpp"

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

std::string readAll(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

}  // namespace

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
                         const std::filesystem::path& directory,
                         const std::map<std::string, std::string>& environment,
                         int timeoutSeconds) {
    std::random_device device;
    const std::filesystem::path errors =
        std::filesystem::temp_directory_path() /
        ("sitefit-stderr-" + std::to_string(device()) + std::to_string(device()));
    // `exec` leaves no shell between us and timeout(1), which passes on the program's exit
    // status, or 128 + N when a signal N killed it, or 124 when the time ran out.
    std::string command = "cd " + quote(directory.string()) + " && exec env";
    for (const auto& [name, value] : environment) {
        command += " " + quote(name + "=" + value);
    }
    command += " timeout " + std::to_string(timeoutSeconds) + " " + quote(program);
    for (const std::string& argument : arguments) {
        command += " " + quote(argument);
    }
    command += " 2>" + quote(errors.string()) + " </dev/null";
    ProcessResult result;
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
    result.err = readAll(errors);
    std::error_code ignored;
    std::filesystem::remove(errors, ignored);
    return result;
}

}  // namespace sitefit::test
