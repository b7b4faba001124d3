#include "detail/field_source.hpp"
#include "detail/ogr_field_read.hpp"

#include <cpl_string.h>

#include <cctype>
#include <charconv>
#include <cmath>

namespace sitefit::gis::detail {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
        text.remove_suffix(1);
    }
    return text;
}

template <typename Number>
std::optional<Number> parseNumber(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
    }
    Number value{};
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc{} || ptr != end) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

FieldSource::FieldSource(std::string file, std::string layer, const OGRFeatureDefn& definition,
                         const LayerSpec& spec, const std::map<std::string, std::string>& mapping,
                         const FieldValueRules* rules)
    : m_file(std::move(file)), m_layer(std::move(layer)), m_spec(spec), m_rules(rules) {
    for (const FieldSpec& field : spec.fields) {
        const std::string name(field.name);
        const auto mapped = mapping.find(name);
        const std::string source = mapped != mapping.end() ? mapped->second : name;
        m_sourceNames[name] = source;
        const int index = definition.GetFieldIndex(source.c_str());
        m_columns.emplace_back(name, index);
        const FieldValueRule* rule = ruleOf(name);
        if (index < 0 && field.required && (rule == nullptr || !rule->constant)) {
            std::string message = "required field '" + name + "' is missing";
            if (source != name) {
                message += " (mapped from source field '" + source + "')";
            }
            throw Error(Error::Kind::Input, message, {m_file, m_layer, "", name});
        }
    }
}

void FieldSource::setFeature(const OGRFeature& feature) {
    m_feature = &feature;
    m_failedField.clear();
    m_failedRule.clear();
    m_label = "#" + std::to_string(feature.GetFID());
    if (!m_spec.id_field.empty()) {
        const int column = columnOf(m_spec.id_field);
        if (column >= 0 && feature.IsFieldSetAndNotNull(column)) {
            const std::string id(trim(feature.GetFieldAsString(column)));
            // An id that is not UTF-8 would garble the message naming it; the FID does not.
            if (!id.empty() && CPLIsUTF8(id.c_str(), -1) != 0) {
                m_label = id;
            }
        }
    }
}

bool FieldSource::hasColumn(std::string_view field) const {
    const FieldValueRule* rule = ruleOf(field);
    return columnOf(field) >= 0 || (rule != nullptr && rule->constant);
}

const FieldValueRule* FieldSource::ruleOf(std::string_view field) const {
    if (m_rules == nullptr) {
        return nullptr;
    }
    const auto found = m_rules->find(field);
    return found == m_rules->end() ? nullptr : &found->second;
}

int FieldSource::columnOf(std::string_view field) const {
    for (const auto& [name, index] : m_columns) {
        if (name == field) {
            return index;
        }
    }
    return -1;
}

std::string FieldSource::sourceName(std::string_view field) const {
    const auto found = m_sourceNames.find(std::string(field));
    return found == m_sourceNames.end() ? std::string(field) : found->second;
}

ErrorContext FieldSource::context(std::string_view field) const {
    std::string name(field);
    const std::string source = field.empty() ? std::string{} : sourceName(field);
    if (!source.empty() && source != name) {
        name += " (source field '" + source + "')";
    }
    return {m_file, m_layer, m_label, name};
}

void FieldSource::fail(std::string_view field, const std::string& message,
                       std::string_view rule) const {
    m_failedField = std::string(field);
    m_failedRule = std::string(rule);
    throw Error(Error::Kind::Input, message, context(field));
}

const core::DataTolerances& FieldSource::tolerances() const noexcept {
    static const core::DataTolerances kDefaults;
    return m_tolerances != nullptr ? *m_tolerances : kDefaults;
}

void FieldSource::warn(std::string_view rule, std::string_view field, const std::string& message,
                       std::string found, std::string expected) const {
    core::DataProblem problem;
    problem.rule = std::string(rule);
    problem.severity = core::Severity::Warning;
    problem.layer = m_layer;
    problem.feature = m_label;
    problem.field = context(field).field;
    problem.found = std::move(found);
    problem.expected = std::move(expected);
    problem.message = message;
    m_warnings.push_back(std::move(problem));
}

std::vector<core::DataProblem> FieldSource::takeWarnings() const {
    std::vector<core::DataProblem> taken;
    taken.swap(m_warnings);
    return taken;
}

std::string FieldSource::shownValue(std::string_view field) const {
    if (field.empty()) {
        return {};
    }
    if (const FieldValueRule* rule = ruleOf(field); rule != nullptr && rule->constant) {
        return *rule->constant;
    }
    return m_feature == nullptr ? std::string{}
                                : fieldText(*m_feature, columnOf(field)).value_or(std::string{});
}

std::optional<std::string> FieldSource::text(std::string_view field) const {
    const FieldValueRule* rule = ruleOf(field);
    if (rule != nullptr && rule->constant) {
        return *rule->constant;
    }
    std::optional<std::string> value = sourceText(field);
    if (!value || rule == nullptr) {
        return value;
    }
    if (const auto translated = rule->translations.find(*value);
        translated != rule->translations.end()) {
        return translated->second;
    }
    if (const auto refused = rule->refusals.find(*value); refused != rule->refusals.end()) {
        fail(field, refused->second);
    }
    return value;
}

std::optional<std::string> FieldSource::sourceText(std::string_view field) const {
    const std::optional<std::string> raw =
        m_feature == nullptr ? std::nullopt : fieldText(*m_feature, columnOf(field));
    if (!raw) {
        return std::nullopt;
    }
    std::string value(trim(*raw));
    if (value.empty()) {
        return std::nullopt;
    }
    if (CPLIsUTF8(value.c_str(), -1) == 0) {
        fail(field,
             "the text is not UTF-8 (most likely GBK written by another program); store it as "
             "UTF-8, e.g. by importing the source again with `sitefit import`");
    }
    return value;
}

std::optional<double> FieldSource::number(std::string_view field, const std::string& text) const {
    if (trim(text).empty()) {
        return std::nullopt;
    }
    const auto parsed = parseNumber<double>(text);
    if (!parsed) {
        fail(field, "'" + text + "' is not a number");
    }
    return parsed;
}

std::optional<double> FieldSource::real(std::string_view field) const {
    const FieldValueRule* rule = ruleOf(field);
    if (rule != nullptr && rule->constant) {
        return number(field, *rule->constant);
    }
    std::optional<double> value = sourceReal(field);
    if (value && rule != nullptr) {
        *value *= rule->factor;
    }
    return value;
}

std::optional<double> FieldSource::sourceReal(std::string_view field) const {
    const int column = columnOf(field);
    if (column < 0 || m_feature == nullptr || !m_feature->IsFieldSetAndNotNull(column)) {
        return std::nullopt;
    }
    double value = 0.0;
    switch (m_feature->GetFieldDefnRef(column)->GetType()) {
        case OFTInteger:
        case OFTInteger64:
        case OFTReal:
            value = m_feature->GetFieldAsDouble(column);
            break;
        default: {
            const auto parsed = number(field, m_feature->GetFieldAsString(column));
            if (!parsed) {
                return std::nullopt;
            }
            value = *parsed;
        }
    }
    if (!std::isfinite(value)) {
        fail(field, "the value is not a finite number");
    }
    return value;
}

std::optional<std::int64_t> FieldSource::integer(std::string_view field) const {
    const FieldValueRule* rule = ruleOf(field);
    const bool constant = rule != nullptr && rule->constant;
    const int column = columnOf(field);
    if (!constant) {
        if (column < 0 || m_feature == nullptr || !m_feature->IsFieldSetAndNotNull(column)) {
            return std::nullopt;
        }
        const OGRFieldType type = m_feature->GetFieldDefnRef(column)->GetType();
        if (type == OFTInteger || type == OFTInteger64) {
            return m_feature->GetFieldAsInteger64(column);
        }
    }
    const auto value = real(field);
    if (!value) {
        return std::nullopt;
    }
    if (std::trunc(*value) != *value || std::fabs(*value) > 9.0e15) {
        fail(field,
             "'" + (constant ? *rule->constant : std::string(m_feature->GetFieldAsString(column))) +
                 "' is not a whole number");
    }
    return static_cast<std::int64_t>(*value);
}

std::optional<core::Date> FieldSource::date(std::string_view field) const {
    if (const FieldValueRule* rule = ruleOf(field); rule != nullptr && rule->constant) {
        const auto parsed = core::parseIsoDate(trim(*rule->constant));
        if (!parsed) {
            fail(field, "'" + *rule->constant + "' is not a date (expected YYYY-MM-DD)");
        }
        return parsed;
    }
    const int column = columnOf(field);
    if (column < 0 || m_feature == nullptr || !m_feature->IsFieldSetAndNotNull(column)) {
        return std::nullopt;
    }
    const OGRFieldType type = m_feature->GetFieldDefnRef(column)->GetType();
    if (type == OFTDate || type == OFTDateTime) {
        if (const std::optional<OgrDate> read = fieldDate(*m_feature, column)) {
            // GDAL shows a date as 2024/02/30; say it as the file holds it.
            const std::string text = isoText(*read);
            // GDAL also reads a five-digit year (20240-06-30) as a date; a workspace stores
            // dates as YYYY-MM-DD, so such a year could be written but never read back.
            if (read->year < 0 || read->year > 9999) {
                fail(field, "'" + text + "' is not a date (the year is not 0000-9999)");
            }
            const core::Date value{std::chrono::year{read->year},
                                   std::chrono::month{static_cast<unsigned>(read->month)},
                                   std::chrono::day{static_cast<unsigned>(read->day)}};
            if (value.ok()) {
                return value;
            }
            fail(field, "'" + text + "' is not a date (no such day)");
        }
    }
    const std::string raw = m_feature->GetFieldAsString(column);
    if (trim(raw).empty()) {
        return std::nullopt;
    }
    const auto parsed = core::parseIsoDate(trim(raw));
    if (!parsed) {
        fail(field, "'" + raw + "' is not a date (expected YYYY-MM-DD)");
    }
    return parsed;
}

std::string FieldSource::requiredText(std::string_view field) const {
    auto value = text(field);
    if (!value) {
        fail(field, "a value is required but the field is empty");
    }
    return *value;
}

double FieldSource::requiredReal(std::string_view field) const {
    const auto value = real(field);
    if (!value) {
        fail(field, "a value is required but the field is empty");
    }
    return *value;
}

std::int64_t FieldSource::requiredInteger(std::string_view field) const {
    const auto value = integer(field);
    if (!value) {
        fail(field, "a value is required but the field is empty");
    }
    return *value;
}

}  // namespace sitefit::gis::detail
