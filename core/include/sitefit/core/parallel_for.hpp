#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

namespace sitefit::core {

// The failure a serial loop would have met first: the one at the lowest index. Work past it
// can be skipped, as a serial loop would never have reached it.
class FirstFailure {
public:
    void record(std::size_t index, std::exception_ptr error) {
        const std::lock_guard lock(m_mutex);
        if (!m_error || index < m_index.load()) {
            m_error = std::move(error);
            m_index.store(index);
        }
    }
    // SIZE_MAX while nothing failed.
    [[nodiscard]] std::size_t index() const noexcept { return m_index.load(); }
    void rethrow() const {
        if (m_error) {
            std::rethrow_exception(m_error);
        }
    }

private:
    std::mutex m_mutex;
    std::atomic<std::size_t> m_index{std::numeric_limits<std::size_t>::max()};
    std::exception_ptr m_error;
};

// The hardware threads, at least one.
inline std::size_t hardwareThreads() noexcept {
    return std::max(1U, std::thread::hardware_concurrency());
}

// Calls fn(i) for every i in [0, count) on up to `threads` threads, the calling thread one of
// them. fn may also take (i, slot): slot, in [0, threads), names the thread running it (0 is
// the calling thread), for state a thread owns. Items are handed out `chunk` at a time, so
// items of uneven cost even out. When items fail, the exception rethrown is the one of the
// lowest failing index, as a serial loop would throw: errors do not depend on the timing;
// chunks after a failure are not started.
template <typename Fn>
void parallelFor(std::size_t count, std::size_t threads, Fn&& fn, std::size_t chunk = 1) {
    const auto call = [&fn](std::size_t i, std::size_t slot) {
        if constexpr (std::is_invocable_v<Fn&, std::size_t, std::size_t>) {
            fn(i, slot);
        } else {
            (void)slot;
            fn(i);
        }
    };
    chunk = std::max<std::size_t>(chunk, 1);
    threads = std::min(std::max<std::size_t>(threads, 1), (count + chunk - 1) / chunk);
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) {
            call(i, 0);
        }
        return;
    }
    FirstFailure failure;
    std::atomic<std::size_t> next{0};
    const auto loop = [&](std::size_t slot) {
        for (;;) {
            const std::size_t begin = next.fetch_add(chunk);
            if (begin >= count || begin > failure.index()) {
                return;
            }
            const std::size_t end = std::min(count, begin + chunk);
            for (std::size_t i = begin; i < end; ++i) {
                try {
                    call(i, slot);
                } catch (...) {
                    failure.record(i, std::current_exception());
                    return;
                }
            }
        }
    };
    {
        std::vector<std::jthread> helpers;
        helpers.reserve(threads - 1);
        for (std::size_t slot = 1; slot < threads; ++slot) {
            helpers.emplace_back(loop, slot);
        }
        loop(0);
    }  // the helpers join here
    failure.rethrow();
}

}  // namespace sitefit::core
