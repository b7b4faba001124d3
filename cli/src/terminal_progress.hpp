#pragma once

#include <chrono>
#include <string>

#include "sitefit/core/progress.hpp"

namespace sitefit::cli {

// Progress on stderr: a redrawn bar with an estimate on a terminal, nothing otherwise
// (logs and pipes stay clean), nothing at all when quiet.
class TerminalProgress final : public core::ProgressSink {
public:
    explicit TerminalProgress(bool quiet);
    void report(std::string_view stage, std::size_t done, std::size_t total) override;
    void finish(std::string_view stage) override;

private:
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
    std::string m_stage;
};

}  // namespace sitefit::cli
