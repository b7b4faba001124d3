#include "detail/import_source.hpp"

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/text.hpp"

namespace sitefit::gis::detail {
namespace {

// Column names GDAL should take geometry from in a CSV, compared without regard to case.
constexpr const char* kWktColumns = "WKT,geometry,geom,the_geom,wkt_geom,shape,几何,图形";
constexpr const char* kLongitudeColumns = "lon,lng,long,longitude,x,经度";
constexpr const char* kLatitudeColumns = "lat,latitude,y,纬度";

std::string extensionOf(const std::string& path) {
    return core::asciiLower(std::filesystem::path(path).extension().string());
}

bool isSpecialName(const std::string& name) {
    return name.rfind("/vsi", 0) == 0 || name.rfind("PG:", 0) == 0;
}

// The datasets a zip entry belongs to: a shapefile's folder (one layer per .shp), a
// FileGDB folder, or the file itself for single-file formats; "" for anything else.
std::string datasetOfEntry(const std::string& entry) {
    const std::string lower = core::asciiLower(entry);
    const auto gdb = lower.find(".gdb/");
    if (gdb != std::string::npos) {
        return entry.substr(0, gdb + 4);
    }
    const std::string extension = extensionOf(entry);
    if (extension == ".shp") {
        const std::string folder = std::filesystem::path(entry).parent_path().string();
        return folder.empty() ? "." : folder;
    }
    static const std::set<std::string> kSingleFile{".gpkg", ".geojson", ".json", ".fgb", ".csv",
                                                   ".gml",  ".kml",     ".tab",  ".mif", ".sqlite"};
    return kSingleFile.count(extension) > 0 ? entry : std::string{};
}

// GDAL reads a .shp without its .dbf as a layer without fields, and names a missing .shx
// through a configuration option; say which part of the shapefile is missing instead.
void checkShapefileParts(const std::string& shp) {
    const std::pair<const char*, const char*> parts[] = {{".shx", "its index"},
                                                         {".dbf", "its attributes"}};
    for (const auto& [extension, role] : parts) {
        std::filesystem::path part(shp);
        part.replace_extension(extension);
        std::string upperExtension(extension);
        std::transform(upperExtension.begin(), upperExtension.end(), upperExtension.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        std::filesystem::path upper(shp);
        upper.replace_extension(upperExtension);
        if (!std::filesystem::exists(part) && !std::filesystem::exists(upper)) {
            throw Error(Error::Kind::Input,
                        "the shapefile is incomplete: " + part.filename().string() + " (" + role +
                            ") is missing beside it. A shapefile is several files (.shp, .shx, "
                            ".dbf, .prj, .cpg): copy them all",
                        {shp});
        }
    }
}

}  // namespace

ImportSource::ImportSource(std::string path, const LayerSpec& target, const LayerMapping& mapping,
                           const std::string& mappingFile)
    : m_file(std::move(path)), m_geometryColumn(mapping.geometry_column), m_kind(target.geometry) {
    ensureGdalRegistered();
    const bool special = isSpecialName(m_file);
    if (!special && !std::filesystem::exists(m_file)) {
        throw Error(Error::Kind::Input, "no such file", {m_file});
    }
    if (!special && extensionOf(m_file) == ".zip") {
        const std::string root = "/vsizip/" + m_file;
        // A zip whose datasets sit in a folder is no dataset at its root: then look inside.
        std::string ignored;
        if (!tryOpen(root, false, ignored) || m_dataset->GetLayerCount() == 0) {
            m_dataset.reset();
            openInsideZip(root);
        }
    } else {
        if (!special && extensionOf(m_file) == ".shp") {
            checkShapefileParts(m_file);
        }
        open(m_file, extensionOf(m_file) == ".csv");
    }
    if (!m_geometryColumn.empty() && driverName() != "CSV") {
        throw Error(Error::Kind::Input,
                    "the mapping file sets geometry_column for [" + std::string(target.name) +
                        "], but that only applies to CSV sources and this one is read by GDAL's " +
                        driverName() + " driver",
                    {m_file});
    }
    chooseLayer(target, mapping, mappingFile);
}

std::string ImportSource::driverName() const {
    GDALDriver* driver = m_dataset->GetDriver();
    return driver != nullptr ? driver->GetDescription() : "unknown";
}

bool ImportSource::tryOpen(const std::string& name, bool csv, std::string& failure) {
    CPLStringList options;
    const char* const csvOnly[] = {"CSV", nullptr};
    if (csv && m_kind != GeometryKind::None) {
        options.SetNameValue("GEOM_POSSIBLE_NAMES",
                             m_geometryColumn.empty() ? kWktColumns : m_geometryColumn.c_str());
        options.SetNameValue("KEEP_GEOM_COLUMNS", "NO");
        if (m_kind == GeometryKind::Point && m_geometryColumn.empty()) {
            options.SetNameValue("X_POSSIBLE_NAMES", kLongitudeColumns);
            options.SetNameValue("Y_POSSIBLE_NAMES", kLatitudeColumns);
        }
    }
    GdalErrorCapture errors;
    m_dataset.reset(
        GDALDataset::FromHandle(GDALOpenEx(name.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                           csv ? csvOnly : nullptr, options.List(), nullptr)));
    if (!m_dataset) {
        failure = openFailureReason(name, errors);
    }
    return static_cast<bool>(m_dataset);
}

std::string ImportSource::declaredEncoding() const {
    const char* encoding = m_layer->GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE");
    return encoding != nullptr ? encoding : "";
}

void ImportSource::open(const std::string& name, bool csv) {
    std::string failure;
    if (!tryOpen(name, csv, failure)) {
        throw Error(Error::Kind::Input, "cannot open as a vector dataset: " + failure, {m_file});
    }
}

void ImportSource::openInsideZip(const std::string& zipRoot) {
    const CPLStringList entries(VSIReadDirRecursive(zipRoot.c_str()));
    std::set<std::string> datasets;
    for (int i = 0; i < entries.size(); ++i) {
        std::string entry = entries[i];
        std::replace(entry.begin(), entry.end(), '\\', '/');
        const std::string dataset = datasetOfEntry(entry);
        if (!dataset.empty()) {
            datasets.insert(dataset);
        }
    }
    if (datasets.size() != 1) {
        std::string listed;
        for (const std::string& name : datasets) {
            listed += (listed.empty() ? "" : ", ") + name;
        }
        throw Error(Error::Kind::Input,
                    datasets.empty()
                        ? "the zip file holds no vector dataset GDAL can read"
                        : "the zip file holds several datasets (" + listed +
                              "); give the one to import as /vsizip/" + m_file + "/<name>",
                    {m_file});
    }
    const std::string inner = *datasets.begin();
    open(inner == "." ? zipRoot : zipRoot + "/" + inner, extensionOf(inner) == ".csv");
}

void ImportSource::chooseLayer(const LayerSpec& target, const LayerMapping& mapping,
                               const std::string& mappingFile) {
    const std::string targetName(target.name);
    if (m_dataset->GetLayerCount() == 0) {
        throw Error(Error::Kind::Input, "the source holds no vector layer", {m_file});
    }
    if (!mapping.layer.empty()) {
        m_layer = m_dataset->GetLayerByName(mapping.layer.c_str());
        if (m_layer == nullptr) {
            throw Error(Error::Kind::Input,
                        "there is no layer '" + mapping.layer + "' (named by " + mappingFile +
                            ", line " + std::to_string(mapping.layer_line) +
                            "); the source's layers are: " + layerNames(*m_dataset),
                        {m_file});
        }
    } else if (m_dataset->GetLayerCount() == 1) {
        m_layer = m_dataset->GetLayer(0);
    } else {
        m_layer = m_dataset->GetLayerByName(targetName.c_str());
        if (m_layer == nullptr) {
            throw Error(
                Error::Kind::Input,
                "the source has " + std::to_string(m_dataset->GetLayerCount()) +
                    " layers and none is named '" + targetName +
                    "'; choose one with layer = \"...\" under [" + targetName +
                    "] in the mapping file (--mapping). Its layers are: " + layerNames(*m_dataset),
                {m_file});
        }
    }
    if (m_kind != GeometryKind::None && m_layer->GetLayerDefn()->GetGeomFieldCount() == 0) {
        std::string hint = "a " + targetName + " source needs one";
        if (driverName() == "CSV") {
            hint = m_geometryColumn.empty()
                       ? "name the column holding WKT with geometry_column = \"...\" under [" +
                             targetName + "] in the mapping file"
                       : "the column '" + m_geometryColumn +
                             "' named by geometry_column does not exist or holds no WKT";
        }
        throw Error(Error::Kind::Input, "the layer has no geometry column; " + hint,
                    {m_file, m_layer->GetName()});
    }
}

}  // namespace sitefit::gis::detail
