#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "sitefit/core/error.hpp"

namespace sitefit::test {

// Runs `action`, expecting it to throw a sitefit::Error of `kind`: the error's message, or
// "" (and a failed expectation) when it throws none or another kind.
inline std::string errorMessageOf(const std::function<void()>& action, Error::Kind kind) {
    try {
        action();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), kind) << error.what();
        return error.what();
    }
    ADD_FAILURE() << "no error";
    return {};
}

// Runs `action`, expecting it to throw a sitefit::Error: that error, or (with a failed
// expectation) an Internal one when it throws none.
template <typename Action>
Error errorFrom(Action&& action) {
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    ADD_FAILURE() << "expected a sitefit::Error";
    return Error(Error::Kind::Internal, "no error was thrown");
}

}  // namespace sitefit::test
