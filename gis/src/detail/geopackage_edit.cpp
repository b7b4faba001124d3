#include "detail/geopackage_edit.hpp"

#include <cpl_conv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <map>
#include <unordered_map>
#include <utility>

#include "detail/field_source.hpp"
#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geometry_checks.hpp"
#include "detail/plan_link_edit.hpp"
#include "detail/record_codec.hpp"
#include "detail/row_revision.hpp"
#include "detail/schema_layer.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_lock.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {
namespace {

// The edit log's text columns and whether they always hold a value (as in PostGIS).
constexpr std::pair<const char*, bool> kEditLogFields[] = {
    {"edited_at", true}, {"editor", true},     {"layer", true},     {"object_id", true},
    {"field", true},     {"old_value", false}, {"new_value", false}};

GDALDatasetUniquePtr openGeoPackage(const std::string& path, bool update) {
    GDALDatasetUniquePtr dataset = openVectorDataset(path, update);
    if (std::string(dataset->GetDriver()->GetDescription()) != "GPKG") {
        throw Error(Error::Kind::Usage,
                    "editing needs a GeoPackage workspace or a PostgreSQL connection (PG:...)",
                    {path});
    }
    return dataset;
}

OGRLayer& layerOf(GDALDataset& dataset, const std::string& path, const std::string& name) {
    OGRLayer* layer = dataset.GetLayerByName(name.c_str());
    if (layer == nullptr) {
        throw Error(Error::Kind::Input, "the workspace has no layer '" + name + "'", {path});
    }
    return *layer;
}

// The schema only grows by these two things, each in a transaction of its own before the
// save, so that a save never mixes data with DDL.
void ensureVersionColumn(GDALDataset& dataset, OGRLayer& layer, const std::string& path) {
    if (layer.GetLayerDefn()->GetFieldIndex(kVersionField) >= 0) {
        return;
    }
    GdalErrorCapture errors;
    DatasetTransaction transaction(dataset, path);
    // As in a PostGIS workspace: every row has a version, 0 until its first save.
    OGRFieldDefn version(kVersionField, OFTInteger64);
    version.SetNullable(FALSE);
    version.SetDefault("0");
    if (layer.CreateField(&version) != OGRERR_NONE) {
        throw Error(Error::Kind::Output, "cannot add the version column: " + errors.lastMessage(),
                    {path, layer.GetName(), "", kVersionField});
    }
    transaction.commit();
}

// A schema field the layer was written without (optional fields may be absent) gets its
// column when a save first sets it.
void ensureFieldColumns(GDALDataset& dataset, OGRLayer& layer, const std::string& path,
                        const RowChanges& row) {
    const LayerSpec& spec = layerSpec(row.layer);
    for (const FieldSpec& field : spec.fields) {
        const std::string name(field.name);
        if (row.values.count(name) == 0 || layer.GetLayerDefn()->GetFieldIndex(name.c_str()) >= 0) {
            continue;
        }
        GdalErrorCapture errors;
        DatasetTransaction transaction(dataset, path);
        OGRFieldDefn column(name.c_str(), ogrType(field.type));
        if (layer.CreateField(&column) != OGRERR_NONE) {
            throw Error(Error::Kind::Output, "cannot add the column: " + errors.lastMessage(),
                        {path, layer.GetName(), "", name});
        }
        transaction.commit();
    }
}

OGRLayer& ensureEditLog(GDALDataset& dataset, const std::string& path) {
    if (OGRLayer* log = dataset.GetLayerByName(kEditLogTable)) {
        return *log;
    }
    GdalErrorCapture errors;
    DatasetTransaction transaction(dataset, path);
    OGRLayer* log = dataset.CreateLayer(kEditLogTable, nullptr, wkbNone, nullptr);
    if (log == nullptr) {
        throw Error(Error::Kind::Output, "cannot create the edit log: " + errors.lastMessage(),
                    {path, kEditLogTable});
    }
    for (const auto& [name, required] : kEditLogFields) {
        OGRFieldDefn field(name, OFTString);
        field.SetNullable(required ? FALSE : TRUE);
        if (log->CreateField(&field) != OGRERR_NONE) {
            throw Error(Error::Kind::Output, "cannot create the edit log: " + errors.lastMessage(),
                        {path, kEditLogTable, "", name});
        }
    }
    OGRFieldDefn version(kVersionField, OFTInteger64);
    version.SetNullable(FALSE);
    if (log->CreateField(&version) != OGRERR_NONE) {
        throw Error(Error::Kind::Output, "cannot create the edit log: " + errors.lastMessage(),
                    {path, kEditLogTable, "", kVersionField});
    }
    transaction.commit();
    return *log;
}

std::string trimmed(const char* text) {
    std::string value(text);
    const auto first = value.find_first_not_of(" \t\r\n");
    const auto last = value.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string{} : value.substr(first, last - first + 1);
}

// id → FID of every row, read with the id column only. Ids are compared as the reader
// reads them (trimmed), and looked up in memory: no user text goes into SQL.
std::unordered_map<std::string, GIntBig> idIndex(OGRLayer& layer, const std::string& idField) {
    std::vector<std::string> ignored{"OGR_GEOMETRY", "OGR_STYLE"};
    OGRFeatureDefn& definition = *layer.GetLayerDefn();
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        const std::string name = definition.GetFieldDefn(i)->GetNameRef();
        if (name != idField) {
            ignored.push_back(name);
        }
    }
    std::vector<const char*> names;
    names.reserve(ignored.size() + 1);
    for (const std::string& name : ignored) {
        names.push_back(name.c_str());
    }
    names.push_back(nullptr);
    layer.SetIgnoredFields(names.data());
    std::unordered_map<std::string, GIntBig> index;
    const int column = definition.GetFieldIndex(idField.c_str());
    layer.ResetReading();
    for (const auto& feature : layer) {
        if (column >= 0 && feature->IsFieldSetAndNotNull(column)) {
            index.emplace(trimmed(feature->GetFieldAsString(column)), feature->GetFID());
        }
    }
    layer.SetIgnoredFields(nullptr);
    return index;
}

std::int64_t versionOf(const OGRFeature& feature) {
    const int column = feature.GetFieldIndex(kVersionField);
    if (column < 0 || !feature.IsFieldSetAndNotNull(column)) {
        return 0;
    }
    return feature.GetFieldAsInteger64(column);
}

std::optional<LastEdit> lastEditOf(GDALDataset& dataset, const std::string& layerName,
                                   const std::string& id) {
    OGRLayer* log = dataset.GetLayerByName(kEditLogTable);
    if (log == nullptr) {
        return std::nullopt;
    }
    const OGRFeatureDefn& definition = *log->GetLayerDefn();
    const int layerColumn = definition.GetFieldIndex("layer");
    const int idColumn = definition.GetFieldIndex("object_id");
    const int editorColumn = definition.GetFieldIndex("editor");
    const int atColumn = definition.GetFieldIndex("edited_at");
    if (layerColumn < 0 || idColumn < 0 || editorColumn < 0 || atColumn < 0) {
        return std::nullopt;
    }
    std::optional<LastEdit> last;
    GIntBig lastFid = -1;
    log->ResetReading();
    for (const auto& entry : *log) {
        if (layerName == entry->GetFieldAsString(layerColumn) &&
            id == entry->GetFieldAsString(idColumn) && entry->GetFID() > lastFid) {
            lastFid = entry->GetFID();
            last =
                LastEdit{entry->GetFieldAsString(editorColumn), entry->GetFieldAsString(atColumn)};
        }
    }
    return last;
}

OGRFeatureUniquePtr featureOf(OGRLayer& layer, GIntBig fid) {
    return OGRFeatureUniquePtr(layer.GetFeature(fid));
}

// The plan_links table, created (with its version column) in a transaction of its own, like
// the edit log, at the first link saved.
OGRLayer& ensurePlanLinks(GDALDataset& dataset, const std::string& path) {
    const LayerSpec& spec = layerSpec(layer_names::kPlanLinks);
    if (OGRLayer* links = dataset.GetLayerByName(std::string(spec.name).c_str())) {
        ensureVersionColumn(dataset, *links, path);
        return *links;
    }
    GdalErrorCapture errors;
    DatasetTransaction transaction(dataset, path);
    OGRLayer& links = createSchemaLayer(dataset, path, spec, nullptr, wkbNone);
    OGRFieldDefn version(kVersionField, OFTInteger64);
    version.SetNullable(FALSE);
    version.SetDefault("0");
    if (links.CreateField(&version) != OGRERR_NONE) {
        throw Error(Error::Kind::Output,
                    "cannot create the plan_links table: " + errors.lastMessage(),
                    {path, std::string(spec.name), "", kVersionField});
    }
    transaction.commit();
    return links;
}

// Every stored link, by project; each row read and checked as the reader reads it.
std::map<std::string, std::vector<StoredPlanLink>> storedPlanLinks(OGRLayer& layer,
                                                                   const std::string& path) {
    const LayerSpec& spec = layerSpec(layer_names::kPlanLinks);
    FieldSource source(path, std::string(spec.name), *layer.GetLayerDefn(), spec);
    std::map<std::string, std::vector<StoredPlanLink>> links;
    layer.ResetReading();
    for (const auto& feature : layer) {
        source.setFeature(*feature);
        core::PlanLink link = decodePlanLink(source);
        std::string project = link.project_id;
        links[project].push_back({std::move(link), versionOf(*feature), feature->GetFID()});
    }
    return links;
}

void setLinkRow(OGRFeature& feature, const PlanLinkStep& step) {
    encode(step.link, feature);
    feature.SetField(kVersionField, static_cast<GIntBig>(step.saved.new_version));
}

// Carries out one link step in the open transaction.
void writePlanLinkStep(OGRLayer& layer, const PlanLinkStep& step, const std::string& path) {
    GdalErrorCapture errors;
    const std::string& label = step.saved.id;
    OGRErr result = OGRERR_NONE;
    if (step.write == PlanLinkWrite::Insert) {
        OGRFeature feature(layer.GetLayerDefn());
        setLinkRow(feature, step);
        insertFeature(layer, feature, path, label);
        return;
    }
    if (step.write == PlanLinkWrite::Update) {
        const OGRFeatureUniquePtr feature = featureOf(layer, step.fid);
        if (!feature) {
            throw Error(Error::Kind::Input, "cannot read the link", {path, layer.GetName(), label});
        }
        setLinkRow(*feature, step);
        result = layer.SetFeature(feature.get());
    } else if (step.write == PlanLinkWrite::Delete) {
        result = layer.DeleteFeature(step.fid);
    }
    if (result != OGRERR_NONE) {
        throw Error(Error::Kind::Output, "cannot save the link: " + errors.lastMessage(),
                    {path, layer.GetName(), label});
    }
}

void logEdit(OGRLayer& log, const EditOutcome& outcome, const SavedRow& saved,
             const FieldEdit& edit, const std::string& path) {
    OGRFeature entry(log.GetLayerDefn());
    entry.SetField("edited_at", outcome.edited_at.c_str());
    entry.SetField("editor", outcome.editor.c_str());
    entry.SetField("layer", saved.layer.c_str());
    entry.SetField("object_id", saved.id.c_str());
    entry.SetField("field", edit.field.c_str());
    if (edit.old_value.empty()) {
        entry.SetFieldNull(entry.GetFieldIndex("old_value"));
    } else {
        entry.SetField("old_value", edit.old_value.c_str());
    }
    if (edit.new_value.empty()) {
        entry.SetFieldNull(entry.GetFieldIndex("new_value"));
    } else {
        entry.SetField("new_value", edit.new_value.c_str());
    }
    entry.SetField(kVersionField, static_cast<GIntBig>(saved.new_version));
    insertFeature(log, entry, path, saved.id);
}

// The ids of a layer, or none when the workspace lacks it (projects, buildings: optional).
std::unordered_map<std::string, GIntBig> idsOf(GDALDataset& dataset, std::string_view name) {
    OGRLayer* layer = dataset.GetLayerByName(std::string(name).c_str());
    if (layer == nullptr) {
        return {};
    }
    return idIndex(*layer, std::string(layerSpec(name).id_field));
}

void saveLinks(GDALDataset& dataset, OGRLayer& layer, OGRLayer& log, const std::string& path,
               const std::vector<PlanLinkChange>& links, EditOutcome& outcome) {
    using namespace layer_names;
    const auto projects = idsOf(dataset, kProjects);
    const auto parcels = idsOf(dataset, kParcels);
    const auto buildings = idsOf(dataset, kBuildings);
    auto stored = storedPlanLinks(layer, path);
    for (const PlanLinkChange& change : links) {
        // A link may be removed whatever became of its project or site.
        if (change.action != PlanLinkChange::Action::Unlink) {
            if (projects.count(change.project_id) == 0) {
                refuseUnknownLinkEnd(path, change, "project_id");
            }
            if (parcels.count(change.site_id) == 0 && buildings.count(change.site_id) == 0) {
                refuseUnknownLinkEnd(path, change, "site_id");
            }
        }
        const std::string label = change.project_id + "=" + change.site_id;
        const PlanLinkStep step = planLinkStep(stored[change.project_id], change, path, [&] {
            return lastEditOf(dataset, std::string(kPlanLinks), label);
        });
        if (step.write == PlanLinkWrite::None) {
            ++outcome.unchanged_rows;
            continue;
        }
        writePlanLinkStep(layer, step, path);
        for (const FieldEdit& edit : step.saved.fields) {
            logEdit(log, outcome, step.saved, edit, path);
        }
        outcome.rows.push_back(step.saved);
    }
}

// The layers the rows change, each with its version column and a column for every field the
// rows set. Every editable layer gets its version column at the first save, so that a
// workspace that was edited has the schema of a PostGIS one.
std::map<std::string, OGRLayer*> editedLayers(GDALDataset& dataset, const std::string& path,
                                              const std::vector<RowChanges>& rows) {
    for (const char* editable : {"buildings", "parcels", "projects"}) {
        if (OGRLayer* layer = dataset.GetLayerByName(editable)) {
            ensureVersionColumn(dataset, *layer, path);
        }
    }
    std::map<std::string, OGRLayer*> layers;
    for (const RowChanges& row : rows) {
        if (layers.count(row.layer) == 0) {
            layers.emplace(row.layer, &layerOf(dataset, path, row.layer));
        }
        ensureFieldColumns(dataset, *layers.at(row.layer), path, row);
    }
    return layers;
}

// One row's changes: the row read and its version checked, the values revised, and the
// fields that changed written with the next version and logged.
void saveRow(GDALDataset& dataset, OGRLayer& layer, const RowChanges& row,
             const std::unordered_map<std::string, GIntBig>& index, OGRLayer& log,
             const std::string& path, EditOutcome& outcome) {
    const LayerSpec& spec = layerSpec(row.layer);
    const auto fid = index.find(row.id);
    if (fid == index.end()) {
        throw Error(Error::Kind::Input, "no such " + row.layer.substr(0, row.layer.size() - 1),
                    {row.origin.empty() ? path : row.origin, row.layer, row.id});
    }
    const OGRFeatureUniquePtr feature = featureOf(layer, fid->second);
    if (!feature) {
        throw Error(Error::Kind::Input, "cannot read the row", {path, row.layer, row.id});
    }
    FieldSource source(path, row.layer, *layer.GetLayerDefn(), spec);
    source.setFeature(*feature);
    const RowValues current = rowValues(source, spec);
    const std::int64_t version = versionOf(*feature);
    if (row.expected_version && *row.expected_version != version) {
        throwConflict(path, row.layer, row.id, *row.expected_version, version,
                      lastEditOf(dataset, row.layer, row.id));
    }
    std::optional<double> footprint;
    if (row.layer == layer_names::kBuildings && feature->GetGeometryRef() != nullptr) {
        footprint = polygonalArea(*feature->GetGeometryRef());
    }
    const RowValues revised = reviseRow(path, spec, current, row.values, footprint);

    SavedRow saved{row.layer, row.id, version, version + 1, {}};
    for (const FieldSpec& field : spec.fields) {
        const std::string name(field.name);
        if (row.values.count(name) == 0) {
            continue;
        }
        const std::string before = canonicalText(current.at(name));
        const std::string after = canonicalText(revised.at(name));
        if (before == after) {
            continue;
        }
        setSchemaValue(*feature, feature->GetFieldIndex(name.c_str()), revised.at(name));
        saved.fields.push_back({name, before, after});
    }
    if (saved.fields.empty()) {
        ++outcome.unchanged_rows;
        return;
    }
    feature->SetField(kVersionField, static_cast<GIntBig>(saved.new_version));
    {
        GdalErrorCapture errors;
        if (layer.SetFeature(feature.get()) != OGRERR_NONE) {
            throw Error(Error::Kind::Output, "cannot save the row: " + errors.lastMessage(),
                        {path, row.layer, row.id});
        }
    }
    for (const FieldEdit& edit : saved.fields) {
        logEdit(log, outcome, saved, edit, path);
    }
    outcome.rows.push_back(std::move(saved));
}

}  // namespace

EditOutcome saveInGeoPackage(const std::string& path, const std::vector<RowChanges>& rows,
                             const std::vector<PlanLinkChange>& links, const std::string& editor) {
    // Every GDAL message of the save ends up in an Error, none on the user's terminal. A
    // second writer waits for the first (SQLite's busy timeout) instead of failing at once.
    const GdalErrorCapture quiet;
    CPLConfigOptionSetter busy("OGR_SQLITE_PRAGMA", "busy_timeout=10000", true);
    // Writers that replace the whole file (import, --write) take turns with this one: the
    // rename of a copy made before this save would drop it, and a file renamed over the
    // path after this one opened it would not receive it. So: lock first, then open.
    if (!std::filesystem::exists(path)) {
        throw Error(Error::Kind::Input, "no such file", {path});
    }
    const WorkspaceLock lock(path);
    GDALDatasetUniquePtr dataset = openGeoPackage(path, true);

    EditOutcome outcome;
    outcome.editor = editor.empty() ? loginName() : editor;
    outcome.edited_at = utcNow();

    const std::map<std::string, OGRLayer*> layers = editedLayers(*dataset, path, rows);
    OGRLayer& log = ensureEditLog(*dataset, path);
    OGRLayer* linkLayer = links.empty() ? nullptr : &ensurePlanLinks(*dataset, path);

    DatasetTransaction transaction(*dataset, path);
    std::map<std::string, std::unordered_map<std::string, GIntBig>> indexes;
    for (const RowChanges& row : rows) {
        OGRLayer& layer = *layers.at(row.layer);
        auto index = indexes.find(row.layer);
        if (index == indexes.end()) {
            index =
                indexes
                    .emplace(row.layer, idIndex(layer, std::string(layerSpec(row.layer).id_field)))
                    .first;
        }
        saveRow(*dataset, layer, row, index->second, log, path, outcome);
    }
    if (linkLayer != nullptr) {
        saveLinks(*dataset, *linkLayer, log, path, links, outcome);
    }
    transaction.commit();
    closeWrittenDataset(dataset, path);
    return outcome;
}

EditableRow fetchFromGeoPackage(const std::string& path, std::string_view layerName,
                                const std::string& id) {
    const GdalErrorCapture quiet;
    GDALDatasetUniquePtr dataset = openGeoPackage(path, false);
    const std::string name(layerName);
    OGRLayer& layer = layerOf(*dataset, path, name);
    const LayerSpec& spec = layerSpec(name);
    const auto index = idIndex(layer, std::string(spec.id_field));
    const auto fid = index.find(id);
    if (fid == index.end()) {
        throw Error(Error::Kind::Input, "no such " + name.substr(0, name.size() - 1),
                    {path, name, id});
    }
    const OGRFeatureUniquePtr feature = featureOf(layer, fid->second);
    if (!feature) {
        throw Error(Error::Kind::Input, "cannot read the row", {path, name, id});
    }
    FieldSource source(path, name, *layer.GetLayerDefn(), spec);
    source.setFeature(*feature);
    const RowValues values = rowValues(source, spec);
    EditableRow row{name, id, versionOf(*feature), {}, lastEditOf(*dataset, name, id)};
    for (const FieldSpec& field : spec.fields) {
        row.fields.emplace_back(std::string(field.name),
                                canonicalText(values.at(std::string(field.name))));
    }
    return row;
}

}  // namespace sitefit::gis::detail
