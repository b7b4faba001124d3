#pragma once

#include <ogrsf_frmts.h>

#include <memory>
#include <vector>

#include "sitefit/core/table.hpp"

namespace sitefit::gis::detail {

// How a core::Table column and cell are stored in an OGR field: shared by every writer of
// result tables (workspace result layers, vacancy feeds) so they store values alike.
[[nodiscard]] OGRFieldType ogrFieldType(core::ColumnType type);
void setFieldFromCell(OGRFeature& feature, int index, const core::Cell& cell);
// A row's cells as the feature's first fields, in column order.
void setFieldsFromRow(OGRFeature& feature, const std::vector<core::Cell>& row);
// A row's geometry, owned by the feature from then on: forced to a multi-polygon in a layer
// of `layerType` wkbMultiPolygon, where a polygon row would be refused.
void setRowGeometry(OGRFeature& feature, std::unique_ptr<OGRGeometry> geometry,
                    OGRwkbGeometryType layerType);

}  // namespace sitefit::gis::detail
