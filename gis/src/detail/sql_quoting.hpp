#pragma once

#include <string>
#include <string_view>

namespace sitefit::gis::detail {

// Names and texts written into SQL that sitefit generates (GeoPackage and PostGIS alike):
// the quote doubled inside, so nothing in them ends the name or the literal.

// parcels → "parcels"; a"b → "a""b"
[[nodiscard]] std::string quotedIdentifier(std::string_view name);
// it's → 'it''s'
[[nodiscard]] std::string quotedLiteral(std::string_view text);

}  // namespace sitefit::gis::detail
