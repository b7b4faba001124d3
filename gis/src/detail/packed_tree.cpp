#include "detail/packed_tree.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace sitefit::gis::detail {

void PackedTree::build(const std::vector<Envelope>& envelopes) {
    std::vector<Entry> entries;
    entries.reserve(envelopes.size());
    for (std::size_t i = 0; i < envelopes.size(); ++i) {
        if (!envelopes[i].empty()) {
            entries.push_back({envelopes[i], static_cast<std::uint32_t>(i)});
        }
    }
    m_levels.clear();
    if (entries.empty()) {
        return;
    }
    // Level 0 holds the features; each level above holds one entry per node below.
    for (;;) {
        pack(entries);
        m_levels.push_back(entries);
        if (entries.size() <= kNodeCapacity) {
            break;
        }
        std::vector<Entry> parents;
        parents.reserve(entries.size() / kNodeCapacity + 1);
        for (std::size_t first = 0; first < entries.size(); first += kNodeCapacity) {
            const std::size_t last = std::min(entries.size(), first + kNodeCapacity);
            Envelope box;
            for (std::size_t i = first; i < last; ++i) {
                box = box.united(entries[i].box);
            }
            parents.push_back({box, static_cast<std::uint32_t>(first)});
        }
        entries = std::move(parents);
    }
}

void PackedTree::query(const Envelope& area, std::vector<std::size_t>& found) const {
    visit(area, [&found](std::size_t index) {
        found.push_back(index);
        return true;
    });
}

bool PackedTree::any(const Envelope& area) const {
    bool found = false;
    visit(area, [&found](std::size_t /*index*/) {
        found = true;
        return false;  // one is enough
    });
    return found;
}

std::size_t PackedTree::memoryBytes() const noexcept {
    std::size_t bytes = 0;
    for (const std::vector<Entry>& level : m_levels) {
        bytes += level.capacity() * sizeof(Entry);
    }
    return bytes;
}

template <typename Keep>
void PackedTree::visit(const Envelope& area, Keep keep) const {
    if (m_levels.empty()) {
        return;
    }
    // (level, first entry): the nodes still to look into.
    std::vector<std::pair<std::size_t, std::size_t>> pending;
    const std::size_t top = m_levels.size() - 1;
    pending.emplace_back(top, 0);
    while (!pending.empty()) {
        const auto [level, first] = pending.back();
        pending.pop_back();
        const std::vector<Entry>& entries = m_levels[level];
        const std::size_t last =
            level == top ? entries.size() : std::min(entries.size(), first + kNodeCapacity);
        for (std::size_t i = first; i < last; ++i) {
            if (!entries[i].box.intersects(area)) {
                continue;
            }
            if (level == 0) {
                if (!keep(std::size_t{entries[i].index})) {
                    return;
                }
            } else {
                pending.emplace_back(level - 1, entries[i].index);
            }
        }
    }
}

void PackedTree::pack(std::vector<Entry>& entries) {
    const auto centreX = [](const Entry& e) { return e.box.min_x + e.box.max_x; };
    const auto centreY = [](const Entry& e) { return e.box.min_y + e.box.max_y; };
    const std::size_t nodes = (entries.size() + kNodeCapacity - 1) / kNodeCapacity;
    const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
    const std::size_t perSlice = slices * kNodeCapacity;
    // Ties broken by position, so the tree is the same on every run and platform.
    std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
        return centreX(a) != centreX(b) ? centreX(a) < centreX(b) : a.index < b.index;
    });
    for (std::size_t first = 0; first < entries.size(); first += perSlice) {
        const auto begin = entries.begin() + static_cast<std::ptrdiff_t>(first);
        const auto end = entries.begin() +
                         static_cast<std::ptrdiff_t>(std::min(entries.size(), first + perSlice));
        std::sort(begin, end, [&](const Entry& a, const Entry& b) {
            return centreY(a) != centreY(b) ? centreY(a) < centreY(b) : a.index < b.index;
        });
    }
}

}  // namespace sitefit::gis::detail
