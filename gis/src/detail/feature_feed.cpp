#include "detail/feature_feed.hpp"

#include <utility>

#include "detail/gdal_error_capture.hpp"

namespace sitefit::gis::detail {

FeatureFeed::FeatureFeed(OGRLayer& layer, bool threaded) : m_layer(layer) {
    m_layer.ResetReading();
    if (threaded) {
        m_thread = std::jthread([this](const std::stop_token& stop) { produce(stop); });
    }
}

FeatureFeed::~FeatureFeed() {
    if (m_thread.joinable()) {
        m_thread.request_stop();
        const std::lock_guard lock(m_mutex);
        m_changed.notify_all();
    }  // the thread joins as m_thread goes
}

std::vector<OGRFeatureUniquePtr> FeatureFeed::next() {
    if (!m_thread.joinable()) {
        return readBatch();
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
    if (m_batches.empty()) {
        return {};
    }
    std::vector<OGRFeatureUniquePtr> batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return batch;
}

void FeatureFeed::giveBack(std::vector<OGRFeatureUniquePtr> spent) {
    if (!m_thread.joinable() || spent.empty()) {
        return;  // read on this thread: freed here, where it was made
    }
    const std::lock_guard lock(m_mutex);
    m_spent.push_back(std::move(spent));
}

std::vector<OGRFeatureUniquePtr> FeatureFeed::readBatch() {
    std::vector<OGRFeatureUniquePtr> batch;
    batch.reserve(kBatch);
    while (batch.size() < kBatch) {
        OGRFeatureUniquePtr feature(m_layer.GetNextFeature());
        if (!feature) {
            break;
        }
        batch.push_back(std::move(feature));
    }
    return batch;
}

void FeatureFeed::produce(const std::stop_token& stop) {
    GdalErrorCapture messages;  // this thread's: a damaged page ends the loop
    for (;;) {
        {
            std::vector<std::vector<OGRFeatureUniquePtr>> spent;
            {
                const std::lock_guard lock(m_mutex);
                spent.swap(m_spent);
            }
        }  // freed here, outside the lock
        std::vector<OGRFeatureUniquePtr> batch = readBatch();
        const bool last = batch.size() < kBatch;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock,
                       [&] { return m_batches.size() < kBatchesAhead || stop.stop_requested(); });
        if (stop.stop_requested()) {
            return;
        }
        if (!batch.empty()) {
            m_batches.push_back(std::move(batch));
        }
        if (last) {
            m_failed = messages.hasFailure();
            m_failure = messages.lastMessage();
            m_finished = true;
        }
        m_changed.notify_all();
        if (last) {
            return;
        }
    }
}

}  // namespace sitefit::gis::detail
