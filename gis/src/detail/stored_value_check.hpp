#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

// A value SQLite stores where the schema wants a number or a date, and what is wrong with it.
struct MistypedValue {
    std::string field;    // the schema field
    std::string message;  // e.g. "'2.5倍' is not a number (text stored in a numeric column)"
};

// A feature whose stored geometry is too large to have no more than the vertex limit.
struct OversizeGeometry {
    std::string feature;  // the id column's value, else "#<fid>"
    std::string message;
};

// What one SQL scan of a GeoPackage layer finds before GDAL reads its features:
//  - values that are not what their column says: SQLite stores any value in any column,
//    and GDAL reads '2.5倍' in a REAL column as 2.5, 'two' in an INTEGER column as 0 and
//    'next spring' in a DATE column as null, without a word;
//  - the first geometry whose blob is larger than any geometry of `maxVertices` vertices can
//    be (36 bytes a vertex covers XYZM coordinates and ring headers), from the blobs'
//    lengths alone, so that it is refused before it is read into memory. Geometries nearer
//    the limit are left to checkVertexLimit.
// Other formats type their values and size their geometries themselves: for them, and for
// a table SQLite cannot scan (a damaged file, left to the read that follows), nothing is
// found.
struct StoredValueScan {
    std::map<GIntBig, MistypedValue> mistyped;  // by FID
    std::optional<OversizeGeometry> oversize;
};

// `sourceNames`: schema field → column, where they differ (import mappings); `idColumn`:
// the column holding feature ids ("" for none); `maxVertices`: nullopt to look at values
// only.
StoredValueScan scanStoredValues(GDALDataset& dataset, OGRLayer& layer, const LayerSpec& spec,
                                 const std::map<std::string, std::string>& sourceNames,
                                 const std::string& idColumn,
                                 std::optional<std::size_t> maxVertices);

}  // namespace sitefit::gis::detail
