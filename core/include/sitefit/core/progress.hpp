#pragma once

#include <cstddef>
#include <string_view>

namespace sitefit::core {

// Receives progress of long work. Called from the thread doing the work; implementations
// throttle their own output. `total` may be 0 when unknown.
class ProgressSink {
public:
    ProgressSink() = default;
    ProgressSink(const ProgressSink&) = delete;
    ProgressSink& operator=(const ProgressSink&) = delete;
    ProgressSink(ProgressSink&&) = delete;
    ProgressSink& operator=(ProgressSink&&) = delete;
    virtual ~ProgressSink() = default;

    virtual void report(std::string_view stage, std::size_t done, std::size_t total) = 0;
    // The stage is over; a terminal bar may end its line.
    virtual void finish(std::string_view stage) = 0;
};

// Discards everything: for tests, libraries and `--quiet`.
class SilentProgress final : public ProgressSink {
public:
    void report(std::string_view stage, std::size_t done, std::size_t total) override;
    void finish(std::string_view stage) override;
};

// A shared SilentProgress for callers that do not care.
[[nodiscard]] ProgressSink& silentProgress();

}  // namespace sitefit::core
