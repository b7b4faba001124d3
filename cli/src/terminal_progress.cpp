#include "terminal_progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace sitefit::cli {
namespace {

// "45s", "3m05s", "1h02m": short enough for the end of a bar.
std::string duration(double seconds) {
    const long whole = std::lround(std::max(0.0, seconds));
    char text[32];
    if (whole < 60) {
        std::snprintf(text, sizeof text, "%lds", whole);
    } else if (whole < 3600) {
        std::snprintf(text, sizeof text, "%ldm%02lds", whole / 60, whole % 60);
    } else {
        std::snprintf(text, sizeof text, "%ldh%02ldm", whole / 3600, (whole % 3600) / 60);
    }
    return text;
}

// The first second and the first percent say little about the rate: no estimate before.
constexpr double kEstimateAfter_s = 1.0;
constexpr double kEstimateAfterFraction = 0.01;

}  // namespace

TerminalProgress::TerminalProgress(bool quiet)
    : m_enabled(!quiet && ::isatty(STDERR_FILENO) == 1) {}

void TerminalProgress::report(std::string_view stage, std::size_t done, std::size_t total) {
    if (!m_enabled) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (stage != m_stage) {
        if (m_drawn) {  // a stage left without finish(): keep its last line
            std::fputc('\n', stderr);
        }
        m_stage = stage;
        m_start = now;
    } else if (now - m_lastDraw < std::chrono::milliseconds(100) && done != total) {
        return;
    }
    m_lastDraw = now;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    // \033[K clears what a longer previous line left at the end.
    if (total == 0) {  // an unknown amount of work: a count and the time so far
        std::fprintf(stderr, "\r%.*s  %zu done  %s\033[K", static_cast<int>(stage.size()),
                     stage.data(), done, duration(elapsed).c_str());
        m_drawn = true;
        return;
    }
    constexpr int kWidth = 30;
    const double fraction = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
    const int filled = static_cast<int>(fraction * kWidth);
    std::string estimate = "estimating time left";
    if (done == total) {
        estimate = "took " + duration(elapsed);
    } else if (elapsed >= kEstimateAfter_s && fraction >= kEstimateAfterFraction) {
        estimate = "~" + duration(elapsed * (1.0 - fraction) / fraction) + " left, " +
                   duration(elapsed) + " so far";
    }
    std::fprintf(stderr, "\r%.*s [%-*s] %3.0f%%  %zu/%zu  %s\033[K", static_cast<int>(stage.size()),
                 stage.data(), kWidth, std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 fraction * 100.0, done, total, estimate.c_str());
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
