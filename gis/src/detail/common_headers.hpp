#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sitefit::gis::detail {

// What the columns of planners' own tables are usually called, in Chinese and English, so a
// suggested mapping can guess which source field holds which schema field.

// A header as compared with the common headers: full-width letters, digits and brackets
// made ASCII (ＦＡＲ → far), Latin letters lower case, spaces, underscores, hyphens and dots
// dropped, and a bracketed unit at the end cut off ("用地面积（亩）" → "用地面积").
[[nodiscard]] std::string normalisedHeader(std::string_view header);

// The unit a header states in brackets at its end, in the spelling of the mapping file's
// units ("用地面积（亩）" → "亩", "单价(元/㎡)" → "元/m²"); "" when it states none or one
// the mapping file does not know.
[[nodiscard]] std::string headerUnit(std::string_view header);

// The usual headers of a schema field of a target layer, best first (the schema name
// itself not included). Empty for a field nobody names in a usual way.
[[nodiscard]] std::vector<std::string_view> commonHeadersOf(std::string_view target,
                                                            std::string_view field);

}  // namespace sitefit::gis::detail
