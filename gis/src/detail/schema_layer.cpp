#include "detail/schema_layer.hpp"

#include <ogrsf_frmts.h>

#include "detail/gdal_error_capture.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis::detail {

OGRFieldType ogrType(FieldType type) {
    switch (type) {
        case FieldType::String:
            return OFTString;
        case FieldType::Integer:
            return OFTInteger;
        case FieldType::Real:
            return OFTReal;
        case FieldType::Date:
            return OFTDate;
    }
    return OFTString;
}

OGRLayer& createSchemaLayer(GDALDataset& dataset, const std::string& datasetName,
                            const LayerSpec& spec, const OGRSpatialReference* crs,
                            OGRwkbGeometryType geometryType) {
    GdalErrorCapture errors;
    const std::string name(spec.name);
    const char* const options[] = {"SPATIAL_INDEX=YES", nullptr};
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): GDAL 3.6 takes non-const
    auto* srs = const_cast<OGRSpatialReference*>(crs);
    OGRLayer* layer = dataset.CreateLayer(name.c_str(), srs, geometryType,
                                          const_cast<char**>(options));  // NOLINT: GDAL's C API
    if (layer == nullptr) {
        throw Error(Error::Kind::Output, "cannot create layer: " + errors.lastMessage(),
                    {datasetName, name});
    }
    for (const FieldSpec& field : spec.fields) {
        OGRFieldDefn definition(std::string(field.name).c_str(), ogrType(field.type));
        definition.SetNullable(!field.required);
        if (layer->CreateField(&definition) != OGRERR_NONE) {
            throw Error(Error::Kind::Output, "cannot create field: " + errors.lastMessage(),
                        {datasetName, name, "", std::string(field.name)});
        }
    }
    return *layer;
}

DatasetTransaction::DatasetTransaction(GDALDataset& dataset, std::string datasetName)
    : m_dataset(dataset), m_name(std::move(datasetName)) {
    m_active = m_dataset.StartTransaction() == OGRERR_NONE;
}

DatasetTransaction::~DatasetTransaction() {
    if (m_active) {
        m_dataset.RollbackTransaction();
    }
}

void DatasetTransaction::commit() {
    if (!m_active) {
        return;
    }
    GdalErrorCapture errors;
    m_active = false;
    if (m_dataset.CommitTransaction() != OGRERR_NONE) {
        throw Error(Error::Kind::Output, "cannot commit the write: " + errors.lastMessage(),
                    {m_name});
    }
}

void insertFeature(OGRLayer& layer, OGRFeature& feature, const std::string& datasetName,
                   const std::string& featureLabel) {
    GdalErrorCapture errors;
    if (layer.CreateFeature(&feature) != OGRERR_NONE) {
        throw Error(Error::Kind::Output, "cannot write feature: " + errors.lastMessage(),
                    {datasetName, layer.GetName(), featureLabel});
    }
}

}  // namespace sitefit::gis::detail
