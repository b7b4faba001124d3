#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace sitefit::test {

struct ProcessResult {
    int exit_code = -1;  // 128 + N when killed by signal N; 124 when it ran out of time
    std::string out;     // stdout
    std::string err;     // stderr
};

// Runs `program` with `arguments` (each quoted: no shell word splitting) in `directory`,
// with `environment` added, stdin empty and at most `timeoutSeconds`, capturing both streams.
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
                         const std::filesystem::path& directory,
                         const std::map<std::string, std::string>& environment = {},
                         int timeoutSeconds = 300);

}  // namespace sitefit::test
