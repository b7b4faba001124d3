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

}  // namespace sitefit::test
