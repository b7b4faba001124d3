#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <string>
#include <string_view>

#include "sitefit/gis/import_mapping.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

// One source of `sitefit import`: a dataset in any OGR vector format, opened read-only,
// and the layer in it that feeds one workspace layer (the target).
//  - A `.zip` is read through /vsizip/; when its root holds no dataset, the one dataset
//    inside (e.g. a folder of shapefiles) is used.
//  - A `.csv` reads geometry from a WKT column (the mapping's `geometry_column`, else the
//    usual names: WKT, geometry, geom, ...) and, for point layers, from lon/lat or x/y
//    columns; every other column stays text, so ids such as "007" keep their zeros.
//  - The layer is the mapping's `layer`, else the only one, else the one named like the
//    target; anything else is an error listing the layers.
// Owns its dataset: one thread at a time.
class ImportSource {
public:
    // Throws an Input error naming the file (and the mapping file's line for a wrong `layer`).
    ImportSource(std::string path, const LayerSpec& target, const LayerMapping& mapping,
                 const std::string& mappingFile);

    [[nodiscard]] OGRLayer& layer() const noexcept { return *m_layer; }
    [[nodiscard]] GDALDataset& dataset() const noexcept { return *m_dataset; }
    // The path as the user gave it: what messages name.
    [[nodiscard]] const std::string& file() const noexcept { return m_file; }
    [[nodiscard]] std::string layerName() const { return m_layer->GetName(); }
    [[nodiscard]] std::string driverName() const;
    // The character encoding GDAL recodes the source's text from (a shapefile's .cpg or
    // dBase code page), "" when the format does not say.
    [[nodiscard]] std::string declaredEncoding() const;

private:
    // Opens `name` into m_dataset; false (and GDAL's reason) when GDAL cannot.
    bool tryOpen(const std::string& name, bool csv, std::string& failure);
    void open(const std::string& name, bool csv);  // throws an Input error
    void openInsideZip(const std::string& zipRoot);
    void chooseLayer(const LayerSpec& target, const LayerMapping& mapping,
                     const std::string& mappingFile);

    std::string m_file;
    std::string m_geometryColumn;
    GeometryKind m_kind;
    GDALDatasetUniquePtr m_dataset;
    OGRLayer* m_layer = nullptr;  // owned by m_dataset
};

}  // namespace sitefit::gis::detail
