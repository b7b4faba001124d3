#pragma once

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {

OGRFieldType ogrType(FieldType type);

// Creates a layer with the schema's fields (required ones NOT NULL). `geometryType` is
// wkbNone for tables. Throws an Output error naming dataset and layer.
OGRLayer& createSchemaLayer(GDALDataset& dataset, const std::string& datasetName,
                            const LayerSpec& spec, const OGRSpatialReference* crs,
                            OGRwkbGeometryType geometryType);

// Wraps writes to one dataset in a transaction where the driver has them (GeoPackage and
// PostGIS do): thousands of inserts then cost one commit.
class DatasetTransaction {
public:
    DatasetTransaction(GDALDataset& dataset, std::string datasetName);
    DatasetTransaction(const DatasetTransaction&) = delete;
    DatasetTransaction& operator=(const DatasetTransaction&) = delete;
    DatasetTransaction(DatasetTransaction&&) = delete;
    DatasetTransaction& operator=(DatasetTransaction&&) = delete;
    ~DatasetTransaction();  // rolls back unless committed

    void commit();

private:
    GDALDataset& m_dataset;
    std::string m_name;
    bool m_active = false;
};

// Inserts a feature; throws an Output error naming dataset, layer and feature.
void insertFeature(OGRLayer& layer, OGRFeature& feature, const std::string& datasetName,
                   const std::string& featureLabel);

}  // namespace sitefit::gis::detail
