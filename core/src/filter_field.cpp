#include "sitefit/core/filter_field.hpp"

#include "sitefit/core/text.hpp"

namespace sitefit::core {

std::string_view toString(FilterFieldType type) {
    switch (type) {
        case FilterFieldType::Number:
            return "a number";
        case FilterFieldType::Text:
            return "text";
        case FilterFieldType::Enumeration:
            return "an enumeration";
        case FilterFieldType::Date:
            return "a date";
        case FilterFieldType::TextSet:
            return "a set of text values";
    }
    return "unknown";
}

FilterFieldWhitelist::FilterFieldWhitelist(std::vector<FilterField> fields)
    : m_fields(std::move(fields)) {}

std::optional<std::size_t> FilterFieldWhitelist::indexOf(std::string_view name) const {
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (equalIgnoringAsciiCase(m_fields[i].name, name)) {
            return i;
        }
    }
    return std::nullopt;
}

std::string FilterFieldWhitelist::names() const {
    std::string list;
    for (const FilterField& field : m_fields) {
        list += (list.empty() ? "" : ", ") + field.name;
    }
    return list;
}

}  // namespace sitefit::core
