#pragma once

#include <ogrsf_frmts.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace sitefit::gis::detail {

// A layer's features in reading order, in batches. With `threaded`, GDAL reads them on a
// thread of its own while the caller decodes and checks the previous batch (on a million
// footprints the two halves of the work take about as long as each other); otherwise
// next() reads on the calling thread. While a feed lives, nothing else may touch the layer
// or its dataset.
class FeatureFeed {
public:
    // Features a batch holds (the last one of a layer fewer).
    static constexpr std::size_t kBatch = 256;

    FeatureFeed(OGRLayer& layer, bool threaded);
    FeatureFeed(const FeatureFeed&) = delete;
    FeatureFeed& operator=(const FeatureFeed&) = delete;
    FeatureFeed(FeatureFeed&&) = delete;
    FeatureFeed& operator=(FeatureFeed&&) = delete;
    ~FeatureFeed();

    // The next features; none when the layer is done.
    std::vector<OGRFeatureUniquePtr> next();

    // Hands a batch the caller is done with back to the reading thread, which frees it.
    // glibc's malloc keeps one arena per thread: features allocated on the reading thread
    // and freed on this one pile up as deferred frees in the reading thread's arena, which
    // its next large allocation must consolidate (malloc_consolidate was 7 % of a load's
    // CPU, with more in locking); freed where they were made, they are reused at once.
    void giveBack(std::vector<OGRFeatureUniquePtr> spent);

    // What GDAL reported on the reading thread, once next() came back empty.
    [[nodiscard]] bool failed() const noexcept { return m_failed; }
    [[nodiscard]] const std::string& failure() const noexcept { return m_failure; }

private:
    static constexpr std::size_t kBatchesAhead = 8;

    std::vector<OGRFeatureUniquePtr> readBatch();
    void produce(const std::stop_token& stop);

    OGRLayer& m_layer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<OGRFeatureUniquePtr>> m_batches;
    std::vector<std::vector<OGRFeatureUniquePtr>> m_spent;  // given back, to free on the thread
    bool m_finished = false;
    bool m_failed = false;
    std::string m_failure;
    std::jthread m_thread;  // last: joins before the members it uses go
};

}  // namespace sitefit::gis::detail
