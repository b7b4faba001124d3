#include "sitefit/gis/importer.hpp"

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <set>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "detail/crs_area_of_use.hpp"
#include "detail/crs_label.hpp"
#include "detail/crs_transform.hpp"
#include "detail/crs_workspace_choice.hpp"
#include "detail/feature_limit.hpp"
#include "detail/field_source.hpp"
#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"
#include "detail/geos_handles.hpp"
#include "detail/import_geometry_conversion.hpp"
#include "detail/import_polygon_repair.hpp"
#include "detail/import_source.hpp"
#include "detail/import_values.hpp"
#include "detail/record_codec.hpp"
#include "detail/stored_value_check.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/import_mapping.hpp"
#include "sitefit/gis/workspace_check.hpp"
#include "sitefit/gis/workspace_schema.hpp"
#include "sitefit/gis/workspace_writer.hpp"

namespace sitefit::gis {
namespace {

using namespace layer_names;

std::string optionName(std::string_view target) {
    std::string name = "--" + std::string(target);
    std::replace(name.begin(), name.end(), '_', '-');
    return name;
}

std::vector<std::string> fieldNamesOf(const OGRFeatureDefn& definition) {
    std::vector<std::string> names;
    names.reserve(static_cast<std::size_t>(definition.GetFieldCount()));
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        names.emplace_back(definition.GetFieldDefn(i)->GetNameRef());
    }
    return names;
}

std::string coordinate(double value) {
    return core::significant(value, 6);
}

// Text that is not UTF-8 comes from a source whose encoding GDAL was not told (a shapefile
// without .cpg or code page, a GBK CSV); stored as is it would be mojibake in every other
// tool, so it is refused with the fix.
std::string encodingHint(const detail::ImportSource& source) {
    const std::string encoding = source.declaredEncoding();
    if (encoding.empty()) {
        return "The source's character encoding is unknown: for a shapefile, put a .cpg file "
               "holding its code page (e.g. GBK) beside the .shp; save CSV files as UTF-8";
    }
    // A UTF-8 shapefile's Chinese field names are cut at dBase's 10 bytes, mid-character.
    return "The shapefile declares " + encoding +
           ", yet its text is damaged, most likely field names cut mid-character at dBase's "
           "10-byte limit: export it again as GBK (CP936; 5 Chinese characters fit) or as a "
           "GeoPackage";
}

// GeoPackage writes "no CRS" as srs_id 0 or -1, which GDAL reads back as a CRS with one of
// these names; taking it at its word would treat metres as degrees.
bool isPlaceholderCrs(const OGRSpatialReference& crs) {
    const char* name = crs.GetName();
    return name != nullptr && crs.GetAuthorityName(nullptr) == nullptr &&
           (std::string_view(name) == "Undefined geographic SRS" ||
            std::string_view(name) == "Undefined Cartesian SRS");
}

// dBase field names hold at most 10 bytes, so a shapefile written from schema-named data
// carries "available_" for available_from; such columns are matched without a mapping.
constexpr std::size_t kDbfFieldNameBytes = 10;

// A source opened for one workspace layer, and the CRS its coordinates are in.
struct OpenedSource {
    const LayerSpec* spec = nullptr;
    std::optional<detail::ImportSource> source;
    std::optional<OGRSpatialReference> crs;  // spatial layers only
    bool crs_assumed = false;
    std::optional<OGREnvelope> lon_lat_bounds;
    detail::CoordinateTransformationPtr transformation;  // null: already in the workspace CRS
    std::map<std::string, std::string> source_names;     // schema field → source field
    detail::LayerValuePlan values;                       // constants, translations, units
};

class Importing {
public:
    Importing(const ImportOptions& options, core::ProgressSink& progress)
        : m_options(options),
          m_limits(options.limits ? *options.limits : InputLimits::fromEnvironment()),
          m_progress(progress),
          m_repair(m_geos) {}

    ImportReport run() {
        checkOptions();
        if (!m_options.mapping_file.empty()) {
            m_mapping = ImportMapping::read(m_options.mapping_file);
        }
        openSources();
        chooseCrs();
        checkLayers();
        Workspace workspace;
        workspace.source = m_options.output.string();
        workspace.crs_wkt = detail::toWkt(m_workspaceCrs);
        core::District& d = workspace.district;
        importLayer(kZones, d.zones, detail::decodeZone, &workspace.zone_geometries);
        importLayer(kParcels, d.parcels, detail::decodeParcel, &workspace.parcel_geometries);
        importLayer(kBuildings, d.buildings, detail::decodeBuilding,
                    &workspace.building_geometries);
        importLayer(kEnterprises, d.enterprises, detail::decodeEnterprise,
                    &workspace.enterprise_geometries);
        importLayer(kProjects, d.projects, detail::decodeProject, nullptr);
        importLayer(kChains, d.catalogue.chains, detail::decodeChain, nullptr);
        importLayer(kCategories, d.catalogue.categories, detail::decodeCategory, nullptr);
        importLayer(kChainLinks, d.catalogue.links, detail::decodeChainLink, nullptr);
        // Close every source before writing: the output must never share a handle with them.
        m_sources.clear();

        m_report.output = m_options.output;
        m_report.replaced_existing = std::filesystem::exists(m_options.output);
        m_progress.report("writing workspace", 0, 1);
        WorkspaceWriter::write(workspace, m_options.output);
        m_progress.report("writing workspace", 1, 1);
        m_progress.finish("writing workspace");
        // The same checks as `sitefit check`, on what was written: overlaps and footprints
        // across parcel edges are found only once every layer is in place.
        m_report.problems.append(
            checkWorkspace(m_options.output.string(), m_options.tolerances, m_progress)
                .workspace.problems);
        return std::move(m_report);
    }

private:
    void checkOptions() const {
        for (const auto& given : m_options.sources) {
            const std::string& target = given.first;
            const std::string& source = given.second;
            const bool known =
                std::any_of(workspaceLayers().begin(), workspaceLayers().end(),
                            [&](const LayerSpec& spec) { return spec.name == target; });
            if (!known) {
                throw Error(Error::Kind::Usage, "'" + target + "' is not a workspace layer");
            }
            if (source.empty()) {
                throw Error(Error::Kind::Usage, optionName(target) + ": the source is empty");
            }
        }
        for (const LayerSpec& spec : workspaceLayers()) {
            if (spec.required && m_options.sources.count(std::string(spec.name)) == 0) {
                throw Error(Error::Kind::Usage, optionName(spec.name) +
                                                    " is required: a workspace needs " +
                                                    std::string(spec.name));
            }
        }
        const std::filesystem::path& output = m_options.output;
        const std::string extension = core::asciiLower(output.extension().string());
        if (output.empty() || extension != ".gpkg") {
            throw Error(Error::Kind::Usage,
                        "the workspace is written as a GeoPackage: give the output a .gpkg name "
                        "(got '" +
                            output.string() + "')");
        }
        const std::filesystem::path folder =
            output.parent_path().empty() ? std::filesystem::path(".") : output.parent_path();
        if (!std::filesystem::is_directory(folder)) {
            throw Error(Error::Kind::Output, "the folder to write into does not exist",
                        {output.string()});
        }
        if (std::filesystem::is_directory(output)) {
            throw Error(Error::Kind::Output, "a folder of that name exists", {output.string()});
        }
        for (const auto& [target, source] : m_options.sources) {
            std::error_code ignored;
            if (std::filesystem::equivalent(output, source, ignored)) {
                throw Error(Error::Kind::Usage,
                            "the output is also the " + target +
                                " source; import never changes its inputs, so write the "
                                "workspace to another file",
                            {output.string()});
            }
        }
    }

    // The CRS to assume for a source that declares none: the mapping's, else --assume-crs.
    std::optional<OGRSpatialReference> assumedCrs(const LayerSpec& spec) const {
        const LayerMapping& mapping = m_mapping.forTarget(spec.name);
        if (!mapping.assume_crs.empty()) {
            try {
                return detail::spatialReferenceFrom(mapping.assume_crs, m_mapping.file());
            } catch (const Error& error) {
                throw Error(Error::Kind::Input,
                            "key '" + std::string(spec.name) + ".assume_crs': " + error.message(),
                            {m_mapping.file()});
            }
        }
        if (!m_options.assumed_crs.empty()) {
            return detail::crsFromOption(m_options.assumed_crs, "--assume-crs");
        }
        return std::nullopt;
    }

    void openSources() {
        if (!m_options.assumed_crs.empty()) {
            (void)detail::crsFromOption(m_options.assumed_crs, "--assume-crs");  // fail early
        }
        for (const LayerSpec& spec : workspaceLayers()) {
            const auto given = m_options.sources.find(std::string(spec.name));
            if (given == m_options.sources.end()) {
                continue;
            }
            OpenedSource& opened = m_sources.emplace_back();
            opened.spec = &spec;
            opened.source.emplace(given->second, spec, m_mapping.forTarget(spec.name),
                                  m_mapping.file());
            if (spec.geometry != GeometryKind::None) {
                findCrs(opened);
            }
        }
    }

    void findCrs(OpenedSource& opened) const {
        OGRLayer& layer = opened.source->layer();
        const ErrorContext where{opened.source->file(), opened.source->layerName()};
        if (const OGRSpatialReference* declared = layer.GetSpatialRef();
            declared != nullptr && !isPlaceholderCrs(*declared)) {
            opened.crs.emplace(*declared);
            opened.crs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        } else if (auto assumed = assumedCrs(*opened.spec)) {
            opened.crs = std::move(assumed);
            opened.crs_assumed = true;
        } else {
            throw Error(Error::Kind::Input,
                        "the source declares no CRS (a shapefile without .prj, a CSV, ...), so "
                        "its coordinates cannot be placed; give the CRS with --assume-crs, e.g. "
                        "--assume-crs EPSG:4490 for CGCS2000 longitude/latitude or EPSG:4549 "
                        "for CGCS2000 Gauss-Kruger CM 120E",
                        where);
        }
        OGREnvelope extent;
        detail::GdalErrorCapture quiet;  // an empty layer has no extent: not an error
        if (layer.GetExtent(&extent, TRUE) != OGRERR_NONE) {
            return;
        }
        if (opened.crs->IsGeographic() != 0 &&
            (std::fabs(extent.MinX) > 360.0 || std::fabs(extent.MaxX) > 360.0 ||
             std::fabs(extent.MinY) > 90.5 || std::fabs(extent.MaxY) > 90.5)) {
            std::string message = "coordinates such as (" + coordinate(extent.MaxX) + ", " +
                                  coordinate(extent.MaxY) +
                                  ") are not longitude/latitude, but the source's CRS is " +
                                  detail::describeCrs(*opened.crs);
            message += opened.crs_assumed
                           ? " (assumed): assume the CRS the coordinates are really in"
                           : "; the file declares the wrong CRS (GeoJSON without a \"crs\" "
                             "member is read as WGS 84): export it again with its real CRS";
            throw Error(Error::Kind::Input, message, where);
        }
        detail::checkExtentFitsCrs(
            extent, *opened.crs, where,
            opened.crs_assumed
                ? "assume the CRS the coordinates are really in"
                : "the file declares the wrong CRS: export it again with its real CRS (for "
                  "longitude/latitude e.g. EPSG:4490, CGCS2000, or EPSG:4326, WGS 84)");
        opened.lon_lat_bounds = detail::lonLatBounds(extent, *opened.crs);
    }

    void chooseCrs() {
        std::vector<detail::SourceCrs> crsOfSources;
        for (const OpenedSource& opened : m_sources) {
            if (opened.crs) {
                crsOfSources.push_back(
                    {std::string(opened.spec->name), &*opened.crs, opened.lon_lat_bounds});
            }
        }
        detail::WorkspaceCrs chosen =
            detail::chooseWorkspaceCrs(m_options.workspace_crs, crsOfSources);
        m_workspaceCrs = chosen.crs;
        m_workspaceCrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_report.workspace_crs = detail::describeCrs(m_workspaceCrs);
        m_report.crs_reason = std::move(chosen.reason);
        bool anyAssumed = false;
        for (OpenedSource& opened : m_sources) {
            if (!opened.crs) {
                continue;
            }
            anyAssumed = anyAssumed || opened.crs_assumed;
            if (opened.crs->IsSame(&m_workspaceCrs) == 0) {
                opened.transformation = detail::createTransformation(
                    *opened.crs, m_workspaceCrs,
                    {opened.source->file(), opened.source->layerName()});
            }
        }
        if (!m_options.assumed_crs.empty() && !anyAssumed) {
            m_report.notes.push_back("--assume-crs " + m_options.assumed_crs +
                                     " was not used: every source declares its CRS");
        }
    }

    // schema field → source field: the mapping's, plus truncated dBase names it leaves out.
    std::map<std::string, std::string> sourceFieldNames(const LayerSpec& spec,
                                                        const detail::ImportSource& source,
                                                        const LayerMapping& mapping) {
        std::map<std::string, std::string> names = mapping.sourceFieldNames();
        if (source.driverName() != "ESRI Shapefile") {
            return names;
        }
        const OGRFeatureDefn& definition = *source.layer().GetLayerDefn();
        for (const FieldSpec& field : spec.fields) {
            const std::string name(field.name);
            if (names.count(name) > 0 || name.size() <= kDbfFieldNameBytes ||
                definition.GetFieldIndex(name.c_str()) >= 0) {
                continue;
            }
            const std::string truncated = name.substr(0, kDbfFieldNameBytes);
            if (definition.GetFieldIndex(truncated.c_str()) >= 0) {
                names[name] = truncated;
                m_report.notes.push_back(truncatedNameNote(spec, name, truncated));
            }
        }
        return names;
    }

    // Every problem that needs the mapping file changed, in every layer, before any feature
    // is read: a planner fixes them in one pass instead of one import per problem.
    void checkLayers() {
        std::vector<Error> problems;
        for (OpenedSource& opened : m_sources) {
            const LayerSpec& spec = *opened.spec;
            const detail::ImportSource& source = *opened.source;
            const LayerMapping& mapping = m_mapping.forTarget(spec.name);
            opened.source_names = sourceFieldNames(spec, source, mapping);
            addFieldProblems(spec, source, mapping, opened.source_names, problems);
            // A layer known to be beyond the feature limit is refused unread (importLayer).
            const GIntBig known = source.layer().GetFeatureCount(FALSE);
            if (known > 0 && static_cast<std::size_t>(known) > m_limits.max_features_per_layer) {
                continue;
            }
            opened.values =
                detail::planLayerValues(source.layer(), spec, mapping, opened.source_names);
            m_report.notes.insert(m_report.notes.end(), opened.values.notes.begin(),
                                  opened.values.notes.end());
            if (m_options.lenient) {
                continue;  // each feature holding such a value is skipped and listed
            }
            for (const detail::UntranslatableField& field : opened.values.untranslatable) {
                std::string name = field.field;
                if (field.source_field != field.field) {
                    name += " (source field '" + field.source_field + "')";
                }
                problems.emplace_back(Error::Kind::Input,
                                      detail::describeUntranslatable(spec, field),
                                      ErrorContext{source.file(), source.layerName(), "", name});
            }
        }
        throwAll(problems);
    }

    static void throwAll(const std::vector<Error>& problems) {
        if (problems.empty()) {
            return;
        }
        if (problems.size() == 1) {
            throw problems.front();
        }
        std::string message = std::to_string(problems.size()) +
                              " problems stop the import (nothing was written); fix them all, "
                              "then import again:";
        for (std::size_t i = 0; i < problems.size(); ++i) {
            message += "\n  " + std::to_string(i + 1) + ". " + problems[i].what();
        }
        throw Error(Error::Kind::Input, message);
    }

    // Field problems a user can fix in the mapping file are reported against that file.
    void addFieldProblems(const LayerSpec& spec, const detail::ImportSource& source,
                          const LayerMapping& mapping,
                          const std::map<std::string, std::string>& sourceNames,
                          std::vector<Error>& problems) const {
        const OGRFeatureDefn& definition = *source.layer().GetLayerDefn();
        std::string available = core::joined(fieldNamesOf(definition));
        if (CPLIsUTF8(available.c_str(), -1) == 0) {
            available += ". " + encodingHint(source);
        }
        // In file order, so the problems read in the order of the file.
        std::vector<std::pair<std::string, MappedField>> inFileOrder(mapping.fields.begin(),
                                                                     mapping.fields.end());
        std::sort(inFileOrder.begin(), inFileOrder.end(),
                  [](const auto& a, const auto& b) { return a.second.line < b.second.line; });
        for (const auto& [field, mapped] : inFileOrder) {
            if (definition.GetFieldIndex(mapped.source_field.c_str()) < 0) {
                problems.push_back(missingMappedField(spec, field, mapped, source, available));
            }
        }
        for (const FieldSpec& field : spec.fields) {
            const std::string name(field.name);
            if (field.required && sourceNames.count(name) == 0 &&
                mapping.constants.count(name) == 0 && definition.GetFieldIndex(name.c_str()) < 0) {
                problems.push_back(missingRequiredField(spec, name, source, available));
            }
        }
    }

    // One layer as it is imported: where its records and geometries go, and what the import
    // has gathered so far about the features kept.
    template <typename Record>
    struct LayerImport {
        const LayerSpec& spec;
        const detail::ImportSource& source;
        const LayerMapping& mapping;
        std::vector<Record>& records;
        std::vector<Wkb>* geometries;
        ImportedLayer& report;
        detail::FieldSource& fields;
        const detail::GeometryConversion& conversion;
        // Text columns read for the schema: checked for UTF-8 (see checkText).
        std::vector<std::pair<std::string, int>> textColumns;
        std::unordered_map<std::string, GIntBig> firstFidOfId{};
        bool tableHadGeometry = false;
        OGREnvelope written{};  // of the geometries kept, in the workspace CRS
    };

    template <typename Record, typename Decode>
    void importLayer(std::string_view name, std::vector<Record>& records, Decode decode,
                     std::vector<Wkb>* geometries) {
        const auto opened =
            std::find_if(m_sources.begin(), m_sources.end(),
                         [&](const OpenedSource& s) { return s.spec->name == name; });
        if (opened == m_sources.end()) {
            return;
        }
        const LayerSpec& spec = *opened->spec;
        const detail::ImportSource& source = *opened->source;
        OGRLayer& layer = source.layer();
        ImportedLayer& report = startReport(name, *opened);
        detail::FieldSource fields(source.file(), source.layerName(), *layer.GetLayerDefn(), spec,
                                   opened->source_names, &opened->values.rules);
        fields.setTolerances(m_options.tolerances);
        const LayerMapping& mapping = m_mapping.forTarget(name);
        std::vector<std::pair<std::string, int>> textColumns =
            readColumns(spec, mapping, opened->source_names, *layer.GetLayerDefn(), report);
        const detail::GeometryConversion conversion(spec.geometry, opened->transformation.get(),
                                                    m_repair, m_limits.max_vertices_per_feature);
        LayerImport<Record> state{spec,    source,     mapping,
                                  records, geometries, report,
                                  fields,  conversion, std::move(textColumns)};
        const std::string stage = "importing " + std::string(name);
        const std::size_t total = checkFeatureCount(layer, source);
        const detail::StoredValueScan stored =
            scanStoredValues(spec, source, opened->source_names, geometries != nullptr);
        detail::GdalErrorCapture gdalMessages;
        layer.ResetReading();
        for (const auto& feature : layer) {
            ++report.read;
            m_progress.report(stage, report.read, total);
            importFeature(*feature, state, decode, stored.mistyped);
        }
        m_progress.finish(stage);
        if (gdalMessages.hasFailure()) {
            throw Error(Error::Kind::Input,
                        "reading stopped after " + std::to_string(report.read) +
                            " features: " + detail::withDamageHint(gdalMessages.lastMessage()),
                        {source.file(), source.layerName()});
        }
        if (geometries != nullptr && !geometries->empty()) {
            checkFitsWorkspaceCrs(state.written, source);
        }
        report.written = records.size();
        addNotes(report, gdalMessages.warnings(), state.tableHadGeometry);
    }

    // The report of the layer `name`, added to the import's, with what is known before any
    // feature is read.
    ImportedLayer& startReport(std::string_view name, const OpenedSource& opened) {
        ImportedLayer& report = m_report.layers.emplace_back();
        report.target = std::string(name);
        report.source = opened.source->file();
        report.source_layer = opened.source->layerName();
        if (opened.crs) {
            report.source_crs = detail::describeCrs(*opened.crs);
            report.crs_assumed = opened.crs_assumed;
            report.reprojected = opened.transformation != nullptr;
        }
        report.translated = opened.values.translated;
        return report;
    }

    // The source's columns the schema reads: returns its text columns, with their schema
    // names; the columns it does not read go to the report.
    static std::vector<std::pair<std::string, int>> readColumns(
        const LayerSpec& spec, const LayerMapping& mapping,
        const std::map<std::string, std::string>& sourceNames, const OGRFeatureDefn& definition,
        ImportedLayer& report) {
        std::vector<std::pair<std::string, int>> textColumns;
        std::set<int> usedColumns;
        for (const FieldSpec& field : spec.fields) {
            const std::string schemaName(field.name);
            if (mapping.constants.count(schemaName) > 0) {
                continue;  // the constant wins: the source's column is not read
            }
            const auto mapped = sourceNames.find(schemaName);
            const std::string sourceName =
                mapped == sourceNames.end() ? schemaName : mapped->second;
            const int column = definition.GetFieldIndex(sourceName.c_str());
            if (column >= 0) {
                usedColumns.insert(column);
                if (definition.GetFieldDefn(column)->GetType() == OFTString) {
                    textColumns.emplace_back(schemaName, column);
                }
            }
        }
        for (int i = 0; i < definition.GetFieldCount(); ++i) {
            if (usedColumns.count(i) == 0) {
                report.unused_fields.emplace_back(definition.GetFieldDefn(i)->GetNameRef());
            }
        }
        return textColumns;
    }

    // The layer's feature count, refused over the limit; 0 when the source cannot tell.
    std::size_t checkFeatureCount(OGRLayer& layer, const detail::ImportSource& source) const {
        const GIntBig count = layer.GetFeatureCount(TRUE);
        const std::size_t total = count > 0 ? static_cast<std::size_t>(count) : 0;
        detail::checkFeatureLimit(total, m_limits, {source.file(), source.layerName()});
        return total;
    }

    // The stored values the decoders cannot check. Lenient imports skip an oversize geometry
    // in the loop (after reading it), like any other bad feature; strict ones refuse it
    // before it is read.
    detail::StoredValueScan scanStoredValues(const LayerSpec& spec,
                                             const detail::ImportSource& source,
                                             const std::map<std::string, std::string>& sourceNames,
                                             bool spatial) const {
        const auto id = sourceNames.find(std::string(spec.id_field));
        detail::StoredValueScan stored = detail::scanStoredValues(
            source.dataset(), source.layer(), spec, sourceNames,
            id != sourceNames.end() ? id->second : std::string(spec.id_field),
            spatial && !m_options.lenient ? std::optional(m_limits.max_vertices_per_feature)
                                          : std::nullopt);
        if (stored.oversize) {
            throw Error(Error::Kind::Input, stored.oversize->message,
                        {source.file(), source.layerName(), stored.oversize->feature,
                         detail::kGeometryField});
        }
        return stored;
    }

    // One feature: kept when every check passes; else, lenient, listed as skipped. Its
    // warnings are listed either way.
    template <typename Record, typename Decode, typename Mistyped>
    void importFeature(const OGRFeature& feature, LayerImport<Record>& state, Decode& decode,
                       const Mistyped& mistyped) {
        detail::FieldSource& fields = state.fields;
        fields.setFeature(feature);
        try {
            // A column a constant replaces is not read, so its stored values do not matter.
            if (const auto wrong = mistyped.find(feature.GetFID());
                wrong != mistyped.end() &&
                state.mapping.constants.count(wrong->second.field) == 0) {
                fields.fail(wrong->second.field, wrong->second.message);
            }
            checkText(feature, state.source, fields, state.textColumns);
            Record record = decode(fields);
            if (!state.spec.id_field.empty()) {
                const auto first = state.firstFidOfId.find(fields.featureLabel());
                if (first != state.firstFidOfId.end()) {
                    fields.fail(state.spec.id_field, "duplicate id '" + fields.featureLabel() +
                                                         "' (also on the feature with FID " +
                                                         std::to_string(first->second) +
                                                         "); ids must be unique");
                }
            }
            if (state.geometries != nullptr) {
                keepGeometry(feature, record, state);
            } else if (feature.GetGeometryRef() != nullptr) {
                state.tableHadGeometry = true;
            }
            if (!state.spec.id_field.empty()) {
                state.firstFidOfId.emplace(fields.featureLabel(), feature.GetFID());
            }
            state.records.push_back(std::move(record));
        } catch (const Error& error) {
            if (!m_options.lenient || error.kind() != Error::Kind::Input) {
                throw;
            }
            state.report.skipped.push_back(
                {fields.featureLabel(), error.context().field, error.message()});
        }
        for (core::DataProblem& warning : fields.takeWarnings()) {
            warning.layer = std::string(state.spec.name);
            m_report.problems.add(std::move(warning));
        }
    }

    // A decoded feature's geometry, converted to the workspace (reprojected, repaired when
    // it must be) and appended as WKB.
    template <typename Record>
    static void keepGeometry(const OGRFeature& feature, Record& record,
                             LayerImport<Record>& state) {
        detail::GeometryConversion::Result shape =
            state.conversion.convert(feature.GetGeometryRef(), state.fields);
        if constexpr (std::is_same_v<Record, core::Building>) {
            detail::checkVacancyFitsFootprint(record, shape.area_m2, state.fields);
        }
        if (shape.repaired) {
            state.report.repaired.push_back(
                {state.fields.featureLabel(), shape.repaired->reason, shape.repaired->area});
        }
        state.geometries->push_back(std::move(shape.wkb));
        state.written.Merge(shape.envelope);
    }

    // Each source fits its own CRS (findCrs), but together they may reach beyond the area of
    // use of the workspace CRS chosen for all, e.g. sources several Gauss-Kruger zones apart.
    // WorkspaceReader refuses such a workspace, so it is not written: the same check on the
    // same extent.
    void checkFitsWorkspaceCrs(const OGREnvelope& written,
                               const detail::ImportSource& source) const {
        detail::checkExtentFitsCrs(
            written, m_workspaceCrs, {source.file(), source.layerName()},
            "that is the workspace CRS (" + m_report.crs_reason +
                "), which must hold every source. Check that every source declares the CRS its "
                "coordinates are really in, or give a CRS whose area holds all the data with "
                "--crs");
    }

    [[nodiscard]] Error missingMappedField(const LayerSpec& spec, const std::string& field,
                                           const MappedField& mapped,
                                           const detail::ImportSource& source,
                                           const std::string& available) const {
        return Error(Error::Kind::Input,
                     "line " + std::to_string(mapped.line) + ", key '" + std::string(spec.name) +
                         ".fields." + field + "': the source field '" + mapped.source_field +
                         "' is not in " + source.file() + " (layer '" + source.layerName() +
                         "'); its fields are: " + available,
                     {m_mapping.file()});
    }

    [[nodiscard]] static Error missingRequiredField(const LayerSpec& spec, const std::string& name,
                                                    const detail::ImportSource& source,
                                                    const std::string& available) {
        return Error(Error::Kind::Input,
                     "required field '" + name +
                         "' is missing; name the source field it comes from in the mapping "
                         "file: [" +
                         std::string(spec.name) + ".fields] " + name +
                         " = \"...\". The source's fields are: " + available,
                     {source.file(), source.layerName(), "", name});
    }

    static std::string truncatedNameNote(const LayerSpec& spec, const std::string& name,
                                         const std::string& truncated) {
        return std::string(spec.name) + ": read " + name + " from the shapefile field '" +
               truncated + "' (dBase field names hold 10 bytes)";
    }

    static void checkText(const OGRFeature& feature, const detail::ImportSource& source,
                          const detail::FieldSource& fields,
                          const std::vector<std::pair<std::string, int>>& textColumns) {
        for (const auto& [field, column] : textColumns) {
            if (feature.IsFieldSetAndNotNull(column) &&
                CPLIsUTF8(feature.GetFieldAsString(column), -1) == 0) {
                fields.fail(field, "the text is not UTF-8. " + encodingHint(source));
            }
        }
    }

    void addNotes(const ImportedLayer& report, const std::string& gdalWarnings,
                  bool tableHadGeometry) {
        const std::string& target = report.target;
        if (report.read == 0) {
            m_report.notes.push_back(target + ": the source layer has no features");
        } else if (report.written == 0) {
            m_report.notes.push_back(target + ": every feature was skipped");
        }
        if (tableHadGeometry) {
            m_report.notes.push_back(target +
                                     ": the source's geometry is not stored; the workspace keeps " +
                                     target + " as a table");
        }
        std::set<std::string> seen;
        std::size_t start = 0;
        while (start < gdalWarnings.size()) {
            const std::size_t end = std::min(gdalWarnings.find('\n', start), gdalWarnings.size());
            const std::string line = gdalWarnings.substr(start, end - start);
            if (!line.empty() && seen.insert(line).second) {
                m_report.notes.push_back(std::string(target).append(": GDAL: ").append(line));
            }
            start = end + 1;
        }
    }

    const ImportOptions& m_options;
    InputLimits m_limits;
    core::ProgressSink& m_progress;
    ImportMapping m_mapping;
    detail::GeosContext m_geos;
    detail::PolygonRepair m_repair;
    std::vector<OpenedSource> m_sources;
    OGRSpatialReference m_workspaceCrs;
    ImportReport m_report;
};

}  // namespace

std::size_t ImportReport::skippedCount() const {
    std::size_t count = 0;
    for (const ImportedLayer& layer : layers) {
        count += layer.skipped.size();
    }
    return count;
}

std::size_t ImportReport::repairedCount() const {
    std::size_t count = 0;
    for (const ImportedLayer& layer : layers) {
        count += layer.repaired.size();
    }
    return count;
}

ImportReport Importer::run(const ImportOptions& options, core::ProgressSink& progress) {
    detail::ensureGdalRegistered();
    return Importing(options, progress).run();
}

}  // namespace sitefit::gis
