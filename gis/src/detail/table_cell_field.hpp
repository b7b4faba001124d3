#pragma once

#include <ogrsf_frmts.h>

#include "sitefit/core/table.hpp"

namespace sitefit::gis::detail {

// How a core::Table column and cell are stored in an OGR field: shared by every writer of
// result tables (workspace result layers, vacancy feeds) so they store values alike.
[[nodiscard]] OGRFieldType ogrFieldType(core::ColumnType type);
void setFieldFromCell(OGRFeature& feature, int index, const core::Cell& cell);

}  // namespace sitefit::gis::detail
