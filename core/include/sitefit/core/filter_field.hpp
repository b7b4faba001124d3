#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitefit::core {

// What a filter field holds, which decides the literals and operators it accepts.
enum class FilterFieldType {
    Number,       // a figure in the unit its name says: = != < <= > >= IN
    Text,         // exact, case-sensitive UTF-8 text: = != IN
    Enumeration,  // one of a fixed list of values (case-insensitive): = != IN
    Date,         // 'YYYY-MM-DD', compared as dates: = != < <= > >= IN
    TextSet,      // several text values (a zone's leading chains): = and IN test membership
};

[[nodiscard]] std::string_view toString(FilterFieldType type);

// One field a user may name in a filter.
struct FilterField {
    std::string name;  // lower-case snake_case, as the listing feed's column
    FilterFieldType type = FilterFieldType::Number;
    std::vector<std::string> allowed_values{};  // Enumeration only, in the schema's spelling
    std::string description{};                  // unit and which sites have it (docs, help)
};

// The fields of one kind of object a filter may use: nothing else can appear in a filter,
// so user text names only what is listed here. Lookup ignores ASCII case.
class FilterFieldWhitelist {
public:
    explicit FilterFieldWhitelist(std::vector<FilterField> fields);

    [[nodiscard]] std::optional<std::size_t> indexOf(std::string_view name) const;
    [[nodiscard]] const FilterField& at(std::size_t index) const { return m_fields.at(index); }
    [[nodiscard]] const std::vector<FilterField>& fields() const noexcept { return m_fields; }
    // "site_id, zone_id, ...": for messages that list what may be used instead.
    [[nodiscard]] std::string names() const;

private:
    std::vector<FilterField> m_fields;
};

}  // namespace sitefit::core
