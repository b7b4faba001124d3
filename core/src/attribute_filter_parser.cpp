// The parser of the filter language (docs/cli.md, "Filters"): recursive descent over the
// tokens, every field looked up in the whitelist and every literal checked against its
// field's type while parsing, so a filter that parses can always be evaluated.
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "attribute_filter_expression.hpp"
#include "attribute_filter_lexer.hpp"
#include "sitefit/core/attribute_filter.hpp"
#include "sitefit/core/text.hpp"

namespace sitefit::core {
namespace {

using detail::FilterComparison;
using detail::FilterExpression;
using detail::FilterLiteral;
using detail::FilterNode;
using detail::FilterToken;

// Deep enough for any filter a person writes; shallow enough that "((((…" cannot exhaust
// the stack of a shared server.
constexpr int kMaxNesting = 64;

constexpr std::string_view kComparisonList =
    "=, !=, <>, <, <=, >, >=, IN, NOT IN, IS NULL or IS NOT NULL";

bool isKeyword(const FilterToken& token, std::string_view keyword) {
    return token.kind == FilterToken::Kind::Word && asciiLower(token.text) == keyword;
}

bool isAnyKeyword(const FilterToken& token) {
    for (const std::string_view keyword : {"and", "or", "not", "in", "is", "null"}) {
        if (isKeyword(token, keyword)) {
            return true;
        }
    }
    return false;
}

bool isOrdering(FilterComparison comparison) {
    return comparison != FilterComparison::Equal && comparison != FilterComparison::NotEqual;
}

class FilterParser {
public:
    FilterParser(std::vector<FilterToken> tokens, const FilterFieldWhitelist& fields)
        : m_tokens(std::move(tokens)), m_fields(fields) {}

    FilterExpression parse() {
        if (peek().kind == FilterToken::Kind::End) {
            fail(peek(), "the filter is empty; expected a condition such as area_mu >= 30");
        }
        m_expression.root = parseOr(0);
        if (peek().kind != FilterToken::Kind::End) {
            const FilterToken& token = peek();
            fail(token, "unexpected " + detail::describeToken(token) +
                            "; expected AND, OR or the end of the filter");
        }
        return std::move(m_expression);
    }

private:
    // Every look at the next token goes through here, so the lexer's complaint is raised
    // exactly when the parser reaches the place it is about.
    [[nodiscard]] const FilterToken& peek() const {
        const FilterToken& token = m_tokens[m_next];
        if (token.kind == FilterToken::Kind::Invalid) {
            throw AttributeFilterError(token.column, token.text);
        }
        return token;
    }
    const FilterToken& take() {
        const FilterToken& token = peek();
        if (token.kind != FilterToken::Kind::End) {
            ++m_next;
        }
        return token;
    }

    [[noreturn]] static void fail(const FilterToken& at, const std::string& problem) {
        throw AttributeFilterError(at.column, problem);
    }
    [[noreturn]] static void expected(const FilterToken& found, const std::string& what) {
        fail(found, "expected " + what + ", found " + detail::describeToken(found));
    }

    std::size_t add(FilterNode node) {
        m_expression.nodes.push_back(std::move(node));
        return m_expression.nodes.size() - 1;
    }

    // OR binds loosest, then AND, then NOT: "a OR b AND c" is "a OR (b AND c)", as in SQL.
    std::size_t parseOr(int depth) {
        FilterNode node;
        node.kind = FilterNode::Kind::Or;
        node.operands.push_back(parseAnd(depth));
        while (isKeyword(peek(), "or")) {
            take();
            node.operands.push_back(parseAnd(depth));
        }
        return node.operands.size() == 1 ? node.operands.front() : add(std::move(node));
    }

    std::size_t parseAnd(int depth) {
        FilterNode node;
        node.kind = FilterNode::Kind::And;
        node.operands.push_back(parseNot(depth));
        while (isKeyword(peek(), "and")) {
            take();
            node.operands.push_back(parseNot(depth));
        }
        return node.operands.size() == 1 ? node.operands.front() : add(std::move(node));
    }

    std::size_t parseNot(int depth) {
        if (depth > kMaxNesting) {
            fail(peek(), "the filter nests NOT and parentheses more than " +
                             std::to_string(kMaxNesting) + " deep; expected a simpler filter");
        }
        if (isKeyword(peek(), "not")) {
            take();
            FilterNode node;
            node.kind = FilterNode::Kind::Not;
            node.operands.push_back(parseNot(depth + 1));
            return add(std::move(node));
        }
        return parsePrimary(depth);
    }

    std::size_t parsePrimary(int depth) {
        const FilterToken& token = peek();
        if (token.kind == FilterToken::Kind::OpenParen) {
            take();
            const std::size_t inner = parseOr(depth + 1);
            if (peek().kind != FilterToken::Kind::CloseParen) {
                expected(peek(), "')' to close the '(' at column " + std::to_string(token.column) +
                                     ", or AND, OR");
            }
            take();
            return inner;
        }
        if (token.kind != FilterToken::Kind::Word || isAnyKeyword(token)) {
            expected(token, "a field name, NOT or '('");
        }
        return parseCondition();
    }

    std::size_t parseCondition() {
        const FilterToken& name = take();
        const std::optional<std::size_t> index = m_fields.indexOf(name.text);
        if (!index) {
            fail(name, "unknown field '" + name.text + "'; expected one of: " + m_fields.names());
        }
        const FilterField& field = m_fields.at(*index);
        FilterNode node;
        node.field = *index;
        const FilterToken& op = peek();
        if (op.kind == FilterToken::Kind::Comparison) {
            take();
            if (isOrdering(op.comparison) && field.type != FilterFieldType::Number &&
                field.type != FilterFieldType::Date) {
                fail(op, "'" + op.text + "' compares by size, but field '" + field.name + "' is " +
                             std::string(toString(field.type)) +
                             "; expected =, !=, <>, IN or IS [NOT] NULL");
            }
            node.kind = FilterNode::Kind::Compare;
            node.comparison = op.comparison;
            node.literals.push_back(parseLiteral(field));
            return add(std::move(node));
        }
        if (isKeyword(op, "is")) {
            take();
            node.kind = FilterNode::Kind::IsNull;
            if (isKeyword(peek(), "not")) {
                take();
                node.negated = true;
            }
            if (!isKeyword(peek(), "null")) {
                expected(peek(), "NULL after IS");
            }
            take();
            return add(std::move(node));
        }
        if (isKeyword(op, "not")) {
            take();
            node.negated = true;
            if (!isKeyword(peek(), "in")) {
                expected(peek(), "IN after '" + field.name + " NOT'");
            }
        }
        if (isKeyword(peek(), "in")) {
            take();
            node.kind = FilterNode::Kind::In;
            if (peek().kind != FilterToken::Kind::OpenParen) {
                expected(peek(), "'(' to start the list of values after IN");
            }
            take();
            node.literals.push_back(parseLiteral(field));
            while (peek().kind == FilterToken::Kind::Comma) {
                take();
                node.literals.push_back(parseLiteral(field));
            }
            if (peek().kind != FilterToken::Kind::CloseParen) {
                expected(peek(), "',' or ')' in the list of values after IN");
            }
            take();
            return add(std::move(node));
        }
        expected(op, "an operator after field '" + field.name + "' (" +
                         std::string(kComparisonList) + ")");
    }

    FilterLiteral parseLiteral(const FilterField& field) {
        const FilterToken& token = peek();
        if (isKeyword(token, "null")) {
            fail(token,
                 "a missing value is never equal to anything; expected IS NULL or IS NOT "
                 "NULL to test for one");
        }
        if (token.kind != FilterToken::Kind::Number && token.kind != FilterToken::Kind::Text) {
            expected(token, "a value for field '" + field.name + "' (" + literalForm(field) + ")");
        }
        take();
        switch (field.type) {
            case FilterFieldType::Number:
                if (token.kind != FilterToken::Kind::Number) {
                    fail(token, "field '" + field.name +
                                    "' is a number; expected a number "
                                    "without quotes, found " +
                                    detail::describeToken(token));
                }
                return token.number;
            case FilterFieldType::Date:
                if (token.kind == FilterToken::Kind::Text) {
                    if (const auto date = parseIsoDate(token.text)) {
                        return *date;
                    }
                }
                fail(token, "field '" + field.name +
                                "' is a date; expected 'YYYY-MM-DD' in "
                                "quotes, found " +
                                detail::describeToken(token));
            case FilterFieldType::Enumeration: {
                if (token.kind == FilterToken::Kind::Text) {
                    for (const std::string& allowed : field.allowed_values) {
                        if (equalIgnoringAsciiCase(allowed, token.text)) {
                            return allowed;
                        }
                    }
                }
                fail(token, "field '" + field.name + "' has no value " +
                                detail::describeToken(token) +
                                "; expected one of: " + allowedList(field));
            }
            case FilterFieldType::Text:
            case FilterFieldType::TextSet:
                if (token.kind != FilterToken::Kind::Text) {
                    fail(token, "field '" + field.name +
                                    "' is text; expected 'quoted text', "
                                    "found " +
                                    detail::describeToken(token));
                }
                return token.text;
        }
        fail(token, "field '" + field.name + "' has a type the filter does not know");
    }

    static std::string allowedList(const FilterField& field) {
        std::string list;
        for (const std::string& value : field.allowed_values) {
            list += (list.empty() ? "'" : ", '") + value + "'";
        }
        return list;
    }

    static std::string literalForm(const FilterField& field) {
        switch (field.type) {
            case FilterFieldType::Number:
                return "a number";
            case FilterFieldType::Date:
                return "a date 'YYYY-MM-DD'";
            case FilterFieldType::Enumeration:
                return "one of " + allowedList(field);
            case FilterFieldType::Text:
            case FilterFieldType::TextSet:
                break;
        }
        return "'quoted text'";
    }

    std::vector<FilterToken> m_tokens;
    const FilterFieldWhitelist& m_fields;
    std::size_t m_next = 0;
    FilterExpression m_expression;
};

}  // namespace

AttributeFilter AttributeFilter::parse(std::string_view text, const FilterFieldWhitelist& fields) {
    FilterParser parser(detail::tokenizeFilter(text), fields);
    return AttributeFilter(std::string(text),
                           std::make_shared<const FilterExpression>(parser.parse()));
}

}  // namespace sitefit::core
