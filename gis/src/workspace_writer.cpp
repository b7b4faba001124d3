#include "sitefit/gis/workspace_writer.hpp"

#include <ogrsf_frmts.h>

#include <algorithm>

#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"
#include "detail/geopackage_value_triggers.hpp"
#include "detail/record_codec.hpp"
#include "detail/schema_layer.hpp"
#include "detail/storage_shortage.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/atomic_file.hpp"
#include "sitefit/gis/workspace_lock.hpp"

namespace sitefit::gis {
namespace {

using namespace layer_names;

template <typename Record, typename IdOf>
void writeLayer(GDALDataset& dataset, const std::string& file, std::string_view name,
                const std::vector<Record>& records, const std::vector<Wkb>* geometries,
                const OGRSpatialReference& crs, IdOf idOf) {
    const LayerSpec& spec = layerSpec(name);
    // Polygon layers are declared MultiPolygon only when some feature needs it, so simple
    // data stays simple for other GIS. The type comes from the WKB headers, and each OGR
    // geometry is made just before its feature is inserted: a million footprints are never
    // held twice (as WKB and as OGR geometries), which was most of an import's peak memory.
    OGRwkbGeometryType type =
        geometries != nullptr ? detail::commonLayerType(*geometries) : wkbNone;
    if (type == wkbNone && spec.geometry != GeometryKind::None) {
        type = spec.geometry == GeometryKind::Point ? wkbPoint : wkbPolygon;
    }
    OGRLayer& layer =
        detail::createSchemaLayer(dataset, file, spec, type == wkbNone ? nullptr : &crs, type);
    detail::DatasetTransaction transaction(dataset, file);
    for (std::size_t i = 0; i < records.size(); ++i) {
        OGRFeature feature(layer.GetLayerDefn());
        detail::encode(records[i], feature);
        const std::string id = idOf(records[i]);
        if (type != wkbNone) {
            OGRGeometry* geometry = detail::fromWkb(geometries->at(i)).release();
            if (type == wkbMultiPolygon) {
                geometry = OGRGeometryFactory::forceToMultiPolygon(geometry);
            }
            feature.SetGeometryDirectly(geometry);
        }
        detail::insertFeature(layer, feature, file, id);
    }
    transaction.commit();
}

void writeAll(const Workspace& workspace, const std::string& temporary, const std::string& file,
              const OGRSpatialReference& crs) {
    const core::District& d = workspace.district;
    GDALDatasetUniquePtr dataset = detail::createGeoPackage(temporary);
    writeLayer(*dataset, file, kZones, d.zones, &workspace.zone_geometries, crs,
               [](const core::Zone& r) { return r.zone_id; });
    writeLayer(*dataset, file, kParcels, d.parcels, &workspace.parcel_geometries, crs,
               [](const core::Parcel& r) { return r.parcel_id; });
    writeLayer(*dataset, file, kBuildings, d.buildings, &workspace.building_geometries, crs,
               [](const core::Building& r) { return r.building_id; });
    writeLayer(*dataset, file, kEnterprises, d.enterprises, &workspace.enterprise_geometries, crs,
               [](const core::Enterprise& r) { return r.enterprise_id; });
    writeLayer(*dataset, file, kProjects, d.projects, nullptr, crs,
               [](const core::Project& r) { return r.project_id; });
    writeLayer(*dataset, file, kChains, d.catalogue.chains, nullptr, crs,
               [](const core::Chain& r) { return r.chain_code; });
    writeLayer(*dataset, file, kCategories, d.catalogue.categories, nullptr, crs,
               [](const core::Category& r) { return r.category_code; });
    writeLayer(*dataset, file, kChainLinks, d.catalogue.links, nullptr, crs,
               [](const core::ChainLink& r) { return r.from_category + "->" + r.to_category; });
    // Optional, and made by planners' edits: a workspace without links gets no table.
    if (!d.plan_links.empty()) {
        writeLayer(*dataset, file, kPlanLinks, d.plan_links, nullptr, crs,
                   [](const core::PlanLink& r) { return r.label(); });
    }
    detail::addValueTriggers(*dataset, file, core::DataTolerances{});
    detail::closeWrittenDataset(dataset, file);
}

}  // namespace

void WorkspaceWriter::write(const Workspace& workspace, const std::filesystem::path& path) {
    // Every GDAL message of the write ends up in an Error, none on the user's terminal.
    const detail::GdalErrorCapture quiet;
    const OGRSpatialReference crs = detail::spatialReferenceFrom(workspace.crs_wkt, path.string());
    // Held until the rename, so that no other writer's rename (a `--write` that copied the
    // previous workspace) lands over this one.
    const WorkspaceLock lock(path);
    AtomicFileReplacement::removeStaleTemporaries(path);
    AtomicFileReplacement replacement(path, AtomicFileReplacement::Start::Empty);
    const std::string file = path.string();
    detail::explainingStorageShortage(replacement.temporaryPath(), path, [&] {
        writeAll(workspace, replacement.temporaryPath().string(), file, crs);
        replacement.commit();
    });
}

}  // namespace sitefit::gis
