#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "sitefit/core/parallel_for.hpp"

using sitefit::core::parallelFor;

namespace {

// The message of what parallelFor threw, or "" when it threw nothing.
template <typename Fn>
std::string failureOf(std::size_t count, std::size_t threads, Fn fn, std::size_t chunk = 1) {
    try {
        parallelFor(count, threads, fn, chunk);
    } catch (const std::exception& error) {
        return error.what();
    }
    return {};
}

}  // namespace

TEST(ParallelFor, CallsEveryIndexOnce) {
    for (const std::size_t threads : {1, 2, 4, 7}) {
        std::vector<std::atomic<int>> calls(1000);
        parallelFor(
            calls.size(), threads, [&](std::size_t i) { ++calls[i]; }, 16);
        for (std::size_t i = 0; i < calls.size(); ++i) {
            ASSERT_EQ(calls[i].load(), 1) << "index " << i << " on " << threads << " threads";
        }
    }
}

TEST(ParallelFor, RethrowsTheFirstFailingIndex) {
    const auto failAt3And7 = [](std::size_t i) {
        if (i == 3 || i == 7) {
            throw std::runtime_error("item " + std::to_string(i));
        }
    };
    for (const std::size_t threads : {1, 2, 4}) {
        for (int run = 0; run < 20; ++run) {
            EXPECT_EQ(failureOf(10, threads, failAt3And7), "item 3") << threads << " threads";
            EXPECT_EQ(failureOf(10, threads, failAt3And7, 4), "item 3") << threads << " threads";
        }
    }
}

TEST(ParallelFor, FirstFailureWinsAlthoughALaterOneIsQuicker) {
    // Item 7 fails at once; item 3 fails only after a while. A serial loop meets 3 first.
    const auto slowFirst = [](std::size_t i) {
        if (i == 3) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            throw std::runtime_error("item 3");
        }
        if (i == 7) {
            throw std::runtime_error("item 7");
        }
    };
    for (const std::size_t threads : {1, 2, 4}) {
        EXPECT_EQ(failureOf(10, threads, slowFirst), "item 3") << threads << " threads";
    }
}

TEST(ParallelFor, NamesTheThreadOfEachCall) {
    constexpr std::size_t kThreads = 3;
    std::vector<std::atomic<int>> perSlot(kThreads);
    std::atomic<bool> outOfRange{false};
    parallelFor(300, kThreads, [&](std::size_t, std::size_t slot) {
        if (slot >= kThreads) {
            outOfRange = true;
            return;
        }
        ++perSlot[slot];
    });
    EXPECT_FALSE(outOfRange.load());
    int total = 0;
    for (const auto& count : perSlot) {
        total += count.load();
    }
    EXPECT_EQ(total, 300);
}

TEST(ParallelFor, NothingToDoIsNoWork) {
    int calls = 0;
    parallelFor(0, 4, [&](std::size_t) { ++calls; });
    EXPECT_EQ(calls, 0);
}
