#include "detail/gdal_dataset.hpp"

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <string_view>
#include <vector>

#include "detail/gdal_error_capture.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/workspace_location.hpp"

namespace sitefit::gis::detail {

namespace {

// A file named .gpkg whose first bytes are not SQLite's: a renamed CSV, a download error page.
bool notAGeoPackage(const std::string& name) {
    if (core::asciiLower(std::filesystem::path(name).extension().string()) != ".gpkg") {
        return false;
    }
    constexpr std::string_view kSqliteHeader{"SQLite format 3\0", 16};
    std::ifstream file(name, std::ios::binary);
    if (!file.is_open()) {
        return false;  // e.g. a /vsizip/ path: GDAL's reason stands
    }
    std::string start(kSqliteHeader.size(), '\0');
    file.read(start.data(), static_cast<std::streamsize>(start.size()));
    return !file || start != kSqliteHeader;
}

// SQLite refused a read-only open because a journal left by an interrupted write must be
// rolled back first.
bool hasHotJournal(const std::string& name, const GdalErrorCapture& errors) {
    std::error_code ignored;
    return errors.lastMessage("").find("readonly database") != std::string::npos &&
           std::filesystem::exists(name + "-journal", ignored);
}

}  // namespace

std::string withDamageHint(std::string reason) {
    if (reason.find("malformed") != std::string::npos ||
        reason.find("not a database") != std::string::npos) {
        reason +=
            ". The file is damaged or cut short (an interrupted copy or download?): "
            "restore it from a copy";
    }
    return reason;
}

std::string openFailureReason(const std::string& name, const GdalErrorCapture& errors) {
    const std::string reason = errors.lastMessage("");
    if (reason.empty()) {
        return notAGeoPackage(name) ? "the file is not a GeoPackage (it does not start with "
                                      "SQLite's header): another kind of file named .gpkg"
                                    : "not a format GDAL recognises, or damaged";
    }
    return withDamageHint(reason);
}

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Shapefiles without .shx are refused with a message rather than rebuilt silently.
        CPLSetConfigOption("SHAPE_RESTORE_SHX", "NO");
    });
}

std::string layerNames(GDALDataset& dataset) {
    std::vector<std::string> names;
    for (OGRLayer* layer : dataset.GetLayers()) {
        names.emplace_back(layer->GetName());
    }
    return names.empty() ? "none" : core::joined(names);
}

GDALDatasetUniquePtr openVectorDataset(const std::string& name, bool update) {
    ensureGdalRegistered();
    const bool isConnection = name.rfind("PG:", 0) == 0 || name.rfind("/vsi", 0) == 0;
    if (isConnection) {
        refuseInlinePassword(name);
    }
    if (!isConnection && !std::filesystem::exists(name)) {
        throw Error(Error::Kind::Input, "no such file", {name});
    }
    GdalErrorCapture errors;
    const unsigned flags = GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
    GDALDatasetUniquePtr dataset(
        GDALDataset::FromHandle(GDALOpenEx(name.c_str(), flags, nullptr, nullptr, nullptr)));
    if (!dataset && !update && hasHotJournal(name, errors)) {
        // A writer killed mid-transaction (`sitefit edit`) left SQLite's rollback journal;
        // a read-only connection cannot roll it back. Opening for update once does, which
        // brings back the last committed state, the one any reader must see.
        errors.clear();
        GDALDatasetUniquePtr recovery(GDALDataset::FromHandle(
            GDALOpenEx(name.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
        if (!recovery) {
            throw Error(Error::Kind::Input,
                        "an interrupted write left SQLite's journal (" + name +
                            "-journal), which only a user who may write the file can roll "
                            "back: " +
                            errors.lastMessage(),
                        {name});
        }
        recovery.reset();
        errors.clear();
        dataset.reset(
            GDALDataset::FromHandle(GDALOpenEx(name.c_str(), flags, nullptr, nullptr, nullptr)));
    }
    if (!dataset) {
        throw Error(Error::Kind::Input,
                    "cannot open as a vector dataset: " + openFailureReason(name, errors), {name});
    }
    return dataset;
}

GDALDatasetUniquePtr createGeoPackage(const std::string& path) {
    ensureGdalRegistered();
    GdalErrorCapture errors;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (driver == nullptr) {
        throw Error(Error::Kind::Internal, "GDAL was built without the GPKG driver");
    }
    GDALDatasetUniquePtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) {
        throw Error(Error::Kind::Output, "cannot create GeoPackage: " + errors.lastMessage(),
                    {path});
    }
    return dataset;
}

void closeWrittenDataset(GDALDatasetUniquePtr& dataset, const std::string& file) {
    GdalErrorCapture errors;
    dataset.reset();
    if (errors.hasFailure()) {
        throw Error(Error::Kind::Output,
                    "cannot finish writing the GeoPackage: " + errors.lastMessage(), {file});
    }
}

OGRSpatialReference spatialReferenceFrom(const std::string& definition, const std::string& what) {
    OGRSpatialReference crs;
    crs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    GdalErrorCapture errors;
    if (crs.SetFromUserInput(definition.c_str(),
                             OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS) != OGRERR_NONE) {
        throw Error(Error::Kind::Input,
                    "'" + definition + "' is not a CRS GDAL/PROJ knows: " +
                        errors.lastMessage("unrecognised definition"),
                    {what});
    }
    return crs;
}

bool isMetricProjected(const OGRSpatialReference& crs) {
    return crs.IsProjected() != 0 && crs.GetLinearUnits() == 1.0;
}

std::string toWkt(const OGRSpatialReference& crs) {
    char* wkt = nullptr;
    const char* const options[] = {"FORMAT=WKT2_2019", nullptr};
    crs.exportToWkt(&wkt, options);
    std::string out = wkt != nullptr ? wkt : "";
    CPLFree(wkt);
    return out;
}

}  // namespace sitefit::gis::detail
