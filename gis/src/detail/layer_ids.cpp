#include "detail/layer_ids.hpp"

#include <algorithm>
#include <functional>

namespace sitefit::gis::detail {

LayerIds::LayerIds(std::size_t expected) {
    m_hashes.reserve(expected);
    m_offsets.reserve(expected);
}

void LayerIds::add(std::string_view id) {
    m_hashes.push_back(std::hash<std::string_view>{}(id));
    m_offsets.push_back(m_text.size());
    m_text.append(id);
}

std::string_view LayerIds::at(std::size_t i) const {
    const std::size_t end = i + 1 < m_offsets.size() ? m_offsets[i + 1] : m_text.size();
    return std::string_view(m_text).substr(m_offsets[i], end - m_offsets[i]);
}

std::vector<std::pair<std::size_t, std::size_t>> LayerIds::duplicates() const {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    if (!anyEqualHashes()) {
        return found;
    }
    std::vector<std::pair<std::uint64_t, std::size_t>> order(m_hashes.size());
    for (std::size_t i = 0; i < m_hashes.size(); ++i) {
        order[i] = {m_hashes[i], i};
    }
    std::sort(order.begin(), order.end());
    for (std::size_t begin = 0; begin < order.size();) {
        std::size_t end = begin + 1;
        while (end < order.size() && order[end].first == order[begin].first) {
            ++end;
        }
        for (std::size_t j = begin + 1; j < end; ++j) {
            for (std::size_t k = begin; k < j; ++k) {
                if (at(order[k].second) == at(order[j].second)) {
                    found.emplace_back(order[j].second, order[k].second);
                    break;
                }
            }
        }
        begin = end;
    }
    std::sort(found.begin(), found.end());
    return found;
}

bool LayerIds::anyEqualHashes() const {
    std::vector<std::uint64_t> sorted = m_hashes;
    std::sort(sorted.begin(), sorted.end());
    return std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end();
}

}  // namespace sitefit::gis::detail
