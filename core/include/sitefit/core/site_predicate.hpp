#pragma once

#include <functional>

#include "sitefit/core/site_facts.hpp"

namespace sitefit::core {

// Which sites a matcher or a listing may consider at all, decided before any rule runs
// (a user's `--where` filter, docs/cli.md). An empty predicate admits every site.
using SitePredicate = std::function<bool(const SiteFacts&)>;

}  // namespace sitefit::core
