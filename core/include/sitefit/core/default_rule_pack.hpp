#pragma once

#include "sitefit/core/rule_pack.hpp"

namespace sitefit::core {

// rules/jiangsu-north.toml as compiled into the program, so the tools work without the
// source tree; its `source` says so in messages.
[[nodiscard]] RulePack defaultRulePack();

}  // namespace sitefit::core
