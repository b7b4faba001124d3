#include "sitefit/gis/vector_file_writer.hpp"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <vector>

#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"
#include "detail/schema_layer.hpp"
#include "detail/table_cell_field.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/atomic_file.hpp"

namespace sitefit::gis {
namespace {

struct TransformDeleter {
    void operator()(OGRCoordinateTransformation* transform) const noexcept {
        OGRCoordinateTransformation::DestroyCT(transform);
    }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

[[noreturn]] void throwOutput(const std::filesystem::path& out, const std::string& message,
                              const std::string& layer = {}) {
    throw Error(Error::Kind::Output, message, {out.string(), layer});
}

const char* driverName(VectorFormat format) {
    switch (format) {
        case VectorFormat::GeoPackage:
            return "GPKG";
        case VectorFormat::GeoJson:
            return "GeoJSON";
        case VectorFormat::Csv:
            return "CSV";
    }
    return "GPKG";
}

GDALDatasetUniquePtr createDataset(VectorFormat format, const std::filesystem::path& path,
                                   const std::filesystem::path& out) {
    if (format == VectorFormat::GeoPackage) {
        return detail::createGeoPackage(path.string());
    }
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture errors;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName(format));
    if (driver == nullptr) {
        throw Error(Error::Kind::Internal,
                    std::string("GDAL was built without the ") + driverName(format) + " driver");
    }
    GDALDatasetUniquePtr dataset(
        driver->Create(path.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) {
        throwOutput(out, "cannot create the file: " + errors.lastMessage());
    }
    return dataset;
}

std::vector<std::string> layerOptions(VectorFormat format) {
    switch (format) {
        case VectorFormat::GeoPackage:
            return {"SPATIAL_INDEX=YES"};
        case VectorFormat::GeoJson:
            // RFC 7946: WGS 84 longitude/latitude, 7 decimals (1 cm), right-hand rings.
            return {"RFC7946=YES", "WRITE_NAME=YES"};
        case VectorFormat::Csv:
            return {"GEOMETRY=AS_WKT", "CREATE_CSVT=NO", "SEPARATOR=COMMA"};
    }
    return {};
}

}  // namespace

VectorFormat VectorFileWriter::formatOf(const std::filesystem::path& out) {
    const std::string extension = core::asciiLower(out.extension().string());
    if (extension == ".gpkg") {
        return VectorFormat::GeoPackage;
    }
    if (extension == ".geojson" || extension == ".json") {
        return VectorFormat::GeoJson;
    }
    if (extension == ".csv") {
        return VectorFormat::Csv;
    }
    throw Error(Error::Kind::Usage,
                "cannot tell the format from the extension '" + extension +
                    "': use .gpkg, .geojson or .csv",
                {out.string()});
}

namespace {

// The longitude/latitude CRS of GeoJSON and CSV, x = longitude.
OGRSpatialReference lonLatCrs() {
    OGRSpatialReference lonLat;
    lonLat.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    lonLat.importFromEPSG(4326);
    return lonLat;
}

TransformPtr transformation(const OGRSpatialReference& from, const OGRSpatialReference& to,
                            const std::filesystem::path& out, const std::string& layer) {
    detail::GdalErrorCapture errors;
    TransformPtr transform(OGRCreateCoordinateTransformation(&from, &to));
    if (!transform) {
        throw Error(Error::Kind::Input,
                    "PROJ cannot transform the workspace CRS to longitude/latitude: " +
                        errors.lastMessage(),
                    {out.string(), layer});
    }
    return transform;
}

// The result's layer in the new dataset, with a field per column; with `pointColumns`, lon
// and lat after them.
OGRLayer& createLayer(GDALDataset& dataset, VectorFormat format, const ResultLayer& result,
                      OGRwkbGeometryType type, const OGRSpatialReference* crs, bool pointColumns,
                      const std::filesystem::path& out) {
    detail::GdalErrorCapture errors;
    std::vector<std::string> options = layerOptions(format);
    std::vector<char*> optionPointers;
    optionPointers.reserve(options.size() + 1);
    for (std::string& option : options) {
        optionPointers.push_back(option.data());
    }
    optionPointers.push_back(nullptr);
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): GDAL 3.6 takes non-const
    OGRLayer* layer = dataset.CreateLayer(
        result.name.c_str(), const_cast<OGRSpatialReference*>(crs), type, optionPointers.data());
    if (layer == nullptr) {
        throwOutput(out, "cannot create the layer: " + errors.lastMessage(), result.name);
    }
    for (const core::Column& column : result.table.columns) {
        OGRFieldDefn definition(column.name.c_str(), detail::ogrFieldType(column.type));
        if (layer->CreateField(&definition) != OGRERR_NONE) {
            throwOutput(out, "cannot create field '" + column.name + "': " + errors.lastMessage(),
                        result.name);
        }
    }
    if (pointColumns) {
        for (const char* name : {"lon", "lat"}) {
            OGRFieldDefn definition(name, OFTReal);
            if (layer->CreateField(&definition) != OGRERR_NONE) {
                throwOutput(out, "cannot create field: " + errors.lastMessage(), result.name);
            }
        }
    }
    return *layer;
}

// A row's geometry in longitude/latitude, with a point inside it in the lon and lat fields
// (`lonField` and the next). An empty geometry (a problem with no place, e.g. a project's
// value) stays empty: there is nothing to transform.
void toLonLat(OGRFeature& feature, OGRGeometry& geometry, OGRCoordinateTransformation& transform,
              int lonField, const ErrorContext& where) {
    if (geometry.IsEmpty()) {
        return;
    }
    // GDAL 3.6 has PointOnSurface only in its C API.
    std::unique_ptr<OGRGeometry> inside(
        OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(&geometry))));
    if (inside && inside->transform(&transform) == OGRERR_NONE &&
        wkbFlatten(inside->getGeometryType()) == wkbPoint) {
        const auto* point = inside->toPoint();
        feature.SetField(lonField, point->getX());
        feature.SetField(lonField + 1, point->getY());
    }
    if (geometry.transform(&transform) != OGRERR_NONE) {
        throw Error(Error::Kind::Input, "PROJ cannot transform the geometry to longitude/latitude",
                    where);
    }
}

}  // namespace

void VectorFileWriter::write(const std::filesystem::path& out, const std::string& crs_wkt,
                             const ResultLayer& result) {
    const VectorFormat format = formatOf(out);
    const detail::GdalErrorCapture quiet;
    if (!result.geometries.empty() && result.geometries.size() != result.table.rows.size()) {
        throw Error(Error::Kind::Internal, "a layer has a geometry count unlike its rows",
                    {out.string(), result.name});
    }
    const OGRSpatialReference workspaceCrs =
        detail::spatialReferenceFrom(crs_wkt, "the workspace CRS");
    const OGRSpatialReference lonLat = lonLatCrs();
    const bool geographic = format != VectorFormat::GeoPackage;
    TransformPtr toLonLatTransform;
    if (geographic) {
        toLonLatTransform = transformation(workspaceCrs, lonLat, out, result.name);
    }
    std::vector<std::unique_ptr<OGRGeometry>> geometries = detail::fromWkb(result.geometries);
    const OGRwkbGeometryType type = detail::commonLayerType(geometries);

    AtomicFileReplacement replacement(out, AtomicFileReplacement::Start::Empty);
    {
        GDALDatasetUniquePtr dataset = createDataset(format, replacement.temporaryPath(), out);
        const bool pointColumns = geographic && type != wkbNone;
        OGRLayer& layer = createLayer(
            *dataset, format, result, type,
            type == wkbNone ? nullptr : (geographic ? &lonLat : &workspaceCrs), pointColumns, out);
        const int lonField = static_cast<int>(result.table.columns.size());
        {
            detail::DatasetTransaction transaction(*dataset, out.string());
            for (std::size_t r = 0; r < result.table.rows.size(); ++r) {
                OGRFeature feature(layer.GetLayerDefn());
                detail::setFieldsFromRow(feature, result.table.rows[r]);
                if (type != wkbNone) {
                    std::unique_ptr<OGRGeometry> geometry = std::move(geometries[r]);
                    if (pointColumns) {
                        toLonLat(feature, *geometry, *toLonLatTransform, lonField,
                                 {out.string(), result.name, "row " + std::to_string(r + 1)});
                    }
                    detail::setRowGeometry(feature, std::move(geometry), type);
                }
                detail::insertFeature(layer, feature, out.string(), "row " + std::to_string(r + 1));
            }
            transaction.commit();
        }
        detail::closeWrittenDataset(dataset, out.string());
    }
    replacement.commit();
}

}  // namespace sitefit::gis
