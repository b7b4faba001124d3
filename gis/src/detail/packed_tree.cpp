#include "detail/packed_tree.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <utility>

#include "sitefit/core/parallel_for.hpp"

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

namespace {

// A sort key: an entry's centre coordinate (doubled: min + max) and its position, which
// breaks ties the same way on every run and platform (positions follow the features' order).
using SortKey = std::pair<double, std::uint32_t>;

// Sorts `keys`, the two halves on two threads for a large range (a million footprints' keys
// take 0.1 s to sort on one), then merged.
void sortKeys(std::span<SortKey> keys) {
    constexpr std::size_t kParallelFrom = 1U << 16U;
    if (keys.size() < kParallelFrom || core::hardwareThreads() < 2) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    const auto middle = keys.begin() + static_cast<std::ptrdiff_t>(keys.size() / 2);
    core::parallelFor(2, 2, [&](std::size_t half) {
        if (half == 0) {
            std::sort(keys.begin(), middle);
        } else {
            std::sort(middle, keys.end());
        }
    });
    std::inplace_merge(keys.begin(), middle, keys.end());
}

}  // namespace

void PackedTree::pack(std::vector<Entry>& entries) {
    const std::size_t nodes = (entries.size() + kNodeCapacity - 1) / kNodeCapacity;
    const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
    const std::size_t perSlice = slices * kNodeCapacity;
    // Sorting 16-byte keys and moving each 40-byte entry once is about twice as quick as
    // sorting the entries themselves.
    std::vector<SortKey> keys(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        keys[i] = {entries[i].box.min_x + entries[i].box.max_x, static_cast<std::uint32_t>(i)};
    }
    sortKeys(keys);
    std::vector<Entry> byX(entries.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        byX[i] = entries[keys[i].second];
    }
    // Each vertical slice by the y of the centres; the slices are independent, so the two
    // halves of them go to two threads for a large layer.
    for (std::size_t i = 0; i < byX.size(); ++i) {
        keys[i] = {byX[i].box.min_y + byX[i].box.max_y, static_cast<std::uint32_t>(i)};
    }
    const std::size_t sliceCount = (byX.size() + perSlice - 1) / perSlice;
    const auto sortSlices = [&](std::size_t first, std::size_t last) {
        for (std::size_t slice = first; slice < last; ++slice) {
            const auto begin = keys.begin() + static_cast<std::ptrdiff_t>(slice * perSlice);
            const auto end = keys.begin() + static_cast<std::ptrdiff_t>(
                                                std::min(keys.size(), (slice + 1) * perSlice));
            std::sort(begin, end);
        }
    };
    if (byX.size() >= (1U << 16U) && core::hardwareThreads() >= 2) {
        core::parallelFor(2, 2, [&](std::size_t half) {
            if (half == 0) {
                sortSlices(0, sliceCount / 2);
            } else {
                sortSlices(sliceCount / 2, sliceCount);
            }
        });
    } else {
        sortSlices(0, sliceCount);
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        entries[i] = byX[keys[i].second];
    }
}

}  // namespace sitefit::gis::detail
