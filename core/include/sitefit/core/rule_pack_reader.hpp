#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "sitefit/core/rule_pack.hpp"

namespace sitefit::core {

// Reads a rule pack from TOML (docs/rules.md). Keys not in the format, values of the
// wrong type, negative weights or distances and out-of-range classes are refused with a
// sitefit::Error (Input) naming the file, the line and the key.
class RulePackReader {
public:
    [[nodiscard]] static RulePack read(const std::filesystem::path& path);
    // `source` names the text in messages (a file name).
    [[nodiscard]] static RulePack parse(std::string_view toml, const std::string& source);
};

}  // namespace sitefit::core
