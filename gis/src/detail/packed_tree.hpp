#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sitefit/gis/drawable_layer.hpp"

namespace sitefit::gis::detail {

// A packed R-tree over the features' envelopes, bulk-loaded by Sort-Tile-Recursive: each
// level's entries are sorted into vertical slices by the x of their centre, each slice by y,
// and cut into nodes of kNodeCapacity. Immutable once built, so any number of threads may
// query it at once.
class PackedTree {
public:
    // Entries per node: a node's envelopes fill a few cache lines, and a million features
    // make a tree five levels deep.
    static constexpr std::size_t kNodeCapacity = 16;

    // Indexes every non-empty envelope, by its position in `envelopes`.
    void build(const std::vector<Envelope>& envelopes);
    // Appends the index of every feature whose envelope meets `area`, in no useful order.
    void query(const Envelope& area, std::vector<std::size_t>& found) const;
    [[nodiscard]] bool any(const Envelope& area) const;
    [[nodiscard]] std::size_t memoryBytes() const noexcept;

private:
    struct Entry {
        Envelope box;
        std::uint32_t index;  // level 0: the feature; above: the first entry of the node below
    };

    // Calls keep(index) for each feature whose envelope meets `area` until it returns false.
    template <typename Keep>
    void visit(const Envelope& area, Keep keep) const;
    static void pack(std::vector<Entry>& entries);

    std::vector<std::vector<Entry>> m_levels;  // [0]: the features; back(): the root's entries
};

}  // namespace sitefit::gis::detail
