#pragma once

#include <ogr_feature.h>

#include "detail/field_source.hpp"
#include "sitefit/core/district.hpp"

namespace sitefit::gis::detail {

// Schema rows ↔ core records. Decoding checks every value against the schema's domain
// (enumerations, ranges, required values) and throws an Input error naming the field.
core::Zone decodeZone(const FieldSource& source);
core::Parcel decodeParcel(const FieldSource& source);
core::Building decodeBuilding(const FieldSource& source);
core::Enterprise decodeEnterprise(const FieldSource& source);

// A building without floor_area_m2 has footprint × floors; its vacant_m2 must fit in that.
// `footprint_m2` is the area of its geometry in the workspace CRS.
void checkVacancyFitsFootprint(core::Building& building, double footprint_m2,
                               const FieldSource& source);
core::Project decodeProject(const FieldSource& source);
core::Chain decodeChain(const FieldSource& source);
core::Category decodeCategory(const FieldSource& source);
core::ChainLink decodeChainLink(const FieldSource& source);
// The row alone: that its project and site exist, and the rules between rows (one row per
// pair, one pin per project), are checked once every layer is read (checkPlanLinks).
core::PlanLink decodePlanLink(const FieldSource& source);

// `feature` must have the schema's fields (see createSchemaLayer).
void encode(const core::Zone& zone, OGRFeature& feature);
void encode(const core::Parcel& parcel, OGRFeature& feature);
void encode(const core::Building& building, OGRFeature& feature);
void encode(const core::Enterprise& enterprise, OGRFeature& feature);
void encode(const core::Project& project, OGRFeature& feature);
void encode(const core::Chain& chain, OGRFeature& feature);
void encode(const core::Category& category, OGRFeature& feature);
void encode(const core::ChainLink& link, OGRFeature& feature);
void encode(const core::PlanLink& link, OGRFeature& feature);

// Splits "a, b，c" (ASCII or full-width commas) into trimmed, non-empty items.
std::vector<std::string> splitList(const std::string& text);
std::string joinList(const std::vector<std::string>& items);

}  // namespace sitefit::gis::detail
