#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitefit::gis::detail {

// The ids of one layer's features in reading order, to refuse a duplicate. A million
// footprints make any hash set (std::unordered_set<std::string>, or an open-addressing
// table) the costliest part of reading: a cache miss or two per id. Here ids are only
// appended, end to end in one string with their hashes beside them, and duplicates are
// looked for once, by sorting the hashes: the reader asks after the loop, or when a later
// check failed, which must not hide an earlier duplicate.
class LayerIds {
public:
    explicit LayerIds(std::size_t expected);

    void add(std::string_view id);
    [[nodiscard]] std::string_view at(std::size_t i) const;
    [[nodiscard]] std::size_t size() const noexcept { return m_hashes.size(); }

    // Every position whose id equals an earlier one's, in order, with the earlier position.
    [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> duplicates() const;

private:
    // Whether two ids may be equal. Nearly always none are, which the hashes alone show:
    // sorting 8-byte hashes takes half as long as sorting them with their positions (a
    // million ids).
    [[nodiscard]] bool anyEqualHashes() const;

    std::vector<std::uint64_t> m_hashes;
    std::vector<std::size_t> m_offsets;  // where each id starts in m_text
    std::string m_text;
};

}  // namespace sitefit::gis::detail
