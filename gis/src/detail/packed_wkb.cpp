#include "detail/packed_wkb.hpp"

namespace sitefit::gis::detail {

PackedWkb::PackedWkb(std::span<const Wkb> geometries) {
    std::size_t total = 0;
    for (const Wkb& wkb : geometries) {
        total += wkb.size();
    }
    m_bytes.reserve(total);
    m_ends.reserve(geometries.size());
    for (const Wkb& wkb : geometries) {
        m_bytes.insert(m_bytes.end(), wkb.begin(), wkb.end());
        m_ends.push_back(m_bytes.size());
    }
}

}  // namespace sitefit::gis::detail
