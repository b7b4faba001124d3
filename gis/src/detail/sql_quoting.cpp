#include "detail/sql_quoting.hpp"

namespace sitefit::gis::detail {
namespace {

std::string quoted(std::string_view text, char quote) {
    std::string out(1, quote);
    for (const char c : text) {
        out += c;
        if (c == quote) {
            out += quote;
        }
    }
    return out + quote;
}

}  // namespace

std::string quotedIdentifier(std::string_view name) {
    return quoted(name, '"');
}

std::string quotedLiteral(std::string_view text) {
    return quoted(text, '\'');
}

}  // namespace sitefit::gis::detail
