#include "sitefit/gis/workspace_reader.hpp"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

#include "detail/crs_area_of_use.hpp"
#include "detail/drawable_layer_builder.hpp"
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
#include "sitefit/gis/drawable_layer.hpp"

namespace sitefit::gis {
namespace {

using namespace layer_names;
using detail::FeatureFeed;
using detail::LayerIds;

// Tells a BuildingListener of the buildings as they are read, and stops it on every way out
// of the layer's loop (and before the vectors it reads would move).
class BuildingStream {
public:
    BuildingStream(BuildingListener* listener, const Workspace& so_far) : m_listener(listener) {
        if (m_listener != nullptr) {
            m_listener->start(so_far);
        }
    }
    BuildingStream(const BuildingStream&) = delete;
    BuildingStream& operator=(const BuildingStream&) = delete;
    BuildingStream(BuildingStream&&) = delete;
    BuildingStream& operator=(BuildingStream&&) = delete;
    ~BuildingStream() { stop(); }

    // Before each building is appended: a vector at its capacity would move.
    template <typename Record>
    void beforeAppend(const std::vector<Record>& records, const std::vector<Wkb>& geometries) {
        if (m_listener != nullptr &&
            (records.size() == records.capacity() || geometries.size() == geometries.capacity())) {
            stop();
        }
    }
    void available(std::size_t count) {
        if (m_listener != nullptr) {
            m_listener->available(count);
        }
    }
    void stop() noexcept {
        if (m_listener != nullptr) {
            m_listener->stop();
            m_told = m_listener;
            m_listener = nullptr;
        }
    }
    // Buildings it was told of are set aside after the layer was read.
    void invalidate() noexcept {
        stop();
        if (m_told != nullptr) {
            m_told->invalidate();
        }
    }

private:
    BuildingListener* m_listener;
    BuildingListener* m_told = nullptr;
};

// A layer's drawable store being indexed on a thread of its own while the next layers are
// read.
class PendingDrawable {
public:
    PendingDrawable(detail::DrawableLayerBuilder builder,
                    std::shared_ptr<const DrawableLayer>& target)
        : m_builder(std::move(builder)), m_target(target), m_thread([this] {
              try {
                  m_result = std::make_shared<const DrawableLayer>(m_builder.finish());
              } catch (...) {
                  m_failure = std::current_exception();
              }
          }) {}
    PendingDrawable(const PendingDrawable&) = delete;
    PendingDrawable& operator=(const PendingDrawable&) = delete;
    PendingDrawable(PendingDrawable&&) = delete;
    PendingDrawable& operator=(PendingDrawable&&) = delete;
    ~PendingDrawable() = default;  // joins

    // Waits for the index and hands the layer to the workspace.
    void collect() {
        m_thread.join();
        if (m_failure) {
            std::rethrow_exception(m_failure);
        }
        m_target = std::move(m_result);
    }

private:
    detail::DrawableLayerBuilder m_builder;
    std::shared_ptr<const DrawableLayer>& m_target;
    std::shared_ptr<const DrawableLayer> m_result;
    std::exception_ptr m_failure;
    std::jthread m_thread;  // last: starts once the rest is made, joins before it goes
};

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
        DrawableLayers& drawable = workspace.drawable;
        readLayer(kZones, d.zones, detail::decodeZone, &workspace.zone_geometries, &drawable.zones);
        readLayer(kParcels, d.parcels, detail::decodeParcel, &workspace.parcel_geometries,
                  &drawable.parcels);
        readLayer(kBuildings, d.buildings, detail::decodeBuilding, &workspace.building_geometries,
                  &drawable.buildings);
        readLayer(kEnterprises, d.enterprises, detail::decodeEnterprise,
                  &workspace.enterprise_geometries, &drawable.enterprises);
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
        for (const std::unique_ptr<PendingDrawable>& pending : m_drawables) {
            pending->collect();
        }
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
        // PostGIS's rows come in no set order and are sorted by fid afterwards: their drawable
        // store is made from the sorted WKB instead.
        std::optional<detail::DrawableLayerBuilder> builder{};
        OGREnvelope kept{};  // of the features kept
        std::size_t read = 0;
    };

    // `drawable`: where the layer's drawable store goes, when the options ask for one.
    template <typename Record, typename Decode>
    void readLayer(std::string_view name, std::vector<Record>& records, Decode decode,
                   std::vector<Wkb>* geometries,
                   std::shared_ptr<const DrawableLayer>* drawable = nullptr) {
        const LayerSpec& spec = layerSpec(name);
        OGRLayer* layer = findLayer(name, spec);
        if (layer == nullptr) {
            return;
        }
        const std::size_t count = checkLayer(*layer, geometries != nullptr);
        records.reserve(records.size() + count);
        if (geometries != nullptr) {
            geometries->reserve(geometries->size() + count);
        }
        detail::FieldSource source(m_name, std::string(name), *layer->GetLayerDefn(), spec);
        const detail::StoredValueScan stored =
            scanStoredValues(*layer, name, spec, geometries != nullptr);
        LayerRead<Record> state{name,           spec,
                                records,        geometries,
                                records.size(), LayerIds(spec.id_field.empty() ? 0 : count)};
        detail::GdalErrorCapture gdalMessages;  // a damaged page ends OGR's loop, quietly
        if (drawable != nullptr && m_options.drawable_layers && !m_postgis) {
            state.builder.emplace(std::string(name), count);
        }
        feedFeatures(*layer, count, state, source, decode, stored.mistyped, gdalMessages);
        if (m_postgis) {
            detail::orderByFid(records, geometries, state.first, state.fids);
        }
        if (geometries != nullptr && !geometries->empty()) {
            checkExtent(state.kept, name);
        }
        keepDrawable(state, drawable);
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
    // own for a large layer), the buildings told to the listener as they come; then the
    // duplicate ids set aside, and a read GDAL broke off refused.
    template <typename Record, typename Decode, typename Mistyped>
    void feedFeatures(OGRLayer& layer, std::size_t count, LayerRead<Record>& state,
                      detail::FieldSource& source, Decode& decode, const Mistyped& mistyped,
                      const detail::GdalErrorCapture& gdalMessages) {
        // A layer large enough to be worth a thread is read on one.
        constexpr std::size_t kThreadedFrom = 4096;
        // The buildings' listener starts once their vectors are reserved (a PostGIS layer is
        // sorted after the loop, so its buildings are final only then).
        BuildingStream stream(
            std::is_same_v<Record, core::Building> && !m_postgis ? m_options.buildings : nullptr,
            *m_workspace);
        FeatureFeed feed(layer, count >= kThreadedFrom && std::thread::hardware_concurrency() > 1);
        source.setTolerances(m_options.tolerances);
        for (std::vector<OGRFeatureUniquePtr> batch = feed.next(); !batch.empty();
             batch = feed.next()) {
            for (const OGRFeatureUniquePtr& feature : batch) {
                readFeature(*feature, state, source, decode, mistyped, stream);
            }
            if (state.geometries != nullptr) {
                stream.available(state.geometries->size());
            }
            feed.giveBack(std::move(batch));
        }
        stream.stop();
        if (setAsideDuplicates(state.name, state.spec, state.ids, state.first, state.records,
                               state.geometries, state.fids)) {
            state.builder.reset();  // made again by keepDrawable() from what is left
            stream.invalidate();
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
                     detail::FieldSource& source, Decode& decode, const Mistyped& mistyped,
                     BuildingStream& stream) {
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
                keepGeometry(feature.GetGeometryRef(), record, state, source, stream);
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

    // A decoded feature's geometry, checked, then appended as WKB (and to the drawable
    // store being built).
    template <typename Record>
    void keepGeometry(const OGRGeometry* geometry, Record& record, LayerRead<Record>& state,
                      detail::FieldSource& source, BuildingStream& stream) {
        detail::checkVertexLimit(geometry, m_limits.max_vertices_per_feature, source);
        detail::checkGeometry(geometry, state.spec.geometry, source);
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        state.kept.Merge(envelope);
        if constexpr (std::is_same_v<Record, core::Building>) {
            detail::checkVacancyFitsFootprint(record, detail::polygonalArea(*geometry), source);
        }
        stream.beforeAppend(state.records, *state.geometries);
        state.geometries->push_back(detail::toWkb(*geometry));
        if (state.builder) {
            state.builder->add(geometry);
        }
    }

    // The layer's drawable store: indexed on a thread of its own when it was built while
    // reading, else made from the WKB kept (PostGIS's, sorted; or what duplicates left).
    template <typename Record>
    void keepDrawable(LayerRead<Record>& state, std::shared_ptr<const DrawableLayer>* drawable) {
        if (state.builder) {
            m_drawables.push_back(
                std::make_unique<PendingDrawable>(std::move(*state.builder), *drawable));
        } else if (drawable != nullptr && m_options.drawable_layers) {
            *drawable =
                std::make_shared<const DrawableLayer>(*state.geometries, std::string(state.name));
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
    // Returns whether any was left out.
    template <typename Record>
    bool setAsideDuplicates(std::string_view name, const LayerSpec& spec, const LayerIds& ids,
                            std::size_t first, std::vector<Record>& records,
                            std::vector<Wkb>* geometries, std::vector<GIntBig>& fids) {
        const auto duplicates = ids.duplicates();
        if (duplicates.empty()) {
            return false;
        }
        for (const auto& [later, earlier] : duplicates) {
            const std::string label(ids.at(later));
            core::DataProblem problem;
            problem.rule = std::string(core::rules::kDuplicateId);
            problem.layer = std::string(name);
            problem.feature = label;
            problem.field = std::string(spec.id_field);
            problem.found = label;
            problem.expected = "an id no other feature has";
            problem.message = "duplicate id '" + label + "'; ids must be unique (feature " +
                              std::to_string(later + 1) + " of the layer repeats feature " +
                              std::to_string(earlier + 1) + ")";
            if (geometries != nullptr) {
                if (const auto centre = detail::wkbCentre((*geometries)[first + later])) {
                    problem.location = core::ProblemLocation{centre->first, centre->second};
                }
            }
            m_workspace->problems.add(std::move(problem));
        }
        std::vector<std::size_t> later;
        later.reserve(duplicates.size());
        for (const auto& pair : duplicates) {
            later.push_back(pair.first);
        }
        detail::eraseAt(records, later, first);
        detail::eraseAt(fids, later);
        if (geometries != nullptr) {
            detail::eraseAt(*geometries, later, first);
        }
        return true;
    }

    std::string m_name;
    InputLimits m_limits;
    ReadOptions m_options;
    GDALDatasetUniquePtr m_dataset;
    bool m_postgis;
    std::optional<OGRSpatialReference> m_crs;
    std::string m_crsLayer;
    std::vector<std::unique_ptr<PendingDrawable>> m_drawables;  // indexing while reading on
    Workspace* m_workspace = nullptr;                           // the one run() is filling
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
    return Reading(dataset, limits, options).run();
}

}  // namespace sitefit::gis
