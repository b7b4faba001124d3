#pragma once

#include <stdexcept>
#include <string>

namespace sitefit {

// Where a problem was found, as precisely as the caller knows it. Empty members are unknown.
struct ErrorContext {
    std::string file{};
    std::string layer{};
    std::string feature{};  // the feature's id where it has one, else "#<fid>"
    std::string field{};
};

// The one exception type sitefit throws across layer boundaries. The CLI maps kind() to an
// exit code (docs/cli.md); what() is a complete sentence that names the context.
class Error : public std::runtime_error {
public:
    enum class Kind {
        Usage,   // the command line or an option is wrong
        Input,   // a file the user gave is unreadable, malformed or violates the schema
        Output,  // a result could not be written
        Internal
    };

    Error(Kind kind, const std::string& message, ErrorContext context = {});

    [[nodiscard]] Kind kind() const noexcept { return m_kind; }
    [[nodiscard]] const ErrorContext& context() const noexcept { return m_context; }
    // The message without the context prefix.
    [[nodiscard]] const std::string& message() const noexcept { return m_message; }

private:
    Kind m_kind;
    ErrorContext m_context;
    std::string m_message;
};

// Shorthands for the common case of bad user input.
[[noreturn]] void throwInputError(const std::string& message, ErrorContext context = {});

// The process exit code documented for each kind of error.
[[nodiscard]] int exitCodeFor(Error::Kind kind) noexcept;

}  // namespace sitefit
