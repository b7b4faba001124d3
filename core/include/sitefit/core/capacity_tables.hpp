#pragma once

#include <string>

#include "sitefit/core/capacity_report.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/table.hpp"

namespace sitefit::core {

// The per-parcel capacity table (columns documented in docs/capacity.md).
[[nodiscard]] Table parcelCapacityTable(const CapacityReport& report, const District& district);

// The per-zone capacity table, with counts and areas by parcel status.
[[nodiscard]] Table zoneCapacityTable(const CapacityReport& report, const District& district);

// `{"parcels": [...], "zones": [...]}` with the JSON columns of both tables; null where a
// figure is unknown. Pretty-printed with two-space indentation.
[[nodiscard]] std::string capacityJson(const CapacityReport& report, const District& district);

}  // namespace sitefit::core
