#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "sitefit/core/date.hpp"

namespace sitefit::core::detail {

enum class FilterComparison { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

// A literal already checked against its field: a number for number fields, a date for date
// fields, text (for an enumeration: the allowed value's own spelling) for the others.
using FilterLiteral = std::variant<double, std::string, Date>;

// One node of a parsed filter. Children are indices into FilterExpression::nodes, so the
// tree is a plain vector: copied, compared and destroyed without recursion or pointers.
struct FilterNode {
    enum class Kind { And, Or, Not, Compare, In, IsNull };
    Kind kind = Kind::Compare;
    // And, Or: every operand of a chain "a AND b AND c" (one node, so evaluation depth
    // grows only with parentheses and NOT, which the parser bounds); Not: its one operand.
    std::vector<std::size_t> operands{};
    std::size_t field = 0;  // Compare, In, IsNull: index into the whitelist
    FilterComparison comparison = FilterComparison::Equal;
    std::vector<FilterLiteral> literals{};  // Compare: one; In: the list
    bool negated = false;                   // NOT IN, IS NOT NULL
};

struct FilterExpression {
    std::vector<FilterNode> nodes;
    std::size_t root = 0;
};

}  // namespace sitefit::core::detail
