#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitefit::gis {

// The built-in translation of the standard Chinese codes and words a planner's data carry
// into the workspace schema's values, so that such data import with no mapping file:
//  - parcels.land_use: GB 50137-2011 classes (M1, 一类工业用地, ...) and the 2023 national
//    land and sea use classification (1001, 100101, 工业用地, 1101 物流仓储用地, ...) → the
//    GB 50137 class code the matcher compares (M1, M2, M3, W1, ...);
//  - parcels.status: supply words (待出让, 可供, 储备, 已出让, 已建, ...) → available,
//    reserved, transferred, built;
//  - buildings.kind: 标准厂房, 研发楼, 仓库, 孵化器, 住宅, ... → the schema's kinds;
//  - zones.kind: 高新区, 工业园区, 工业集中区, 特色产业园, ... → the schema's kinds.
// The tables and their sources are listed in docs/import.md. A plain function of its
// arguments: any thread may call it.
struct BuiltInTranslation {
    std::string value;  // the schema value, e.g. "M1", "available"
    // Which table translated it: "GB 50137-2011", "2023 land and sea use classification",
    // "common usage" (status and kinds), or "schema" when it already was a schema value.
    std::string table;
};

// Whether (target, field) has a built-in table, e.g. ("parcels", "status").
[[nodiscard]] bool hasBuiltInTranslation(std::string_view target, std::string_view field);

// The schema value of `value` for (target, field): the value itself when it already is a
// schema value, its translation when a built-in table knows it (trimmed, case-insensitive
// for Latin letters), else nothing.
[[nodiscard]] std::optional<BuiltInTranslation> translateBuiltIn(std::string_view target,
                                                                 std::string_view field,
                                                                 std::string_view value);

// Up to `count` known source values or schema values closest to `value` (for "did you
// mean" in reports and in suggested mappings), best first.
[[nodiscard]] std::vector<std::string> nearestKnownValues(std::string_view target,
                                                          std::string_view field,
                                                          std::string_view value,
                                                          std::size_t count = 3);

// The form values are compared in: trimmed (ASCII and ideographic spaces), full-width ASCII
// letters and digits made ASCII, Latin letters in lower case. Two values with the same form
// are the same value to the built-in tables and to a mapping file's value tables.
[[nodiscard]] std::string normalisedForComparison(std::string_view value);

}  // namespace sitefit::gis
