#include "detail/schema_value.hpp"
#include "sitefit/core/figure_format.hpp"

#include <type_traits>

namespace sitefit::gis::detail {

SchemaValue schemaValue(const FieldSource& source, const FieldSpec& field) {
    switch (field.type) {
        case FieldType::String:
            if (auto text = source.text(field.name)) {
                return std::move(*text);
            }
            return {};
        case FieldType::Integer:
            if (const auto value = source.integer(field.name)) {
                return *value;
            }
            return {};
        case FieldType::Real:
            if (const auto value = source.real(field.name)) {
                return *value;
            }
            return {};
        case FieldType::Date:
            if (const auto value = source.date(field.name)) {
                return *value;
            }
            return {};
    }
    return {};
}

std::string canonicalText(const SchemaValue& value) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return {};
            } else if constexpr (std::is_same_v<T, std::string>) {
                return v;
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(v);
            } else if constexpr (std::is_same_v<T, double>) {
                return core::shortest(v);
            } else {
                return core::formatIsoDate(v);
            }
        },
        value);
}

void setSchemaValue(OGRFeature& feature, int index, const SchemaValue& value) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                feature.SetFieldNull(index);
            } else if constexpr (std::is_same_v<T, std::string>) {
                feature.SetField(index, v.c_str());
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                feature.SetField(index, static_cast<GIntBig>(v));
            } else if constexpr (std::is_same_v<T, double>) {
                feature.SetField(index, v);
            } else {
                feature.SetField(index, static_cast<int>(v.year()),
                                 static_cast<int>(static_cast<unsigned>(v.month())),
                                 static_cast<int>(static_cast<unsigned>(v.day())));
            }
        },
        value);
}

}  // namespace sitefit::gis::detail
