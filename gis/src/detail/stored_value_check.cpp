#include "detail/stored_value_check.hpp"

#include <cpl_conv.h>

#include <memory>
#include <string_view>
#include <vector>

#include "detail/gdal_error_capture.hpp"
#include "detail/sql_quoting.hpp"
#include "sitefit/gis/input_limits.hpp"

namespace sitefit::gis::detail {
namespace {

struct Column {
    std::string field;  // schema name
    OGRFieldType type;
    std::string wrong;  // SQL: true where the stored value does not fit the column
};

std::vector<Column> checkedColumns(const OGRFeatureDefn& definition, const LayerSpec& spec,
                                   const std::map<std::string, std::string>& sourceNames) {
    std::vector<Column> columns;
    for (const FieldSpec& field : spec.fields) {
        const std::string name(field.name);
        const auto mapped = sourceNames.find(name);
        const std::string source = mapped == sourceNames.end() ? name : mapped->second;
        const int index = definition.GetFieldIndex(source.c_str());
        if (index < 0 || field.type == FieldType::String) {
            continue;
        }
        const OGRFieldType type = definition.GetFieldDefn(index)->GetType();
        const std::string c = quotedIdentifier(definition.GetFieldDefn(index)->GetNameRef());
        // Storage classes are told apart by SQLite's ordering (NULL < numbers < text < blob)
        // rather than typeof(): a comparison is about three times cheaper than typeof() and
        // an IN list of names, which counts over a million rows. Against '' a numeric column
        // compares its numbers as numbers (every number sorts before any text), so `c >= ''`
        // holds exactly for text and blobs, and is null (false) for NULL.
        std::string wrong;
        if (type == OFTInteger || type == OFTInteger64) {
            // A real the column's integer affinity could not make whole is wrong too.
            wrong = c + " >= '' OR " + c + " <> CAST(" + c + " AS INTEGER)";
        } else if (type == OFTReal) {
            wrong = c + " >= ''";
        } else if (type == OFTDate || type == OFTDateTime) {
            // Right: null, or text (≥ '' and below every blob) shaped like a date.
            wrong = c + " IS NOT NULL AND NOT (" + c + " >= '' AND " + c + " < x'' AND " + c +
                    " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')";
        } else {
            continue;  // a text column: FieldSource parses what it holds
        }
        columns.push_back({name, type, "(" + wrong + ")"});
    }
    return columns;
}

std::string describe(const Column& column, const std::string& stored) {
    const std::string value = "'" + stored + "' ";
    if (column.type == OFTDate || column.type == OFTDateTime) {
        return value + "is not a date (expected YYYY-MM-DD)";
    }
    if (column.type == OFTReal) {
        return value + "is not a number (text stored in a numeric column)";
    }
    return value + "is not a whole number (stored in an integer column)";
}

bool isGeoPackageLayer(GDALDataset& dataset, OGRLayer& layer) {
    const GDALDriver* driver = dataset.GetDriver();
    return driver != nullptr && std::string_view(driver->GetDescription()) == "GPKG" &&
           *layer.GetFIDColumn() != '\0';
}

}  // namespace

StoredValueScan scanStoredValues(GDALDataset& dataset, OGRLayer& layer, const LayerSpec& spec,
                                 const std::map<std::string, std::string>& sourceNames,
                                 const std::string& idColumn,
                                 std::optional<std::size_t> maxVertices) {
    StoredValueScan found;
    if (!isGeoPackageLayer(dataset, layer)) {
        return found;
    }
    const std::vector<Column> columns = checkedColumns(*layer.GetLayerDefn(), spec, sourceNames);
    const bool sizeGeometry = maxVertices && *layer.GetGeometryColumn() != '\0';
    if (columns.empty() && !sizeGeometry) {
        return found;
    }
    const std::string fid = quotedIdentifier(layer.GetFIDColumn());
    std::string label = "'#' || " + fid;
    if (!idColumn.empty() && layer.GetLayerDefn()->GetFieldIndex(idColumn.c_str()) >= 0) {
        label = "COALESCE(NULLIF(TRIM(CAST(" + quotedIdentifier(idColumn) + " AS TEXT)), ''), " +
                label + ")";
    }
    constexpr std::size_t kBytesPerVertex = 36;  // XYZM doubles, plus ring and part headers
    constexpr std::size_t kHeaderBytes = 1024;   // GeoPackage header, envelope, WKB header
    std::string oversize = "0";                  // SQL: true for a geometry beyond the limit
    std::string bytes = "NULL";
    if (sizeGeometry) {
        // length() of a blob reads its size from the record header, not its bytes.
        bytes = "length(" + quotedIdentifier(layer.GetGeometryColumn()) + ")";
        oversize = "(" + bytes + " > " +
                   std::to_string(*maxVertices * kBytesPerVertex + kHeaderBytes) + ")";
    }
    std::string which = "CASE";
    std::string value = "CASE";
    std::string any = oversize;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto mapped = sourceNames.find(columns[i].field);
        const std::string c =
            quotedIdentifier(mapped != sourceNames.end() ? mapped->second : columns[i].field);
        which += " WHEN " + columns[i].wrong + " THEN " + std::to_string(i);
        value += " WHEN " + columns[i].wrong + " THEN CASE typeof(" + c +
                 ") WHEN 'blob' THEN '(binary data)' ELSE CAST(" + c + " AS TEXT) END";
        any += " OR " + columns[i].wrong;
    }
    // Every column as text: GDAL makes an integer first column the result's FID, and a
    // CASE without a match is null.
    const std::string sql = "SELECT CAST(" + fid + " AS TEXT) AS feature_fid, " + label +
                            ", CASE WHEN " + oversize + " THEN CAST(" + bytes +
                            " AS TEXT) END, CAST(" + which + " ELSE -1 END AS TEXT), " + value +
                            " END FROM " + quotedIdentifier(layer.GetName()) + " WHERE " + any;
    GdalErrorCapture quiet;  // a damaged table is reported by the read that follows
    OGRLayer* result = dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (result == nullptr) {
        return found;
    }
    for (auto row = std::unique_ptr<OGRFeature>(result->GetNextFeature()); row;
         row.reset(result->GetNextFeature())) {
        if (row->IsFieldSetAndNotNull(2) && !found.oversize) {
            const auto size = static_cast<std::size_t>(CPLAtoGIntBig(row->GetFieldAsString(2)));
            found.oversize = OversizeGeometry{
                row->GetFieldAsString(1),
                "the geometry takes " + std::to_string(size) + " bytes, so it has at least " +
                    std::to_string((size - kHeaderBytes) / kBytesPerVertex) +
                    " vertices, more than the limit of " + std::to_string(*maxVertices) +
                    " per feature; simplify it (e.g. ogr2ogr -simplify 0.1) or raise the limit "
                    "with the environment variable " +
                    InputLimits::kVerticesVariable};
        }
        const GIntBig column = CPLAtoGIntBig(row->GetFieldAsString(3));
        if (column >= 0) {
            const Column& wrong = columns.at(static_cast<std::size_t>(column));
            found.mistyped.emplace(
                CPLAtoGIntBig(row->GetFieldAsString(0)),
                MistypedValue{wrong.field, describe(wrong, row->GetFieldAsString(4))});
        }
    }
    dataset.ReleaseResultSet(result);
    return found;
}

}  // namespace sitefit::gis::detail
