#pragma once

#include <cstddef>
#include <iterator>
#include <utility>
#include <vector>

namespace sitefit::gis::detail {

// Removes the elements at `offset + positions[k]` (positions ascending, each once) in one
// pass, the others keeping their order: features set aside from a layer of a million are
// not erased one by one, each erase moving the rest.
template <typename T>
void eraseAt(std::vector<T>& items, const std::vector<std::size_t>& positions,
             std::size_t offset = 0) {
    if (positions.empty()) {
        return;
    }
    std::size_t kept = offset + positions.front();
    std::size_t next = 0;
    for (std::size_t at = kept; at < items.size(); ++at) {
        if (next < positions.size() && at == offset + positions[next]) {
            ++next;
            continue;
        }
        items[kept++] = std::move(items[at]);
    }
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(kept), items.end());
}

}  // namespace sitefit::gis::detail
