#include "detail/flat_store.hpp"

#include <algorithm>

namespace sitefit::gis::detail {

void FlatStore::endFeature() {
    Envelope envelope;
    const std::size_t first = 2 * point_begin.back();
    if (first + 1 < xy.size()) {
        envelope = {xy[first], xy[first + 1], xy[first], xy[first + 1]};
        for (std::size_t k = first + 2; k + 1 < xy.size(); k += 2) {
            envelope.min_x = std::min(envelope.min_x, xy[k]);
            envelope.max_x = std::max(envelope.max_x, xy[k]);
            envelope.min_y = std::min(envelope.min_y, xy[k + 1]);
            envelope.max_y = std::max(envelope.max_y, xy[k + 1]);
        }
    }
    envelopes.push_back(envelope);
    extent = extent.united(envelope);
    point_begin.push_back(xy.size() / 2);
    ring_begin.push_back(ring_ends.size());
    polygon_begin.push_back(polygon_ends.size());
}

void FlatStore::seal() {
    xy.shrink_to_fit();
    ring_ends.shrink_to_fit();
    polygon_ends.shrink_to_fit();
    indexed = static_cast<std::size_t>(std::count_if(envelopes.begin(), envelopes.end(),
                                                     [](const Envelope& e) { return !e.empty(); }));
}

}  // namespace sitefit::gis::detail
