#include "detail/layer_table.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <memory>

#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"
#include "detail/ogr_field_read.hpp"
#include "detail/schema_layer.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"

namespace sitefit::gis::detail {
namespace {

std::optional<std::string> valueText(const OGRFeature& feature, int index, ColumnKind kind) {
    if (!feature.IsFieldSetAndNotNull(index)) {
        return std::nullopt;
    }
    switch (kind) {
        case ColumnKind::Integer:
        case ColumnKind::Integer64:
            return std::to_string(feature.GetFieldAsInteger64(index));
        case ColumnKind::Real:
            return core::shortest(feature.GetFieldAsDouble(index));
        case ColumnKind::Date:
            return isoText(fieldDate(feature, index).value_or(OgrDate{}));
        case ColumnKind::Text:
            break;
    }
    return std::string(feature.GetFieldAsString(index));
}

void setValue(OGRFeature& feature, int index, ColumnKind kind, const std::string& text) {
    switch (kind) {
        case ColumnKind::Integer:
        case ColumnKind::Integer64: {
            long long value = 0;
            std::from_chars(text.data(), text.data() + text.size(), value);
            feature.SetField(index, static_cast<GIntBig>(value));
            return;
        }
        case ColumnKind::Real: {
            double value = 0.0;
            std::from_chars(text.data(), text.data() + text.size(), value);
            feature.SetField(index, value);
            return;
        }
        case ColumnKind::Date: {
            int year = 0;
            int month = 0;
            int day = 0;
            std::sscanf(text.c_str(), "%d-%d-%d", &year, &month, &day);
            feature.SetField(index, year, month, day);
            return;
        }
        case ColumnKind::Text:
            break;
    }
    feature.SetField(index, text.c_str());
}

}  // namespace

ColumnKind columnKindOf(OGRFieldType type) {
    switch (type) {
        case OFTInteger:
            return ColumnKind::Integer;
        case OFTInteger64:
            return ColumnKind::Integer64;
        case OFTReal:
            return ColumnKind::Real;
        case OFTDate:
            return ColumnKind::Date;
        default:
            return ColumnKind::Text;
    }
}

OGRFieldType ogrTypeOf(ColumnKind kind) {
    switch (kind) {
        case ColumnKind::Integer:
            return OFTInteger;
        case ColumnKind::Integer64:
            return OFTInteger64;
        case ColumnKind::Real:
            return OFTReal;
        case ColumnKind::Date:
            return OFTDate;
        case ColumnKind::Text:
            break;
    }
    return OFTString;
}

LayerTable readLayerTable(OGRLayer& layer, const std::string& file) {
    LayerTable table;
    table.name = layer.GetName();
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    // A view (projects_public) has its fid as a plain column: it is the FID.
    const int fidColumn = definition.GetFieldIndex("fid");
    std::vector<int> fields;
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        if (i == fidColumn) {
            continue;
        }
        const OGRFieldDefn& field = *definition.GetFieldDefn(i);
        table.columns.push_back(
            {field.GetNameRef(), columnKindOf(field.GetType()), field.IsNullable() != 0});
        fields.push_back(i);
    }
    const bool spatial = definition.GetGeomFieldCount() > 0;
    GdalErrorCapture errors;
    std::vector<std::unique_ptr<OGRGeometry>> shapes;
    layer.ResetReading();
    for (const auto& feature : layer) {
        TableRow row;
        row.fid = fidColumn >= 0 ? feature->GetFieldAsInteger64(fidColumn) : feature->GetFID();
        row.values.reserve(table.columns.size());
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            row.values.push_back(valueText(*feature, fields[c], table.columns[c].kind));
        }
        if (spatial && feature->GetGeometryRef() != nullptr) {
            row.geometry = toWkb(*feature->GetGeometryRef());
            shapes.emplace_back(feature->GetGeometryRef()->clone());
        }
        table.rows.push_back(std::move(row));
    }
    if (errors.hasFailure()) {
        throw Error(Error::Kind::Input, "cannot read the layer: " + errors.lastMessage(),
                    {file, table.name});
    }
    std::stable_sort(table.rows.begin(), table.rows.end(),
                     [](const TableRow& a, const TableRow& b) { return a.fid < b.fid; });
    if (spatial) {
        const OGRwkbGeometryType declared = wkbFlatten(definition.GetGeomType());
        table.geometry_type = declared != wkbUnknown ? declared : commonLayerType(shapes);
        if (table.geometry_type == wkbNone) {
            table.geometry_type = wkbUnknown;  // a spatial layer without features
        }
    }
    return table;
}

void writeLayerTable(GDALDataset& dataset, const std::string& file, const LayerTable& table,
                     const OGRSpatialReference* crs) {
    GdalErrorCapture errors;
    const bool spatial = table.geometry_type != wkbNone;
    const char* const options[] = {"FID=fid", spatial ? "SPATIAL_INDEX=YES" : nullptr, nullptr};
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): GDAL 3.6 takes non-const
    auto* srs = const_cast<OGRSpatialReference*>(spatial ? crs : nullptr);
    OGRLayer* layer = dataset.CreateLayer(table.name.c_str(), srs, table.geometry_type,
                                          const_cast<char**>(options));  // NOLINT: GDAL's C API
    if (layer == nullptr) {
        throw Error(Error::Kind::Output, "cannot create layer: " + errors.lastMessage(),
                    {file, table.name});
    }
    for (const TableColumn& column : table.columns) {
        OGRFieldDefn definition(column.name.c_str(), ogrTypeOf(column.kind));
        definition.SetNullable(column.nullable);
        if (layer->CreateField(&definition) != OGRERR_NONE) {
            throw Error(Error::Kind::Output, "cannot create field: " + errors.lastMessage(),
                        {file, table.name, "", column.name});
        }
    }
    DatasetTransaction transaction(dataset, file);
    for (const TableRow& row : table.rows) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetFID(row.fid);
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (row.values[c]) {
                setValue(feature, static_cast<int>(c), table.columns[c].kind, *row.values[c]);
            } else {
                feature.SetFieldNull(static_cast<int>(c));
            }
        }
        if (spatial && !row.geometry.empty()) {
            OGRGeometry* geometry = nullptr;
            if (OGRGeometryFactory::createFromWkb(row.geometry.data(), nullptr, &geometry,
                                                  row.geometry.size()) != OGRERR_NONE) {
                throw Error(Error::Kind::Internal, "unreadable WKB", {file, table.name});
            }
            if (table.geometry_type == wkbMultiPolygon) {
                geometry = OGRGeometryFactory::forceToMultiPolygon(geometry);
            }
            feature.SetGeometryDirectly(geometry);
        }
        insertFeature(*layer, feature, file, "#" + std::to_string(row.fid));
    }
    transaction.commit();
}

}  // namespace sitefit::gis::detail
