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

namespace {

// Frees a vector's slack when it is worth a copy: more than an eighth of what it holds.
template <typename T>
void trim(std::vector<T>& values) {
    if (values.capacity() - values.size() > values.size() / 8) {
        values.shrink_to_fit();
    }
}

}  // namespace

void FlatStore::seal() {
    trim(xy);
    trim(ring_ends);
    trim(polygon_ends);
    indexed = static_cast<std::size_t>(std::count_if(envelopes.begin(), envelopes.end(),
                                                     [](const Envelope& e) { return !e.empty(); }));
}

}  // namespace sitefit::gis::detail
