#pragma once

#include <ogr_feature.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "detail/field_value_rule.hpp"
#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

// Reads the schema fields of one source layer's features, whatever the source calls them
// and whatever OGR type they are stored as, into typed values. Every problem becomes an
// Input error naming file, layer, feature and field.
class FieldSource {
public:
    // `mapping`: schema field name → source field name; unmapped fields keep their name.
    // `rules` (import only; may be null, must outlive this): constants, translations and
    // unit factors applied to the values read. Throws when a required schema field has no
    // column in the source and no constant.
    FieldSource(std::string file, std::string layer, const OGRFeatureDefn& definition,
                const LayerSpec& spec, const std::map<std::string, std::string>& mapping = {},
                const FieldValueRules* rules = nullptr);

    // Points the reader at the next feature. Its label becomes the id field's value when
    // that is readable, else "#<fid>".
    void setFeature(const OGRFeature& feature);

    [[nodiscard]] bool hasColumn(std::string_view field) const;
    [[nodiscard]] std::optional<std::string> text(std::string_view field) const;
    [[nodiscard]] std::optional<double> real(std::string_view field) const;
    [[nodiscard]] std::optional<std::int64_t> integer(std::string_view field) const;
    [[nodiscard]] std::optional<core::Date> date(std::string_view field) const;

    // As above, but a null or empty value is an error.
    [[nodiscard]] std::string requiredText(std::string_view field) const;
    [[nodiscard]] double requiredReal(std::string_view field) const;
    [[nodiscard]] std::int64_t requiredInteger(std::string_view field) const;

    [[nodiscard]] const std::string& featureLabel() const noexcept { return m_label; }
    [[nodiscard]] ErrorContext context(std::string_view field = {}) const;
    // `rule`: the data rule broken (core::rules) when the caller knows it better than the
    // stage of the read it failed in, e.g. kVacantOverFloorArea.
    [[noreturn]] void fail(std::string_view field, const std::string& message,
                           std::string_view rule = {}) const;

    // The tolerances a decoder applies (DataTolerances): a flaw within one is a warning, not
    // a failure. Must outlive this.
    void setTolerances(const core::DataTolerances& tolerances) noexcept {
        m_tolerances = &tolerances;
    }
    [[nodiscard]] const core::DataTolerances& tolerances() const noexcept;
    // A flaw within a tolerance, on the current feature: kept until takeWarnings().
    void warn(std::string_view rule, std::string_view field, const std::string& message,
              std::string found, std::string expected) const;
    [[nodiscard]] std::vector<core::DataProblem> takeWarnings() const;

    // The schema field of the last fail() on this feature, and its value as the source holds
    // it (empty when none), for a problem's `found`.
    [[nodiscard]] const std::string& failedField() const noexcept { return m_failedField; }
    // The rule the last fail() on this feature named; empty when it named none.
    [[nodiscard]] const std::string& failedRule() const noexcept { return m_failedRule; }
    [[nodiscard]] std::string shownValue(std::string_view field) const;

private:
    [[nodiscard]] int columnOf(std::string_view field) const;
    [[nodiscard]] const FieldValueRule* ruleOf(std::string_view field) const;
    [[nodiscard]] std::optional<std::string> sourceText(std::string_view field) const;
    [[nodiscard]] std::optional<double> sourceReal(std::string_view field) const;
    [[nodiscard]] std::optional<double> number(std::string_view field,
                                               const std::string& text) const;
    [[nodiscard]] std::string sourceName(std::string_view field) const;

    std::string m_file;
    std::string m_layer;
    const LayerSpec& m_spec;
    // Schema field → OGR field index. A layer has a score of fields, read once per feature
    // each: a scan of short names beats hashing a std::string built for every lookup.
    std::vector<std::pair<std::string, int>> m_columns;
    std::unordered_map<std::string, std::string> m_sourceNames;  // for messages
    const FieldValueRules* m_rules = nullptr;
    const OGRFeature* m_feature = nullptr;
    std::string m_label;
    const core::DataTolerances* m_tolerances = nullptr;
    mutable std::vector<core::DataProblem> m_warnings;
    mutable std::string m_failedField;
    mutable std::string m_failedRule;
};

}  // namespace sitefit::gis::detail
