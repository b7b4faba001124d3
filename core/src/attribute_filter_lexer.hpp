#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "attribute_filter_expression.hpp"

namespace sitefit::core::detail {

// One token of a filter. Keywords (AND, OR, NOT, IN, IS, NULL) come out as words: the parser
// tells them from field names, so a field could never be mistaken for an operator.
struct FilterToken {
    enum class Kind {
        Word,
        Number,
        Text,
        Comparison,
        OpenParen,
        CloseParen,
        Comma,
        End,
        Invalid  // what cannot be read here; `text` says why. Always the last token.
    };
    Kind kind = Kind::End;
    std::string text{};   // Word: as typed; Number: as typed; Text: the decoded value
    double number = 0.0;  // Number
    FilterComparison comparison = FilterComparison::Equal;  // Comparison
    std::size_t column = 1;                                 // 1-based, in UTF-8 code points
};

// Splits a filter into tokens, the last one End, or Invalid where the text stops making
// sense (text with no closing quote, a malformed number, a character that has no place in
// the language). The parser reports Invalid only when it gets there, so an earlier syntax
// error is the one the user hears about: errors come in reading order.
[[nodiscard]] std::vector<FilterToken> tokenizeFilter(std::string_view text);

// How a message names a token: "'area_mu'", "number 30", "text 'Z03'", "the end of the filter".
[[nodiscard]] std::string describeToken(const FilterToken& token);

}  // namespace sitefit::core::detail
