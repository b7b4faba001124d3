#include "sitefit/gis/result_layer_writer.hpp"

#include <ogrsf_frmts.h>

#include <algorithm>

#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"
#include "detail/schema_layer.hpp"
#include "detail/storage_shortage.hpp"
#include "detail/table_cell_field.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/atomic_file.hpp"
#include "sitefit/gis/workspace_lock.hpp"

namespace sitefit::gis {
namespace {

void replaceLayer(GDALDataset& dataset, const std::string& file, const ResultLayer& result,
                  const OGRSpatialReference& crs) {
    detail::GdalErrorCapture errors;
    for (int i = 0; i < dataset.GetLayerCount(); ++i) {
        if (result.name == dataset.GetLayer(i)->GetName()) {
            if (dataset.DeleteLayer(i) != OGRERR_NONE) {
                throw Error(Error::Kind::Output,
                            "cannot replace the old layer: " + errors.lastMessage(),
                            {file, result.name});
            }
            break;
        }
    }
    if (!result.geometries.empty() && result.geometries.size() != result.table.rows.size()) {
        throw Error(Error::Kind::Internal, "result layer has a geometry count unlike its rows",
                    {file, result.name});
    }
    auto geometries = detail::fromWkb(result.geometries);
    const OGRwkbGeometryType type = detail::commonLayerType(geometries);
    const char* const options[] = {"SPATIAL_INDEX=YES", nullptr};
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): GDAL 3.6 takes non-const
    auto* srs = const_cast<OGRSpatialReference*>(type == wkbNone ? nullptr : &crs);
    OGRLayer* layer = dataset.CreateLayer(result.name.c_str(), srs, type,
                                          const_cast<char**>(options));  // NOLINT: C API
    if (layer == nullptr) {
        throw Error(Error::Kind::Output, "cannot create layer: " + errors.lastMessage(),
                    {file, result.name});
    }
    for (const core::Column& column : result.table.columns) {
        OGRFieldDefn definition(column.name.c_str(), detail::ogrFieldType(column.type));
        if (layer->CreateField(&definition) != OGRERR_NONE) {
            throw Error(Error::Kind::Output, "cannot create field: " + errors.lastMessage(),
                        {file, result.name, "", column.name});
        }
    }
    detail::DatasetTransaction transaction(dataset, file);
    for (std::size_t r = 0; r < result.table.rows.size(); ++r) {
        OGRFeature feature(layer->GetLayerDefn());
        detail::setFieldsFromRow(feature, result.table.rows[r]);
        if (type != wkbNone) {
            detail::setRowGeometry(feature, std::move(geometries[r]), type);
        }
        detail::insertFeature(*layer, feature, file, "row " + std::to_string(r + 1));
    }
    transaction.commit();
}

}  // namespace

void ResultLayerWriter::write(const std::filesystem::path& workspace, const std::string& crs_wkt,
                              const std::vector<ResultLayer>& layers) {
    const std::string file = workspace.string();
    // Every GDAL message of the write ends up in an Error, none on the user's terminal.
    const detail::GdalErrorCapture quiet;
    const OGRSpatialReference crs = detail::spatialReferenceFrom(crs_wkt, file);
    // Held from copying the original to renaming the result over it: a writer at work at
    // the same time would otherwise copy the same original, and its rename would drop the
    // layers written here.
    const WorkspaceLock lock(workspace);
    AtomicFileReplacement::removeStaleTemporaries(workspace);
    AtomicFileReplacement replacement(workspace, AtomicFileReplacement::Start::CopyOfTarget);
    detail::explainingStorageShortage(replacement.temporaryPath(), workspace, [&] {
        {
            GDALDatasetUniquePtr dataset =
                detail::openVectorDataset(replacement.temporaryPath().string(), true);
            if (std::string(dataset->GetDriver()->GetDescription()) != "GPKG") {
                throw Error(Error::Kind::Usage, "--write needs a GeoPackage workspace", {file});
            }
            for (const ResultLayer& layer : layers) {
                replaceLayer(*dataset, file, layer, crs);
            }
            detail::closeWrittenDataset(dataset, file);
        }
        replacement.commit();
    });
}

}  // namespace sitefit::gis
