#include "attribute_filter_lexer.hpp"

#include <charconv>
#include <system_error>

namespace sitefit::core::detail {
namespace {

// Where reading stopped and why; becomes the Invalid token.
struct Unreadable {
    std::size_t column;
    std::string problem;
};

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isWordChar(char c) {
    return isAsciiLetter(c) || isDigit(c) || c == '_';
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Walks the text byte by byte while counting characters, so every message can give the
// column a user sees, also after Chinese text.
class Cursor {
public:
    explicit Cursor(std::string_view text) : m_text(text) {}

    [[nodiscard]] bool atEnd() const { return m_offset >= m_text.size(); }
    [[nodiscard]] char peek(std::size_t ahead = 0) const {
        return m_offset + ahead < m_text.size() ? m_text[m_offset + ahead] : '\0';
    }
    [[nodiscard]] bool startsWith(std::string_view prefix) const {
        return m_text.substr(m_offset).starts_with(prefix);
    }
    [[nodiscard]] std::size_t offset() const { return m_offset; }
    [[nodiscard]] std::size_t column() const { return m_column; }
    [[nodiscard]] std::string_view slice(std::size_t from) const {
        return m_text.substr(from, m_offset - from);
    }

    // Moves past one whole character (all bytes of a UTF-8 sequence).
    void advanceChar() {
        ++m_offset;
        while (!atEnd() && isContinuationByte(m_text[m_offset])) {
            ++m_offset;
        }
        ++m_column;
    }
    // The character at the cursor, all its bytes, for messages.
    [[nodiscard]] std::string currentChar() const {
        std::size_t end = m_offset + 1;
        while (end < m_text.size() && isContinuationByte(m_text[end])) {
            ++end;
        }
        return std::string(m_text.substr(m_offset, end - m_offset));
    }

private:
    std::string_view m_text;
    std::size_t m_offset = 0;
    std::size_t m_column = 1;
};

// The operators a user may type, longest first so "<=" is not read as "<" then "=". The
// mathematical signs are there because that is how planners write requirements.
struct ComparisonSpelling {
    std::string_view text;
    FilterComparison comparison;
};
constexpr ComparisonSpelling kComparisons[] = {
    {"<=", FilterComparison::LessEqual},     {">=", FilterComparison::GreaterEqual},
    {"<>", FilterComparison::NotEqual},      {"!=", FilterComparison::NotEqual},
    {"\u2264", FilterComparison::LessEqual}, {"\u2265", FilterComparison::GreaterEqual},
    {"\u2260", FilterComparison::NotEqual},  {"<", FilterComparison::Less},
    {">", FilterComparison::Greater},        {"=", FilterComparison::Equal},
};

constexpr std::string_view kExpectedToken =
    "expected a field name, a value, a comparison (= != <> < <= > >=), a parenthesis or a comma";

FilterToken readText(Cursor& cursor) {
    FilterToken token{FilterToken::Kind::Text, {}, 0.0, FilterComparison::Equal, cursor.column()};
    cursor.advanceChar();  // the opening quote
    while (true) {
        if (cursor.atEnd()) {
            throw Unreadable{token.column,
                             "the text starting here has no closing quote; expected ' "
                             "to end it (write '' for a quote inside text)"};
        }
        if (cursor.peek() == '\'') {
            cursor.advanceChar();
            if (cursor.peek() != '\'') {
                return token;
            }
            token.text += '\'';  // '' is one quote of the value
            cursor.advanceChar();
            continue;
        }
        token.text += cursor.currentChar();
        cursor.advanceChar();
    }
}

FilterToken readNumber(Cursor& cursor) {
    FilterToken token{FilterToken::Kind::Number, {}, 0.0, FilterComparison::Equal, cursor.column()};
    const std::size_t start = cursor.offset();
    if (cursor.peek() == '-') {
        cursor.advanceChar();
    }
    while (isDigit(cursor.peek()) || cursor.peek() == '.') {
        cursor.advanceChar();
    }
    if ((cursor.peek() == 'e' || cursor.peek() == 'E') &&
        (isDigit(cursor.peek(1)) ||
         ((cursor.peek(1) == '-' || cursor.peek(1) == '+') && isDigit(cursor.peek(2))))) {
        cursor.advanceChar();
        cursor.advanceChar();
        while (isDigit(cursor.peek())) {
            cursor.advanceChar();
        }
    }
    token.text = std::string(cursor.slice(start));
    const char* first = token.text.data();
    const char* last = first + token.text.size();
    const auto [end, error] = std::from_chars(first, last, token.number);
    if (error != std::errc{} || end != last) {
        throw Unreadable{token.column, "'" + token.text +
                                           "' is not a number; expected digits with "
                                           "at most one decimal point, e.g. 30 or 2.5"};
    }
    // "30亩" or "2000kVA": the unit is in the field's name, and a unit glued to the number
    // is the likeliest slip, so it gets its own message.
    if (!cursor.atEnd() && (isWordChar(cursor.peek()) || isContinuationByte(cursor.peek()) ||
                            static_cast<unsigned char>(cursor.peek()) >= 0x80U)) {
        throw Unreadable{cursor.column(),
                         "'" + cursor.currentChar() + "' right after the number " + token.text +
                             "; expected a space, an operator or the end (write figures "
                             "without units: the field's name gives the unit)"};
    }
    return token;
}

void readTokens(Cursor& cursor, std::vector<FilterToken>& tokens) {
    while (true) {
        while (isSpace(cursor.peek()) && !cursor.atEnd()) {
            cursor.advanceChar();
        }
        if (cursor.atEnd()) {
            break;
        }
        const char c = cursor.peek();
        const std::size_t column = cursor.column();
        if (c == '\'') {
            tokens.push_back(readText(cursor));
            continue;
        }
        if (isDigit(c) || ((c == '-' || c == '.') &&
                           (isDigit(cursor.peek(1)) || (c == '-' && cursor.peek(1) == '.')))) {
            tokens.push_back(readNumber(cursor));
            continue;
        }
        if (isAsciiLetter(c) || c == '_') {
            const std::size_t start = cursor.offset();
            while (isWordChar(cursor.peek())) {
                cursor.advanceChar();
            }
            tokens.push_back({FilterToken::Kind::Word, std::string(cursor.slice(start)), 0.0,
                              FilterComparison::Equal, column});
            continue;
        }
        if (c == '(' || c == ')' || c == ',') {
            const auto kind = c == '('   ? FilterToken::Kind::OpenParen
                              : c == ')' ? FilterToken::Kind::CloseParen
                                         : FilterToken::Kind::Comma;
            tokens.push_back({kind, std::string(1, c), 0.0, FilterComparison::Equal, column});
            cursor.advanceChar();
            continue;
        }
        bool matched = false;
        for (const ComparisonSpelling& spelling : kComparisons) {
            if (cursor.startsWith(spelling.text)) {
                tokens.push_back({FilterToken::Kind::Comparison, std::string(spelling.text), 0.0,
                                  spelling.comparison, column});
                for (std::size_t i = 0; i < spelling.text.size();) {
                    const std::size_t before = cursor.offset();
                    cursor.advanceChar();
                    i += cursor.offset() - before;
                }
                matched = true;
                break;
            }
        }
        if (matched) {
            continue;
        }
        if (c == '"') {
            throw Unreadable{column,
                             "'\"' is not a quote of this language; expected "
                             "'single-quoted text' for a text value"};
        }
        throw Unreadable{column, "unexpected character '" + cursor.currentChar() + "'; " +
                                     std::string(kExpectedToken)};
    }
}

}  // namespace

std::vector<FilterToken> tokenizeFilter(std::string_view text) {
    std::vector<FilterToken> tokens;
    Cursor cursor(text);
    try {
        readTokens(cursor, tokens);
    } catch (const Unreadable& unreadable) {
        tokens.push_back({FilterToken::Kind::Invalid, unreadable.problem, 0.0,
                          FilterComparison::Equal, unreadable.column});
        return tokens;
    }
    tokens.push_back({FilterToken::Kind::End, {}, 0.0, FilterComparison::Equal, cursor.column()});
    return tokens;
}

std::string describeToken(const FilterToken& token) {
    switch (token.kind) {
        case FilterToken::Kind::Number:
            return "number " + token.text;
        case FilterToken::Kind::Text:
            return "text '" + token.text + "'";
        case FilterToken::Kind::End:
            return "the end of the filter";
        case FilterToken::Kind::Invalid:
            return "something unreadable";
        case FilterToken::Kind::Word:
        case FilterToken::Kind::Comparison:
        case FilterToken::Kind::OpenParen:
        case FilterToken::Kind::CloseParen:
        case FilterToken::Kind::Comma:
            break;
    }
    return "'" + token.text + "'";
}

}  // namespace sitefit::core::detail
