// Evaluation of a parsed filter on one object's values, in memory. Filters are applied to
// objects after they are read; nothing here (or in the parser) produces query text, so a
// user's filter never reaches SQL (docs/shared-workspace.md, "Security").
#include "sitefit/core/attribute_filter.hpp"

#include <algorithm>

#include "attribute_filter_expression.hpp"

// The evaluation lives beside the node types it walks, in detail.
namespace sitefit::core::detail {
namespace {

// SQL's three truth values: a missing figure makes a comparison unknown, not false, so that
// "NOT power_kva >= 2000" does not pick the sites whose power is simply not known.
enum class Truth { False, Unknown, True };

Truth truthOf(bool value) {
    return value ? Truth::True : Truth::False;
}

Truth negate(Truth truth) {
    switch (truth) {
        case Truth::False:
            return Truth::True;
        case Truth::True:
            return Truth::False;
        case Truth::Unknown:
            break;
    }
    return Truth::Unknown;
}

template <typename T>
bool compare(const T& value, FilterComparison comparison, const T& literal) {
    switch (comparison) {
        case FilterComparison::Equal:
            return value == literal;
        case FilterComparison::NotEqual:
            return value != literal;
        case FilterComparison::Less:
            return value < literal;
        case FilterComparison::LessEqual:
            return value <= literal;
        case FilterComparison::Greater:
            return value > literal;
        case FilterComparison::GreaterEqual:
            return value >= literal;
    }
    return false;
}

bool isMissing(const FilterValue& value) {
    if (std::holds_alternative<std::monostate>(value)) {
        return true;
    }
    const auto* set = std::get_if<std::vector<std::string>>(&value);
    return set != nullptr && set->empty();
}

// The parser paired every literal with a field of its type, so a value of another type
// than its literal means the object's accessor broke the whitelist's promise.
Truth compareValue(const FilterValue& value, FilterComparison comparison,
                   const FilterLiteral& literal) {
    if (isMissing(value)) {
        return Truth::Unknown;
    }
    if (const auto* number = std::get_if<double>(&value)) {
        const auto* wanted = std::get_if<double>(&literal);
        return wanted != nullptr ? truthOf(compare(*number, comparison, *wanted)) : Truth::Unknown;
    }
    if (const auto* date = std::get_if<Date>(&value)) {
        const auto* wanted = std::get_if<Date>(&literal);
        return wanted != nullptr ? truthOf(compare(*date, comparison, *wanted)) : Truth::Unknown;
    }
    const auto* wanted = std::get_if<std::string>(&literal);
    if (wanted == nullptr) {
        return Truth::Unknown;
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return truthOf(compare(*text, comparison, *wanted));
    }
    // A set: "=" asks whether the value is one of its members, "!=" whether it is none.
    const auto& set = std::get<std::vector<std::string>>(value);
    const bool member = std::find(set.begin(), set.end(), *wanted) != set.end();
    return truthOf(comparison == FilterComparison::NotEqual ? !member : member);
}

class Evaluation {
public:
    Evaluation(const FilterExpression& expression,
               const std::function<FilterValue(std::size_t)>& valueOf)
        : m_expression(expression), m_valueOf(valueOf) {}

    Truth evaluate(std::size_t index) const {
        const FilterNode& node = m_expression.nodes[index];
        switch (node.kind) {
            case FilterNode::Kind::And: {
                Truth result = Truth::True;
                for (const std::size_t operand : node.operands) {
                    const Truth truth = evaluate(operand);
                    if (truth == Truth::False) {
                        return Truth::False;
                    }
                    if (truth == Truth::Unknown) {
                        result = Truth::Unknown;
                    }
                }
                return result;
            }
            case FilterNode::Kind::Or: {
                Truth result = Truth::False;
                for (const std::size_t operand : node.operands) {
                    const Truth truth = evaluate(operand);
                    if (truth == Truth::True) {
                        return Truth::True;
                    }
                    if (truth == Truth::Unknown) {
                        result = Truth::Unknown;
                    }
                }
                return result;
            }
            case FilterNode::Kind::Not:
                return negate(evaluate(node.operands.front()));
            case FilterNode::Kind::Compare:
                return compareValue(m_valueOf(node.field), node.comparison, node.literals.front());
            case FilterNode::Kind::In: {
                const FilterValue value = m_valueOf(node.field);
                Truth result = Truth::False;
                for (const FilterLiteral& literal : node.literals) {
                    const Truth truth = compareValue(value, FilterComparison::Equal, literal);
                    if (truth == Truth::True) {
                        result = Truth::True;
                        break;
                    }
                    if (truth == Truth::Unknown) {
                        result = Truth::Unknown;
                    }
                }
                return node.negated ? negate(result) : result;
            }
            case FilterNode::Kind::IsNull:
                return truthOf(isMissing(m_valueOf(node.field)) != node.negated);
        }
        return Truth::Unknown;
    }

private:
    const FilterExpression& m_expression;
    const std::function<FilterValue(std::size_t)>& m_valueOf;
};

std::string located(std::size_t column, const std::string& problem) {
    return "column " + std::to_string(column) + ": " + problem;
}

bool evaluates(const FilterExpression& expression,
               const std::function<FilterValue(std::size_t)>& valueOf) {
    return Evaluation(expression, valueOf).evaluate(expression.root) == Truth::True;
}

}  // namespace

}  // namespace sitefit::core::detail

namespace sitefit::core {

AttributeFilterError::AttributeFilterError(std::size_t column, const std::string& problem)
    : Error(Kind::Usage, detail::located(column, problem)), m_column(column) {}

AttributeFilter::AttributeFilter(std::string text,
                                 std::shared_ptr<const detail::FilterExpression> expression)
    : m_text(std::move(text)), m_expression(std::move(expression)) {}

bool AttributeFilter::matches(const std::function<FilterValue(std::size_t)>& valueOf) const {
    return detail::evaluates(*m_expression, valueOf);
}

}  // namespace sitefit::core
