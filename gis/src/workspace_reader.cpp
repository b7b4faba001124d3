#include "sitefit/gis/workspace_reader.hpp"

#include <ogrsf_frmts.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <type_traits>
#include <unordered_set>

#include "detail/crs_area_of_use.hpp"
#include "detail/field_source.hpp"
#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"
#include "detail/record_codec.hpp"
#include "detail/stored_value_check.hpp"
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
    Reading(std::string name, const InputLimits& limits)
        : m_name(std::move(name)), m_limits(limits), m_dataset(detail::openVectorDataset(m_name)) {}

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

    // After the features are read, so that a single bad coordinate is reported on its feature.
    void checkExtent(OGRLayer& layer) const {
        OGREnvelope extent;
        {
            detail::GdalErrorCapture quiet;  // an empty layer has no extent: not an error
            if (layer.GetExtent(&extent, TRUE) != OGRERR_NONE) {
                return;
            }
        }
        detail::checkExtentFitsCrs(
            extent, *m_crs, {m_name, layer.GetName()},
            "the coordinates are not in the workspace's CRS. Import the sources again with "
            "`sitefit import`, which reprojects, declaring the CRS they are really in");
    }

    // The feature count comes from the dataset's index or header where it has one, so a
    // layer too large to hold is refused before any of it is read.
    void checkFeatureCount(OGRLayer& layer) const {
        detail::GdalErrorCapture quiet;  // a count that fails is left to the read
        const GIntBig count = layer.GetFeatureCount(TRUE);
        if (count > 0 && static_cast<std::uint64_t>(count) > m_limits.max_features_per_layer) {
            throw Error(Error::Kind::Input,
                        "the layer has " + std::to_string(count) +
                            " features, more than the limit of " +
                            std::to_string(m_limits.max_features_per_layer) +
                            " per layer; raise it with the environment variable " +
                            InputLimits::kFeaturesVariable + " if the data are right",
                        {m_name, layer.GetName()});
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
        checkFeatureCount(*layer);
        detail::FieldSource source(m_name, std::string(name), *layer->GetLayerDefn(), spec);
        const detail::StoredValueScan stored = detail::scanStoredValues(
            *m_dataset, *layer, spec, {}, std::string(spec.id_field),
            geometries != nullptr ? std::optional(m_limits.max_vertices_per_feature)
                                  : std::nullopt);
        if (stored.oversize) {
            throw Error(
                Error::Kind::Input, stored.oversize->message,
                {m_name, std::string(name), stored.oversize->feature, detail::kGeometryField});
        }
        const auto& mistyped = stored.mistyped;
        std::unordered_set<std::string> seen;
        std::size_t read = 0;
        detail::GdalErrorCapture gdalMessages;  // a damaged page ends OGR's loop, quietly
        layer->ResetReading();
        for (const auto& feature : *layer) {
            ++read;
            source.setFeature(*feature);
            if (const auto wrong = mistyped.find(feature->GetFID()); wrong != mistyped.end()) {
                source.fail(wrong->second.field, wrong->second.message);
            }
            Record record = decode(source);
            if (!spec.id_field.empty() && !seen.insert(source.featureLabel()).second) {
                source.fail(spec.id_field,
                            "duplicate id '" + source.featureLabel() + "'; ids must be unique");
            }
            if (geometries != nullptr) {
                const OGRGeometry* geometry = feature->GetGeometryRef();
                detail::checkVertexLimit(geometry, m_limits.max_vertices_per_feature, source);
                detail::checkGeometry(geometry, spec.geometry, source);
                if constexpr (std::is_same_v<Record, core::Building>) {
                    detail::checkVacancyFitsFootprint(record, detail::polygonalArea(*geometry),
                                                      source);
                }
                geometries->push_back(detail::toWkb(*geometry));
            }
            records.push_back(std::move(record));
        }
        if (gdalMessages.hasFailure()) {
            throw Error(Error::Kind::Input,
                        "reading stopped after " + std::to_string(read) +
                            " features: " + detail::withDamageHint(gdalMessages.lastMessage()),
                        {m_name, std::string(name)});
        }
        if (geometries != nullptr) {
            checkExtent(*layer);
        }
    }

    std::string m_name;
    InputLimits m_limits;
    GDALDatasetUniquePtr m_dataset;
    std::optional<OGRSpatialReference> m_crs;
    std::string m_crsLayer;
};

}  // namespace

Workspace WorkspaceReader::read(const std::string& dataset) {
    return read(dataset, InputLimits::fromEnvironment());
}

Workspace WorkspaceReader::read(const std::string& dataset, const InputLimits& limits) {
    return Reading(dataset, limits).run();
}

}  // namespace sitefit::gis
