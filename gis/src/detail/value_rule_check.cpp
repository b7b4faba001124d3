#include "detail/value_rule_check.hpp"

#include <algorithm>

#include "detail/record_codec.hpp"
#include "sitefit/core/industry_code.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/value_rules.hpp"

namespace sitefit::gis::detail {
namespace {

using enum ValueRuleKind;

void checkNumber(const ValueRule& rule, const FieldSource& source) {
    const auto value = source.real(rule.field);
    if (!value) {
        return;
    }
    if (*value < 0.0) {
        source.fail(rule.field, "must not be negative (found " + core::writtenFigure(*value) + ")");
    }
    if (rule.kind == Ratio && *value > 1.0) {
        source.fail(rule.field, ruleText(rule, source.tolerances()) + " (found " +
                                    core::writtenFigure(*value) + ")");
    }
}

void checkWhole(const ValueRule& rule, const FieldSource& source) {
    const auto value = source.integer(rule.field);
    if (!value) {
        return;
    }
    const auto found = static_cast<double>(*value);
    if (found >= rule.low && found <= rule.high) {
        return;
    }
    const std::string shown = std::to_string(*value);
    if (rule.low == 0.0 && found < 0.0) {
        source.fail(rule.field, "must not be negative");
    }
    if (rule.low == 0.0 && rule.high > 1.0) {  // a count: only its size can be wrong here
        source.fail(rule.field, "is too large (found " + shown + ", at most " +
                                    core::writtenFigure(rule.high) + ")");
    }
    source.fail(rule.field, ruleText(rule, source.tolerances()) + " (found " + shown + ")");
}

void checkOneOf(const ValueRule& rule, const FieldSource& source) {
    const auto value = source.text(rule.field);
    if (value &&
        std::find(rule.allowed.begin(), rule.allowed.end(), *value) == rule.allowed.end()) {
        source.fail(rule.field, "'" + *value + "' is not one of: " + core::joined(rule.allowed));
    }
}

void checkIndustryCodes(const ValueRule& rule, const FieldSource& source) {
    const auto value = source.text(rule.field);
    if (!value) {
        return;
    }
    const std::vector<std::string> codes =
        rule.kind == IndustryCodes ? splitList(*value) : std::vector<std::string>{*value};
    for (const std::string& code : codes) {
        if (!core::isIndustryCode(code)) {
            source.fail(rule.field, "'" + code +
                                        "' is not a GB/T 4754-2017 industry code (a section "
                                        "letter A–T and 2 to 4 digits, e.g. C27, C271, C2710)");
        }
    }
}

void checkRelation(const ValueRule& rule, const FieldSource& source) {
    const std::string field(rule.field);
    const std::string other(rule.other);
    if (rule.kind == NotAbove) {
        const auto value = source.real(rule.field);
        const auto bound = source.real(rule.other);
        if (value && bound && *value > *bound) {
            source.fail(rule.field, field + " " + core::writtenFigure(*value) + " is above " +
                                        other + " " + core::writtenFigure(*bound));
        }
    } else if (rule.kind == EitherGiven) {
        if (!source.text(rule.field) && !source.text(rule.other)) {
            source.fail(rule.field, "either " + field + " or " + other +
                                        " (a GB/T 4754-2017 code such as C2710) must be given");
        }
    } else if (rule.kind == PositiveWhen && source.text(rule.other) == std::string(rule.when)) {
        const auto value = source.real(rule.field);
        if (!value || *value <= 0.0) {
            source.fail(rule.field, ruleText(rule, source.tolerances()));
        }
    }
}

}  // namespace

void checkValueRules(std::string_view layer, const FieldSource& source) {
    for (const ValueRule& rule : valueRules()) {
        if (rule.layer != layer) {
            continue;
        }
        switch (rule.kind) {
            case Given:
                static_cast<void>(source.requiredText(rule.field));
                break;
            case NotNegative:
            case Ratio:
                checkNumber(rule, source);
                break;
            case WholeRange:
                checkWhole(rule, source);
                break;
            case OneOf:
                checkOneOf(rule, source);
                break;
            case IndustryCode:
            case IndustryCodes:
                checkIndustryCodes(rule, source);
                break;
            case NotAbove:
            case EitherGiven:
            case PositiveWhen:
                checkRelation(rule, source);
                break;
            case VacancyFitsFloorArea:
            case VacancyFitsFootprint:
                break;  // the decoder's, see above
        }
    }
}

}  // namespace sitefit::gis::detail
