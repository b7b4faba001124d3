#include "sitefit/core/text.hpp"

#include <algorithm>
#include <sstream>

namespace sitefit::core {
namespace {

char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string asciiLower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return asciiLower(c); });
    return out;
}

bool equalIgnoringAsciiCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    return joined<std::vector<std::string>>(items, separator);
}

std::string quotedList(const std::vector<std::string>& items) {
    std::vector<std::string> quoted;
    quoted.reserve(items.size());
    for (const std::string& item : items) {
        quoted.push_back("'" + item + "'");
    }
    return joined(quoted);
}

std::string writtenFigure(double value) {
    std::ostringstream out;
    out.precision(12);
    out << value;
    return out.str();
}

}  // namespace sitefit::core
