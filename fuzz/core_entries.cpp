#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "entries.hpp"
#include "sitefit/core/allocation_problem_json.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/rule_pack_reader.hpp"

namespace sitefit::fuzz {
namespace {

std::string_view textOf(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] void finding(const std::string& what) {
    std::fprintf(stderr, "fuzz finding: %s\n", what.c_str());
    std::abort();
}

}  // namespace

void readRulePack(const std::uint8_t* data, std::size_t size) {
    try {
        (void)core::RulePackReader::parse(textOf(data, size), "fuzz.toml");
    } catch (const Error&) {
        // refused with a message: the expected outcome for bad input
    }
}

void readAllocationProblem(const std::uint8_t* data, std::size_t size) {
    core::AllocationProblem problem;
    try {
        problem = core::parseAllocationProblem(textOf(data, size), "fuzz.json");
    } catch (const Error&) {
        return;
    }
    // What was accepted must survive being written out (as `--dump-problem` does) and read.
    const std::string written = core::allocationProblemJson(problem);
    core::AllocationProblem again;
    try {
        again = core::parseAllocationProblem(written, "written.json");
    } catch (const Error& error) {
        finding(std::string("a problem that was read, written out, does not read again: ") +
                error.what());
    }
    if (again.projects.size() != problem.projects.size() ||
        again.sites.size() != problem.sites.size() || again.pairs.size() != problem.pairs.size() ||
        again.pins.size() != problem.pins.size() ||
        again.exclusions.size() != problem.exclusions.size()) {
        finding("a problem written out and read again changed in size");
    }
}

}  // namespace sitefit::fuzz
