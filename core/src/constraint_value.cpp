#include "sitefit/core/constraint_value.hpp"

#include <utility>

namespace sitefit::core {

ConstraintValue ConstraintValue::equal(double number, ConstraintUnit unit) {
    ConstraintValue value;
    value.bound = BoundKind::Equal;
    value.unit = unit;
    value.number = number;
    return value;
}

ConstraintValue ConstraintValue::atLeast(double number, ConstraintUnit unit) {
    ConstraintValue value = equal(number, unit);
    value.bound = BoundKind::AtLeast;
    return value;
}

ConstraintValue ConstraintValue::atMost(double number, ConstraintUnit unit) {
    ConstraintValue value = equal(number, unit);
    value.bound = BoundKind::AtMost;
    return value;
}

ConstraintValue ConstraintValue::range(double lower, double upper, ConstraintUnit unit) {
    ConstraintValue value = equal(lower, unit);
    value.bound = BoundKind::Range;
    value.upper = upper;
    return value;
}

ConstraintValue ConstraintValue::equalDate(const Date& date) {
    ConstraintValue value;
    value.bound = BoundKind::Equal;
    value.unit = ConstraintUnit::Date;
    value.date = date;
    return value;
}

ConstraintValue ConstraintValue::by(const Date& date) {
    ConstraintValue value = equalDate(date);
    value.bound = BoundKind::By;
    return value;
}

ConstraintValue ConstraintValue::equalCode(std::string code, ConstraintUnit unit) {
    ConstraintValue value;
    value.bound = BoundKind::Equal;
    value.unit = unit;
    value.code = std::move(code);
    return value;
}

ConstraintValue ConstraintValue::oneOf(std::vector<std::string> codes, ConstraintUnit unit) {
    ConstraintValue value;
    value.bound = BoundKind::OneOf;
    value.unit = unit;
    value.codes = std::move(codes);
    return value;
}

ConstraintValue ConstraintValue::unknown(ConstraintUnit unit) {
    ConstraintValue value;
    value.bound = BoundKind::Unknown;
    value.unit = unit;
    return value;
}

bool operator==(const ConstraintValue& a, const ConstraintValue& b) {
    const bool sameSource = a.limit_source && b.limit_source ? *a.limit_source == *b.limit_source
                                                             : a.limit_source == b.limit_source;
    return sameSource && a.number == b.number && a.upper == b.upper && a.basis_m2 == b.basis_m2 &&
           a.code == b.code && a.codes == b.codes && a.date == b.date && a.bound == b.bound &&
           a.unit == b.unit && a.basis == b.basis && a.vacant == b.vacant;
}

}  // namespace sitefit::core
