#include "sitefit/gis/workspace_reader.hpp"

#include <ogrsf_frmts.h>

#include <functional>
#include <optional>
#include <unordered_set>

#include "detail/field_source.hpp"
#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"
#include "detail/record_codec.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis {
namespace {

using namespace layer_names;

std::string layerList(GDALDataset& dataset) {
    std::string names;
    for (OGRLayer* layer : dataset.GetLayers()) {
        names += names.empty() ? "" : ", ";
        names += layer->GetName();
    }
    return names.empty() ? "none" : names;
}

class Reading {
public:
    explicit Reading(std::string name)
        : m_name(std::move(name)), m_dataset(detail::openVectorDataset(m_name)) {}

    Workspace run() {
        Workspace workspace;
        workspace.source = m_name;
        core::District& d = workspace.district;
        readLayer(kZones, d.zones, detail::decodeZone, &workspace.zone_geometries);
        readLayer(kParcels, d.parcels, detail::decodeParcel, &workspace.parcel_geometries);
        readLayer(kBuildings, d.buildings, detail::decodeBuilding, &workspace.building_geometries);
        readLayer(kEnterprises, d.enterprises, detail::decodeEnterprise,
                  &workspace.enterprise_geometries);
        readLayer(kProjects, d.projects, detail::decodeProject, nullptr);
        readLayer(kChains, d.catalogue.chains, detail::decodeChain, nullptr);
        readLayer(kCategories, d.catalogue.categories, detail::decodeCategory, nullptr);
        readLayer(kChainLinks, d.catalogue.links, detail::decodeChainLink, nullptr);
        if (!m_crs) {
            throw Error(Error::Kind::Input, "the workspace has no spatial layer with a CRS",
                        {m_name});
        }
        workspace.crs_wkt = detail::toWkt(*m_crs);
        return workspace;
    }

private:
    void checkCrs(OGRLayer& layer) {
        const OGRSpatialReference* crs = layer.GetSpatialRef();
        const ErrorContext where{m_name, layer.GetName()};
        // GeoPackage stores "no CRS" as srs_id 0/-1, which GDAL reports as an undefined SRS.
        const bool undefined = crs != nullptr && crs->GetAuthorityCode(nullptr) == nullptr &&
                               std::string_view(crs->GetName()).starts_with("Undefined");
        if (crs == nullptr || undefined) {
            throw Error(Error::Kind::Input,
                        "the layer has no CRS; import it with `sitefit import --assume-crs`",
                        where);
        }
        if (!detail::isMetricProjected(*crs)) {
            throw Error(Error::Kind::Input,
                        std::string("the layer's CRS '") + crs->GetName() +
                            "' is not projected in metres; areas need a metric CRS, so import "
                            "it with `sitefit import`, which reprojects",
                        where);
        }
        if (!m_crs) {
            m_crs.emplace(*crs);
            m_crs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            m_crsLayer = layer.GetName();
        } else if (m_crs->IsSame(crs) == 0) {
            throw Error(Error::Kind::Input,
                        std::string("the layer's CRS '") + crs->GetName() +
                            "' differs from that of layer '" + m_crsLayer + "' ('" +
                            m_crs->GetName() + "'); a workspace has one CRS",
                        where);
        }
    }

    template <typename Record, typename Decode>
    void readLayer(std::string_view name, std::vector<Record>& records, Decode decode,
                   std::vector<Wkb>* geometries) {
        const LayerSpec& spec = layerSpec(name);
        OGRLayer* layer = m_dataset->GetLayerByName(std::string(name).c_str());
        if (layer == nullptr) {
            if (spec.required) {
                throw Error(Error::Kind::Input,
                            "required layer '" + std::string(name) +
                                "' is missing (the dataset has: " + layerList(*m_dataset) + ")",
                            {m_name});
            }
            return;
        }
        if (geometries != nullptr) {
            checkCrs(*layer);
        }
        detail::FieldSource source(m_name, std::string(name), *layer->GetLayerDefn(), spec);
        std::unordered_set<std::string> seen;
        layer->ResetReading();
        for (const auto& feature : *layer) {
            source.setFeature(*feature);
            Record record = decode(source);
            if (!spec.id_field.empty() && !seen.insert(source.featureLabel()).second) {
                source.fail(spec.id_field,
                            "duplicate id '" + source.featureLabel() + "'; ids must be unique");
            }
            if (geometries != nullptr) {
                const OGRGeometry* geometry = feature->GetGeometryRef();
                detail::checkGeometry(geometry, spec.geometry, source);
                geometries->push_back(detail::toWkb(*geometry));
            }
            records.push_back(std::move(record));
        }
    }

    std::string m_name;
    GDALDatasetUniquePtr m_dataset;
    std::optional<OGRSpatialReference> m_crs;
    std::string m_crsLayer;
};

}  // namespace

Workspace WorkspaceReader::read(const std::string& dataset) {
    return Reading(dataset).run();
}

}  // namespace sitefit::gis
