#include "terminal_progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace sitefit::cli {

TerminalProgress::TerminalProgress(bool quiet)
    : m_enabled(!quiet && ::isatty(STDERR_FILENO) == 1) {}

void TerminalProgress::report(std::string_view stage, std::size_t done, std::size_t total) {
    if (!m_enabled) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (stage != m_stage) {
        m_stage = stage;
        m_start = now;
    } else if (now - m_lastDraw < std::chrono::milliseconds(100) && done != total) {
        return;
    }
    m_lastDraw = now;
    constexpr int kWidth = 30;
    const double fraction =
        total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
    const int filled = static_cast<int>(fraction * kWidth);
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    const double remaining = fraction > 0.0 ? elapsed * (1.0 - fraction) / fraction : 0.0;
    std::fprintf(stderr, "\r%.*s [%-*s] %3.0f%%  %zu/%zu  ~%.0fs left ",
                 static_cast<int>(stage.size()), stage.data(), kWidth,
                 std::string(static_cast<std::size_t>(filled), '#').c_str(), fraction * 100.0, done,
                 total, remaining);
    m_drawn = true;
}

void TerminalProgress::finish(std::string_view /*stage*/) {
    if (m_enabled && m_drawn) {
        std::fputc('\n', stderr);
        m_drawn = false;
    }
    m_stage.clear();
}

}  // namespace sitefit::cli
