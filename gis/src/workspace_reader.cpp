#include "sitefit/gis/workspace_reader.hpp"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

#include "detail/crs_area_of_use.hpp"
#include "detail/erase_positions.hpp"
#include "detail/feature_feed.hpp"
#include "detail/feature_limit.hpp"
#include "detail/field_source.hpp"
#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"
#include "detail/layer_ids.hpp"
#include "detail/plan_link_rules.hpp"
#include "detail/postgis_reading.hpp"
#include "detail/record_codec.hpp"
#include "detail/stored_value_check.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis {
namespace {

using namespace layer_names;
using detail::FeatureFeed;
using detail::LayerIds;

// Whether a layer of these records is spatial, so told to the sinks.
template <typename Record>
constexpr bool kSpatial = std::is_constructible_v<FeatureRecords, std::span<const Record>>;

class Reading {
public:
    Reading(std::string name, const InputLimits& limits, const ReadOptions& options)
        : m_name(std::move(name)),
          m_limits(limits),
          m_options(options),
          m_dataset(detail::openVectorDataset(m_name)),
          m_postgis(detail::isPostgisDataset(*m_dataset)) {}

    Workspace run() {
        Workspace workspace;
        m_workspace = &workspace;
        workspace.source = m_name;
        core::District& d = workspace.district;
        readLayer(kZones, d.zones, detail::decodeZone, &workspace.zone_geometries);
        readLayer(kParcels, d.parcels, detail::decodeParcel, &workspace.parcel_geometries);
        readLayer(kBuildings, d.buildings, detail::decodeBuilding, &workspace.building_geometries);
        readLayer(kEnterprises, d.enterprises, detail::decodeEnterprise,
                  &workspace.enterprise_geometries);
        if (!m_options.enterprise_figures) {
            for (core::Enterprise& enterprise : d.enterprises) {
                enterprise.annual_output_yi.reset();
            }
        }
        if (m_options.planner_tables) {
            readLayer(kProjects, d.projects, detail::decodeProject, nullptr);
        }
        readLayer(kChains, d.catalogue.chains, detail::decodeChain, nullptr);
        readLayer(kCategories, d.catalogue.categories, detail::decodeCategory, nullptr);
        readLayer(kChainLinks, d.catalogue.links, detail::decodeChainLink, nullptr);
        // Planners' links are confidential: for a database user who may not read them the
        // workspace is one without links, as a GeoPackage without the table is.
        if (m_options.planner_tables &&
            (!m_postgis || detail::mayReadTable(*m_dataset, kPlanLinks))) {
            readLayer(kPlanLinks, d.plan_links, detail::decodePlanLink, nullptr);
            detail::checkPlanLinks(d, m_name);
        }
        if (!m_crs) {
            throw Error(Error::Kind::Input, "the workspace has no spatial layer with a CRS",
                        {m_name});
        }
        workspace.crs_wkt = detail::toWkt(*m_crs);
        if (m_options.flaws == FlawHandling::Refuse && workspace.problems.hasErrors()) {
            throw refusal(m_name, workspace.problems);
        }
        return workspace;
    }

private:
    static bool isEmpty(OGRLayer& layer) {
        detail::GdalErrorCapture quiet;  // a count that fails is left to the read
        return layer.GetFeatureCount(TRUE) == 0;
    }

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
    // `extent`: that of the features kept, so one set aside for a NaN or infinite vertex
    // does not make the whole layer look out of place.
    void checkExtent(const OGREnvelope& extent, std::string_view layer) const {
        detail::checkExtentFitsCrs(
            extent, *m_crs, {m_name, std::string(layer)},
            "the coordinates are not in the workspace's CRS. Import the sources again with "
            "`sitefit import`, which reprojects, declaring the CRS they are really in");
    }

    // The feature count comes from the dataset's index or header where it has one, so a
    // layer too large to hold is refused before any of it is read.
    // Returns the count, or 0 when the source cannot tell.
    std::size_t checkFeatureCount(OGRLayer& layer) const {
        detail::GdalErrorCapture quiet;  // a count that fails is left to the read
        const GIntBig count = layer.GetFeatureCount(TRUE);
        detail::checkFeatureLimit(count > 0 ? static_cast<std::size_t>(count) : 0, m_limits,
                                  {m_name, layer.GetName()});
        return count > 0 ? static_cast<std::size_t>(count) : 0;
    }

    // One layer as it is read: where its records and geometries go, and what the read has
    // gathered so far about the features kept.
    template <typename Record>
    struct LayerRead {
        std::string_view name;
        const LayerSpec& spec;
        std::vector<Record>& records;
        std::vector<Wkb>* geometries;
        std::size_t first;  // the layer's first record: the records before it are others'
        LayerIds ids;
        std::vector<GIntBig> fids{};
        OGREnvelope kept{};  // of the features kept
        std::size_t read = 0;
        // For the sinks: GDAL's geometries of the features kept from the batch at hand, and
        // how many of the layer's features they were told of.
        std::vector<const OGRGeometry*> batch_geometries{};
        std::size_t told = 0;
    };

    // A layer into `records` (and `geometries`, for a spatial one), its features told to the
    // sinks in batches as they are read.
    template <typename Record, typename Decode>
    void readLayer(std::string_view name, std::vector<Record>& records, Decode decode,
                   std::vector<Wkb>* geometries) {
        const LayerSpec& spec = layerSpec(name);
        OGRLayer* layer = findLayer(name, spec);
        if (layer == nullptr) {
            return;
        }
        const bool spatial = geometries != nullptr;
        const std::size_t count = checkLayer(*layer, spatial);
        LayerRead<Record> state = startLayer(name, spec, count, records, geometries);
        detail::FieldSource source(m_name, std::string(name), *layer->GetLayerDefn(), spec);
        const detail::StoredValueScan stored = scanStoredValues(*layer, name, spec, spatial);
        feedFeatures(*layer, count, state, source, decode, stored.mistyped);
        const std::vector<std::size_t> setAside = setAsideDuplicates(state);
        if (m_postgis) {
            detail::orderByFid(records, geometries, state.first, state.fids);
        }
        if (spatial && !geometries->empty()) {
            checkExtent(state.kept, name);
        }
        endLayer(state, setAside);
    }

    // Room for the layer's features, and the sinks told it begins.
    template <typename Record>
    LayerRead<Record> startLayer(std::string_view name, const LayerSpec& spec, std::size_t count,
                                 std::vector<Record>& records, std::vector<Wkb>* geometries) {
        records.reserve(records.size() + count);
        if (geometries != nullptr) {
            geometries->reserve(geometries->size() + count);
            for (FeatureBatchSink* sink : m_options.sinks) {
                sink->begin(name, count);
            }
        }
        return LayerRead<Record>{name,           spec,
                                 records,        geometries,
                                 records.size(), LayerIds(spec.id_field.empty() ? 0 : count)};
    }

    // `count` features of a spatial layer from its position `from`; `gdal`: their GDAL
    // geometries, or none.
    template <typename Record>
    void tellSinks(const LayerRead<Record>& state, std::size_t from, std::size_t count,
                   std::span<const OGRGeometry* const> gdal) {
        if constexpr (kSpatial<Record>) {
            const std::size_t at = state.first + from;
            const FeatureBatch batch{
                state.name, from, std::span<const Record>(state.records).subspan(at, count),
                std::span<const Wkb>(*state.geometries).subspan(at, count), gdal};
            for (FeatureBatchSink* sink : m_options.sinks) {
                sink->batch(batch);
            }
        }
    }

    // After each of GDAL's batches: what it kept, to the sinks. A PostGIS layer is told only
    // at its end, once its rows are in fid order.
    template <typename Record>
    void tellBatch(LayerRead<Record>& state) {
        const std::size_t kept = state.records.size() - state.first;
        if (state.geometries != nullptr && !m_postgis && kept > state.told) {
            tellSinks(state, state.told, kept - state.told, state.batch_geometries);
        }
        state.told = kept;
        state.batch_geometries.clear();
    }

    // The layer is final: the sinks told so, with what was set aside since they were told of
    // it (a PostGIS layer's features are told only now, sorted, from their WKB).
    template <typename Record>
    void endLayer(const LayerRead<Record>& state, const std::vector<std::size_t>& setAside) {
        if (state.geometries == nullptr || m_options.sinks.empty()) {
            return;
        }
        const std::span<const Wkb> kept =
            std::span<const Wkb>(*state.geometries).subspan(state.first);
        if (m_postgis) {
            for (std::size_t from = 0; from < kept.size(); from += FeatureFeed::kBatch) {
                tellSinks(state, from, std::min(FeatureFeed::kBatch, kept.size() - from), {});
            }
        }
        const LayerEnd end{
            state.name,
            m_postgis ? std::span<const std::size_t>() : std::span<const std::size_t>(setAside),
            kept};
        for (FeatureBatchSink* sink : m_options.sinks) {
            sink->end(end);
        }
    }

    // The layer `name`, or nullptr when an optional one is absent.
    OGRLayer* findLayer(std::string_view name, const LayerSpec& spec) const {
        OGRLayer* layer = detail::workspaceLayer(*m_dataset, name);
        if (layer == nullptr && spec.required) {
            throw Error(Error::Kind::Input,
                        "required layer '" + std::string(name) + "' is missing (the dataset has: " +
                            detail::layerNames(*m_dataset) + ")",
                        {m_name});
        }
        return layer;
    }

    // The layer's CRS, for a spatial one, and its feature count. Returns the count, or 0 when
    // the source cannot tell.
    std::size_t checkLayer(OGRLayer& layer, bool spatial) {
        // An empty table of a PostGIS workspace (no enterprises in a district of zones, parcels
        // and buildings) reports no CRS: its geometry column is untyped and no row gives an
        // SRID. With no feature there is nothing in another CRS.
        const bool emptyWithoutCrs = layer.GetSpatialRef() == nullptr && isEmpty(layer);
        if (spatial && !emptyWithoutCrs) {
            checkCrs(layer);
        }
        return checkFeatureCount(layer);
    }

    // The values the features' decoders cannot check: of a type other than the column's, and
    // geometries over the vertex limit (refused before any of them is read).
    detail::StoredValueScan scanStoredValues(OGRLayer& layer, std::string_view name,
                                             const LayerSpec& spec, bool spatial) const {
        detail::StoredValueScan stored = detail::scanStoredValues(
            *m_dataset, layer, spec, {}, std::string(spec.id_field),
            spatial ? std::optional(m_limits.max_vertices_per_feature) : std::nullopt);
        if (stored.oversize) {
            throw Error(
                Error::Kind::Input, stored.oversize->message,
                {m_name, std::string(name), stored.oversize->feature, detail::kGeometryField});
        }
        return stored;
    }

    // Every feature of the layer through `decode`, read by a FeatureFeed (on a thread of its
    // own for a large layer) and told to the sinks batch by batch; a read GDAL broke off is
    // refused.
    template <typename Record, typename Decode, typename Mistyped>
    void feedFeatures(OGRLayer& layer, std::size_t count, LayerRead<Record>& state,
                      detail::FieldSource& source, Decode& decode, const Mistyped& mistyped) {
        // A layer large enough to be worth a thread is read on one.
        constexpr std::size_t kThreadedFrom = 4096;
        detail::GdalErrorCapture gdalMessages;  // a damaged page ends OGR's loop, quietly
        FeatureFeed feed(layer, count >= kThreadedFrom && std::thread::hardware_concurrency() > 1);
        source.setTolerances(m_options.tolerances);
        for (std::vector<OGRFeatureUniquePtr> batch = feed.next(); !batch.empty();
             batch = feed.next()) {
            for (const OGRFeatureUniquePtr& feature : batch) {
                readFeature(*feature, state, source, decode, mistyped);
            }
            tellBatch(state);  // before the batch goes: the sinks see its GDAL geometries
            feed.giveBack(std::move(batch));
        }
        if (feed.failed() || gdalMessages.hasFailure()) {
            throw Error(Error::Kind::Input,
                        "reading stopped after " + std::to_string(state.read) + " features: " +
                            detail::withDamageHint(feed.failed() ? feed.failure()
                                                                 : gdalMessages.lastMessage()),
                        {m_name, std::string(state.name)});
        }
    }

    // One feature: kept with its geometry when every check passes, else listed as a problem;
    // its warnings listed either way.
    template <typename Record, typename Decode, typename Mistyped>
    void readFeature(const OGRFeature& feature, LayerRead<Record>& state,
                     detail::FieldSource& source, Decode& decode, const Mistyped& mistyped) {
        ++state.read;
        source.setFeature(feature);
        // Which rule a failure below breaks.
        std::string_view rule = core::rules::kValue;
        try {
            if (const auto wrong = mistyped.find(feature.GetFID()); wrong != mistyped.end()) {
                source.fail(wrong->second.field, wrong->second.message);
            }
            Record record = decode(source);
            if (state.geometries != nullptr) {
                rule = core::rules::kGeometry;
                keepGeometry(feature.GetGeometryRef(), record, state, source);
            }
            if (!state.spec.id_field.empty()) {
                state.ids.add(source.featureLabel());
            }
            state.fids.push_back(feature.GetFID());
            state.records.push_back(std::move(record));
        } catch (const Error& error) {
            if (error.kind() != Error::Kind::Input) {
                throw;
            }
            addFeatureProblem(error, rule, source, feature.GetGeometryRef());
        }
        for (core::DataProblem& warning : source.takeWarnings()) {
            if (!warning.location) {
                warning.location = centreOf(feature.GetGeometryRef());
            }
            m_workspace->problems.add(std::move(warning));
        }
    }

    // A decoded feature's geometry, checked, then appended as WKB (and kept at hand for the
    // sinks).
    template <typename Record>
    void keepGeometry(const OGRGeometry* geometry, Record& record, LayerRead<Record>& state,
                      detail::FieldSource& source) {
        detail::checkVertexLimit(geometry, m_limits.max_vertices_per_feature, source);
        detail::checkGeometry(geometry, state.spec.geometry, source);
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        state.kept.Merge(envelope);
        if constexpr (std::is_same_v<Record, core::Building>) {
            detail::checkVacancyFitsFootprint(record, detail::polygonalArea(*geometry), source);
        }
        state.geometries->push_back(detail::toWkb(*geometry));
        if (!m_options.sinks.empty()) {
            state.batch_geometries.push_back(geometry);
        }
    }

    // A feature that broke a rule: left out of the workspace, and listed.
    void addFeatureProblem(const Error& error, std::string_view rule,
                           const detail::FieldSource& source, const OGRGeometry* geometry) {
        core::DataProblem problem;
        problem.rule = source.failedRule().empty() ? std::string(rule) : source.failedRule();
        problem.severity = core::Severity::Error;
        problem.layer = error.context().layer;
        problem.feature = error.context().feature;
        problem.field = error.context().field;
        problem.found = source.shownValue(source.failedField());
        problem.message = error.message();
        problem.location = centreOf(geometry);
        m_workspace->problems.add(std::move(problem));
    }

    // Where a problem is shown on a map: the middle of the feature's bounding box.
    static std::optional<core::ProblemLocation> centreOf(const OGRGeometry* geometry) {
        if (const auto centre = detail::geometryCentre(geometry)) {
            return core::ProblemLocation{centre->first, centre->second};
        }
        return std::nullopt;
    }

    // Every feature whose id an earlier one has is an error; the first keeps its place.
    // Returns the layer positions of those left out, ascending.
    template <typename Record>
    std::vector<std::size_t> setAsideDuplicates(LayerRead<Record>& state) {
        const auto duplicates = state.ids.duplicates();
        std::vector<std::size_t> later;
        later.reserve(duplicates.size());
        for (const auto& [position, earlier] : duplicates) {
            m_workspace->problems.add(duplicateProblem(state, position, earlier));
            later.push_back(position);
        }
        detail::eraseAt(state.records, later, state.first);
        detail::eraseAt(state.fids, later);
        if (state.geometries != nullptr) {
            detail::eraseAt(*state.geometries, later, state.first);
        }
        return later;
    }

    // Feature `later` of the layer repeats the id of feature `earlier`.
    template <typename Record>
    core::DataProblem duplicateProblem(const LayerRead<Record>& state, std::size_t later,
                                       std::size_t earlier) const {
        const std::string label(state.ids.at(later));
        core::DataProblem problem;
        problem.rule = std::string(core::rules::kDuplicateId);
        problem.layer = std::string(state.name);
        problem.feature = label;
        problem.field = std::string(state.spec.id_field);
        problem.found = label;
        problem.expected = "an id no other feature has";
        problem.message = "duplicate id '" + label + "'; ids must be unique (feature " +
                          std::to_string(later + 1) + " of the layer repeats feature " +
                          std::to_string(earlier + 1) + ")";
        if (state.geometries != nullptr) {
            if (const auto centre = detail::wkbCentre((*state.geometries)[state.first + later])) {
                problem.location = core::ProblemLocation{centre->first, centre->second};
            }
        }
        return problem;
    }

    std::string m_name;
    InputLimits m_limits;
    ReadOptions m_options;
    GDALDatasetUniquePtr m_dataset;
    bool m_postgis;
    std::optional<OGRSpatialReference> m_crs;
    std::string m_crsLayer;
    Workspace* m_workspace = nullptr;  // the one run() is filling
};

}  // namespace

Error refusal(const std::string& dataset, const core::ProblemReport& problems, std::size_t limit) {
    core::ProblemReport errors;
    for (const core::DataProblem& problem : problems.problems()) {
        if (problem.severity == core::Severity::Error) {
            errors.add(problem);
        }
    }
    const std::size_t count = errors.problems().size();
    if (count == 1) {  // said as a read that stopped at it would have said it
        const core::DataProblem& only = errors.problems().front();
        return Error(Error::Kind::Input, only.message,
                     {dataset, only.layer, only.feature, only.field});
    }
    return Error(Error::Kind::Input,
                 "the workspace has " + std::to_string(count) +
                     " errors (features that would make figures wrong):\n" + errors.text(limit) +
                     "Run `sitefit check " + dataset +
                     "` for every problem with its location, or add --skip-invalid to set "
                     "these features aside and go on without them",
                 {dataset});
}

Workspace WorkspaceReader::read(const std::string& dataset) {
    return read(dataset, InputLimits::fromEnvironment());
}

Workspace WorkspaceReader::read(const std::string& dataset, const InputLimits& limits) {
    return Reading(dataset, limits, ReadOptions{}).run();
}

Workspace WorkspaceReader::read(const std::string& dataset, const InputLimits& limits,
                                const ReadOptions& options) {
    try {
        return Reading(dataset, limits, options).run();
    } catch (...) {
        for (FeatureBatchSink* sink : options.sinks) {
            sink->failed();
        }
        throw;
    }
}

}  // namespace sitefit::gis
