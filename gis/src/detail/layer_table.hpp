#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <optional>
#include <string>
#include <vector>

#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis::detail {

// A column's type as both stores keep it: GeoPackage (through OGR) and PostgreSQL.
enum class ColumnKind {
    Text,       // OFTString     ↔ text
    Integer,    // OFTInteger    ↔ integer
    Integer64,  // OFTInteger64  ↔ bigint
    Real,       // OFTReal       ↔ double precision
    Date,       // OFTDate       ↔ date
};

struct TableColumn {
    std::string name;
    ColumnKind kind = ColumnKind::Text;
    bool nullable = true;
};

// One feature: its FID, each column's value as exact text (nullopt for null: reals in
// their shortest exact form, dates YYYY-MM-DD) and its geometry as ISO WKB (empty: none).
struct TableRow {
    long long fid = 0;
    std::vector<std::optional<std::string>> values;
    Wkb geometry;
};

// A whole layer or table held in memory, to copy it between stores without loss.
struct LayerTable {
    std::string name;
    std::vector<TableColumn> columns;
    OGRwkbGeometryType geometry_type = wkbNone;  // wkbNone: a table without geometry
    std::vector<TableRow> rows;                  // by FID
};

// Reads every feature of an OGR layer, rows ordered by FID. Types other than the five are
// read as text. A layer declared with "any" geometry type (PostGIS's plain geometry column)
// gets the type its features have in common. Throws Input naming `file` and the layer.
LayerTable readLayerTable(OGRLayer& layer, const std::string& file);

// Creates the layer in a GeoPackage (FIDs kept, spatial index on) and writes the rows in
// one transaction. Throws Output naming `file` and the layer.
void writeLayerTable(GDALDataset& dataset, const std::string& file, const LayerTable& table,
                     const OGRSpatialReference* crs);

ColumnKind columnKindOf(OGRFieldType type);
OGRFieldType ogrTypeOf(ColumnKind kind);

}  // namespace sitefit::gis::detail
