#include "sitefit/core/error.hpp"

namespace sitefit {
namespace {

std::string describe(const std::string& message, const ErrorContext& context) {
    std::string out;
    auto add = [&out](const char* label, const std::string& value) {
        if (value.empty()) {
            return;
        }
        if (!out.empty()) {
            out += ", ";
        }
        out += label;
        out += value;
    };
    add("", context.file);
    add("layer '", context.layer.empty() ? std::string{} : context.layer + "'");
    add("feature '", context.feature.empty() ? std::string{} : context.feature + "'");
    add("field '", context.field.empty() ? std::string{} : context.field + "'");
    if (out.empty()) {
        return message;
    }
    return out + ": " + message;
}

}  // namespace

Error::Error(Kind kind, const std::string& message, ErrorContext context)
    : std::runtime_error(describe(message, context)),
      m_kind(kind),
      m_context(std::move(context)),
      m_message(message) {}

void throwInputError(const std::string& message, ErrorContext context) {
    throw Error(Error::Kind::Input, message, std::move(context));
}

int exitCodeFor(Error::Kind kind) noexcept {
    switch (kind) {
        case Error::Kind::Usage:
            return 2;
        case Error::Kind::Input:
            return 3;
        case Error::Kind::Output:
            return 4;
        case Error::Kind::Internal:
            break;
    }
    return 1;
}

}  // namespace sitefit
