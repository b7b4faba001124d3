#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "sitefit/core/date.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/filter_field.hpp"

namespace sitefit::core {

namespace detail {
struct FilterExpression;
}

// The value of one field of one object: missing (monostate), a number, text (also an
// enumeration value), a date, or a set of text values (FilterFieldType::TextSet).
using FilterValue =
    std::variant<std::monostate, double, std::string, Date, std::vector<std::string>>;

// A filter the user typed that is not in the language or names what the whitelist does not
// have. Kind Usage; message() reads "column C: <what is wrong>; expected <what fits>".
class AttributeFilterError : public Error {
public:
    AttributeFilterError(std::size_t column, const std::string& problem);

    // 1-based, counted in characters (UTF-8 code points) of the filter text; one past the
    // last character for a filter that ends too early.
    [[nodiscard]] std::size_t column() const noexcept { return m_column; }

private:
    std::size_t m_column;
};

// A user's attribute filter (docs/cli.md, "Filters"): comparisons `field OP literal`
// (= != <> < <= > >=, also ≠ ≤ ≥), `field [NOT] IN (literal, ...)`, `field IS [NOT] NULL`,
// joined by AND, OR, NOT and parentheses; keywords and field names in any case.
//
// The text is parsed against a whitelist of fields, each literal checked against its
// field's type, and the result is evaluated in memory on objects already read. No part of
// it is ever turned into SQL or any other query text, which is what makes it safe to take
// from anyone: a quote in a literal is just a character of the value.
//
// Evaluation follows SQL's three-valued logic: a comparison with a missing value is
// unknown, NOT unknown is unknown, and an object passes only when the whole filter is true.
// Immutable after parse(); copies share the parsed form; safe to use from several threads.
class AttributeFilter {
public:
    // Throws AttributeFilterError for a syntax error, an unknown field (the message lists the
    // allowed ones), a literal of the wrong type or an enumeration value not allowed.
    [[nodiscard]] static AttributeFilter parse(std::string_view text,
                                               const FilterFieldWhitelist& fields);

    // `valueOf(i)` gives the object's value of whitelist field i, of the field's type.
    [[nodiscard]] bool matches(const std::function<FilterValue(std::size_t field)>& valueOf) const;

    [[nodiscard]] const std::string& text() const noexcept { return m_text; }

private:
    AttributeFilter(std::string text, std::shared_ptr<const detail::FilterExpression> expression);

    std::string m_text;
    std::shared_ptr<const detail::FilterExpression> m_expression;
};

}  // namespace sitefit::core
