#include "detail/gdal_dataset.hpp"

#include <cpl_string.h>

#include <filesystem>
#include <mutex>

#include "detail/gdal_error_capture.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis::detail {

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Shapefiles without .shx are refused with a message rather than rebuilt silently.
        CPLSetConfigOption("SHAPE_RESTORE_SHX", "NO");
    });
}

GDALDatasetUniquePtr openVectorDataset(const std::string& name, bool update) {
    ensureGdalRegistered();
    const bool isConnection = name.rfind("PG:", 0) == 0 || name.rfind("/vsi", 0) == 0;
    if (!isConnection && !std::filesystem::exists(name)) {
        throw Error(Error::Kind::Input, "no such file", {name});
    }
    GdalErrorCapture errors;
    const unsigned flags = GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
    GDALDatasetUniquePtr dataset(
        GDALDataset::FromHandle(GDALOpenEx(name.c_str(), flags, nullptr, nullptr, nullptr)));
    if (!dataset) {
        throw Error(Error::Kind::Input,
                    "cannot open as a vector dataset: " +
                        errors.lastMessage("not a format GDAL recognises, or damaged"),
                    {name});
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
